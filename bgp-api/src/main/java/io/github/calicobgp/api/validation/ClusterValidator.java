package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.ValueFormatException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The checks Calico's client makes against the other stored resources (layer 4 of
 * {@link ValidationLayer}: {@code bgpPeers.validate} in libcalico-go/lib/clientv3/bgppeer.go,
 * {@code ValidateDefaultOnlyFields} in libcalico-go/lib/clientv3/bgpconfig.go,
 * {@code validateAndSetDefaults} in libcalico-go/lib/clientv3/ippool.go),
 * over a whole set of resources: a BGPPeer's filters exist, per-node BGPConfigurations set no
 * cluster-wide field, and no two IPPools overlap. Stateless and thread-safe.
 *
 * <p>Calico only checks an IPPool's overlap when it is created, against the pools already stored;
 * here every overlapping pair is reported, on both pools, so that the result does not depend on the
 * order of the resources.
 */
public final class ClusterValidator {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::kind)
          .thenComparing(Violation::name)
          .thenComparing(Violation::fieldPath)
          .thenComparing(Violation::message);

  /**
   * {@return the violations of the client-level checks over {@code resources}, sorted; empty if
   * none}
   *
   * @param resources every resource of the cluster, in any order
   */
  public List<Violation> validate(Collection<? extends Resource> resources) {
    List<Violation> violations = new ArrayList<>();
    Set<String> filters =
        resources.stream()
            .filter(BGPFilter.class::isInstance)
            .map(r -> r.metadata().nameOrEmpty())
            .collect(Collectors.toSet());
    List<IPPool> pools = new ArrayList<>();
    for (Resource resource : resources) {
      if (resource instanceof BGPPeer peer) {
        checkFilters(peer, filters, violations);
      } else if (resource instanceof BGPConfiguration config && !config.isDefault()) {
        checkDefaultOnlyFields(config, violations);
      } else if (resource instanceof IPPool pool) {
        pools.add(pool);
      }
    }
    checkOverlaps(pools, violations);
    violations.sort(ORDER);
    return violations;
  }

  private static void checkFilters(BGPPeer peer, Set<String> existing, List<Violation> out) {
    List<String> filters = peer.spec().filters();
    for (int i = 0; i < filters.size(); i++) {
      if (!existing.contains(filters.get(i))) {
        out.add(
            violation(
                peer,
                "spec.filters[" + i + "]",
                "BGPFilter(s) not found: " + Messages.quote(filters.get(i))));
      }
    }
  }

  private static void checkDefaultOnlyFields(BGPConfiguration config, List<Violation> out) {
    BGPConfigurationSpec spec = config.spec();
    defaultOnly(config, "nodeToNodeMeshEnabled", spec.nodeToNodeMeshEnabled() != null, out);
    defaultOnly(config, "asNumber", spec.asNumber() != null, out);
    defaultOnly(config, "serviceLoadBalancerIPs", !spec.serviceLoadBalancerIPs().isEmpty(), out);
    defaultOnly(config, "serviceExternalIPs", !spec.serviceExternalIPs().isEmpty(), out);
    defaultOnly(config, "serviceClusterIPs", !spec.serviceClusterIPs().isEmpty(), out);
    defaultOnly(config, "nodeMeshPassword", spec.nodeMeshPassword() != null, out);
    defaultOnly(config, "nodeMeshMaxRestartTime", spec.nodeMeshMaxRestartTime() != null, out);
  }

  private static void defaultOnly(
      BGPConfiguration config, String field, boolean set, List<Violation> out) {
    if (set) {
      out.add(
          violation(
              config,
              "spec." + field,
              "Cannot set " + field + " on a non default BGP Configuration."));
    }
  }

  private static void checkOverlaps(List<IPPool> pools, List<Violation> out) {
    List<@Nullable CIDR> networks = pools.stream().map(p -> network(p.spec().cidr())).toList();
    for (int i = 0; i < pools.size(); i++) {
      IPPool pool = pools.get(i);
      CIDR network = networks.get(i);
      for (int j = 0; j < pools.size() && network != null; j++) {
        IPPool other = pools.get(j);
        CIDR otherNetwork = networks.get(j);
        // Calico skips a pool of the same name: that is the pool itself, being re-created.
        boolean itself = pool.metadata().nameOrEmpty().equals(other.metadata().nameOrEmpty());
        if (!itself && otherNetwork != null && network.overlaps(otherNetwork)) {
          out.add(
              violation(
                  pool,
                  "spec.cidr",
                  "IPPool("
                      + pool.metadata().nameOrEmpty()
                      + ") CIDR overlaps with IPPool("
                      + other.metadata().nameOrEmpty()
                      + ") CIDR "
                      + other.spec().cidr()));
        }
      }
    }
  }

  /** The pool's network as Calico's client parses it (a {@code /len} is required), or null. */
  private static @Nullable CIDR network(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return CIDR.parse(text).masked();
    } catch (ValueFormatException e) {
      return null;
    }
  }

  private static Violation violation(Resource resource, String fieldPath, String message) {
    return new Violation(resource.kind(), resource.metadata().nameOrEmpty(), fieldPath, message);
  }
}
