package io.github.calicobgp.testkit.lab;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the programs the lab runs, on the PATH or where Debian installs them. */
final class Executables {

  /** Searched after the PATH: sbin folders are often missing from it, FRR's daemons never on it. */
  private static final List<String> EXTRA_FOLDERS =
      List.of("/usr/sbin", "/sbin", "/usr/local/sbin", "/usr/lib/frr");

  private Executables() {}

  /** The executable file called {@code name}, if there is one. */
  static Optional<Path> find(String name) {
    List<String> folders = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      folders.addAll(List.of(path.split(File.pathSeparator)));
    }
    folders.addAll(EXTRA_FOLDERS);
    return folders.stream()
        .filter(folder -> !folder.isEmpty())
        .map(folder -> Path.of(folder, name))
        .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
        .findFirst();
  }

  /** The executable called {@code name}; a {@link LabException} naming the package when missing. */
  static String require(String name, String debianPackage) {
    return find(name)
        .map(Path::toString)
        .orElseThrow(
            () ->
                new LabException(
                    "`" + name + "` not found on the PATH nor in " + EXTRA_FOLDERS
                        + " (Debian package " + debianPackage + ")"));
  }
}
