package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.BlockAffinityState;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IPAM blocks affine to a node, as the {@code /ipam/v2/host/<node>/ipv4/block} loop of
 * node/filesystem/etc/calico/confd/templates/bird_aggr.cfg.template lists them.
 */
final class BlockRoutes {
  private BlockRoutes() {}

  /**
   * The node's host-type affinities of {@code family}, masked, sorted by CIDR text (confd's key
   * order). {@code pending} affinities are dropped; the {@code deleted} flag is ignored. Of
   * several affinities for one block the one with the lowest name counts (confd keeps the last
   * write to the block's key); unparsable CIDRs, unknown states and {@code virtual} affinities are
   * skipped.
   */
  static List<BlockRoute> of(List<BlockAffinity> affinitiesByName, IPFamily family) {
    Map<CIDR, Optional<BlockRoute>> byBlock = new LinkedHashMap<>();
    for (BlockAffinity affinity : affinitiesByName) {
      BlockAffinity.Spec spec = affinity.spec();
      String type = spec.type();
      if (type != null && !type.isEmpty() && !type.equals("host") || spec.cidr() == null) {
        continue;
      }
      CIDR block;
      try {
        block = CIDR.parse(spec.cidr()).masked();
      } catch (IllegalArgumentException unparsable) {
        continue;
      }
      Optional<BlockAffinityState> state = spec.stateValue();
      if (block.family() != family || state.isEmpty() || byBlock.containsKey(block)) {
        continue;
      }
      byBlock.put(block, state.get() == BlockAffinityState.PENDING
          ? Optional.empty() : Optional.of(new BlockRoute(block, state.get())));
    }
    List<BlockRoute> result = new ArrayList<>();
    byBlock.values().forEach(route -> route.ifPresent(result::add));
    result.sort(Comparator.comparing(route -> route.cidr().toString()));
    return List.copyOf(result);
  }
}
