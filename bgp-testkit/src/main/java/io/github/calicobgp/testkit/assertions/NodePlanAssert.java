package io.github.calicobgp.testkit.assertions;

import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PeerKind;
import io.github.calicobgp.testkit.PeerDescriptions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/** Assertions about one node's plan: its peers and its route-reflector role. */
public final class NodePlanAssert extends AbstractAssert<NodePlanAssert, NodePlan> {

  /**
   * Assertions about {@code actual}; start from {@link CalicoBgpAssertions#assertThat(NodePlan)}.
   *
   * @param actual the plan to check
   */
  public NodePlanAssert(NodePlan actual) {
    super(actual, NodePlanAssert.class);
  }

  /**
   * Checks that the node has a peer (of any kind) at {@code address}.
   *
   * @param address the peer's address
   * @return these assertions, for chaining
   */
  public NodePlanAssert hasPeerTo(String address) {
    return has(atAddress(address), "a peer to " + address);
  }

  /**
   * Checks that the node has no peer at {@code address}.
   *
   * @param address the address
   * @return these assertions, for chaining
   */
  public NodePlanAssert hasNoPeerTo(String address) {
    isNotNull();
    List<Peer> found = actual.peers().stream().filter(atAddress(address)).toList();
    if (!found.isEmpty()) {
      failWithMessage("Expecting %s to have no peer to %s, but it has:%n%s",
          actual.nodeName(), address, PeerDescriptions.table(found, "  "));
    }
    return this;
  }

  /**
   * Checks that the node has a mesh peer at {@code address}.
   *
   * @param address the peer's address
   * @return these assertions, for chaining
   */
  public NodePlanAssert hasMeshPeerTo(String address) {
    return has(atAddress(address).and(p -> p.kind() == PeerKind.MESH), "a mesh peer to " + address);
  }

  /**
   * Checks that the node has a mesh peer at {@code address} on which it waits to be called.
   *
   * @param address the peer's address
   * @return these assertions, for chaining
   */
  public NodePlanAssert hasPassiveMeshPeerTo(String address) {
    return has(atAddress(address).and(p -> p.kind() == PeerKind.MESH && p.passive()),
        "a passive mesh peer to " + address);
  }

  /**
   * Checks that the node has a mesh peer at {@code address} that it connects to itself.
   *
   * @param address the peer's address
   * @return these assertions, for chaining
   */
  public NodePlanAssert hasActiveMeshPeerTo(String address) {
    return has(atAddress(address).and(p -> p.kind() == PeerKind.MESH && !p.passive()),
        "an active mesh peer to " + address);
  }

  /**
   * Checks that the node has no mesh peer at all.
   *
   * @return these assertions, for chaining
   */
  public NodePlanAssert hasNoMeshPeers() {
    isNotNull();
    List<Peer> mesh = actual.peers().stream().filter(p -> p.kind() == PeerKind.MESH).toList();
    if (!mesh.isEmpty()) {
      failWithMessage("Expecting %s to have no mesh peers, but it has:%n%s",
          actual.nodeName(), PeerDescriptions.table(mesh, "  "));
    }
    return this;
  }

  /**
   * Checks the number of peers, both families together.
   *
   * @param expected the expected number of peers
   * @return these assertions, for chaining
   */
  public NodePlanAssert hasPeerCount(int expected) {
    isNotNull();
    if (actual.peers().size() != expected) {
      failWithMessage("Expecting %s to have %s, but it has %s:%n%s", actual.nodeName(),
          peers(expected), actual.peers().size(), PeerDescriptions.table(actual.peers(), "  "));
    }
    return this;
  }

  /**
   * Checks that the node's peers have exactly these names (confd's protocol names).
   *
   * @param names the expected protocol names
   * @return these assertions, for chaining
   */
  public NodePlanAssert hasPeersNamed(String... names) {
    isNotNull();
    Set<String> expected = new TreeSet<>(List.of(names));
    Set<String> actualNames = new TreeSet<>(actual.peers().stream().map(Peer::name).toList());
    if (!actualNames.equals(expected)) {
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(actualNames);
      Set<String> extra = new TreeSet<>(actualNames);
      extra.removeAll(expected);
      failWithMessage("Expecting %s to have exactly the peers %s, but %s are missing and %s are"
              + " not expected; its peers:%n%s", actual.nodeName(), expected, missing, extra,
          PeerDescriptions.table(actual.peers(), "  "));
    }
    return this;
  }

  /**
   * Checks that the node is a route reflector.
   *
   * @return these assertions, for chaining
   */
  public NodePlanAssert isRouteReflector() {
    isNotNull();
    if (!actual.isRouteReflector()) {
      failWithMessage("Expecting %s to be a route reflector, but it has no cluster id",
          actual.nodeName());
    }
    return this;
  }

  /**
   * Checks that the node is not a route reflector.
   *
   * @return these assertions, for chaining
   */
  public NodePlanAssert isNotRouteReflector() {
    isNotNull();
    if (actual.isRouteReflector()) {
      failWithMessage("Expecting %s not to be a route reflector, but it reflects for cluster %s",
          actual.nodeName(), actual.routeReflectorClusterId());
    }
    return this;
  }

  /**
   * Checks that the node is a route-reflector client of {@code reflector}: the reflector has a
   * peer for this node marked {@code rr client}, and this node has a peer for the reflector.
   *
   * @param reflector the route reflector's plan
   * @return these assertions, for chaining
   */
  public NodePlanAssert isRouteReflectorClientOf(NodePlan reflector) {
    isNotNull();
    String node = actual.nodeName();
    String rr = reflector.nodeName();
    List<Peer> toNode = reflector.peers().stream()
        .filter(p -> node.equals(p.remoteNodeName())).toList();
    List<Peer> toReflector = actual.peers().stream()
        .filter(p -> rr.equals(p.remoteNodeName())).toList();
    String problem = null;
    if (!reflector.isRouteReflector()) {
      problem = rr + " is not a route reflector";
    } else if (toNode.stream().noneMatch(Peer::isRouteReflectorClient)) {
      problem = rr + " has no rr client peer for " + node;
    } else if (toReflector.isEmpty()) {
      problem = node + " has no peer for " + rr;
    }
    if (problem != null) {
      failWithMessage("Expecting %s to be a route-reflector client of %s, but %s.%n"
              + "%s's peers:%n%s%n%s's peers:%n%s", node, rr, problem,
          rr, PeerDescriptions.table(reflector.peers(), "  "),
          node, PeerDescriptions.table(actual.peers(), "  "));
    }
    return this;
  }

  private NodePlanAssert has(Predicate<Peer> wanted, String what) {
    isNotNull();
    if (actual.peers().stream().noneMatch(wanted)) {
      failWithMessage("Expecting %s to have %s, but its peers are:%n%s",
          actual.nodeName(), what, PeerDescriptions.table(actual.peers(), "  "));
    }
    return this;
  }

  private static String peers(int count) {
    return count + (count == 1 ? " peer" : " peers");
  }

  private static Predicate<Peer> atAddress(String address) {
    IPAddress parsed = IPAddress.parse(address);
    return peer -> peer.address().equals(parsed);
  }
}
