package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.CalicoName;
import io.github.calicobgp.api.validation.CelRules;
import io.github.calicobgp.api.validation.CidrFormat;
import io.github.calicobgp.api.validation.GoStructRules;
import io.github.calicobgp.api.validation.IP;
import io.github.calicobgp.api.validation.InterfacePattern;
import io.github.calicobgp.api.validation.ListSize;
import io.github.calicobgp.api.validation.MatchesRegex;
import io.github.calicobgp.api.validation.MaxLength;
import io.github.calicobgp.api.validation.Network;
import io.github.calicobgp.api.validation.OneOf;
import io.github.calicobgp.api.validation.Range;
import io.github.calicobgp.api.validation.Required;
import io.github.calicobgp.api.validation.Unique;
import io.github.calicobgp.api.validation.ValidationLayer.Cel;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchema;
import io.github.calicobgp.api.validation.ValidationLayer.GoRules;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.GoDuration;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The settings of a {@link BGPConfiguration}; see Calico's
 * api/pkg/apis/projectcalico/v3/bgpconfig.go ({@code BGPConfigurationSpec}) for each field, and
 * {@code validateBGPConfigurationSpec} in libcalico-go/lib/validator/v3/validator.go and
 * api/config/crd/projectcalico.org_bgpconfigurations.yaml for the validation rules that the
 * annotations declare.
 */
