package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.GoDuration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact text the writers produce. */
class ManifestWritingTest {

  private static final BGPPeer PEER =
      new BGPPeer(
          ObjectMeta.named("peer-1", Map.of("zeta", "on", "alpha", "", "\u00e9", "x", "b", "0x1F")),
          BGPPeerSpec.builder()
              .node("yes")
              .peerIP("10.0.0.1:179")
              .asNumber(ASNumber.parse("1.10"))
              .keepOriginalNextHop(false)
              .password(BGPPassword.fromSecret("s", "k"))
              .maxRestartTime(GoDuration.parse("200s"))
              .ttlSecurity(0)
              .addFilter("5663:12")
              .addFilter(" lead")
              .build());

  @Test
  void yamlInGoFieldOrderWithGoYamlSafeQuoting() {
    assertThat(Manifests.toYaml(PEER))
        .isEqualTo(
            "apiVersion: projectcalico.org/v3\n"
                + "kind: BGPPeer\n"
                + "metadata:\n"
                + "  name: peer-1\n"
                + "  labels:\n"
                + "    alpha: \"\"\n"
                + "    b: \"0x1F\"\n"
                + "    zeta: \"on\"\n"
                + "    é: x\n"
                + "spec:\n"
                + "  node: \"yes\"\n"
                + "  peerIP: 10.0.0.1:179\n"
                + "  asNumber: 65546\n"
                + "  keepOriginalNextHop: false\n"
                + "  password:\n"
                + "    secretKeyRef:\n"
                + "      name: s\n"
                + "      key: k\n"
                + "  maxRestartTime: 3m20s\n"
                + "  ttlSecurity: 0\n"
                + "  filters:\n"
                + "  - \"5663:12\"\n"
                + "  - ' lead'\n");
  }

  @Test
  void jsonInGoFieldOrder() {
    assertThat(Manifests.toJson(PEER))
        .isEqualTo(
            "{\n"
                + "  \"apiVersion\": \"projectcalico.org/v3\",\n"
                + "  \"kind\": \"BGPPeer\",\n"
                + "  \"metadata\": {\n"
                + "    \"name\": \"peer-1\",\n"
                + "    \"labels\": {\n"
                + "      \"alpha\": \"\",\n"
                + "      \"b\": \"0x1F\",\n"
                + "      \"zeta\": \"on\",\n"
                + "      \"é\": \"x\"\n"
                + "    }\n"
                + "  },\n"
                + "  \"spec\": {\n"
                + "    \"node\": \"yes\",\n"
                + "    \"peerIP\": \"10.0.0.1:179\",\n"
                + "    \"asNumber\": 65546,\n"
                + "    \"keepOriginalNextHop\": false,\n"
                + "    \"password\": {\n"
                + "      \"secretKeyRef\": {\n"
                + "        \"name\": \"s\",\n"
                + "        \"key\": \"k\"\n"
                + "      }\n"
                + "    },\n"
                + "    \"maxRestartTime\": \"3m20s\",\n"
                + "    \"ttlSecurity\": 0,\n"
                + "    \"filters\": [\n"
                + "      \"5663:12\",\n"
                + "      \" lead\"\n"
                + "    ]\n"
                + "  }\n"
                + "}\n");
  }

  @Test
  void alwaysWrittenFieldsGetTheirZeroValueAndEmptyRecordsStay() {
    BlockAffinity affinity =
        new BlockAffinity(ObjectMeta.named("a"), new BlockAffinity.Spec(null, "n1", null,
            "10.0.0.0/26", null));
    assertThat(Manifests.toYaml(affinity))
        .isEqualTo(
            "apiVersion: projectcalico.org/v3\n"
                + "kind: BlockAffinity\n"
                + "metadata:\n"
                + "  name: a\n"
                + "spec:\n"
                + "  state: \"\"\n"
                + "  node: n1\n"
                + "  cidr: 10.0.0.0/26\n"
                + "  deleted: false\n");
    assertThat(Manifests.toYaml(new Node(ObjectMeta.EMPTY, NodeSpec.EMPTY)))
        .isEqualTo("apiVersion: projectcalico.org/v3\nkind: Node\nmetadata: {}\nspec: {}\n");
  }

  @Test
  void severalResources() {
    List<Resource> two = List.of(new Node(ObjectMeta.named("a"), null),
        new Node(ObjectMeta.named("b"), null));
    assertThat(Manifests.toYaml(two))
        .isEqualTo("apiVersion: projectcalico.org/v3\nkind: Node\nmetadata:\n  name: a\n"
            + "spec: {}\n---\napiVersion: projectcalico.org/v3\nkind: Node\nmetadata:\n"
            + "  name: b\nspec: {}\n");
    assertThat(Manifests.toJson(two))
        .startsWith("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": [\n"
            + "    {\n      \"apiVersion\": \"projectcalico.org/v3\",");
    assertThat(Manifests.toJson(List.of()))
        .isEqualTo("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"List\",\n  \"items\": []\n}\n");
    assertThat(Manifests.toJson(List.of(two.get(0)))).isEqualTo(Manifests.toJson(two.get(0)));
    assertThat(Manifests.toYaml(List.of())).isEmpty();
  }

  @Test
  void mapKeysAreSortedByTheirUtf8Bytes() {
    String supplementary = "\uD83D\uDE00";
    Node node = new Node(ObjectMeta.named("n", Map.of("\uFF21", "1", supplementary, "2")), null);
    String yaml = Manifests.toYaml(node);
    assertThat(yaml.indexOf("\uFF21")).isLessThan(yaml.indexOf(supplementary));
  }
}
