package io.github.calicobgp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link BenchClusters#mesh(int)} (or its dual-stack variant) as the YAML that {@code
 * calico-bgp} reads, so that the command line can be measured on the clusters the JMH benchmarks
 * use: {@code java -cp bgp-bench/target/benchmarks.jar io.github.calicobgp.bench.MeshClusterFile
 * 1000 mesh-1000.yaml [--dual-stack]}.
 */
public final class MeshClusterFile {

  private MeshClusterFile() {}

  /**
   * Writes the mesh.
   *
   * @param args the number of nodes, the file to write, and optionally {@code --dual-stack}
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--dual-stack"))) {
      System.err.println("usage: MeshClusterFile NODES FILE [--dual-stack]");
      System.exit(2);
    }
    int nodes = Integer.parseInt(args[0]);
    boolean dualStack = args.length == 3;
    String yaml = (dualStack ? BenchClusters.dualStackMesh(nodes) : BenchClusters.mesh(nodes)).toYaml();
    Files.writeString(Path.of(args[1]), yaml, StandardCharsets.UTF_8);
  }
}
