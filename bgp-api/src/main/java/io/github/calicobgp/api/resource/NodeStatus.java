package io.github.calicobgp.api.resource;

import io.github.calicobgp.api.validation.ValidationLayer.GoRules;
import io.github.calicobgp.api.validation.WireguardKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What Calico reports about a node: WireGuard keys and the Kubernetes pod CIDRs. */
public record NodeStatus(
    @WireguardKey(groups = GoRules.class) @Nullable String wireguardPublicKey,
    @WireguardKey(groups = GoRules.class) @Nullable String wireguardPublicKeyV6,
    List<String> podCIDRs) {

  /**
   * Copies the list; null becomes empty.
   *
   * @param wireguardPublicKey the node's IPv4 WireGuard public key
   * @param wireguardPublicKeyV6 the node's IPv6 WireGuard public key
   * @param podCIDRs the pod networks Kubernetes assigned to the node
   */
  public NodeStatus {
    podCIDRs = Immutable.list(podCIDRs);
  }
}
