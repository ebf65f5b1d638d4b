package io.github.calicobgp.bird;

import io.github.calicobgp.peering.FamilyPlan;
import io.github.calicobgp.peering.PlanField;
import io.github.calicobgp.peering.PrefixCommunities;
import java.util.List;

/**
 * BGP communities as BIRD text: the {@code apply_communities} function of {@code bird.cfg}
 * ({@code processCommunityRules}, confd/pkg/backends/calico/bgp_processor.go), and the tuples and
 * {@code .add} statements BGPFilters use too.
 */
final class ApplyCommunities {

  private ApplyCommunities() {}

  /** Appends the function: per prefix with communities, an {@code if} adding them. */
  static void append(TextBuffer out, FamilyPlan family, String subject) {
    out.add("function apply_communities ()\n{");
    List<PrefixCommunities> rules = family.communities();
    for (int i = 0; i < rules.size(); i++) {
      PrefixCommunities rule = rules.get(i);
      if (rule.cidr().isEmpty()) {
        continue;
      }
      String field = "ipv" + family.family().version() + ".communities[" + i + "]";
      boolean opened = false;
      List<String> communities = rule.communities();
      for (int j = 0; j < communities.size(); j++) {
        String[] parts;
        try {
          parts = BirdStrings.community(
              communities.get(j), subject, field + ".communities[" + j + "]");
        } catch (UnsafeConfigValueException e) {
          throw e.tracing(PlanField.COMMUNITY_VALUE, null, communities.get(j));
        }
        if (parts == null) {
          continue; // confd drops communities that are neither A:B nor A:B:C
        }
        if (!opened) {
          String cidr;
          try {
            cidr = BirdStrings.cidr(rule.cidr(), family.family(), subject, field + ".cidr");
          } catch (UnsafeConfigValueException e) {
            throw e.tracing(PlanField.COMMUNITY_PREFIX, null, rule.cidr());
          }
          out.add("\n      if ( net ~ ").add(cidr).add(" ) then {");
          opened = true;
        }
        out.add("\n          ");
        appendAdd(out, parts);
      }
      if (opened) {
        out.add("\n      }");
      }
    }
    out.add("\n}\n\n");
  }

  /** {@code bgp_community.add((A, B));} or {@code bgp_large_community.add((A, B, C));}. */
  static void appendAdd(TextBuffer out, String[] parts) {
    out.add(parts.length == 2 ? "bgp_community.add((" : "bgp_large_community.add((");
    appendTuple(out, parts);
    out.add("));");
  }

  /** The checked parts joined by {@code ", "}. */
  static void appendTuple(TextBuffer out, String[] parts) {
    out.add(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      out.add(", ").add(parts[i]);
    }
  }
}
