package io.github.calicobgp.peering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The records stored under one key prefix, the global one or one node's ({@code updatePeersV1},
 * confd/pkg/backends/calico/client.go),
 * in the order they were emitted. {@code Emit}'s rules: the first record for a key wins, and a
 * node-specific record is dropped when the global space already has its key.
 *
 * <p>A record that another BGPPeer's record keeps out is remembered as {@link Shadowing}, so that
 * analysis can tell which BGPPeer's settings confd applies; records a BGPPeer shadows with its
 * own (its forward and reverse records to one address) are not.
 */
final class KeySpace {

  /** confd's passes over the BGPPeers: global (1), node-specific forward (2) and reverse (3). */
  enum Pass { GLOBAL, FORWARD, REVERSE }

  /** A record dropped for the {@code kept} one, with the passes that emitted each. */
  record Shadowing(PeeringRecord kept, Pass keptPass, PeeringRecord dropped, Pass droppedPass) {}

  /** A record kept under its key, with the pass that emitted it. */
  private record Kept(PeeringRecord record, Pass pass) {}

  /** A run emitted here, with which of its records (by emission position) were kept. */
  private record EmittedRun(RecordRun run, boolean[] kept) {}

  private final Map<RecordKey, Kept> byKey = new HashMap<>();
  private final List<PeeringRecord> records = new ArrayList<>();
  private final List<EmittedRun> runs = new ArrayList<>();
  private final List<Shadowing> shadowed = new ArrayList<>();
  private final @Nullable KeySpace global;

  private KeySpace(@Nullable KeySpace global) {
    this.global = global;
  }

  /** An empty global key space. */
  static KeySpace global() {
    return new KeySpace(null);
  }

  /** An empty node-specific key space, below {@code global}. */
  static KeySpace nodeSpecific(KeySpace global) {
    return new KeySpace(global);
  }

  /** Emits every record of {@code run} of {@code pass}, in order. */
  void emitAll(RecordRun run, Pass pass) {
    if (run.size() == 0) {
      return;
    }
    List<PeeringRecord> source = run.records();
    boolean[] kept = new boolean[source.size()];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = emit(source.get(i), pass);
    }
    runs.add(new EmittedRun(run, kept));
  }

  /** Emits {@code record} of {@code pass} under its key, unless taken here or globally. */
  private boolean emit(PeeringRecord record, Pass pass) {
    RecordKey key = record.key();
    Kept globalRecord = global == null ? null : global.byKey.get(key);
    if (globalRecord != null) {
      noteShadowed(globalRecord, record, pass);
      return false;
    }
    Kept kept = byKey.putIfAbsent(key, new Kept(record, pass));
    if (kept != null) {
      noteShadowed(kept, record, pass);
      return false;
    }
    records.add(record);
    return true;
  }

  private void noteShadowed(Kept kept, PeeringRecord dropped, Pass pass) {
    if (!kept.record().bgpPeerName().equals(dropped.bgpPeerName())) {
      shadowed.add(new Shadowing(kept.record(), kept.pass(), dropped, pass));
    }
  }

  /** The records in emission order. */
  List<PeeringRecord> records() {
    return records;
  }

  /**
   * Hands over the records run by run, the runs in emission order and each run's records in
   * peer-name order: a node's peers, sorted by name in the end, then come in a few sorted runs.
   */
  void forEachByPeerName(Consumer<PeeringRecord> action) {
    for (EmittedRun emitted : runs) {
      RecordRun run = emitted.run();
      for (int rank = 0; rank < run.size(); rank++) {
        int position = run.byPeerName(rank);
        if (emitted.kept()[position]) {
          action.accept(run.records().get(position));
        }
      }
    }
  }

  /** The records dropped for another BGPPeer's, in emission order. */
  List<Shadowing> shadowed() {
    return shadowed;
  }
}
