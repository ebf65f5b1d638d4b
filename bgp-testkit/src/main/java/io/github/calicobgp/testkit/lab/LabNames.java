package io.github.calicobgp.testkit.lab;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The names the lab gives and accepts: its random prefix, host names and file names. */
final class LabNames {

  /** Host names become folder names: a safe alphabet, as in Kubernetes node names. */
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,252})");

  /** File names of a host's configuration: no paths. */
  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private LabNames() {}

  /**
   * A fresh prefix such as {@code cbl3fa9c2} for the namespaces of one lab: random, so labs of
   * parallel builds or JVMs do not collide, and short, so {@code cbl3fa9c2-n12} stays within
   * Linux's 15-character limit on interface names should one ever carry it.
   */
  static String randomPrefix() {
    byte[] bytes = new byte[3];
    RANDOM.nextBytes(bytes);
    return "cbl" + HexFormat.of().formatHex(bytes);
  }

  /** Returns {@code name}, or throws when it is not a usable host name. */
  static String checkHost(String name) {
    if (!HOST.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "host name '" + name + "' must be 1-253 letters, digits, '.', '_' or '-', starting with"
              + " a letter or digit");
    }
    return name;
  }

  /** Returns {@code name}, or throws when it is not a plain file name. */
  static String checkFile(String name) {
    if (!FILE.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "configuration file name '" + name + "' must be a plain file name (letters, digits, '.',"
              + " '_', '-')");
    }
    return name;
  }
}
