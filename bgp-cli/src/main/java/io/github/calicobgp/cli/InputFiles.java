package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ManifestException;
import io.github.calicobgp.api.manifest.ManifestException.Problem;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.manifest.ReadOptions;
import io.github.calicobgp.api.manifest.ResourceSet;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The FILE arguments every subcommand reads: YAML or JSON manifests, {@code -} for stdin. */
final class InputFiles {

  /** The help text of a FILE parameter. */
  static final String DESCRIPTION =
      "YAML or JSON manifests (multi-document, or lists of resources, v3 or as a Kubernetes API"
          + " server returns them); - reads standard input.";

  private InputFiles() {}

  /** Reads every file, in order; reports the problems of all files together. */
  static ResourceSet read(List<String> files, InputStream stdin, ReadOptions options) {
    ResourceSet all = ResourceSet.empty();
    List<Problem> problems = new ArrayList<>();
    for (String file : files) {
      try {
        all = all.plus(file.equals("-") ? Manifests.read(stdin, "-", options)
            : Manifests.read(List.of(path(file)), options));
      } catch (ManifestException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ManifestException(problems);
    }
    return all;
  }

  private static Path path(String file) {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(file + ": cannot read: not a valid file name");
    }
  }
}
