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

  /** Copies the lists; null lists become empty. */
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
    /** Copies the list; null becomes empty. */
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

    /** An operation adding a community. */
    public static Operation addCommunity(String value) {
      return new Operation(new AddCommunity(value), null, null);
    }

    /** An operation prepending AS numbers to the path. */
    public static Operation prependASPath(List<ASNumber> prefix) {
      return new Operation(null, new PrependASPath(prefix), null);
    }

    /** An operation setting the route priority. */
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
    /** Copies the list; null becomes empty. */
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

  /** A builder with every field unset. */
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

    /** Matches routes against {@code cidr} with {@code operator} ({@code In}, {@code Equal}...). */
    public Builder match(String operator, String cidr) {
      this.matchOperator = operator;
      this.cidr = cidr;
      return this;
    }

    /** Restricts the matched prefix lengths. */
    public Builder prefixLength(@Nullable Integer min, @Nullable Integer max) {
      prefixLength = new PrefixLength(min, max);
      return this;
    }

    /** {@code RemotePeers}. */
    public Builder source(@Nullable String value) {
      source = value;
      return this;
    }

    /** An interface pattern. */
    public Builder interfaceName(@Nullable String value) {
      interfaceName = value;
      return this;
    }

    /** {@code eBGP} or {@code iBGP}. */
    public Builder peerType(@Nullable String value) {
      peerType = value;
      return this;
    }

    /** A community the route must carry. */
    public Builder community(String value) {
      communities = new CommunityMatch(List.of(value));
      return this;
    }

    /** The AS path prefix the route must have. */
    public Builder asPathPrefix(List<ASNumber> value) {
      asPathPrefix.clear();
      asPathPrefix.addAll(value);
      return this;
    }

    /** The route priority to match. */
    public Builder priority(@Nullable Integer value) {
      priority = value;
      return this;
    }

    /** {@code Accept} or {@code Reject}. */
    public Builder action(@Nullable String value) {
      action = value;
      return this;
    }

    /** Adds an operation, applied in order before accepting. */
    public Builder addOperation(Operation value) {
      operations.add(value);
      return this;
    }

    /** The rule with the values set so far. */
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
