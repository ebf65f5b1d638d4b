package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.CelRules;
import io.github.calicobgp.api.validation.CidrFormat;
import io.github.calicobgp.api.validation.FilterCommunity;
import io.github.calicobgp.api.validation.InterfacePattern;
import io.github.calicobgp.api.validation.ListSize;
import io.github.calicobgp.api.validation.MaxLength;
import io.github.calicobgp.api.validation.Network;
import io.github.calicobgp.api.validation.OneMember;
import io.github.calicobgp.api.validation.OneOf;
import io.github.calicobgp.api.validation.Range;
import io.github.calicobgp.api.validation.Required;
import io.github.calicobgp.api.validation.ValidationLayer.Cel;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchema;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchemaV4;
import io.github.calicobgp.api.validation.ValidationLayer.CrdSchemaV6;
import io.github.calicobgp.api.validation.ValidationLayer.GoRules;
import io.github.calicobgp.api.validation.ValidationLayer.GoRulesV4;
import io.github.calicobgp.api.validation.ValidationLayer.GoRulesV6;
import io.github.calicobgp.api.value.ASNumber;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a {@link BGPFilter} (Calico's {@code BGPFilterRuleV4} and {@code BGPFilterRuleV6},
 * which differ only in their address-family limits); see Calico's
 * api/pkg/apis/projectcalico/v3/bgpfilter.go ({@code BGPFilterRuleV4}, {@code BGPFilterRuleV6})
 * and api/config/crd/projectcalico.org_bgpfilters.yaml. The
 * family-specific rules belong to the {@code ...V4}/{@code ...V6} groups, to which
 * {@link BGPFilterSpec} converts the layer groups for each rule list.
 */
