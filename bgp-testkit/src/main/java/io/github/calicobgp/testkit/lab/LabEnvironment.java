package io.github.calicobgp.testkit.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finds out, once per JVM, whether this machine can run a lab, and if not, why. */
final class LabEnvironment {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

  private LabEnvironment() {}

  /** Why a lab cannot run here, or empty when it can. */
  static Optional<String> unavailableReason() {
    return Holder.REASON;
  }

  /** Computes the reason once, on first use. */
  private static final class Holder {
    static final Optional<String> REASON = Optional.ofNullable(probe());
  }

  private static @Nullable String probe() {
    String os = System.getProperty("os.name", "");
    if (!os.toLowerCase(Locale.ROOT).startsWith("linux")) {
      return "the BIRD lab needs Linux network namespaces; this is " + os;
    }
    String uid = effectiveUid();
    if (!"0".equals(uid)) {
      return "the BIRD lab needs root to create network namespaces; running as uid " + uid;
    }
    for (String[] program : new String[][] {{"ip", "iproute2"}, {"bird", "bird"}, {"birdc", "bird"}}) {
      if (Executables.find(program[0]).isEmpty()) {
        return "`" + program[0] + "` not found (Debian package " + program[1] + ")";
      }
    }
    Commands.Result version =
        Commands.run(List.of(Executables.require("bird", "bird"), "--version"), PROBE_TIMEOUT);
    if (!version.output().contains("BIRD version 1.6")) {
      return "the BIRD lab needs BIRD 1.6, the dialect Calico renders; `bird --version` says: "
          + version.output().strip();
    }
    return namespaceProbe();
  }

  /** Creates and deletes a namespace, the one thing that proves the privileges are there. */
  private static @Nullable String namespaceProbe() {
    String ip = Executables.require("ip", "iproute2");
    String name = LabNames.randomPrefix() + "-probe";
    Commands.Result add = Commands.run(List.of(ip, "netns", "add", name), PROBE_TIMEOUT);
    if (add.exitCode() != 0) {
      return "cannot create a network namespace: " + add.output().strip();
    }
    Commands.Result delete = Commands.run(List.of(ip, "netns", "delete", name), PROBE_TIMEOUT);
    if (delete.exitCode() != 0) {
      return "cannot delete the network namespace " + name + ": " + delete.output().strip();
    }
    return null;
  }

  private static String effectiveUid() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          return line.substring(4).trim().split("\\s+")[1];
        }
      }
      return "unknown (no Uid line in /proc/self/status)";
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }
}
