package io.github.calicobgp.bird;

import static io.github.calicobgp.bird.TestPlans.as;
import static io.github.calicobgp.bird.TestPlans.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterRule.CommunityMatch;
import io.github.calicobgp.api.resource.BGPFilterRule.Operation;
import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BirdFilterFunctionsTest {

  /** As in the golden confd/tests/compiled_templates/bgpfilter/single_filter/global_peer. */
  @Test
  void matchesOnCidrSourceAndInterface() {
    BGPFilter filter =
        filter(
            "test-filter",
            List.of(
                rule().match("In", "44.0.0.0/16").action("Accept").build(),
                rule().match("In", "44.1.0.0/16").source("RemotePeers").action("Reject").build(),
                rule().source("RemotePeers").action("Accept").build(),
                rule().interfaceName("eth*").action("Reject").build()),
            List.of(
                rule().match("In", "77.0.0.0/16").action("Accept").build(),
                rule().match("In", "77.1.0.0/16").source("RemotePeers").action("Reject").build(),
                rule().source("RemotePeers").interfaceName("eth0").action("Accept").build(),
                rule().action("Reject").build()),
            List.of(),
            List.of());

    assertThat(functions(IPFamily.V4, filter))
        .isEqualTo(
            """

            # v4 BGPFilter test-filter
            function 'bgp_test-filter_importFilterV4'() {
              if ((net ~ 44.0.0.0/16)) then { accept; }
              if ((net ~ 44.1.0.0/16)&&((defined(source))&&(source ~ [ RTS_BGP ]))) then { reject; }
              if (((defined(source))&&(source ~ [ RTS_BGP ]))) then { accept; }
              if (((defined(ifname))&&(ifname ~ "eth*"))) then { reject; }
            }
            function 'bgp_test-filter_exportFilterV4'() {
              if ((net ~ 77.0.0.0/16)) then { accept; }
              if ((net ~ 77.1.0.0/16)&&((defined(source))&&(source ~ [ RTS_BGP ]))) then { reject; }
              if (((defined(source))&&(source ~ [ RTS_BGP ]))&&((defined(ifname))&&(ifname ~ "eth0"))) then { accept; }
              reject;
            }""");
  }

  /**
   * Like the golden confd/tests/compiled_templates/bgpfilter/match_operators: the match operators,
   * CIDRs kept as written, only in v6.
   */
  @Test
  void matchOperatorsKeepTheCidrAsWritten() {
    BGPFilter filter =
        filter(
            "ops",
            List.of(),
            List.of(),
            List.of(
                rule().match("In", "5000:0::0/64").action("Accept").build(),
                rule().match("NotIn", "5000:1::0/64").action("Reject").build(),
                rule().match("Equal", "5000:2::0/64").action("Accept").build(),
                rule().match("NotEqual", "5000:3::0/64").action("Reject").build()),
            List.of());

    assertThat(functions(IPFamily.V4, filter)).isEqualTo("\n# No v4 BGPFilters configured");
    assertThat(functions(IPFamily.V6, filter))
        .isEqualTo(
            """

            # v6 BGPFilter ops
            function 'bgp_ops_importFilterV6'() {
              if ((net ~ 5000:0::0/64)) then { accept; }
              if ((net !~ 5000:1::0/64)) then { reject; }
              if ((net = 5000:2::0/64)) then { accept; }
              if ((net != 5000:3::0/64)) then { reject; }
            }""");
  }

  /**
   * Like the goldens large_community, as_path_and_priority and peer_type of
   * confd/tests/compiled_templates/bgpfilter/: large communities, AS-path prepends in reverse,
   * iBGP guard.
   */
  @Test
  void operationsAndPeerTypes() {
    BGPFilter filter =
        filter(
            "ops",
            List.of(),
            List.of(
                rule()
                    .community("65000:100:200")
                    .addOperation(Operation.addCommunity("65001:300:400"))
                    .action("Accept")
                    .build(),
                rule()
                    .peerType("iBGP")
                    .addOperation(Operation.prependASPath(List.of(as(65000), as(65001))))
                    .action("Accept")
                    .build(),
                rule().asPathPrefix(List.of(as(1), as(4294967295L))).priority(0).action("Reject")
                    .build()),
            List.of(),
            List.of());

    assertThat(functions(IPFamily.V4, filter))
        .isEqualTo(
            """

            # v4 BGPFilter ops
            function 'bgp_ops_exportFilterV4'(bool is_same_as) {
              if (((65000, 100, 200) ~ bgp_large_community)) then { bgp_large_community.add((65001, 300, 400)); accept; }
              if (is_same_as) then { bgp_path.prepend(65001); bgp_path.prepend(65000); accept; }
              if ((bgp_path ~ [= 1 4294967295 * =])&&(defined(bgp_local_pref)&&(bgp_local_pref = 2147483647))) then { reject; }
            }""");
  }

  @Test
  void unknownPeerTypeOnlyAddsTheParameter() {
    BGPFilter filter =
        filter("f", List.of(rule().peerType("Both").action("Accept").build()), List.of(),
            List.of(), List.of());

    assertThat(functions(IPFamily.V4, filter))
        .isEqualTo("\n# v4 BGPFilter f\nfunction 'bgp_f_importFilterV4'(bool is_same_as) {"
            + "\n  accept;\n}");
  }

  /** The prefix-length window: the CIDR's own length and the family's size bound it. */
  @Test
  void prefixLengths() {
    BGPFilter filter =
        filter(
            "len",
            List.of(
                rule().match("In", "10.0.0.0/8").prefixLength(null, null).action("Accept").build(),
                rule().match("In", "10.0.0.0/8").prefixLength(4, 40).action("Accept").build(),
                rule().match("In", "10.0.0.0/8").prefixLength(16, null).action("Accept").build()),
            List.of(),
            List.of(rule().match("NotIn", "fd00::/16").prefixLength(null, 64).action("Reject")
                .build()),
            List.of());

    assertThat(functions(IPFamily.V4, filter))
        .contains(
            "\n  if ((net ~ [ 10.0.0.0/8{8,32} ])) then { accept; }"
                + "\n  if ((net ~ [ 10.0.0.0/8{8,32} ])) then { accept; }"
                + "\n  if ((net ~ [ 10.0.0.0/8{16,32} ])) then { accept; }");
    assertThat(functions(IPFamily.V6, filter))
        .contains("\n  if ((net !~ [ fd00::/16{16,64} ])) then { reject; }");
  }

  /**
   * {@code BGPFilterFunctionName} (confd/pkg/resource/template/template_funcs.go), golden
   * confd/tests/compiled_templates/bgpfilter/filter_names.
   */
  @Test
  void longNamesAreTruncatedWithAHash() {
    assertThat(FilterNames.truncate("45characters.exactly.so.should.not.truncate-1"))
        .isEqualTo("45characters.exactly.so.should.not.truncate-1");
    assertThat(FilterNames.truncate("46characters.exactly.so.should.truncate-123456"))
        .isEqualTo("46characters.exactly.so.shou_9615CBDC00BAC628");
    assertThat(
            FilterNames.truncate(
                "greater-than-64-characters.so.this.should.definitely.truncate-1234567890"))
        .isEqualTo("greater-than-64-characters.s_4C5DB3273E544641");
  }

  @Test
  void theCommentKeepsTheFullName() {
    String name = "46characters.exactly.so.should.truncate-123456";
    BGPFilter filter =
        filter(name, List.of(), List.of(rule().action("Accept").build()), List.of(), List.of());

    assertThat(functions(IPFamily.V4, filter))
        .isEqualTo(
            "\n# v4 BGPFilter "
                + name
                + "\nfunction 'bgp_46characters.exactly.so.shou_9615CBDC00BAC628_exportFilterV4'"
                + "() {"
                + "\n  accept;\n}");
  }

  static Stream<Arguments> invalidRules() {
    return Stream.of(
        Arguments.of(rule().build(), "spec.importV4[0].action", "must be Accept or Reject"),
        Arguments.of(rule().action("Drop").build(), "spec.importV4[0].action", "\"Drop\""),
        Arguments.of(
            new BGPFilterRule("10.0.0.0/8", null, null, null, null, null, null, List.of(), null,
                "Accept", List.of()),
            "spec.importV4[0].matchOperator",
            "required"),
        Arguments.of(
            rule().match("Within", "10.0.0.0/8").action("Accept").build(),
            "spec.importV4[0].matchOperator",
            "Equal, NotEqual, In or NotIn"),
        Arguments.of(
            rule().source("Local").action("Accept").build(), "spec.importV4[0].source", "Local"),
        Arguments.of(
            rule().community("65000").action("Accept").build(),
            "spec.importV4[0].communities.values[0]",
            "A:B or A:B:C"),
        Arguments.of(
            withCommunities(new CommunityMatch(List.of())),
            "spec.importV4[0].communities.values",
            "must hold a community"),
        Arguments.of(
            rule().addOperation(Operation.addCommunity("1:2:3:4")).action("Accept").build(),
            "spec.importV4[0].operations[0].addCommunity.value",
            "A:B or A:B:C"),
        Arguments.of(
            rule().addOperation(new Operation(null, null, null)).action("Accept").build(),
            "spec.importV4[0].operations[0]",
            "must set one of"),
        Arguments.of(
            rule()
                .addOperation(new Operation(null, null, new BGPFilterRule.SetPriority(null)))
                .action("Accept")
                .build(),
            "spec.importV4[0].operations[0].setPriority.value",
            "is required"),
        Arguments.of(
            rule().match("In", "10.0.0.0/8").prefixLength(30, 20).action("Accept").build(),
            "spec.importV4[0].prefixLength",
            "{30,20}"));
  }

  @ParameterizedTest
  @MethodSource("invalidRules")
  void invalidRulesFailNamingFilterDirectionRuleAndField(
      BGPFilterRule rule, String field, String message) {
    BGPFilter filter = filter("bad", List.of(rule), List.of(), List.of(), List.of());

    assertThatThrownBy(() -> functions(IPFamily.V4, filter))
        .isInstanceOf(InvalidBGPFilterException.class)
        .hasMessageStartingWith("BGPFilter/bad: " + field + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void unsafeValuesInRulesAreRejected() {
    BGPFilter quote =
        filter("f", List.of(rule().interfaceName("eth\"0").action("Accept").build()), List.of(),
            List.of(), List.of());
    BGPFilter family =
        filter("f", List.of(rule().match("In", "fd00::/8").action("Accept").build()), List.of(),
            List.of(), List.of());
    BGPFilter community =
        filter("f", List.of(rule().community("65536:1").action("Accept").build()), List.of(),
            List.of(), List.of());

    assertThatThrownBy(() -> functions(IPFamily.V4, quote))
        .isInstanceOf(UnsafeConfigValueException.class)
        .hasMessageStartingWith("BGPFilter/f: spec.importV4[0].interface: ");
    assertThatThrownBy(() -> functions(IPFamily.V4, family))
        .isInstanceOf(UnsafeConfigValueException.class)
        .hasMessageStartingWith("BGPFilter/f: spec.importV4[0].cidr: must be an IPv4 CIDR");
    assertThatThrownBy(() -> functions(IPFamily.V4, community))
        .isInstanceOf(UnsafeConfigValueException.class)
        .hasMessageContaining("up to 65535");
  }

  /** confd evaluates the list only for enabled families, so other families' rules cannot fail. */
  @Test
  void badRulesOfADisabledFamilyDoNotFail() {
    BGPFilter filter =
        filter("bad", List.of(), List.of(), List.of(rule().build()), List.of());
    TestPlans.Node node = TestPlans.node().filters(filter);
    node.v4.address("10.0.0.1/24");

    assertThat(new BirdRenderer().render(node.build()).file("bird6.cfg"))
        .contains("# IPv6 disabled on this node.");
    node.v6.address("fd00::1/64");
    assertThatThrownBy(() -> new BirdRenderer().render(node.build()))
        .isInstanceOf(InvalidBGPFilterException.class)
        .hasMessageStartingWith("BGPFilter/bad: spec.importV6[0].action: ");
  }

  private static BGPFilterRule.Builder rule() {
    return BGPFilterRule.builder();
  }

  private static BGPFilterRule withCommunities(CommunityMatch communities) {
    return new BGPFilterRule(
        null, null, null, null, null, null, communities, List.of(), null, "Accept", List.of());
  }

  private static String functions(IPFamily family, BGPFilter... filters) {
    TextBuffer out = new TextBuffer(256);
    new BirdFilterFunctions(new FilterNames()).append(out, List.of(filters), family);
    return out.toString();
  }
}
