package io.github.calicobgp.testkit;

import io.github.calicobgp.peering.Peer;
import java.util.ArrayList;
import java.util.List;

/**
 * Describes peers the way the testkit's failure messages show them: name, address, AS, kind,
 * which side connects, and route-reflector client status.
 */
public final class PeerDescriptions {

  private PeerDescriptions() {}

  /**
   * One peer on one line, e.g. {@code Mesh_10_99_0_12  10.99.0.12  AS 64512  mesh  passive}, with
   * {@code   rr client (cluster 244.0.0.1)} at the end for a route-reflector client.
   *
   * @param peer the peer
   * @return the description
   */
  public static String describe(Peer peer) {
    return String.join("  ", columns(peer));
  }

  /**
   * {@return the peers as a table aligned in columns, one per line, each line starting with {@code
   * indent}; {@code indent + "(none)"} when there are none}
   *
   * @param peers the peers
   * @param indent the text each line starts with
   */
  public static String table(List<Peer> peers, String indent) {
    if (peers.isEmpty()) {
      return indent + "(none)";
    }
    List<List<String>> rows = peers.stream().map(PeerDescriptions::columns).toList();
    int[] widths = new int[rows.stream().mapToInt(List::size).max().orElse(0)];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(cell);
        if (i < row.size() - 1) {
          line.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      lines.add(line.toString());
    }
    return String.join("\n", lines);
  }

  private static List<String> columns(Peer peer) {
    List<String> columns = new ArrayList<>(List.of(
        peer.name(),
        peer.address().toString(),
        "AS " + peer.remoteAS(),
        peer.kind().description(),
        peer.passive() ? "passive" : "active"));
    String clusterId = peer.routeReflectorClusterId();
    if (clusterId != null) {
      columns.add("rr client (cluster " + clusterId + ")");
    }
    return columns;
  }
}
