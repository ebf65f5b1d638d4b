package io.github.calicobgp.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.calicobgp.api.resource.BGPConfiguration;
import io.github.calicobgp.api.resource.BGPConfigurationSpec;
import io.github.calicobgp.api.resource.BGPFilter;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.IPPool;
import io.github.calicobgp.api.resource.IPPoolSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.value.ASNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterValidatorTest {

  private final ClusterValidator validator = new ClusterValidator();

  @Test
  void peersMustReferenceExistingFilters() {
    BGPPeer peer =
        new BGPPeer(
            ObjectMeta.named("p"),
            BGPPeerSpec.builder().addFilter("present").addFilter("missing").build());
    BGPFilter filter = new BGPFilter(ObjectMeta.named("present"), null);
    assertThat(validator.validate(List.of(peer, filter)))
        .containsExactly(
            new Violation(
                "BGPPeer", "p", "spec.filters[1]", "BGPFilter(s) not found: \"missing\""));
  }

  @Test
  void perNodeConfigurationsMayNotSetClusterWideFields() {
    BGPConfigurationSpec spec =
        BGPConfigurationSpec.builder()
            .asNumber(ASNumber.of(65000))
            .nodeToNodeMeshEnabled(false)
            .addServiceClusterIP("10.96.0.0/12")
            .listenPort(1790)
            .build();
    assertThat(validator.validate(List.of(new BGPConfiguration(ObjectMeta.named("node.a"), spec))))
        .extracting(Violation::describe)
        .containsExactly(
            "spec.asNumber: Cannot set asNumber on a non default BGP Configuration.",
            "spec.nodeToNodeMeshEnabled: Cannot set nodeToNodeMeshEnabled on a non default BGP"
                + " Configuration.",
            "spec.serviceClusterIPs: Cannot set serviceClusterIPs on a non default BGP"
                + " Configuration.");
    assertThat(validator.validate(List.of(new BGPConfiguration(ObjectMeta.named("default"), spec))))
        .isEmpty();
  }

  @Test
  void overlappingPoolsAreReportedOnBothWhateverTheOrder() {
    IPPool a = new IPPool(ObjectMeta.named("a"), IPPoolSpec.ofCidr("10.0.0.0/16"));
    IPPool b = new IPPool(ObjectMeta.named("b"), IPPoolSpec.ofCidr("10.0.128.0/24"));
    IPPool c = new IPPool(ObjectMeta.named("c"), IPPoolSpec.ofCidr("10.1.0.0/16"));
    IPPool v6 = new IPPool(ObjectMeta.named("v6"), IPPoolSpec.ofCidr("::/0"));
    List<Violation> forward = validator.validate(List.of(a, b, c, v6));
    assertThat(forward)
        .extracting(Violation::toString)
        .containsExactly(
            "IPPool/a: spec.cidr: IPPool(a) CIDR overlaps with IPPool(b) CIDR 10.0.128.0/24",
            "IPPool/b: spec.cidr: IPPool(b) CIDR overlaps with IPPool(a) CIDR 10.0.0.0/16");
    assertThat(validator.validate(List.of(v6, c, b, a))).isEqualTo(forward);
  }
}
