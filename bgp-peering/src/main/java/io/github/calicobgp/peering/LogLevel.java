package io.github.calicobgp.peering;

/**
 * The BIRD debug level confd derives from {@code logSeverityScreen} ({@code getLogSeverityKVPair}
 * in confd/pkg/backends/calico/client.go; the {@code debug} lines of
 * node/filesystem/etc/calico/confd/templates/bird.cfg.template).
 */
public enum LogLevel {
  /** No debug statements ({@code Warning}, {@code Error}, {@code Fatal} and also {@code Trace}). */
  NONE,
  /** State changes only ({@code Info}, the default, and unrecognised values). */
  INFO,
  /** Everything ({@code Debug}). */
  DEBUG
}
