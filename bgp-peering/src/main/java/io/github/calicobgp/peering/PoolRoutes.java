package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.EncapMode;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.IPPoolSpec;
import io.github.calicobgp.api.resource.WireEnum;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The IP pools as BIRD's filters see them ({@code processIPPools} and {@code processIPPool},
 * confd/pkg/backends/calico/bgp_processor.go), the same for every node:
 * classified by encapsulation (VXLAN before IPIP), with whether BIRD programs their routes.
 */
final class PoolRoutes {
  private PoolRoutes() {}

  /**
   * The pools of {@code family}, sorted by CIDR text. A pool whose cidr does not parse is skipped;
   * of several pools with the same network, the one with the lowest name counts, as in Calico's
   * conflict-resolving cache. Disabled pools count like any other ({@code processIPPool}).
   */
  static List<PoolRoute> of(List<IPPool> poolsByName, ClusterRoutePolicy policy, IPFamily family) {
    Map<CIDR, PoolRoute> byNetwork = new LinkedHashMap<>();
    for (IPPool pool : poolsByName) {
      CIDR network = network(pool.spec().cidr());
      if (network == null || network.family() != family || byNetwork.containsKey(network)) {
        continue;
      }
      PoolEncapsulation encapsulation = encapsulation(pool.spec());
      boolean programmedByBird = switch (encapsulation) {
        case VXLAN -> false;
        case IPIP_ALWAYS, IPIP_CROSS_SUBNET -> policy.programsIpipPools();
        case NONE -> policy.programsNoEncapPools();
      };
      byNetwork.put(network, new PoolRoute(
          network, encapsulation, pool.spec().bgpExportDisabled(), programmedByBird));
    }
    List<PoolRoute> result = new ArrayList<>(byNetwork.values());
    result.sort(Comparator.comparing(route -> route.cidr().toString()));
    return List.copyOf(result);
  }

  private static @Nullable CIDR network(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return CIDR.parse(text).masked();
    } catch (IllegalArgumentException unparsable) {
      return null;
    }
  }

  private static PoolEncapsulation encapsulation(IPPoolSpec spec) {
    if (isOn(spec.vxlanMode())) {
      return PoolEncapsulation.VXLAN;
    }
    EncapMode ipip = WireEnum.parse(EncapMode.class, spec.ipipMode()).orElse(EncapMode.NEVER);
    return switch (ipip) {
      case ALWAYS -> PoolEncapsulation.IPIP_ALWAYS;
      case CROSS_SUBNET -> PoolEncapsulation.IPIP_CROSS_SUBNET;
      case NEVER -> PoolEncapsulation.NONE;
    };
  }

  private static boolean isOn(@Nullable String mode) {
    return WireEnum.parse(EncapMode.class, mode).orElse(EncapMode.NEVER) != EncapMode.NEVER;
  }
}
