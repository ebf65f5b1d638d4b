package io.github.calicobgp.peering;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The records stored under one key prefix, the global one or one node's (confd-behavior §5.2),
 * in the order they were emitted. {@code Emit}'s rules: the first record for a key wins, and a
 * node-specific record is dropped when the global space already has its key (quirk §13.10).
 */
final class KeySpace {

  private final Map<RecordKey, PeeringRecord> records = new LinkedHashMap<>();
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

  /** Emits {@code record} under its key, unless the key is taken here or globally. */
  void emit(PeeringRecord record) {
    RecordKey key = record.key();
    if (global != null && global.contains(key)) {
      return;
    }
    records.putIfAbsent(key, record);
  }

  /** Emits every record of {@code source}, in order. */
  void emitAll(Collection<PeeringRecord> source) {
    for (PeeringRecord record : source) {
      emit(record);
    }
  }

  boolean contains(RecordKey key) {
    return records.containsKey(key);
  }

  /** The records in emission order. */
  Collection<PeeringRecord> records() {
    return records.values();
  }
}
