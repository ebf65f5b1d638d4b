package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.Community;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.PrefixAdvertisement;
import io.github.calicobgp.api.value.BGPCommunity;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The communities a node attaches to exported routes, {@code apply_communities}
 * ({@code processCommunityRules}, confd/pkg/backends/calico/bgp_processor.go).
 */
final class Communities {
  private Communities() {}

  /**
   * The prefixes of {@code family} and their communities for {@code node}: from its {@code
   * node.<name>} BGPConfiguration when that has prefix advertisements, which then hide the global
   * ones in both families ({@code getPrefixAdvertisementsKVPair},
   * confd/pkg/backends/calico/client.go), else from GCFG. Community names resolve only in the same
   * BGPConfiguration; unknown names, and values that are not two or three colon-separated parts,
   * are dropped; values are deduplicated and sorted bytewise; prefixes with an empty cidr or no
   * community left are omitted.
   *
   * <p>An empty {@code prefixAdvertisements} list ({@code []}) is not absent: it hides the global
   * ones and gives no communities, as confd tests {@code PrefixAdvertisements != nil}
   * (confd/pkg/backends/calico/client.go, {@code getPrefixAdvertisementsKVPair}, which then
   * stores the node key that {@code bgp_processor.go} reads before the global one). Whether a
   * {@code []} survives depends on the datastore: see {@link StoredForm}.
   */
  static List<PrefixCommunities> of(ClusterSettings settings, String node, IPFamily family) {
    BGPConfigurationSpec own = settings.perNode(node);
    BGPConfigurationSpec source = own != null && own.prefixAdvertisements() != null
        ? own : settings.global();
    List<PrefixCommunities> result = new ArrayList<>();
    for (PrefixAdvertisement advertisement : source.prefixAdvertisementsOrEmpty()) {
      String cidr = advertisement.cidr() == null ? "" : advertisement.cidr();
      boolean v6 = cidr.contains(":");
      if (cidr.isEmpty() || v6 != (family == IPFamily.V6)) {
        continue;
      }
      TreeSet<String> values = new TreeSet<>();
      for (String entry : advertisement.communities()) {
        String value = BGPCommunity.looksLikeCommunity(entry)
            ? entry : definedValue(source.communities(), entry);
        if (value != null && hasTwoOrThreeParts(value)) {
          values.add(value);
        }
      }
      if (!values.isEmpty()) {
        result.add(new PrefixCommunities(cidr, List.copyOf(values)));
      }
    }
    return List.copyOf(result);
  }

  private static @Nullable String definedValue(List<Community> communities, String name) {
    for (Community community : communities) {
      if (name.equals(community.name())) {
        return community.value();
      }
    }
    return null;
  }

  private static boolean hasTwoOrThreeParts(String value) {
    int parts = value.split(":", -1).length;
    return parts == 2 || parts == 3;
  }
}
