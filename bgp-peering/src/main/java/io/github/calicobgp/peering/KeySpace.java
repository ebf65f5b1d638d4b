package io.github.calicobgp.peering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The records stored under one key prefix, the global one or one node's (confd-behavior §5.2),
 * in the order they were emitted. {@code Emit}'s rules: the first record for a key wins, and a
 * node-specific record is dropped when the global space already has its key (quirk §13.10).
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

  private final Map<RecordKey, PeeringRecord> records = new LinkedHashMap<>();
  private final Map<RecordKey, Pass> passes = new HashMap<>();
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

  /** Emits {@code record} of {@code pass} under its key, unless taken here or globally. */
  void emit(PeeringRecord record, Pass pass) {
    RecordKey key = record.key();
    PeeringRecord globalRecord = global == null ? null : global.records.get(key);
    if (globalRecord != null) {
      noteShadowed(globalRecord, Pass.GLOBAL, record, pass);
      return;
    }
    PeeringRecord kept = records.putIfAbsent(key, record);
    if (kept == null) {
      passes.put(key, pass);
    } else {
      noteShadowed(kept, passes.get(key), record, pass);
    }
  }

  private void noteShadowed(PeeringRecord kept, Pass keptPass, PeeringRecord dropped, Pass pass) {
    if (!kept.bgpPeerName().equals(dropped.bgpPeerName())) {
      shadowed.add(new Shadowing(kept, keptPass, dropped, pass));
    }
  }

  /** Emits every record of {@code source} of {@code pass}, in order. */
  void emitAll(Collection<PeeringRecord> source, Pass pass) {
    for (PeeringRecord record : source) {
      emit(record, pass);
    }
  }

  boolean contains(RecordKey key) {
    return records.containsKey(key);
  }

  /** The records in emission order. */
  Collection<PeeringRecord> records() {
    return records.values();
  }

  /** The records dropped for another BGPPeer's, in emission order. */
  List<Shadowing> shadowed() {
    return shadowed;
  }
}