@GoStructRules(groups = GoRules.class)
@CelRules(groups = Cel.class)
public record BGPConfigurationSpec(
    @MatchesRegex(value = "^(?i)(Trace|Debug|Info|Warning|Error|Fatal)?$", groups = CrdSchema.class)
        @Nullable String logSeverityScreen,
    @Nullable Boolean nodeToNodeMeshEnabled,
    @Nullable ASNumber asNumber,
    List<@Valid ServiceIPBlock> serviceLoadBalancerIPs,
    List<@Valid ServiceIPBlock> serviceExternalIPs,
    List<@Valid ServiceIPBlock> serviceClusterIPs,
    @OneOf(value = {"Enabled", "Disabled"}, omitEmpty = false, groups = CrdSchema.class) @Nullable
        String serviceLoadBalancerAggregation,
    @ListSize(max = 500, groups = CrdSchema.class) List<@Valid Community> communities,
    @ListSize(max = 500, groups = CrdSchema.class)
        @Nullable List<@Valid PrefixAdvertisement> prefixAdvertisements,
    @Range(min = 1, max = 65535, omitZero = true, groups = {GoRules.class, CrdSchema.class})
        @WireRange(goType = "uint16", min = 0, max = 65535) @Nullable Integer listenPort,
    @Valid @Nullable BGPPassword nodeMeshPassword,
    @Nullable GoDuration nodeMeshMaxRestartTime,
    @OneOf(value = {"None", "NodeIP"}, omitEmpty = false, groups = CrdSchema.class) @Nullable
        String bindMode,
    @Unique(groups = CrdSchema.class)
        List<@InterfacePattern(bareWildcard = false, checksEmpty = true, groups = GoRules.class)
            String>
            ignoredInterfaces,
    @IP(version = 4, groups = GoRules.class) @Nullable String localWorkloadPeeringIPV4,
    @IP(version = 6, groups = GoRules.class) @Nullable String localWorkloadPeeringIPV6,
    @OneOf(
            value = {"Enabled", "Disabled", "EnabledIPIPOnly", "EnabledNoEncapOnly"},
            omitEmpty = false,
            groups = CrdSchema.class)
        @Nullable String programClusterRoutes,
    @Range(min = 1, max = 2147483646, groups = {GoRules.class, CrdSchema.class}) @Nullable
        Integer ipv4NormalRoutePriority,
    @Range(min = 1, max = 2147483646, groups = {GoRules.class, CrdSchema.class}) @Nullable
        Integer ipv6NormalRoutePriority) {

  /**
   * Copies the lists; null lists become empty.
   *
   * @param logSeverityScreen BIRD's log level ({@code Info}, {@code Debug}, ...); null when unset
   * @param nodeToNodeMeshEnabled whether every node peers with every other node; null when unset
   *     (on)
   * @param asNumber the AS number of nodes that do not set their own; null when unset (64512)
   * @param serviceLoadBalancerIPs the LoadBalancer IP ranges to advertise
   * @param serviceExternalIPs the external IP ranges to advertise
   * @param serviceClusterIPs the cluster IP ranges to advertise
   * @param serviceLoadBalancerAggregation {@code Enabled} or {@code Disabled}: whether LoadBalancer
   *     IPs are advertised as their ranges or one by one
   * @param communities the named communities that {@code prefixAdvertisements} may use
   * @param prefixAdvertisements the communities to attach to the routes of given prefixes
   * @param listenPort the port BIRD listens on; null when unset (179)
   * @param nodeMeshPassword the password of mesh sessions; null for none
   * @param nodeMeshMaxRestartTime the graceful-restart time of mesh sessions; null for BIRD's
   *     default
   * @param bindMode {@code None} or {@code NodeIP}: whether BIRD listens on the node's address only
   * @param ignoredInterfaces interface patterns BIRD's direct protocol ignores
   * @param localWorkloadPeeringIPV4 the IPv4 address local workloads peer with
   * @param localWorkloadPeeringIPV6 the IPv6 address local workloads peer with
   * @param programClusterRoutes which cluster routes BIRD programs into the kernel
   * @param ipv4NormalRoutePriority the kernel metric of IPv4 routes
   * @param ipv6NormalRoutePriority the kernel metric of IPv6 routes
   */
  public BGPConfigurationSpec {
    serviceLoadBalancerIPs = Immutable.list(serviceLoadBalancerIPs);
    serviceExternalIPs = Immutable.list(serviceExternalIPs);
    serviceClusterIPs = Immutable.list(serviceClusterIPs);
    communities = Immutable.list(communities);
    // Kept null when absent: confd tests it with != nil, so [] is not the same (Go's
    // confd/pkg/backends/calico/client.go, getPrefixAdvertisementsKVPair).
    prefixAdvertisements = prefixAdvertisements == null ? null : List.copyOf(prefixAdvertisements);
    ignoredInterfaces = Immutable.list(ignoredInterfaces);
  }

  /** A block of service IPs to advertise ({@code {cidr: ...}}); an empty cidr is ignored. */
  public record ServiceIPBlock(
      @Network(strictlyMasked = true, groups = GoRules.class) @CidrFormat(groups = CrdSchema.class)
          @Nullable String cidr) {}

  /** A named community value, referenced from prefix advertisements. */
  public record Community(
      @Required(groups = GoRules.class) @CalicoName(groups = GoRules.class)
          @MaxLength(value = 253, groups = CrdSchema.class) @Nullable String name,
      @Required(groups = GoRules.class) @MaxLength(value = 40, groups = CrdSchema.class)
          @MatchesRegex(value = "^(\\d+):(\\d+)$|^(\\d+):(\\d+):(\\d+)$", groups = CrdSchema.class)
          @Nullable String value) {}

  /** The communities to attach to routes within {@code cidr}: names or literal values. */
  public record PrefixAdvertisement(
      @Required(groups = GoRules.class) @Network(strictlyMasked = true, groups = GoRules.class)
          @CidrFormat(groups = CrdSchema.class) @Nullable String cidr,
      @Required(groups = GoRules.class) @ListSize(max = 50, groups = CrdSchema.class)
          List<String> communities) {
    /**
     * Copies the list; null becomes empty.
     *
     * @param cidr the prefix whose routes get the communities
     * @param communities community names (from the spec's {@code communities}) or literal values
     */
    public PrefixAdvertisement {
      communities = Immutable.list(communities);
    }
  }

  /** {@return the prefix advertisements, empty when absent} */
  public List<PrefixAdvertisement> prefixAdvertisementsOrEmpty() {
    return prefixAdvertisements == null ? List.of() : prefixAdvertisements;
  }

  /** {@return a builder with every field unset} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this spec's values} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.logSeverityScreen = logSeverityScreen;
    b.nodeToNodeMeshEnabled = nodeToNodeMeshEnabled;
    b.asNumber = asNumber;
    b.serviceLoadBalancerIPs.addAll(serviceLoadBalancerIPs);
    b.serviceExternalIPs.addAll(serviceExternalIPs);
    b.serviceClusterIPs.addAll(serviceClusterIPs);
    b.serviceLoadBalancerAggregation = serviceLoadBalancerAggregation;
    b.communities.addAll(communities);
    b.prefixAdvertisements =
        prefixAdvertisements == null ? null : new ArrayList<>(prefixAdvertisements);
    b.listenPort = listenPort;
    b.nodeMeshPassword = nodeMeshPassword;
    b.nodeMeshMaxRestartTime = nodeMeshMaxRestartTime;
    b.bindMode = bindMode;
    b.ignoredInterfaces.addAll(ignoredInterfaces);
    b.localWorkloadPeeringIPV4 = localWorkloadPeeringIPV4;
    b.localWorkloadPeeringIPV6 = localWorkloadPeeringIPV6;
    b.programClusterRoutes = programClusterRoutes;
    b.ipv4NormalRoutePriority = ipv4NormalRoutePriority;
    b.ipv6NormalRoutePriority = ipv6NormalRoutePriority;
    return b;
  }

  /** Builds a {@link BGPConfigurationSpec}; every setter returns the builder. */
  public static final class Builder {
    private @Nullable String logSeverityScreen;
    private @Nullable Boolean nodeToNodeMeshEnabled;
    private @Nullable ASNumber asNumber;
    private final List<ServiceIPBlock> serviceLoadBalancerIPs = new ArrayList<>();
    private final List<ServiceIPBlock> serviceExternalIPs = new ArrayList<>();
    private final List<ServiceIPBlock> serviceClusterIPs = new ArrayList<>();
    private @Nullable String serviceLoadBalancerAggregation;
    private final List<Community> communities = new ArrayList<>();
    private @Nullable List<PrefixAdvertisement> prefixAdvertisements;
    private @Nullable Integer listenPort;
    private @Nullable BGPPassword nodeMeshPassword;
    private @Nullable GoDuration nodeMeshMaxRestartTime;
    private @Nullable String bindMode;
    private final List<String> ignoredInterfaces = new ArrayList<>();
    private @Nullable String localWorkloadPeeringIPV4;
    private @Nullable String localWorkloadPeeringIPV6;
    private @Nullable String programClusterRoutes;
    private @Nullable Integer ipv4NormalRoutePriority;
    private @Nullable Integer ipv6NormalRoutePriority;

    private Builder() {}

    /**
     * BIRD's log level ({@code Info}, {@code Debug}, ...).
     *
     * @param value the log level; null to unset
     * @return this builder
     */
    public Builder logSeverityScreen(@Nullable String value) {
      logSeverityScreen = value;
      return this;
    }

    /**
     * Whether the full node-to-node mesh is on.
     *
     * @param value true to turn the mesh on, false to turn it off; null to unset
     * @return this builder
     */
    public Builder nodeToNodeMeshEnabled(@Nullable Boolean value) {
      nodeToNodeMeshEnabled = value;
      return this;
    }

    /**
     * The default AS number of nodes.
     *
     * @param value the AS number; null to unset
     * @return this builder
     */
    public Builder asNumber(@Nullable ASNumber value) {
      asNumber = value;
      return this;
    }

    /**
     * Adds a LoadBalancer IP range to advertise.
     *
     * @param cidr the range, e.g. {@code 192.0.2.0/24}
     * @return this builder
     */
    public Builder addServiceLoadBalancerIP(String cidr) {
      serviceLoadBalancerIPs.add(new ServiceIPBlock(cidr));
      return this;
    }

    /**
     * Adds an external IP range to advertise.
     *
     * @param cidr the range, e.g. {@code 198.51.100.0/24}
     * @return this builder
     */
    public Builder addServiceExternalIP(String cidr) {
      serviceExternalIPs.add(new ServiceIPBlock(cidr));
      return this;
    }

    /**
     * Adds a cluster IP range to advertise.
     *
     * @param cidr the range, e.g. {@code 10.96.0.0/12}
     * @return this builder
     */
    public Builder addServiceClusterIP(String cidr) {
      serviceClusterIPs.add(new ServiceIPBlock(cidr));
      return this;
    }

    /**
     * {@code Enabled} or {@code Disabled}.
     *
     * @param value {@code Enabled} or {@code Disabled}; null to unset
     * @return this builder
     */
    public Builder serviceLoadBalancerAggregation(@Nullable String value) {
      serviceLoadBalancerAggregation = value;
      return this;
    }

    /**
     * Adds a named community.
     *
     * @param name the name that prefix advertisements use
     * @param value the community, {@code A:B} or {@code A:B:C}
     * @return this builder
     */
    public Builder addCommunity(String name, String value) {
      communities.add(new Community(name, value));
      return this;
    }

    /**
     * Sets the prefix advertisements: null for absent, an empty list for {@code []}.
     *
     * @param value the advertisements, or null
     * @return this builder
     */
    public Builder prefixAdvertisements(@Nullable List<PrefixAdvertisement> value) {
      prefixAdvertisements = value == null ? null : new ArrayList<>(value);
      return this;
    }

    /**
     * Adds a prefix advertisement with community names or values.
     *
     * @param cidr the prefix whose routes get the communities
     * @param communityNamesOrValues community names (from {@code communities}) or literal values
     * @return this builder
     */
    public Builder addPrefixAdvertisement(String cidr, List<String> communityNamesOrValues) {
      if (prefixAdvertisements == null) {
        prefixAdvertisements = new ArrayList<>();
      }
      prefixAdvertisements.add(new PrefixAdvertisement(cidr, communityNamesOrValues));
      return this;
    }

    /**
     * The BGP listen port.
     *
     * @param value the port; null to unset
     * @return this builder
     */
    public Builder listenPort(@Nullable Integer value) {
      listenPort = value;
      return this;
    }

    /**
     * The password of mesh sessions.
     *
     * @param value the password reference; null for none
     * @return this builder
     */
    public Builder nodeMeshPassword(@Nullable BGPPassword value) {
      nodeMeshPassword = value;
      return this;
    }

    /**
     * The graceful-restart time of mesh sessions.
     *
     * @param value the restart time; null to unset
     * @return this builder
     */
    public Builder nodeMeshMaxRestartTime(@Nullable GoDuration value) {
      nodeMeshMaxRestartTime = value;
      return this;
    }

    /**
     * {@code None} or {@code NodeIP}.
     *
     * @param value {@code None} or {@code NodeIP}; null to unset
     * @return this builder
     */
    public Builder bindMode(@Nullable String value) {
      bindMode = value;
      return this;
    }

    /**
     * Adds an interface pattern that BIRD's direct protocol ignores.
     *
     * @param pattern an interface name, or a pattern with {@code *} wildcards
     * @return this builder
     */
    public Builder addIgnoredInterface(String pattern) {
      ignoredInterfaces.add(pattern);
      return this;
    }

    /**
     * The IPv4 address local workloads peer with.
     *
     * @param value the address; null to unset
     * @return this builder
     */
    public Builder localWorkloadPeeringIPV4(@Nullable String value) {
      localWorkloadPeeringIPV4 = value;
      return this;
    }

    /**
     * The IPv6 address local workloads peer with.
     *
     * @param value the address; null to unset
     * @return this builder
     */
    public Builder localWorkloadPeeringIPV6(@Nullable String value) {
      localWorkloadPeeringIPV6 = value;
      return this;
    }

    /**
     * Which cluster routes BIRD programs.
     *
     * @param value {@code Enabled}, {@code Disabled}, {@code EnabledIPIPOnly} or {@code
     *     EnabledNoEncapOnly}; null to unset
     * @return this builder
     */
    public Builder programClusterRoutes(@Nullable String value) {
      programClusterRoutes = value;
      return this;
    }

    /**
     * The kernel metric of IPv4 routes.
     *
     * @param value the metric, 1..2147483646; null to unset
     * @return this builder
     */
    public Builder ipv4NormalRoutePriority(@Nullable Integer value) {
      ipv4NormalRoutePriority = value;
      return this;
    }

    /**
     * The kernel metric of IPv6 routes.
     *
     * @param value the metric, 1..2147483646; null to unset
     * @return this builder
     */
    public Builder ipv6NormalRoutePriority(@Nullable Integer value) {
      ipv6NormalRoutePriority = value;
      return this;
    }

    /** {@return the spec with the values set so far} */
    public BGPConfigurationSpec build() {
      return new BGPConfigurationSpec(
          logSeverityScreen,
          nodeToNodeMeshEnabled,
          asNumber,
          serviceLoadBalancerIPs,
          serviceExternalIPs,
          serviceClusterIPs,
          serviceLoadBalancerAggregation,
          communities,
          prefixAdvertisements,
          listenPort,
          nodeMeshPassword,
          nodeMeshMaxRestartTime,
          bindMode,
          ignoredInterfaces,
          localWorkloadPeeringIPV4,
          localWorkloadPeeringIPV6,
          programClusterRoutes,
          ipv4NormalRoutePriority,
          ipv6NormalRoutePriority);
    }
  }
}
