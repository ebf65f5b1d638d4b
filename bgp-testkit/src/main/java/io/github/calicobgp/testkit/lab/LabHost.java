package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A node or external peer of a lab, as set up: its namespace, folder and daemons. */
final class LabHost {

  /**
   * What to set up for one host.
   *
   * @param name the node's or peer's name
   * @param suffix its short name within the lab: {@code n1}, {@code x1}...
   * @param ipv4 its IPv4 address
   * @param ipv6 its IPv6 address, if any
   * @param files its configuration files
   * @param bird4 whether it runs bird
   * @param bird6 whether it runs bird6
   * @param frr whether it runs FRR's bgpd
   */
  record Spec(
      String name,
      String suffix,
      CIDR ipv4,
      @Nullable CIDR ipv6,
      Map<String, String> files,
      boolean bird4,
      boolean bird6,
      boolean frr) {}

  private final Spec spec;
  private final String namespace;
  private final Path directory;
  private final List<BirdDaemon> birds = new ArrayList<>();
  private @Nullable FrrDaemon frr;

  /** A host whose namespace and folder exist, with no daemon yet. */
  LabHost(Spec spec, String namespace, Path directory) {
    this.spec = spec;
    this.namespace = namespace;
    this.directory = directory;
  }

  /** Starts the host's daemons, IPv4 first, without waiting for them. */
  void startDaemons(LabTools tools, Path runDirectory) {
    if (spec.bird4()) {
      birds.add(
          BirdDaemon.start(tools, namespace, spec.name(), IPFamily.V4,
              directory, runDirectory, spec.suffix()));
    }
    if (spec.bird6()) {
      birds.add(
          BirdDaemon.start(tools, namespace, spec.name(), IPFamily.V6,
              directory, runDirectory, spec.suffix() + "-6"));
    }
    if (spec.frr()) {
      frr = FrrDaemon.start(tools, namespace, spec.name(), directory, runDirectory, spec.suffix());
    }
  }

  /** Waits until every daemon of the host has read its configuration. */
  void awaitDaemons(Duration timeout) {
    birds.forEach(bird -> bird.awaitReady(timeout));
    if (frr != null) {
      frr.awaitReady(timeout);
    }
  }

  /** The host's name. */
  String name() {
    return spec.name();
  }

  /** Its network namespace. */
  String namespace() {
    return namespace;
  }

  /** The folder of its configuration files, the daemons' working directory. */
  Path directory() {
    return directory;
  }

  /** Its BIRD daemons, IPv4 first. */
  List<BirdDaemon> birds() {
    return birds;
  }

  /** Its FRR daemon, or null. */
  @Nullable FrrDaemon frr() {
    return frr;
  }

  /** Every daemon process it has started. */
  List<DaemonProcess> processes() {
    List<DaemonProcess> processes = new ArrayList<>();
    birds.forEach(bird -> processes.add(bird.process()));
    if (frr != null) {
      processes.add(frr.process());
    }
    return processes;
  }
}
