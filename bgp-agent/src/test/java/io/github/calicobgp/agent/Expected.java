package io.github.calicobgp.agent;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.bird.BirdRenderer;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.PeeringEngine;
import io.github.calicobgp.peering.PeeringOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a directory should hold, and what it holds. */
final class Expected {

  private Expected() {}

  /** What {@code calico-bgp render --node NODE --output-dir} writes for {@code yaml}. */
  static Map<String, String> rendered(String yaml, String node) {
    BirdConfig config =
        new BirdRenderer()
            .render(
                new PeeringEngine(PeeringOptions.defaults())
                    .plan(ClusterSnapshot.of(Manifests.read(yaml, "all.yaml")), node));
    return new TreeMap<>(config.files());
  }

  /**
   * Every file of {@code dir} by name, with its content; a file deleted while this reads (an
   * agent's staged file, renamed away) is left out.
   */
  static Map<String, String> onDisk(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path path : list.toList()) {
        try {
          files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException gone) {
          // renamed or deleted since the listing
        }
      }
    }
    return files;
  }
}
