package io.github.calicobgp.bird;

import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterRule.Operation;
import io.github.calicobgp.api.resource.FilterAction;
import io.github.calicobgp.api.resource.FilterMatchOperator;
import io.github.calicobgp.api.resource.FilterMatchSource;
import io.github.calicobgp.api.resource.FilterPeerType;
import io.github.calicobgp.api.resource.WireEnum;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.DisplayText;
import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One BGPFilter rule as a BIRD statement ({@code filterStatement},
 * confd/pkg/resource/template/template_funcs.go), e.g. {@code if ((net ~
 * 10.0.0.0/8)&&((defined(ifname))&&(ifname ~ "eth*"))) then { accept; }}, wrapped in an {@code
 * is_same_as} guard when the rule has a peer type.
 */
final class FilterRuleStatement {

  /** BIRD's int maximum; priorities become local preferences as {@code 2147483647 - p}. */
  static final long BIRD_INT_MAX = 2147483647L;

  private final TextBuffer out;
  private final IPFamily family;
  private final String subject;
  private final String field;
  private boolean hasCondition;

  private FilterRuleStatement(TextBuffer out, IPFamily family, String subject, String field) {
    this.out = out;
    this.family = family;
    this.subject = subject;
    this.field = field;
  }

  /**
   * Appends a new line, two spaces and the statement of {@code rule}; {@code field} is the rule's
   * path, e.g. {@code spec.importV4[2]}, for errors.
   */
  static void append(
      TextBuffer out, BGPFilterRule rule, IPFamily family, String subject, String field) {
    new FilterRuleStatement(out, family, subject, field).append(rule);
  }

  private void append(BGPFilterRule rule) {
    String action = action(rule.action());
    String guard = guard(rule.peerType());
    out.add("\n  ");
    if (guard != null) {
      out.add(guard);
    }
    String cidr = rule.cidr();
    if (cidr != null && !cidr.isEmpty()) {
      cidrCondition(cidr, rule.matchOperator(), rule.prefixLength());
    }
    String source = rule.source();
    if (source != null && !source.isEmpty()) {
      if (WireEnum.parse(FilterMatchSource.class, source).isEmpty()) {
        throw invalid(".source", "unknown source; the only one is RemotePeers", source);
      }
      condition().add("((defined(source))&&(source ~ [ RTS_BGP ]))");
    }
    String iface = rule.interfaceName();
    if (iface != null && !iface.isEmpty()) {
      String pattern = BirdStrings.interfacePattern(iface, subject, field + ".interface");
      condition().add("((defined(ifname))&&(ifname ~ \"").add(pattern).add("\"))");
    }
    if (rule.communities() != null) {
      communityCondition(rule.communities().values());
    }
    List<ASNumber> asPath = rule.asPathPrefix();
    if (!asPath.isEmpty()) {
      condition().add("(bgp_path ~ [=");
      for (ASNumber as : asPath) {
        out.add(' ').add(as.value());
      }
      out.add(" * =])");
    }
    Integer priority = rule.priority();
    if (priority != null) {
      condition()
          .add("(defined(bgp_local_pref)&&(bgp_local_pref = ")
          .add(BIRD_INT_MAX - priority)
          .add("))");
    }
    if (hasCondition) {
      out.add(") then { ");
    }
    List<Operation> operations = rule.operations();
    for (int i = 0; i < operations.size(); i++) {
      operation(operations.get(i), i);
    }
    out.add(action);
    if (hasCondition) {
      out.add(" }");
    }
    if (guard != null) {
      out.add(" }");
    }
  }

  private String action(@Nullable String action) {
    FilterAction parsed =
        WireEnum.parse(FilterAction.class, action)
            .orElseThrow(() -> invalid(".action", "must be Accept or Reject", action));
    return parsed == FilterAction.ACCEPT ? "accept;" : "reject;";
  }

