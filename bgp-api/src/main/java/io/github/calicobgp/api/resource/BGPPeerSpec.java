package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.CalicoName;
import io.github.calicobgp.api.validation.CelRules;
import io.github.calicobgp.api.validation.GoStructRules;
import io.github.calicobgp.api.validation.IP;
import io.github.calicobgp.api.validation.MaxLength;
import io.github.calicobgp.api.validation.OneOf;
import io.github.calicobgp.api.validation.PeerIPWithPort;
import io.github.calicobgp.api.validation.SelectorSyntax;
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
 * The settings of a {@link BGPPeer}; see Calico's api/pkg/apis/projectcalico/v3/bgppeer.go
 * ({@code BGPPeerSpec}) for each field, and {@code validateBGPPeerSpec} in
 * libcalico-go/lib/validator/v3/validator.go and api/config/crd/projectcalico.org_bgppeers.yaml for
 * the validation rules that the annotations declare. Text is kept as read:
 * {@code peerIP} may carry a port, selectors are parsed by whoever evaluates them.
 */
@GoStructRules(groups = GoRules.class)
@CelRules(groups = Cel.class)
public record BGPPeerSpec(
    @CalicoName(groups = GoRules.class) @MaxLength(value = 253, groups = CrdSchema.class) @Nullable
        String node,
    @SelectorSyntax(groups = GoRules.class) @MaxLength(value = 1024, groups = CrdSchema.class)
        @Nullable String nodeSelector,
    @PeerIPWithPort(groups = GoRules.class) @MaxLength(value = 64, groups = CrdSchema.class)
        @Nullable String peerIP,
    @Nullable ASNumber asNumber,
    @Nullable ASNumber localASNumber,
    @SelectorSyntax(groups = GoRules.class) @MaxLength(value = 1024, groups = CrdSchema.class)
        @Nullable String peerSelector,
    @Nullable Boolean keepOriginalNextHop,
    @OneOf(value = {"Auto", "Self", "Keep"}, omitEmpty = false, groups = CrdSchema.class) @Nullable
        String nextHopMode,
    @Valid @Nullable BGPPassword password,
    @OneOf(value = {"UseNodeIP", "None"}, groups = CrdSchema.class) @Nullable String sourceAddress,
    @Nullable GoDuration maxRestartTime,
    @Nullable GoDuration keepaliveTime,
    @WireRange(goType = "int32", min = Integer.MIN_VALUE, max = Integer.MAX_VALUE) @Nullable
        Integer numAllowedLocalASNumbers,
    @WireRange(goType = "uint8", min = 0, max = 255) @Nullable Integer ttlSecurity,
    @IP(groups = GoRules.class) @MaxLength(value = 64, groups = CrdSchema.class) @Nullable
        String reachableBy,
    List<@CalicoName(groups = GoRules.class) String> filters,
    @SelectorSyntax(groups = GoRules.class) @MaxLength(value = 1024, groups = CrdSchema.class)
        @Nullable String localWorkloadSelector,
    @OneOf(value = {"Auto", "Manual"}, omitEmpty = false, groups = CrdSchema.class) @Nullable
        String reversePeering) {

  /**
   * Copies the filter list; null becomes empty.
   *
   * @param node the single node that gets this peering; null for none
   * @param nodeSelector the nodes that get this peering; null for none
   * @param peerIP the remote address, optionally with a port ({@code 10.0.0.1:1790}, {@code
   *     [fd00::1]:1790})
   * @param asNumber the remote AS; null or 0 when unset
   * @param localASNumber the local AS to use instead of the node's; null for the node's
   * @param peerSelector the Calico nodes to peer with, instead of {@code peerIP}
   * @param keepOriginalNextHop deprecated: whether to keep the original next hop
   * @param nextHopMode {@code Auto}, {@code Self} or {@code Keep}
   * @param password the session password; null for none
   * @param sourceAddress {@code UseNodeIP} or {@code None}: whether the session's source is the
   *     node's IP
   * @param maxRestartTime the graceful-restart time; null for BIRD's default
   * @param keepaliveTime the keepalive time; null for BIRD's default
   * @param numAllowedLocalASNumbers how often the local AS may appear in received AS paths
   * @param ttlSecurity the GTSM hop count; null or 0 for off
   * @param reachableBy the gateway through which the peer is reached
   * @param filters the names of the BGPFilters applied, in order
   * @param localWorkloadSelector the local workloads to peer with
   * @param reversePeering {@code Auto} or {@code Manual}: whether the selected peers peer back
   *     automatically
   */
  public BGPPeerSpec {
    filters = Immutable.list(filters);
  }

  /** {@return the remote AS, with Calico's "0 means unset" rule applied (0 when absent)} */
  public long asNumberOrZero() {
    return asNumber == null ? 0 : asNumber.value();
  }

  /** {@return whether {@code keepOriginalNextHop} is true} */
  public boolean keepsOriginalNextHop() {
    return Boolean.TRUE.equals(keepOriginalNextHop);
  }

  /** {@return a builder with every field unset} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from this spec's values} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.node = node;
    b.nodeSelector = nodeSelector;
    b.peerIP = peerIP;
    b.asNumber = asNumber;
    b.localASNumber = localASNumber;
    b.peerSelector = peerSelector;
    b.keepOriginalNextHop = keepOriginalNextHop;
    b.nextHopMode = nextHopMode;
    b.password = password;
    b.sourceAddress = sourceAddress;
    b.maxRestartTime = maxRestartTime;
    b.keepaliveTime = keepaliveTime;
    b.numAllowedLocalASNumbers = numAllowedLocalASNumbers;
    b.ttlSecurity = ttlSecurity;
    b.reachableBy = reachableBy;
    b.filters.addAll(filters);
    b.localWorkloadSelector = localWorkloadSelector;
    b.reversePeering = reversePeering;
    return b;
  }

  /** Builds a {@link BGPPeerSpec}; every setter returns the builder. */
  public static final class Builder {
    private @Nullable String node;
    private @Nullable String nodeSelector;
    private @Nullable String peerIP;
    private @Nullable ASNumber asNumber;
    private @Nullable ASNumber localASNumber;
    private @Nullable String peerSelector;
    private @Nullable Boolean keepOriginalNextHop;
    private @Nullable String nextHopMode;
    private @Nullable BGPPassword password;
    private @Nullable String sourceAddress;
    private @Nullable GoDuration maxRestartTime;
    private @Nullable GoDuration keepaliveTime;
    private @Nullable Integer numAllowedLocalASNumbers;
    private @Nullable Integer ttlSecurity;
    private @Nullable String reachableBy;
    private final List<String> filters = new ArrayList<>();
    private @Nullable String localWorkloadSelector;
    private @Nullable String reversePeering;

    private Builder() {}

    /**
     * The single node that gets this peering.
     *
     * @param value the node's name; null to unset
     * @return this builder
     */
    public Builder node(@Nullable String value) {
      node = value;
      return this;
    }

    /**
     * The nodes that get this peering.
     *
     * @param value a selector over Nodes; null to unset
     * @return this builder
     */
    public Builder nodeSelector(@Nullable String value) {
      nodeSelector = value;
      return this;
    }

    /**
     * The remote address, optionally with a port.
     *
     * @param value the address, optionally with a port; null to unset
     * @return this builder
     */
    public Builder peerIP(@Nullable String value) {
      peerIP = value;
      return this;
    }

    /**
     * The remote AS.
     *
     * @param value the AS number; null to unset
     * @return this builder
     */
    public Builder asNumber(@Nullable ASNumber value) {
      asNumber = value;
      return this;
    }

    /**
     * The local AS to use instead of the node's.
     *
     * @param value the AS number; null to unset
     * @return this builder
     */
    public Builder localASNumber(@Nullable ASNumber value) {
      localASNumber = value;
      return this;
    }

    /**
     * The Calico nodes to peer with.
     *
     * @param value a selector over Nodes; null to unset
     * @return this builder
     */
    public Builder peerSelector(@Nullable String value) {
      peerSelector = value;
      return this;
    }

    /**
     * Deprecated: keep the original next hop.
     *
     * @param value whether to keep the next hop; null to unset
     * @return this builder
     */
    public Builder keepOriginalNextHop(@Nullable Boolean value) {
      keepOriginalNextHop = value;
      return this;
    }

    /**
     * {@code Auto}, {@code Self} or {@code Keep}.
     *
     * @param value {@code Auto}, {@code Self} or {@code Keep}; null to unset
     * @return this builder
     */
    public Builder nextHopMode(@Nullable String value) {
      nextHopMode = value;
      return this;
    }

    /**
     * The session password.
     *
     * @param value the password reference; null for none
     * @return this builder
     */
    public Builder password(@Nullable BGPPassword value) {
      password = value;
      return this;
    }

    /**
     * {@code UseNodeIP} or {@code None}.
     *
     * @param value {@code UseNodeIP} or {@code None}; null to unset
     * @return this builder
     */
    public Builder sourceAddress(@Nullable String value) {
      sourceAddress = value;
      return this;
    }

    /**
     * The graceful-restart time.
     *
     * @param value the restart time; null to unset
     * @return this builder
     */
    public Builder maxRestartTime(@Nullable GoDuration value) {
      maxRestartTime = value;
      return this;
    }

    /**
     * The keepalive time.
     *
     * @param value the keepalive time; null to unset
     * @return this builder
     */
    public Builder keepaliveTime(@Nullable GoDuration value) {
      keepaliveTime = value;
      return this;
    }

    /**
     * How often the local AS may appear in received AS paths.
     *
     * @param value the count, 1..10; null to unset
     * @return this builder
     */
    public Builder numAllowedLocalASNumbers(@Nullable Integer value) {
      numAllowedLocalASNumbers = value;
      return this;
    }

    /**
     * The GTSM hop count.
     *
     * @param value the hop count, 0..255; null to unset
     * @return this builder
     */
    public Builder ttlSecurity(@Nullable Integer value) {
      ttlSecurity = value;
      return this;
    }

    /**
     * The gateway through which the peer is reached.
     *
     * @param value the gateway's address; null to unset
     * @return this builder
     */
    public Builder reachableBy(@Nullable String value) {
      reachableBy = value;
      return this;
    }

    /**
     * Adds a BGPFilter name, applied in order.
     *
     * @param name the BGPFilter's name
     * @return this builder
     */
    public Builder addFilter(String name) {
      filters.add(name);
      return this;
    }

    /**
     * The local workloads to peer with.
     *
     * @param value a selector over WorkloadEndpoints; null to unset
     * @return this builder
     */
    public Builder localWorkloadSelector(@Nullable String value) {
      localWorkloadSelector = value;
      return this;
    }

    /**
     * {@code Auto} or {@code Manual}.
     *
     * @param value {@code Auto} or {@code Manual}; null to unset
     * @return this builder
     */
    public Builder reversePeering(@Nullable String value) {
      reversePeering = value;
      return this;
    }

    /** {@return the spec with the values set so far} */
    public BGPPeerSpec build() {
      return new BGPPeerSpec(
          node,
          nodeSelector,
          peerIP,
          asNumber,
          localASNumber,
          peerSelector,
          keepOriginalNextHop,
          nextHopMode,
          password,
          sourceAddress,
          maxRestartTime,
          keepaliveTime,
          numAllowedLocalASNumbers,
          ttlSecurity,
          reachableBy,
          filters,
          localWorkloadSelector,
          reversePeering);
    }
  }
}
