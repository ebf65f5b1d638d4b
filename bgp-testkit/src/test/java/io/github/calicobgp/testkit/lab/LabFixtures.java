package io.github.calicobgp.testkit.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The hand-written BIRD configurations of src/test/resources, and helpers around them. */
final class LabFixtures {

  private LabFixtures() {}

  /** The three dual-stack mesh nodes: node1..3 at 10.99.0.11..13/16 and fd99::11..13/64. */
  static List<LabNode> meshNodes() {
    return List.of(meshNode(1), meshNode(2), meshNode(3));
  }

  /** Mesh node {@code i}: its block is 10.98.i.0/26 and fd98:i::/122. */
  static LabNode meshNode(int i) {
    return LabNode.of(
        "node" + i, "10.99.0.1" + i + "/16", "fd99::1" + i + "/64", files("mesh/node" + i));
  }

  /** node1 (IPv4 only) with one eBGP peer, the ToR at 10.99.0.1 in AS 65001. */
  static LabNode torNode() {
    return LabNode.of("node1", "10.99.0.11/16", null, files("tor/node1"));
  }

  /** Every file of a resource folder, by name. */
  static Map<String, String> files(String folder) {
    Path dir = resource(folder);
    try (Stream<Path> list = Files.list(dir)) {
      Map<String, String> files = new TreeMap<>();
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One resource file's text. */
  static String text(String file) {
    try {
      return Files.readString(resource(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the network namespaces that exist now. */
  static Set<String> namespaces() {
    String out = Commands.check(List.of("ip", "netns", "list"), java.time.Duration.ofSeconds(5));
    return out.lines()
        .filter(line -> !line.isBlank())
        .map(line -> line.split("\\s+")[0])
        .collect(Collectors.toSet());
  }

  private static Path resource(String name) {
    URL url = LabFixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
