package io.github.calicobgp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.conformance.ConfdCase;
import io.github.calicobgp.api.conformance.ConformanceCorpus;
import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.EndpointSlice;
import io.github.calicobgp.api.resource.IntOrString;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.Secret;
import io.github.calicobgp.api.resource.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input of the calico-confd conformance corpus reads, with Calico's YAML semantics. */
class ConformanceInputsTest {

  static Stream<Path> inputs() {
    return ConformanceCorpus.confdCases().stream().map(ConfdCase::input);
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyInputReads(Path input) {
    ResourceSet set = Manifests.read(input);
    assertThat(set.size()).isPositive();
    for (var r : set.all()) {
      assertThat(set.locationOf(r)).get().extracting(SourceLocation::file)
          .isEqualTo(input.toString());
    }
  }

  private static ResourceSet read(String caseId) {
    return Manifests.read(ConformanceCorpus.confdCase(caseId).input());
  }

  @Test
  void unquotedYesLabelReadsAsTrue() {
    Node master = node(read("reverse_peering-auto"), "kube-master");
    assertThat(master.metadata().labels()).containsEntry("route-reflector", "true");
  }

  @Test
  void sexagesimalLookingCommunityStaysAString() {
    BGPConfiguration config = read("mesh-communities").ofType(BGPConfiguration.class).get(0);
    assertThat(config.spec().prefixAdvertisementsOrEmpty().get(0).communities())
        .containsExactly("bgp-comm-standard", "5663:12", "bgp-comm-large");
  }

  @Test
  void emptySpecIsAnEmptySpec() {
    BGPConfiguration config = read("mesh-bgp-export").ofType(BGPConfiguration.class).get(0);
    assertThat(config.metadata().name()).isEqualTo("default");
    assertThat(config.spec()).isEqualTo(BGPConfigurationSpec.builder().build());
  }

  @Test
  void emptyMappingEntriesGiveEmptyBlocks() {
    BGPConfiguration config = read("mesh-static-routes").ofType(BGPConfiguration.class).get(0);
    assertThat(config.spec().serviceClusterIPs())
        .containsExactly(
            new BGPConfigurationSpec.ServiceIPBlock("10.101.0.0/16"),
            new BGPConfigurationSpec.ServiceIPBlock(null),
            new BGPConfigurationSpec.ServiceIPBlock("fd00:96::/112"));
  }

  @Test
  void nodeWithoutSpec() {
    Node master = node(read("mesh-static-routes-no-ipv4-address"), "kube-master");
    assertThat(master.spec()).isEqualTo(NodeSpec.EMPTY);
    assertThat(master.status()).isNull();
  }

  @Test
  void peerIpWithPorts() {
    ResourceSet set = read("explicit_peering-global");
    assertThat(set.ofType(BGPPeer.class))
        .extracting(p -> p.spec().peerIP())
        .contains("10.192.0.1:166");
  }

  @Test
  void secretWithStringData() {
    Secret secret = read("mesh-password-step2").ofType(Secret.class).get(0);
    assertThat(secret.metadata().namespace()).isEqualTo("kube-system");
    assertThat(secret.stringData()).isEqualTo(Map.of("a", "password-a"));
    assertThat(secret.data()).isEmpty();
    assertThat(secret.type()).isEqualTo("Opaque");
  }

  @Test
  void servicesAndEndpointSlices() {
    ResourceSet set = read("mesh-static-routes");
    Service service = set.ofType(Service.class).get(0);
    assertThat(service.metadata().name()).isEqualTo("service-1");
    assertThat(service.spec().type()).isEqualTo("LoadBalancer");
    assertThat(service.spec().externalTrafficPolicy()).isEqualTo("Local");
    assertThat(service.spec().clusterIPs()).containsExactly("10.101.0.101");
    assertThat(service.spec().ipFamilies()).containsExactly("IPv4");
    assertThat(service.spec().ports())
        .containsExactly(new Service.Port(null, "TCP", null, 80, IntOrString.of(80), null));
    EndpointSlice slice = set.ofType(EndpointSlice.class).get(0);
    assertThat(slice.metadata().labels())
        .containsEntry(EndpointSlice.SERVICE_NAME_LABEL, "service-1");
    assertThat(slice.addressType()).isEqualTo("IPv4");
    assertThat(slice.endpoints()).hasSize(1);
    EndpointSlice.Endpoint endpoint = slice.endpoints().get(0);
    assertThat(endpoint.addresses()).containsExactly("192.168.2.10");
    assertThat(endpoint.nodeName()).isEqualTo("kube-node-1");
    assertThat(endpoint.targetRef())
        .isEqualTo(new EndpointSlice.ObjectReference("Pod", "default", "nginx-1", null, null,
            null, null));
    assertThat(slice.ports()).containsExactly(new EndpointSlice.Port(null, "TCP", 80, null));
  }

  private static Node node(ResourceSet set, String name) {
    return set.ofType(Node.class).stream()
        .filter(n -> name.equals(n.metadata().name()))
        .findFirst()
        .orElseThrow();
  }
}
