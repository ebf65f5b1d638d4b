package io.github.calicobgp.bird;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.peering.Origin;
import io.github.calicobgp.peering.ResourceKey;
import java.util.List;

/**
 * The BIRD functions of every BGPFilter with rules in one family, the lines under {@code # BGP
 * Filters} in {@code bird.cfg} ({@code BGPFilterBIRDFuncs},
 * confd/pkg/resource/template/template_funcs.go): per filter a comment, then an import and an
 * export function, each with one statement per rule ({@link FilterRuleStatement}).
 */
final class BirdFilterFunctions {

  private final FilterNames names;

  BirdFilterFunctions(FilterNames names) {
    this.names = names;
  }

  /** Appends each line with a new line before it; {@code filters} must be sorted by name. */
  void append(TextBuffer out, List<BGPFilter> filters, IPFamily family) {
    boolean any = false;
    for (BGPFilter filter : filters) {
      List<BGPFilterRule> imports = FilterDirection.IMPORT.rules(filter.spec(), family);
      List<BGPFilterRule> exports = FilterDirection.EXPORT.rules(filter.spec(), family);
      if (imports.isEmpty() && exports.isEmpty()) {
        continue;
      }
      String name;
      try {
        name = BirdStrings.filterName(filter.metadata().name());
      } catch (UnsafeConfigValueException e) {
        throw e.at(new Origin(ResourceKey.of(filter), "metadata.name"));
      }
      out.add("\n# v").add(family.version()).add(" BGPFilter ").add(name);
      try {
        appendFunction(out, name, FilterDirection.IMPORT, imports, family);
        appendFunction(out, name, FilterDirection.EXPORT, exports, family);
      } catch (BirdRenderException e) {
        // The rule's field path is the BGPFilter's own (spec.importV4[0].cidr): locate it there.
        throw e.at(new Origin(ResourceKey.of(filter), e.field()));
      }
      any = true;
    }
    if (!any) {
      out.add("\n# No v").add(family.version()).add(" BGPFilters configured");
    }
  }

  /**
   * Whether the function takes {@code is_same_as}: some rule of the direction has a non-empty peer
   * type, whatever its value.
   */
  private static boolean takesPeerType(List<BGPFilterRule> rules) {
    for (BGPFilterRule rule : rules) {
      String peerType = rule.peerType();
      if (peerType != null && !peerType.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private void appendFunction(
      TextBuffer out,
      String name,
      FilterDirection direction,
      List<BGPFilterRule> rules,
      IPFamily family) {
    if (rules.isEmpty()) {
      return;
    }
    out.add("\nfunction ");
    names.append(out, name, direction, family);
    out.add(takesPeerType(rules) ? "(bool is_same_as) {" : "() {");
    String subject = "BGPFilter/" + name;
    String field = direction.field(family);
    for (int i = 0; i < rules.size(); i++) {
      FilterRuleStatement.append(out, rules.get(i), family, subject, field + "[" + i + "]");
    }
    out.add("\n}");
  }
}
