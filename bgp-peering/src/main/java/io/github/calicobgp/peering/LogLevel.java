package io.github.calicobgp.peering;

/** The BIRD debug level confd derives from {@code logSeverityScreen} (confd-behavior §4.3). */
public enum LogLevel {
  /** No debug statements ({@code Warning}, {@code Error}, {@code Fatal} and also {@code Trace}). */
  NONE,
  /** State changes only ({@code Info}, the default, and unrecognised values). */
  INFO,
  /** Everything ({@code Debug}). */
  DEBUG
}
