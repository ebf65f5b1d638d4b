package io.github.calicobgp.bird;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.Community;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.PrefixAdvertisement;
import io.github.calicobgp.api.resource.BGPConfigurationSpec.ServiceIPBlock;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.SecretKeySelector;
import io.github.calicobgp.api.resource.SecretValueException;
import io.github.calicobgp.api.value.BGPCommunity;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.DisplayText;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.ClusterPlan;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.IgnoredBGPPeer;
import io.github.calicobgp.peering.NodePlan;
import io.github.calicobgp.peering.Origin;
import io.github.calicobgp.peering.Origins;
import io.github.calicobgp.peering.PlanField;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.peering.diagnostics.Finding;
import io.github.calicobgp.peering.diagnostics.FindingCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values of a cluster's resources that {@link BirdRenderer} would refuse, found on the
 * resources themselves (once each, whatever the number of nodes and sessions) with the
 * renderer's own checks, so that {@code check} reports them before anyone renders: service
 * ranges and advertised prefixes BIRD would reject, the addresses of Services that some node
 * advertises, communities out of range, BGPFilter rules and names, ignored interfaces, negative
 * route priorities, route-reflector cluster ids, reachableBy gateways and TTL hops. AS numbers, peer addresses and timers have codes of their
 * own ({@link FindingCode#AS_NUMBER_ZERO}, {@link FindingCode#PEER_ADDRESS_UNUSABLE}, {@link
 * FindingCode#TIMER_OUT_OF_RANGE}).
 */
public final class RenderableValues {

  private static final int MAX_HOPS = 255;

  private RenderableValues() {}

  /**
   * {@return one {@link FindingCode#VALUE_NOT_RENDERABLE} finding per value of {@code snapshot}
   * that render would refuse, naming its resource and field, in the resources' order}
   *
   * @param plan the cluster's plan: its snapshot, and the namespace of password Secrets
   */
  public static List<Finding> findings(ClusterPlan plan) {
    List<Finding> findings = new ArrayList<>();
    List<BirdRenderException> refusals =
        new ArrayList<>(refusals(plan.snapshot(), plan.options().secretNamespace()));
    for (Node node : plan.snapshot().nodes()) {
      // Without an IPv4 address a node has a router id only when one is given (CALICO_ROUTER_ID,
      // --router-id): the plan's options say whether one is.
      String name = node.metadata().nameOrEmpty();
      if (node.spec().bgp() != null && node.spec().bgp().ipv4Address() == null
          && plan.options().routerId().routerIdFor(name, null) == null) {
        check(refusals, origin(node, "spec.bgp.ipv4Address"),
            () -> BirdStrings.routerId(null, name));
      }
    }
    serviceAddresses(plan, refusals);
    for (BirdRenderException e : refusals) {
      Origin origin = e.origin();
      String resource = origin == null ? e.subject() : origin.resource().toString();
      List<String> nodes = origin != null && origin.resource().kind().kind().equals("Node")
          ? List.of(origin.resource().name()) : List.of();
      findings.add(Finding.of(FindingCode.VALUE_NOT_RENDERABLE,
          (origin == null ? e.subject() + ": " + e.field() : origin.toString()) + ": "
              + e.detail() + "; render refuses the nodes that use it.",
          nodes, List.of(resource)));
    }
    return findings;
  }

  /**
   * The host routes of Services' own addresses that render would refuse: found on the plans,
   * which hold them only for the nodes that advertise them (a node with a local endpoint, or
   * every node), each distinct route checked once; the ranges of the BGPConfiguration, which the
   * same lists hold, are checked on the resource itself.
   */
  private static void serviceAddresses(ClusterPlan plan, List<BirdRenderException> out) {
    Set<String> seen = new HashSet<>();
    for (NodePlan node : plan.nodes()) {
      for (IPFamily family : IPFamily.values()) {
        for (String route : node.family(family).staticRoutes()) {
          if (!seen.add(family + " " + route)) {
            continue;
          }
          Optional<Origin> origin = Origins.of(plan.snapshot(), node.nodeName(), null,
              PlanField.SERVICE_ROUTE, route);
          if (origin.isPresent() && origin.get().resource().kind().kind().equals("Service")) {
            check(out, origin.get(), () -> BirdIpamFile.serviceRoute(
                route, family, "node " + node.nodeName(), "staticRoutes"));
          }
        }
      }
    }
  }

  /**
   * {@return the refusals render would make of {@code snapshot}'s values, each with its {@link
   * BirdRenderException#origin()}}
   *
   * @param snapshot the cluster
   * @param secretNamespace the namespace of password Secrets ({@link
   *     io.github.calicobgp.peering.PeeringOptions#secretNamespace()})
   */
  public static List<BirdRenderException> refusals(
      ClusterSnapshot snapshot, String secretNamespace) {
    List<BirdRenderException> out = new ArrayList<>();
    Optional<BGPConfiguration> config = snapshot.defaultConfiguration();
    if (config.isPresent()) {
      defaultConfiguration(config.get(), out);
      password(snapshot, secretNamespace, config.get().spec().nodeMeshPassword(),
          origin(config.get(), "spec.nodeMeshPassword.secretKeyRef"), out);
    }
    for (Node node : snapshot.nodes()) {
      snapshot.nodeConfiguration(node.metadata().nameOrEmpty())
          .ifPresent(own -> prefixAdvertisements(own, out));
      String clusterId = node.spec().bgp() == null ? null
          : node.spec().bgp().routeReflectorClusterID();
      if (clusterId != null && !clusterId.isEmpty()) {
        check(out, origin(node, "spec.bgp.routeReflectorClusterID"),
            () -> BirdStrings.ipv4(clusterId, "node", "routeReflectorClusterID"));
      }
    }
    for (BGPPeer peer : snapshot.bgpPeers()) {
      bgpPeer(peer, out);
      password(snapshot, secretNamespace, peer.spec().password(),
          origin(peer, "spec.password.secretKeyRef"), out);
    }
    for (BGPFilter filter : snapshot.bgpFilters()) {
      for (IPFamily family : IPFamily.values()) {
        // The renderer's own code, into a buffer that is thrown away.
        int before = out.size();
        check(out, null, () -> new BirdFilterFunctions(new FilterNames())
            .append(new TextBuffer(256), List.of(filter), family));
        if (out.size() > before) {
          break; // the name, or a rule of both families: once is enough
        }
      }
    }
    return out;
  }

  private static void defaultConfiguration(BGPConfiguration config, List<BirdRenderException> out) {
    BGPConfigurationSpec spec = config.spec();
    serviceRanges(config, "spec.serviceClusterIPs", spec.serviceClusterIPs(), out);
    serviceRanges(config, "spec.serviceExternalIPs", spec.serviceExternalIPs(), out);
    serviceRanges(config, "spec.serviceLoadBalancerIPs", spec.serviceLoadBalancerIPs(), out);
    prefixAdvertisements(config, out);
    List<String> ignored = spec.ignoredInterfaces();
    for (int i = 0; i < ignored.size(); i++) {
      String pattern = ignored.get(i);
      check(out, Origins.ignoredInterface(i),
          () -> BirdStrings.interfacePattern(pattern, "node", "ignoredInterfaces"));
    }
    priority(config, "spec.ipv4NormalRoutePriority", spec.ipv4NormalRoutePriority(), out);
    priority(config, "spec.ipv6NormalRoutePriority", spec.ipv6NormalRoutePriority(), out);
  }

  /**
   * Ranges that parse but that BIRD would reject (host bits set, an IPv4 network in IPv6
   * syntax): confd drops the ranges that do not parse at all, and render with it.
   */
  private static void serviceRanges(BGPConfiguration config, String field,
      List<ServiceIPBlock> blocks, List<BirdRenderException> out) {
    for (int i = 0; i < blocks.size(); i++) {
      String cidr = blocks.get(i).cidr();
      if (cidr == null || cidr.isEmpty() || !parses(cidr)) {
        continue;
      }
      IPFamily family = cidr.contains(":") ? IPFamily.V6 : IPFamily.V4;
      check(out, origin(config, field + "[" + i + "].cidr"),
          () -> BirdStrings.cidr(cidr, family, "node", field));
    }
  }

  /**
   * The prefixes and communities {@code apply_communities} would print: the literal values and
   * the named communities an advertisement uses ({@code processCommunityRules},
   * confd/pkg/backends/calico/bgp_processor.go).
   */
  private static void prefixAdvertisements(BGPConfiguration config,
      List<BirdRenderException> out) {
    List<PrefixAdvertisement> advertisements = config.spec().prefixAdvertisementsOrEmpty();
    List<Community> named = config.spec().communities();
    for (int i = 0; i < advertisements.size(); i++) {
      PrefixAdvertisement advertisement = advertisements.get(i);
      String at = "spec.prefixAdvertisements[" + i + "]";
      int before = out.size();
      boolean printed = false;
      for (int j = 0; j < advertisement.communities().size(); j++) {
        String entry = advertisement.communities().get(j);
        String field = at + ".communities[" + j + "]";
        String value = entry;
        if (!BGPCommunity.looksLikeCommunity(entry)) {
          value = null;
          for (int n = 0; value == null && n < named.size(); n++) {
            if (entry.equals(named.get(n).name())) {
              value = named.get(n).value();
              field = "spec.communities[" + n + "].value";
            }
          }
        }
        if (value != null) {
          try {
            // Values of other than two or three parts are dropped, as confd drops them.
            printed |= BirdStrings.community(value, "node", "communities") != null;
          } catch (UnsafeConfigValueException e) {
            out.add(e.at(origin(config, field)));
          }
        }
      }
      String cidr = advertisement.cidr();
      if (printed && out.size() == before && cidr != null && !cidr.isEmpty()) {
        IPFamily family = cidr.contains(":") ? IPFamily.V6 : IPFamily.V4;
        check(out, origin(config, at + ".cidr"),
            () -> BirdStrings.cidr(cidr, family, "node", "cidr"));
      }
    }
  }

  private static void priority(BGPConfiguration config, String field,
      @Nullable Integer priority, List<BirdRenderException> out) {
    if (priority != null && priority < 0) {
      out.add(new UnsafeConfigValueException("node", field, BirdRenderer.NEGATIVE_PRIORITY,
          DisplayText.quote(priority.toString()), origin(config, field)));
    }
  }

  private static void bgpPeer(BGPPeer peer, List<BirdRenderException> out) {
    Integer ttl = peer.spec().ttlSecurity();
    if (ttl != null && ttl > MAX_HOPS) {
      out.add(new UnsafeConfigValueException("peer", "ttlSecurity", BirdPeerStanza.HOPS,
          DisplayText.quote(ttl.toString()), origin(peer, "spec.ttlSecurity")));
    }
    String via = peer.spec().reachableBy();
    // A gateway that is no address of the peer's family makes confd drop the BGPPeer
    // (IgnoredBGPPeer, which check reports as BGPPEER_IGNORED): render never sees it.
    if (via != null && !via.isEmpty() && IgnoredBGPPeer.of(peer).isEmpty()) {
      IPFamily family = IPAddress.tryParse(via).map(IPAddress::family).orElse(IPFamily.V4);
      check(out, origin(peer, "spec.reachableBy"),
          () -> BirdStrings.gateway(via, family, "peer", "reachableBy"));
    }
  }

  /**
   * A password BIRD cannot hold; Secrets and keys that are missing or not UTF-8 have findings of
   * their own ({@code SECRET_NOT_FOUND}, {@code SECRET_KEY_NOT_FOUND},
   * {@code SECRET_VALUE_NOT_UTF8}).
   */
  private static void password(ClusterSnapshot snapshot, String namespace,
      @Nullable BGPPassword password, Origin at, List<BirdRenderException> out) {
    SecretKeySelector ref = password == null ? null : password.secretKeyRef();
    if (ref == null || ref.name() == null || ref.key() == null) {
      return;
    }
    Optional<String> value;
    try {
      value = snapshot.secrets().value(namespace, ref.name(), ref.key());
    } catch (SecretValueException e) {
      return;
    }
    value.ifPresent(v -> check(out, at, () -> BirdStrings.password(v, "peer", "password")));
  }

  private static boolean parses(String cidr) {
    try {
      CIDR.parse(cidr);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Runs {@code value}; a refusal is added, located at {@code at} when given. */
  private static void check(List<BirdRenderException> out, @Nullable Origin at, Runnable value) {
    try {
      value.run();
    } catch (BirdRenderException e) {
      out.add(at == null ? e : e.at(at));
    }
  }

  private static Origin origin(Resource resource, String field) {
    return new Origin(ResourceKey.of(resource), field);
  }
}
