package io.github.calicobgp.peering;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.Service;
import io.github.calicobgp.api.resource.CrdDefaults;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a datastore holds for a resource after its API server has stored it: confd reads that
 * form, not the manifest as written, and so does the engine ({@link ClusterSnapshot} applies it
 * to every resource it is given).
 *
 * <ul>
 *   <li>{@link Datastore#KUBERNETES}: the CRD schema's {@code default:} values
 *       ({@link CrdDefaults#apply}), e.g. {@code logSeverityScreen: Info} on every
 *       BGPConfiguration, which then wins over the global level for a node that has a
 *       {@code node.<name>} BGPConfiguration (confd/pkg/backends/calico/client.go,
 *       {@code getLogSeverityKVPair}; bgp_processor.go reads the node's key first). Empty lists
 *       are kept, as the API server stores {@code []}.
 *   <li>{@link Datastore#ETCD}: no CRD defaulting; an empty {@code prefixAdvertisements} is
 *       dropped, as Go's {@code omitempty} drops it when calicoctl writes the resource.
 *   <li>Services come from the Kubernetes API in both cases and get its defaults (Kubernetes'
 *       pkg/apis/core/v1/defaults.go, {@code SetDefaults_Service}): {@code type: ClusterIP},
 *       {@code externalTrafficPolicy: Cluster} for NodePort and LoadBalancer; and, as the
 *       Service registry allocates them, {@code clusterIPs} from {@code clusterIP} and
 *       {@code ipFamilies} from the cluster IPs.
 * </ul>
 */
public final class StoredForm {

  private StoredForm() {}

  /**
   * The form in which {@code datastore} stores {@code resource}.
   *
   * @param resource a resource as written
   * @param datastore the datastore it is written to
   * @return the stored form ({@code resource} itself when nothing changes)
   */
  public static Resource of(Resource resource, Datastore datastore) {
    if (resource instanceof Service service) {
      return service(service);
    }
    return switch (datastore) {
      case KUBERNETES -> unlessEqual(CrdDefaults.apply(resource), resource);
      case ETCD -> goRoundTrip(resource);
    };
  }

  /** {@code original} when {@code stored} equals it, so that an unchanged resource stays itself. */
  private static Resource unlessEqual(Resource stored, Resource original) {
    return stored == original || stored.equals(original) ? original : stored;
  }

  /** calicoctl's Go types drop an empty list on the way to etcd ({@code omitempty}). */
  private static Resource goRoundTrip(Resource resource) {
    if (resource instanceof BGPConfiguration config
        && config.spec().prefixAdvertisements() != null
        && config.spec().prefixAdvertisements().isEmpty()) {
      BGPConfigurationSpec spec = config.spec().toBuilder().prefixAdvertisements(null).build();
      return new BGPConfiguration(config.metadata(), spec);
    }
    return resource;
  }

  private static Service service(Service service) {
    Service.Spec s = service.spec();
    String type = isEmpty(s.type()) ? "ClusterIP" : s.type();
    String policy = s.externalTrafficPolicy();
    if (isEmpty(policy) && (type.equals("NodePort") || type.equals("LoadBalancer"))) {
      policy = "Cluster";
    }
    List<String> clusterIPs = s.clusterIPs();
    if (clusterIPs.isEmpty() && !isEmpty(s.clusterIP()) && !"None".equals(s.clusterIP())) {
      clusterIPs = List.of(s.clusterIP());
    }
    List<String> families = s.ipFamilies();
    if (families.isEmpty()) {
      families = familiesOf(clusterIPs);
    }
    if (type.equals(s.type()) && same(policy, s.externalTrafficPolicy())
        && clusterIPs.equals(s.clusterIPs()) && families.equals(s.ipFamilies())) {
      return service;
    }
    Service.Spec stored = new Service.Spec(s.ports(), s.selector(), s.clusterIP(), clusterIPs,
        type, s.externalIPs(), s.sessionAffinity(), s.loadBalancerIP(),
        s.loadBalancerSourceRanges(), s.externalName(), policy, s.healthCheckNodePort(),
        s.publishNotReadyAddresses(), families, s.ipFamilyPolicy(),
        s.allocateLoadBalancerNodePorts(), s.loadBalancerClass(), s.internalTrafficPolicy(),
        s.trafficDistribution());
    return new Service(service.metadata(), stored, service.status());
  }

  private static List<String> familiesOf(List<String> ips) {
    List<String> families = new ArrayList<>(ips.size());
    for (String ip : ips) {
      IPAddress.tryParse(ip).ifPresent(address ->
          families.add(address.family() == IPFamily.V4 ? "IPv4" : "IPv6"));
    }
    return families.size() == ips.size() ? List.copyOf(families) : List.of();
  }

  private static boolean same(@Nullable String a, @Nullable String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static boolean isEmpty(@Nullable String s) {
    return s == null || s.isEmpty();
  }
}
