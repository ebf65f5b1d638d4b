package io.github.calicobgp.testkit.lab;

import java.util.HashMap;
import java.util.Map;

/** The paths of the programs a lab runs, each looked up once, when first needed. */
final class LabTools {

  private final Map<String, String> found = new HashMap<>();

  /** {@code ip} from iproute2. */
  String ip() {
    return find("ip", "iproute2");
  }

  /** BIRD 1.6's IPv4 daemon. */
  String bird() {
    return find("bird", "bird");
  }

  /** BIRD 1.6's IPv4 client. */
  String birdc() {
    return find("birdc", "bird");
  }

  /** BIRD 1.6's IPv6 daemon. */
  String bird6() {
    return find("bird6", "bird");
  }

  /** BIRD 1.6's IPv6 client. */
  String birdc6() {
    return find("birdc6", "bird");
  }

  /** FRR's BGP daemon. */
  String bgpd() {
    return find("bgpd", "frr");
  }

  /** FRR's shell. */
  String vtysh() {
    return find("vtysh", "frr");
  }

  private synchronized String find(String name, String debianPackage) {
    return found.computeIfAbsent(name, n -> Executables.require(n, debianPackage));
  }
}
