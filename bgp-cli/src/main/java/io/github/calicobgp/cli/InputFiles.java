package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ManifestException;
import io.github.calicobgp.api.manifest.ManifestException.Problem;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.manifest.ReadOptions;
import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.etcd.EtcdDump;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The FILE arguments every subcommand reads: YAML or JSON manifests, {@code -} for stdin. */
final class InputFiles {

  /** The help text of a FILE parameter. */
  static final String DESCRIPTION =
      "YAML or JSON manifests (multi-document, or lists of resources, v3 or as a Kubernetes API"
          + " server returns them), or etcd dumps (etcdctl get --prefix /calico [-w json]); -"
          + " reads standard input. None with --datastore.";

  private InputFiles() {}

  /** Reads every file, in order; reports the problems of all files together. */
  static ResourceSet read(List<String> files, InputStream stdin, ReadOptions options) {
    ResourceSet all = ResourceSet.empty();
    List<Problem> problems = new ArrayList<>();
    for (String file : files) {
      try {
        all = all.plus(file.equals("-") ? readStdin(stdin, options)
            : readFile(path(file), options));
      } catch (ManifestException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ManifestException(problems);
    }
    return all;
  }

  /** A manifest, or an etcd dump ({@code etcdctl get --prefix /calico [-w json]}). */
  private static ResourceSet readFile(Path path, ReadOptions options) {
    String start = beginning(path);
    if (start != null && EtcdDump.isDump(start)) {
      try {
        return EtcdDump.read(Files.readString(path), path.toString());
      } catch (IOException e) {
        // Manifests.read reports the file that cannot be read.
      }
    }
    return Manifests.read(List.of(path), options);
  }

  private static ResourceSet readStdin(InputStream stdin, ReadOptions options) {
    byte[] bytes;
    try {
      bytes = stdin.readAllBytes();
    } catch (IOException e) {
      throw new InvalidInputException("-: cannot read standard input: " + e.getMessage());
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (EtcdDump.isDump(text)) {
      return EtcdDump.read(text, "-");
    }
    return Manifests.read(new ByteArrayInputStream(bytes), "-", options);
  }

  private static @Nullable String beginning(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Path path(String file) {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(file + ": cannot read: not a valid file name");
    }
  }
}
