package io.github.calicobgp.peering;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The complete, typed difference between two plans of one node: every {@link NodePlan} and
 * {@link FamilyPlan} component that differs, and the peers added, removed and changed (a peer is
 * the same peer when its family and protocol name are). The components are walked as the
 * records declare them, so a component added to a plan record is compared without a change here.
 *
 * @param nodeName the node
 * @param fields every differing value, peers included, in declaration order (the node's
 *     components, then IPv4's, then IPv6's; a family's peers by name, each peer's components in
 *     declaration order)
 * @param peersAdded the peers only the new plan has, IPv4 first, by name
 * @param peersRemoved the peers only the old plan has, IPv4 first, by name
 * @param peersChanged the peers both plans have with different settings, IPv4 first, by name
 */
public record NodePlanDiff(String nodeName, List<PlanFieldChange> fields, List<Peer> peersAdded,
    List<Peer> peersRemoved, List<PeerChange> peersChanged) {

  private static final RecordComponent[] NODE = NodePlan.class.getRecordComponents();
  private static final RecordComponent[] FAMILY = FamilyPlan.class.getRecordComponents();
  private static final RecordComponent[] PEER = Peer.class.getRecordComponents();

  /**
   * One peer both plans have, with the settings that differ.
   *
   * @param before the peer in the old plan
   * @param after the peer in the new plan
   * @param fields the differing components, e.g. {@code ipv4.peers[Mesh_10_0_0_2].password}
   */
  public record PeerChange(Peer before, Peer after, List<PlanFieldChange> fields) {
    /**
     * Copies the list.
     *
     * @param after the peer in the new plan
     * @param before the peer in the old plan
     * @param fields the differing components, e.g. {@code ipv4.peers[Mesh_10_0_0_2].password}
     */
    public PeerChange {
      fields = List.copyOf(fields);
    }
  }

  /**
   * Copies the lists.
   *
   * @param fields every differing value, peers included, in declaration order (the node's components, then IPv4's, then IPv6's; a family's peers by name, each peer's components in declaration order)
   * @param nodeName the node
   * @param peersAdded the peers only the new plan has, IPv4 first, by name
   * @param peersChanged the peers both plans have with different settings, IPv4 first, by name
   * @param peersRemoved the peers only the old plan has, IPv4 first, by name
   */
  public NodePlanDiff {
    Objects.requireNonNull(nodeName, "nodeName");
    fields = List.copyOf(fields);
    peersAdded = List.copyOf(peersAdded);
    peersRemoved = List.copyOf(peersRemoved);
    peersChanged = List.copyOf(peersChanged);
  }

  /**
   * The difference from {@code before} to {@code after}, two plans of one node. A missing plan
   * (the node is added or removed) counts as a plan whose every value is unset and which has no
   * peers.
   *
   * @param before the old plan, or null when the node had none
   * @param after the new plan, or null when the node has none
   * @return the difference, empty when the plans are equal
   * @throws IllegalArgumentException if both are null or they are plans of different nodes
   */
  public static NodePlanDiff between(@Nullable NodePlan before, @Nullable NodePlan after) {
    if (before == null && after == null) {
      throw new IllegalArgumentException("a node plan difference needs a plan");
    }
    String name = before != null ? before.nodeName() : after.nodeName();
    if (before != null && after != null && !before.nodeName().equals(after.nodeName())) {
      throw new IllegalArgumentException("plans of different nodes: " + before.nodeName()
          + " and " + after.nodeName());
    }
    Builder builder = new Builder(name, true);
    if (before != after) {
      builder.node(before, after);
    }
    return builder.build();
  }

  /**
   * The node-level values that differ between two plans of one node: what {@link #settings()} of
   * {@link #between} gives, without comparing the peers one by one (a cluster's session diff
   * covers them; a mesh node has a peer per other node).
   *
   * @param before the old plan
   * @param after the new plan
   * @return the changes whose field is not under a family's {@code peers}, in declaration order
   * @throws IllegalArgumentException if they are plans of different nodes
   */
  public static List<PlanFieldChange> settingsBetween(NodePlan before, NodePlan after) {
    if (!before.nodeName().equals(after.nodeName())) {
      throw new IllegalArgumentException("plans of different nodes: " + before.nodeName()
          + " and " + after.nodeName());
    }
    Builder builder = new Builder(before.nodeName(), false);
    builder.node(before, after);
    return builder.build().fields();
  }

  /** {@return whether the plans are equal} */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /**
   * The differing values that are not about peers (the node's and its families' own values).
   *
   * @return the changes whose field is not under a family's {@code peers}
   */
  public List<PlanFieldChange> settings() {
    return fields.stream().filter(f -> !f.field().contains(".peers")).toList();
  }

  /** Collects the changes of one node. */
  private static final class Builder {
    private final String nodeName;
    private final List<PlanFieldChange> fields = new ArrayList<>();
    private final List<Peer> added = new ArrayList<>();
    private final List<Peer> removed = new ArrayList<>();
    private final List<PeerChange> changed = new ArrayList<>();
    /** Whether the peers are compared one by one, or left out. */
    private final boolean withPeers;

    Builder(String nodeName, boolean withPeers) {
      this.nodeName = nodeName;
      this.withPeers = withPeers;
    }

    NodePlanDiff build() {
      return new NodePlanDiff(nodeName, fields, added, removed, changed);
    }

    void node(@Nullable NodePlan before, @Nullable NodePlan after) {
      for (RecordComponent component : NODE) {
        String field = component.getName();
        if (field.equals("nodeName")) {
          continue;
        }
        Object b = value(component, before);
        Object a = value(component, after);
        if (b instanceof FamilyPlan || a instanceof FamilyPlan) {
          family(field, (FamilyPlan) b, (FamilyPlan) a);
        } else if (!Objects.equals(b, a)) {
          fields.add(new PlanFieldChange(field, b, a));
        }
      }
    }

    private void family(String prefix, @Nullable FamilyPlan before, @Nullable FamilyPlan after) {
      if (before != null && before.equals(after)) {
        return;
      }
      for (RecordComponent component : FAMILY) {
        String field = component.getName();
        if (field.equals("family")) {
          continue;
        }
        if (field.equals("peers")) {
          if (!withPeers) {
            continue;
          }
          peers(prefix, before == null ? List.of() : before.peers(),
              after == null ? List.of() : after.peers());
          continue;
        }
        Object b = value(component, before);
        Object a = value(component, after);
        if (!Objects.equals(b, a)) {
          fields.add(new PlanFieldChange(prefix + "." + field, b, a));
        }
      }
    }

    private void peers(String prefix, List<Peer> before, List<Peer> after) {
      if (before.equals(after)) {
        return;
      }
      // Names are unique within a family but for nodes sharing an address in the mesh; pair such
      // duplicates in order.
      Map<String, List<Peer>> old = new HashMap<>();
      for (Peer peer : before) {
        old.computeIfAbsent(peer.name(), k -> new ArrayList<>(1)).add(peer);
      }
      List<Peer> fresh = new ArrayList<>();
      List<PlanFieldChange> peerFields = new ArrayList<>();
      for (Peer peer : after) {
        List<Peer> same = old.get(peer.name());
        if (same == null || same.isEmpty()) {
          fresh.add(peer);
          continue;
        }
        Peer was = same.remove(0);
        if (!was.equals(peer)) {
          List<PlanFieldChange> differing = new ArrayList<>();
          String path = prefix + ".peers[" + peer.name() + "]";
          for (RecordComponent component : PEER) {
            Object b = value(component, was);
            Object a = value(component, peer);
            if (!Objects.equals(b, a)) {
              differing.add(new PlanFieldChange(path + "." + component.getName(), b, a));
            }
          }
          changed.add(new PeerChange(was, peer, differing));
          peerFields.addAll(differing);
        }
      }
      // Removed and added peers are listed in name order, like the peer lists.
      for (Peer peer : before) {
        List<Peer> left = old.get(peer.name());
        if (left.remove(peer)) {
          removed.add(peer);
          peerFields.add(new PlanFieldChange(prefix + ".peers[" + peer.name() + "]", peer, null));
        }
      }
      for (Peer peer : fresh) {
        added.add(peer);
        peerFields.add(new PlanFieldChange(prefix + ".peers[" + peer.name() + "]", null, peer));
      }
      peerFields.sort(Comparator.comparing(PlanFieldChange::field,
          NodePlanDiff::comparePeerPaths));
      fields.addAll(peerFields);
    }
  }

  /** Peer paths by peer name (bytewise, as the peer lists), then component order kept stable. */
  private static int comparePeerPaths(String a, String b) {
    return peerName(a).compareTo(peerName(b));
  }

  private static String peerName(String path) {
    int open = path.indexOf('[');
    int close = path.lastIndexOf(']');
    return path.substring(open + 1, close);
  }

  private static @Nullable Object value(RecordComponent component, @Nullable Object record) {
    if (record == null) {
      return null;
    }
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }

  @Override
  public String toString() {
    return "NodePlanDiff[" + nodeName + ", " + fields.size() + " fields]";
  }
}
