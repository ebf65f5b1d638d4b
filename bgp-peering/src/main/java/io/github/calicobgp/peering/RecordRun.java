package io.github.calicobgp.peering;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The records one BGPPeer emits in one pass, in confd's order, with their order by peer name.
 *
 * <p>The name order is computed once, with the records, because a node's peers end sorted by name
 * (confd's {@code GetBirdBGPConfig} sorts them): handing them over run by run, each run already in
 * name order, leaves the final sort a merge of a few sorted runs. A BGPPeer's reverse records go to
 * every node it selects (each route reflector gets one per other node), so this sorts them once
 * rather than once per node.
 */
final class RecordRun {

  private static final RecordRun EMPTY = new RecordRun(List.of(), new int[0]);

  private final List<PeeringRecord> records;
  private final int[] byPeerName;

  private RecordRun(List<PeeringRecord> records, int[] byPeerName) {
    this.records = records;
    this.byPeerName = byPeerName;
  }

  /** The run of {@code records}, in that order; the list must not change afterwards. */
  static RecordRun of(List<PeeringRecord> records) {
    if (records.isEmpty()) {
      return EMPTY;
    }
    Integer[] order = new Integer[records.size()];
    Arrays.setAll(order, i -> i);
    // A stable sort: records with equal names keep their order, as in a sort of the whole list.
    Arrays.sort(order, Comparator.comparing(i -> records.get(i).peerName()));
    return new RecordRun(records, Arrays.stream(order).mapToInt(Integer::intValue).toArray());
  }

  /** The records in emission order. */
  List<PeeringRecord> records() {
    return records;
  }

  int size() {
    return records.size();
  }

  /** The position in emission order of the {@code rank}-th record by peer name. */
  int byPeerName(int rank) {
    return byPeerName[rank];
  }
}