  /**
   * The opening of the peer-type guard; other non-empty values only add the parameter
   * ({@code BGPFilterBIRDFuncs}, confd/pkg/resource/template/template_funcs.go).
   */
  private static @Nullable String guard(@Nullable String peerType) {
    return WireEnum.parse(FilterPeerType.class, peerType)
        .map(t -> t == FilterPeerType.IBGP ? "if (is_same_as) then { " : "if (!is_same_as) then { ")
        .orElse(null);
  }

  private void cidrCondition(
      String cidr, @Nullable String operator, BGPFilterRule.@Nullable PrefixLength prefixLength) {
    if (operator == null || operator.isEmpty()) {
      throw invalid(".matchOperator", "is required when cidr is set", null);
    }
    String op =
        switch (WireEnum.parse(FilterMatchOperator.class, operator)
            .orElseThrow(
                () ->
                    invalid(".matchOperator", "must be Equal, NotEqual, In or NotIn", operator))) {
          case EQUAL -> "=";
          case NOT_EQUAL -> "!=";
          case IN -> "~";
          case NOT_IN -> "!~";
        };
    String text = BirdStrings.cidr(cidr, family, subject, field + ".cidr");
    condition().add("(net ").add(op).add(' ');
    if (prefixLength == null) {
      out.add(text);
    } else {
      long min = CIDR.parse(text).prefixLength();
      long max = family.bits();
      if (prefixLength.min() != null) {
        min = Math.max(min, prefixLength.min());
      }
      if (prefixLength.max() != null) {
        max = Math.min(max, prefixLength.max());
      }
      if (min > max) {
        throw invalid(
            ".prefixLength",
            "selects no prefix length: {" + min + "," + max + "} is empty, which BIRD rejects",
            null);
      }
      out.add("[ ").add(text).add('{').add(min).add(',').add(max).add("} ]");
    }
    out.add(')');
  }

  private void communityCondition(List<String> values) {
    if (values.isEmpty()) {
      throw invalid(".communities.values", "must hold a community", null);
    }
    String value = values.get(0);
    String[] parts = parts(value, ".communities.values[0]");
    condition().add("((");
    ApplyCommunities.appendTuple(out, parts);
    out.add(parts.length == 2 ? ") ~ bgp_community)" : ") ~ bgp_large_community)");
  }

  private void operation(Operation operation, int index) {
    String at = ".operations[" + index + "]";
    if (operation.addCommunity() != null) {
      String value = operation.addCommunity().value();
      if (value == null) {
        throw invalid(at + ".addCommunity.value", "is required", null);
      }
      ApplyCommunities.appendAdd(out, parts(value, at + ".addCommunity.value"));
      out.add(' ');
    } else if (operation.prependASPath() != null) {
      List<ASNumber> prefix = operation.prependASPath().prefix();
      for (int i = prefix.size() - 1; i >= 0; i--) {
        out.add("bgp_path.prepend(").add(prefix.get(i).value()).add("); ");
      }
    } else if (operation.setPriority() != null) {
      Integer value = operation.setPriority().value();
      if (value == null) {
        throw invalid(at + ".setPriority.value", "is required", null);
      }
      out.add("bgp_local_pref = ").add(BIRD_INT_MAX - value).add("; ");
    } else {
      throw invalid(at, "must set one of addCommunity, prependASPath or setPriority", null);
    }
  }

  private String[] parts(String community, String relativeField) {
    String[] parts = BirdStrings.community(community, subject, field + relativeField);
    if (parts == null) {
      throw invalid(relativeField, "a community must be A:B or A:B:C", community);
    }
    return parts;
  }

  /** Starts the next condition: {@code if (} before the first, {@code &&} between them. */
  private TextBuffer condition() {
    out.add(hasCondition ? "&&" : "if (");
    hasCondition = true;
    return out;
  }

  private InvalidBGPFilterException invalid(
      String relativeField, String reason, @Nullable String value) {
    return new InvalidBGPFilterException(
        subject, field + relativeField, reason, value == null ? null : DisplayText.quote(value));
  }
}
