package io.github.calicobgp.api.resource;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What Calico reports about a node: WireGuard keys and the Kubernetes pod CIDRs. */
public record NodeStatus(
    @Nullable String wireguardPublicKey,
    @Nullable String wireguardPublicKeyV6,
    List<String> podCIDRs) {

  /** Copies the list; null becomes empty. */
  public NodeStatus {
    podCIDRs = Immutable.list(podCIDRs);
  }
}
