package io.github.calicobgp.testkit.arbitraries;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterRule.Operation;
import io.github.calicobgp.api.resource.BGPFilterSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/** Arbitraries of BGPFilters whose rules use every condition and operation Calico has. */
final class FilterArbitraries {

  private static final List<String> V4_NETWORKS =
      List.of("10.244.0.0/16", "10.0.0.0/8", "192.168.0.0/24");
  private static final List<String> V6_NETWORKS = List.of("fd00:244::/48", "2001:db8::/32");

  private FilterArbitraries() {}

  static Arbitrary<BGPFilter> bgpFilters() {
    Arbitrary<List<BGPFilterRule>> v4 = rules(IPFamily.V4).list().ofMaxSize(3);
    Arbitrary<List<BGPFilterRule>> v6 = rules(IPFamily.V6).list().ofMaxSize(3);
    return Combinators.combine(Arbitraries.integers().between(1, 99), v4, v4, v6, v6)
        .as((n, exportV4, importV4, exportV6, importV6) -> new BGPFilter(
            ObjectMeta.named("filter-" + n),
            new BGPFilterSpec(exportV4, importV4, exportV6, importV6)));
  }

  /** Rules of {@code family}: at most one condition of each kind, an action, maybe operations. */
  static Arbitrary<BGPFilterRule> rules(IPFamily family) {
    return Combinators.combine(
            prefix(family).injectNull(0.4),
            Arbitraries.of("eth*", "cali*", "*").injectNull(0.8),
            Arbitraries.of("eBGP", "iBGP").injectNull(0.7),
            Arbitraries.of("65000:100", "65000:100:200").injectNull(0.8),
            asNumbers().list().ofMinSize(1).ofMaxSize(3).injectNull(0.8),
            Arbitraries.integers().between(1, 2_147_483_646).injectNull(0.8),
            Arbitraries.of(false, true).injectNull(0.8),
            operations().list().ofMaxSize(2))
        .as((prefix, iface, peerType, community, path, priority, reject, operations) -> {
          BGPFilterRule.Builder rule = BGPFilterRule.builder()
              .interfaceName(iface).peerType(peerType).priority(priority);
          if (prefix != null) {
            rule.match(prefix.operator(), prefix.cidr());
            if (prefix.min() != null) {
              rule.prefixLength(prefix.min(), prefix.max());
            }
          }
          if (community != null) {
            rule.community(community);
          }
          if (path != null) {
            rule.asPathPrefix(path);
          }
          if (Boolean.TRUE.equals(reject)) {
            // Calico allows operations only on Accept rules.
            return rule.source("RemotePeers").action("Reject").build();
          }
          operations.forEach(rule::addOperation);
          return rule.action("Accept").build();
        });
  }

  /** A match on a network, and maybe on the prefix length within it (min at most max). */
  private record Prefix(String operator, String cidr, @Nullable Integer min, @Nullable Integer max) {}

  private static Arbitrary<Prefix> prefix(IPFamily family) {
    Arbitrary<String> operator = Arbitraries.of("In", "NotIn", "Equal", "NotEqual");
    Arbitrary<String> network = Arbitraries.of(family == IPFamily.V4 ? V4_NETWORKS : V6_NETWORKS);
    return Combinators.combine(operator, network, Arbitraries.of(false, true),
            Arbitraries.integers().between(0, 8))
        .as((op, cidr, ranged, width) -> {
          if (!ranged) {
            return new Prefix(op, cidr, null, null);
          }
          int min = CIDR.parse(cidr).prefixLength();
          int max = Math.min(min + width, family.bits());
          return new Prefix(op, cidr, min, max);
        });
  }

  private static Arbitrary<Operation> operations() {
    return Arbitraries.oneOf(
        Arbitraries.of("65001:300", "65001:300:400").map(Operation::addCommunity),
        asNumbers().list().ofMinSize(1).ofMaxSize(3).map(Operation::prependASPath),
        Arbitraries.integers().between(1, 2_147_483_646).map(Operation::setPriority));
  }

  private static Arbitrary<ASNumber> asNumbers() {
    return ResourceArbitraries.asNumbers();
  }
}