@CelRules(groups = Cel.class)
public record BGPFilterRule(
    @Network(version = 4, strictlyMasked = true, groups = GoRulesV4.class)
        @Network(version = 6, strictlyMasked = true, groups = GoRulesV6.class)
        @CidrFormat(groups = CrdSchema.class)
        @MaxLength(value = 18, groups = CrdSchemaV4.class)
        @MaxLength(value = 43, groups = CrdSchemaV6.class)
        @Nullable String cidr,
    @Valid @Nullable PrefixLength prefixLength,
    @OneOf(value = "RemotePeers", groups = {GoRules.class, CrdSchema.class})
        @Nullable String source,
    @WireName("interface") @InterfacePattern(bareWildcard = true, groups = GoRules.class)
        @MaxLength(value = 15, groups = CrdSchema.class) @Nullable String interfaceName,
    @OneOf(value = {"Equal", "NotEqual", "In", "NotIn"}, groups = CrdSchema.class) @Nullable
        String matchOperator,
    @OneOf(value = {"eBGP", "iBGP"}, groups = {GoRules.class, CrdSchema.class})
        @Nullable String peerType,
    @Valid @Nullable CommunityMatch communities,
    List<ASNumber> asPathPrefix,
    @Range(min = 1, max = 2147483646, groups = {GoRules.class, CrdSchema.class})
        @Nullable Integer priority,
    @Required(groups = {GoRules.class, CrdSchema.class})
        @OneOf(value = {"Accept", "Reject"}, groups = CrdSchema.class) @AlwaysWritten
        @Nullable String action,
    @ListSize(min = 1, max = 10, groups = CrdSchema.class) List<@Valid Operation> operations) {

  /**
   * Copies the lists; null lists become empty.
   *
   * @param cidr the network routes are matched against, with {@code matchOperator}
   * @param prefixLength the prefix lengths to match; null for any
   * @param source {@code RemotePeers} to match only routes learnt from BGP peers; null for any
   * @param interfaceName the interface pattern the route must leave through; null for any
   * @param matchOperator how {@code cidr} is compared: {@code Equal}, {@code NotEqual}, {@code In}
   *     or {@code NotIn}
   * @param peerType {@code eBGP} or {@code iBGP}: the kind of peer the route comes from or goes to;
   *     null for any
   * @param communities the community the route must carry; null for any
   * @param asPathPrefix the AS numbers the route's path must start with
   * @param priority the route priority to match; null for any
   * @param action {@code Accept} or {@code Reject}
   * @param operations what to change on an accepted route, in order
   */
  public BGPFilterRule {
    asPathPrefix = Immutable.list(asPathPrefix);
    operations = Immutable.list(operations);
  }

  /** The prefix lengths a route must have to match. */
  public record PrefixLength(
      @Range(min = 0, max = 32, groups = {GoRulesV4.class, CrdSchemaV4.class})
          @Range(min = 0, max = 128, groups = {GoRulesV6.class, CrdSchemaV6.class})
          @WireRange(goType = "int32", min = Integer.MIN_VALUE, max = Integer.MAX_VALUE) @Nullable
          Integer min,
      @Range(min = 0, max = 32, groups = {GoRulesV4.class, CrdSchemaV4.class})
          @Range(min = 0, max = 128, groups = {GoRulesV6.class, CrdSchemaV6.class})
          @WireRange(goType = "int32", min = Integer.MIN_VALUE, max = Integer.MAX_VALUE) @Nullable
          Integer max) {}

  /** A community the route must carry ({@code values} holds exactly one, when valid). */
  public record CommunityMatch(
      @Required(groups = GoRules.class)
          @ListSize(min = 1, max = 1, omitEmpty = false, groups = CrdSchema.class) @AlwaysWritten
          List<@FilterCommunity(groups = CrdSchema.class) String> values) {
    /**
     * Copies the list; null becomes empty.
     *
     * @param values the communities, each {@code A:B} or {@code A:B:C}
     */
    public CommunityMatch {
      values = Immutable.list(values);
    }
  }

  /** A route modification: exactly one of its members is set when valid. */
  @OneMember(groups = CrdSchema.class)
  public record Operation(
      @Valid @Nullable AddCommunity addCommunity,
      @Valid @Nullable PrependASPath prependASPath,
      @Valid @Nullable SetPriority setPriority) {

    /**
     * {@return an operation adding a community}
     *
     * @param value the community to add, {@code A:B} or {@code A:B:C}
     */
    public static Operation addCommunity(String value) {
      return new Operation(new AddCommunity(value), null, null);
    }

    /**
     * {@return an operation prepending AS numbers to the path}
     *
     * @param prefix the AS numbers to prepend, first one outermost
     */
    public static Operation prependASPath(List<ASNumber> prefix) {
      return new Operation(null, new PrependASPath(prefix), null);
    }

    /**
     * {@return an operation setting the route priority}
     *
     * @param value the route priority to set
     */
    public static Operation setPriority(int value) {
      return new Operation(null, null, new SetPriority(value));
    }
  }

  /** Adds a standard or large community. */
  public record AddCommunity(
      @Required(groups = {GoRules.class, CrdSchema.class})
          @FilterCommunity(groups = CrdSchema.class)
          @AlwaysWritten @Nullable String value) {}

  /** Prepends AS numbers, in the listed order, to the AS path. */
  public record PrependASPath(
      @Required(groups = {GoRules.class, CrdSchema.class})
          @ListSize(min = 1, max = 10, groups = CrdSchema.class)
          @AlwaysWritten List<ASNumber> prefix) {
    /**
     * Copies the list; null becomes empty.
     *
     * @param prefix the AS numbers to prepend, first one outermost
     */
    public PrependASPath {
      prefix = Immutable.list(prefix);
    }
  }

  /** Sets the route priority (Felix route-metric units). */
  public record SetPriority(
      @Required(groups = {GoRules.class, CrdSchema.class})
          @Range(min = 1, max = 2147483646, groups = {GoRules.class, CrdSchema.class})
          @AlwaysWritten
          @Nullable Integer value) {}

  /** {@return a builder with every field unset} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BGPFilterRule}; every setter returns the builder. */
  public static final class Builder {
    private @Nullable String cidr;
    private @Nullable PrefixLength prefixLength;
    private @Nullable String source;
    private @Nullable String interfaceName;
    private @Nullable String matchOperator;
    private @Nullable String peerType;
    private @Nullable CommunityMatch communities;
    private final List<ASNumber> asPathPrefix = new ArrayList<>();
    private @Nullable Integer priority;
    private @Nullable String action;
    private final List<Operation> operations = new ArrayList<>();

    private Builder() {}

    /**
     * Matches routes against {@code cidr} with {@code operator} ({@code In}, {@code Equal}...).
     *
     * @param operator {@code Equal}, {@code NotEqual}, {@code In} or {@code NotIn}
     * @param cidr the network to match against
     * @return this builder
     */
    public Builder match(String operator, String cidr) {
      this.matchOperator = operator;
      this.cidr = cidr;
      return this;
    }

    /**
     * Restricts the matched prefix lengths.
     *
     * @param min the shortest matched length; null for no bound
     * @param max the longest matched length; null for no bound
     * @return this builder
     */
    public Builder prefixLength(@Nullable Integer min, @Nullable Integer max) {
      prefixLength = new PrefixLength(min, max);
      return this;
    }

    /**
     * {@code RemotePeers}.
     *
     * @param value {@code RemotePeers}; null for any source
     * @return this builder
     */
    public Builder source(@Nullable String value) {
      source = value;
      return this;
    }

    /**
     * An interface pattern.
     *
     * @param value the pattern, {@code *} wildcards allowed; null for any interface
     * @return this builder
     */
    public Builder interfaceName(@Nullable String value) {
      interfaceName = value;
      return this;
    }

    /**
     * {@code eBGP} or {@code iBGP}.
     *
     * @param value {@code eBGP} or {@code iBGP}; null for any peer
     * @return this builder
     */
    public Builder peerType(@Nullable String value) {
      peerType = value;
      return this;
    }

    /**
     * A community the route must carry.
     *
     * @param value the community, {@code A:B} or {@code A:B:C}
     * @return this builder
     */
    public Builder community(String value) {
      communities = new CommunityMatch(List.of(value));
      return this;
    }

    /**
     * The AS path prefix the route must have.
     *
     * @param value the AS numbers the path must start with
     * @return this builder
     */
    public Builder asPathPrefix(List<ASNumber> value) {
      asPathPrefix.clear();
      asPathPrefix.addAll(value);
      return this;
    }

    /**
     * The route priority to match.
     *
     * @param value the priority; null for any
     * @return this builder
     */
    public Builder priority(@Nullable Integer value) {
      priority = value;
      return this;
    }

    /**
     * {@code Accept} or {@code Reject}.
     *
     * @param value {@code Accept} or {@code Reject}; null to unset
     * @return this builder
     */
    public Builder action(@Nullable String value) {
      action = value;
      return this;
    }

    /**
     * Adds an operation, applied in order before accepting.
     *
     * @param value the operation
     * @return this builder
     */
    public Builder addOperation(Operation value) {
      operations.add(value);
      return this;
    }

    /** {@return the rule with the values set so far} */
    public BGPFilterRule build() {
      return new BGPFilterRule(
          cidr,
          prefixLength,
          source,
          interfaceName,
          matchOperator,
          peerType,
          communities,
          asPathPrefix,
          priority,
          action,
          operations);
    }
  }
}
