package io.github.calicobgp.bird;

import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.FamilyPlan;
import io.github.calicobgp.peering.PoolEncapsulation;
import io.github.calicobgp.peering.PoolRoute;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The three IP-pool statement lists of one family's {@code bird_ipam.cfg} ({@code processIPPools}
 * and {@code processIPPool}, confd/pkg/backends/calico/bgp_processor.go),
 * each sorted bytewise over whole statements.
 *
 * @param exportRejects pools whose BGP export is disabled
 * @param exportAccepts pools whose routes are exported
 * @param kernel what the kernel protocol does with each pool's routes
 * @param usesKrtTunnel whether a kernel statement sets {@code krt_tunnel}, an attribute only
 *     Calico's BIRD fork knows
 */
record PoolStatements(
    List<String> exportRejects, List<String> exportAccepts, List<String> kernel,
    boolean usesKrtTunnel) {

  private static final String FELIX_VXLAN = " reject; } # VXLAN routes are handled by Felix.";
  private static final String FELIX_CLUSTER = " reject; } # Cluster routes are handled by Felix.";

  /** The statements for the pools of {@code family}. */
  static PoolStatements of(FamilyPlan family) {
    boolean v4 = family.family() == IPFamily.V4;
    CIDR subnet = family.network();
    // confd builds the v4 kernel list only when the node has an IPv4 network.
    boolean kernelList = !v4 || subnet != null;
    List<String> rejects = new ArrayList<>();
    List<String> accepts = new ArrayList<>();
    List<String> kernel = new ArrayList<>();
    boolean krtTunnel = false;
    for (PoolRoute pool : family.pools()) {
      String match = "  if (net ~ " + pool.cidr() + ") then {";
      if (pool.exportDisabled()) {
        rejects.add(match + " reject; } # BGP export is disabled.");
      } else {
        accepts.add(match + " accept; }");
      }
      if (!kernelList) {
        continue;
      }
      if (pool.encapsulation() == PoolEncapsulation.VXLAN) {
        kernel.add(match + FELIX_VXLAN);
      } else if (!pool.programmedByBird()) {
        kernel.add(match + FELIX_CLUSTER);
      } else if (v4) {
        switch (pool.encapsulation()) {
          case IPIP_ALWAYS -> kernel.add(match + " krt_tunnel=\"tunl0\"; accept; }");
          case IPIP_CROSS_SUBNET ->
              kernel.add(
                  match
                      + " if (defined(bgp_next_hop)&&(bgp_next_hop ~ "
                      + subnet
                      + ")) then krt_tunnel=\"\"; else krt_tunnel=\"tunl0\"; accept; }");
          default -> kernel.add(match + " accept; }");
        }
        krtTunnel |= pool.encapsulation() != PoolEncapsulation.NONE;
      }
      // v6 pools that BIRD programs would be accepted, and confd keeps only rejects for v6.
    }
    Collections.sort(rejects);
    Collections.sort(accepts);
    Collections.sort(kernel);
    return new PoolStatements(
        List.copyOf(rejects), List.copyOf(accepts), List.copyOf(kernel), krtTunnel);
  }
}
