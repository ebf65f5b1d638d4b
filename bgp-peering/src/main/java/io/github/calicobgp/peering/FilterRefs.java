package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The filter calls of a peer ({@code buildImportFilter} and {@code buildExportFilter},
 * confd/pkg/backends/calico/bgp_processor.go): for each BGPFilter name of the BGPPeer, in order, a
 * call when the filter exists and has rules for that direction and family; missing filters are
 * skipped silently ({@code buildImportFilter}, {@code buildExportFilter}). Memoised per list of
 * names and family.
 */
final class FilterRefs {

  /** The import and export calls of one list of filter names in one family. */
  record Calls(List<FilterRef> imports, List<FilterRef> exports) {
    static final Calls NONE = new Calls(List.of(), List.of());
  }

  private record Key(List<String> names, IPFamily family) {}

  private final ClusterSnapshot snapshot;
  private final ConcurrentMap<Key, Calls> memo = new ConcurrentHashMap<>();

  FilterRefs(ClusterSnapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The calls for filters {@code names} in {@code family}. */
  Calls of(List<String> names, IPFamily family) {
    if (names.isEmpty()) {
      return Calls.NONE;
    }
    return memo.computeIfAbsent(new Key(names, family), this::compute);
  }

  private Calls compute(Key key) {
    List<FilterRef> imports = new ArrayList<>();
    List<FilterRef> exports = new ArrayList<>();
    for (String name : key.names()) {
      snapshot.bgpFilter(name).ifPresent(filter -> {
        boolean v4 = key.family() == IPFamily.V4;
        add(imports, name, v4 ? filter.spec().importV4() : filter.spec().importV6());
        add(exports, name, v4 ? filter.spec().exportV4() : filter.spec().exportV6());
      });
    }
    return new Calls(List.copyOf(imports), List.copyOf(exports));
  }

  private static void add(List<FilterRef> calls, String name, List<BGPFilterRule> rules) {
    if (rules.isEmpty()) {
      return;
    }
    boolean takesPeerType = false;
    for (BGPFilterRule rule : rules) {
      takesPeerType |= rule.peerType() != null && !rule.peerType().isEmpty();
    }
    calls.add(new FilterRef(name, takesPeerType));
  }
}
