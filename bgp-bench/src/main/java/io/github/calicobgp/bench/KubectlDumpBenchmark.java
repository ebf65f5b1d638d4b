package io.github.calicobgp.bench;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.testkit.fixtures.CalicoCluster;
import io.github.calicobgp.testkit.fixtures.KubectlDump;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a cluster dumped from a live Kubernetes-datastore cluster ({@code kubectl get nodes,
 * bgppeers.crd.projectcalico.org,... -o json}: Kubernetes Nodes with their status, images and
 * {@code managedFields}, custom resources, a {@code v1 List}) against reading the same cluster
 * written as v3 YAML. The goal: the dump within twice the time of the v3 YAML.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class KubectlDumpBenchmark {

  /** Ordinary nodes (the cluster also has three route reflectors). */
  @Param({"5000"})
  public int nodes;

  String v3Yaml;
  String kubectlJson;
  String kubectlYaml;

  /** Writes the cluster both ways. */
  @Setup
  public void setUp() {
    CalicoCluster cluster = BenchClusters.reflectorCluster(nodes);
    v3Yaml = cluster.toYaml();
    KubectlDump dump = KubectlDump.of(cluster.resources().all());
    kubectlJson = dump.toJson();
    kubectlYaml = dump.toYaml();
  }

  /** The cluster as v3 YAML, as calicoctl writes it: the baseline. */
  @Benchmark
  public ResourceSet v3Yaml() {
    return Manifests.read(v3Yaml, "cluster.yaml");
  }

  /** The cluster as {@code kubectl get ... -o json} prints it. */
  @Benchmark
  public ResourceSet kubectlJson() {
    return Manifests.read(kubectlJson, "dump.json");
  }

  /** The cluster as {@code kubectl get ... -o yaml} prints it. */
  @Benchmark
  public ResourceSet kubectlYaml() {
    return Manifests.read(kubectlYaml, "dump.yaml");
  }
}
