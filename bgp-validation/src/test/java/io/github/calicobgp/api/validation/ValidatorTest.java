package io.github.calicobgp.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPFilterRule;
import io.github.calicobgp.api.resource.BGPFilterSpec;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.IPPoolSpec;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  private final Validator validator = new Validator();

  private List<String> described(Resource resource) {
    return validator.validate(resource).stream().map(Violation::describe).toList();
  }

  private static BGPPeer peer(BGPPeerSpec.Builder spec) {
    return new BGPPeer(ObjectMeta.named("peer"), spec.build());
  }

  private static BGPFilter filter(BGPFilterRule v4Rule, BGPFilterRule v6Rule) {
    return new BGPFilter(
        ObjectMeta.named("f"), new BGPFilterSpec(List.of(v4Rule), null, List.of(v6Rule), null));
  }

  private static BGPFilterRule.Builder rule() {
    return BGPFilterRule.builder().action("Accept");
  }

  private static IPPool pool(IPPoolSpec spec) {
    return new IPPool(ObjectMeta.named("pool"), spec);
  }

  @Test
  void aValidPeerHasNoViolations() {
    assertThat(validator.validate(peer(BGPPeerSpec.builder().peerIP("10.0.0.1:1790")))).isEmpty();
  }

  @Test
  void violationsNameTheResourceAndTheJsonField() {
    assertThat(validator.validate(peer(BGPPeerSpec.builder().peerIP("10.0.0.1:0"))))
        .containsExactly(
            new Violation(
                "BGPPeer",
                "peer",
                "spec.peerIP",
                "invalid peerIP \"10.0.0.1:0\": port must be a decimal number from 1 to 65535"));
  }

  @Test
  void wireNamesReplaceJavaNamesInPaths() {
    BGPFilter f = filter(rule().interfaceName("eth&").build(), rule().build());
    assertThat(described(f))
        .containsExactly(
            "spec.exportV4[0].interface: \"eth&\" is not an interface name or pattern:"
                + " expected 1 to 15 of a-z, A-Z, 0-9, '_', '.', '-' and '*'");
  }

  @Test
  void listElementsAndMapKeysAreIndexed() {
    BGPPeer p =
        new BGPPeer(
            ObjectMeta.named("p", Map.of("Bad/x/y", "v")),
            BGPPeerSpec.builder().addFilter("ok").addFilter("Not_OK").build());
    assertThat(validator.validate(p))
        .extracting(Violation::fieldPath)
        .containsExactly("metadata.labels[Bad/x/y]", "spec.filters[1]");
  }

  @Test
  void familySpecificFilterRulesUseTheListsFamily() {
    BGPFilterRule wide = rule().match("In", "10.0.0.0/8").prefixLength(null, 64).build();
    BGPFilterRule wide6 = rule().match("In", "fd00::/8").prefixLength(null, 64).build();
    List<Violation> violations = validator.validate(filter(wide, wide6));
    assertThat(violations)
        .extracting(Violation::describe)
        .containsExactly(
            "spec.exportV4[0].prefixLength.max: Invalid value: 64: should be less than or equal to"
                + " 32",
            "spec.exportV4[0].prefixLength.max: Invalid value: 64: should be less than or equal to"
                + " 32");
    assertThat(described(filter(wide6, wide)))
        .contains(
            "spec.exportV4[0].cidr: \"fd00::/8\" is not an IPv4 network",
            "spec.exportV6[0].cidr: \"10.0.0.0/8\" is not an IPv6 network");
  }

  @Test
  void layersCanBeValidatedSeparately() {
    BGPConfiguration bareIp =
        new BGPConfiguration(
            ObjectMeta.named("default"),
            BGPConfigurationSpec.builder().addServiceClusterIP("1.2.3.4").build());
    assertThat(validator.validate(bareIp, EnumSet.of(ValidationLayer.GO_RULES))).isEmpty();
    assertThat(validator.validate(bareIp, EnumSet.of(ValidationLayer.CRD_SCHEMA)))
        .extracting(Violation::describe)
        .containsExactly(
            "spec.serviceClusterIPs[0].cidr: Invalid value: \"1.2.3.4\":"
                + " must be of type cidr (missing '/' and prefix length)");
  }

  @Test
  void goRulesComeFirstThenSchemaThenCel() {
    BGPPeer p =
        peer(BGPPeerSpec.builder().peerIP("x").nextHopMode("Fast").keepOriginalNextHop(true));
    assertThat(validator.validate(p))
        .extracting(Violation::fieldPath)
        .containsExactly("spec.peerIP", "spec.nextHopMode", "spec");
  }

  @Test
  void crdDefaultsApplyBeforeCel() {
    IPPoolSpec loadBalancer =
        new IPPoolSpec(
            "10.0.0.0/24",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of("LoadBalancer"),
            null);
    assertThat(validator.validate(pool(loadBalancer))).isEmpty();
    IPPool defaulted = (IPPool) Validator.withCrdDefaults(pool(loadBalancer));
    assertThat(defaulted.spec().nodeSelector()).isEqualTo("all()");
    assertThat(defaulted.spec().assignmentMode()).isEqualTo("Automatic");
    IPPoolSpec spaced =
        new IPPoolSpec(
            "10.0.0.0/24",
            null,
            null,
            null,
            null,
            null,
            null,
            "all( )",
            null,
            List.of("LoadBalancer"),
            null);
    assertThat(described(pool(spaced)))
        .containsExactly(
            "spec: IP Pool with AllowedUse LoadBalancer must have nodeSelector set to all()");
  }

  @Test
  void explicitlyEmptyPointerEnumsAreChecked() {
    IPPoolSpec empty =
        new IPPoolSpec("10.0.0.0/24", "", null, null, null, null, null, null, null, null, "");
    assertThat(described(pool(empty)))
        .containsExactly(
            "spec.assignmentMode: Unsupported value: \"\": supported values: \"Automatic\","
                + " \"Manual\"");
  }

  @Test
  void ipPoolLinkLocalCheckGoesBothWays() {
    assertThat(described(pool(IPPoolSpec.ofCidr("0.0.0.0/0"))))
        .contains("spec: IPPool CIDR overlaps with IPv4 link local range 169.254.0.0/16");
    assertThat(described(pool(IPPoolSpec.ofCidr("::/0"))))
        .contains("spec: IPPool CIDR overlaps with IPv6 link local range fe80::/10");
  }

  @Test
  void ipPoolGlobalIsASubstringTest() {
    IPPoolSpec quoted =
        new IPPoolSpec(
            "10.0.0.0/24",
            null,
            null,
            null,
            null,
            null,
            null,
            "foo == \"global()\"",
            null,
            null,
            null);
    assertThat(described(pool(quoted)))
        .containsExactly("spec: global() selector is not valid for IPPool nodeSelector");
  }

  @Test
  void ipPoolCidrRulesAreSkippedInCelWhenTheCidrDoesNotParse() {
    assertThat(described(pool(IPPoolSpec.ofCidr("10.0.0.1"))))
        .containsExactly(
            "spec.cidr: Invalid value: \"10.0.0.1\": must be of type cidr (missing '/' and prefix"
                + " length)");
    assertThat(described(pool(IPPoolSpec.ofCidr(null))))
        .containsExactly("spec.cidr: IPPool CIDR must be specified", "spec.cidr: Required value");
  }

  @Test
  void messagesKeepBracesAndDollarsLiterally() {
    BGPPeer p = peer(BGPPeerSpec.builder().nodeSelector("a == '{x}' ${y}"));
    assertThat(described(p)).singleElement().asString().contains("'{x}' ${y}");
  }

  @Test
  void nodeAddressesAndInterfacesAreNotValidated() {
    NodeSpec spec =
        new NodeSpec(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new NodeSpec.Address("not-an-ip", "Bogus")),
            List.of(new NodeSpec.Interface("Not A Name", List.of("x"))));
    assertThat(validator.validate(new Node(ObjectMeta.named("n"), spec))).isEmpty();
  }

  @Test
  void anEmptyNodeBgpSectionIsRejected() {
    Node node =
        new Node(
            ObjectMeta.named("n"), NodeSpec.ofBgp(new NodeSpec.BGP(null, "", null, null, null)));
    assertThat(described(node)).containsExactly("spec.bgp: Spec.BGP should not be empty");
  }

  @Test
  void metadataNamesFollowCalico() {
    assertThat(described(new Node(ObjectMeta.named(""), NodeSpec.EMPTY)))
        .containsExactly("metadata.name: name is required");
    String longName = "a".repeat(254);
    assertThat(described(new Node(ObjectMeta.named(longName), NodeSpec.EMPTY)))
        .containsExactly("metadata.name: name is too long by 1 bytes");
  }

  @Test
  void annotationKeysAreLowerCasedButLabelKeysAreNot() {
    ObjectMeta meta =
        new ObjectMeta(
            "n",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of("ProjectCalico.org/label", "v"),
            Map.of("ProjectCalico.org/Label", "v"),
            null,
            null);
    assertThat(validator.validate(new Node(meta, NodeSpec.EMPTY)))
        .extracting(Violation::fieldPath)
        .containsExactly("metadata.labels[ProjectCalico.org/label]");
  }

  @Test
  void annotationsMayTotal256KiB() {
    String value = "x".repeat(256 * 1024 - 1);
    ObjectMeta ok =
        new ObjectMeta(
            "n", null, null, null, null, null, null, null, null, Map.of("k", value), null, null);
    ObjectMeta tooBig =
        new ObjectMeta(
            "n",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of("k", value + "x"),
            null,
            null);
    assertThat(validator.validate(new Node(ok, NodeSpec.EMPTY))).isEmpty();
    assertThat(described(new Node(tooBig, NodeSpec.EMPTY)))
        .containsExactly("metadata.annotations: total size of annotations is too large by 1 bytes");
  }

  @Test
  void deletedBlockAffinitiesAreRejected() {
    BlockAffinity affinity =
        new BlockAffinity(
            ObjectMeta.named("a"),
            new BlockAffinity.Spec("confirmed", "node-1", "host", "10.0.0.0/26", true));
    assertThat(described(affinity))
        .containsExactly("spec.deleted: spec.Deleted cannot be set to \"true\"");
  }

  @Test
  void kubernetesKindsCarryNoRules() {
    assertThat(validator.validate(Secret.ofStrings("NS", "Bad_Name", Map.of()))).isEmpty();
  }

  @Test
  void requireValidThrowsWithEveryViolation() {
    BGPPeer p = peer(BGPPeerSpec.builder().peerIP("x").reachableBy("y"));
    assertThatThrownBy(() -> validator.requireValid(p))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).hasSize(2))
        .hasMessageContaining("BGPPeer/peer: spec.peerIP: invalid peerIP \"x\"");
    assertThat(validator.requireValid(peer(BGPPeerSpec.builder()))).isNotNull();
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    BGPPeer p = peer(BGPPeerSpec.builder().peerIP("10.0.0.1:0").nodeSelector("a ="));
    List<Violation> expected = validator.validate(p);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Violation>>> results =
          IntStream.range(0, 64).mapToObj(i -> pool.submit(() -> validator.validate(p))).toList();
      for (Future<List<Violation>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
