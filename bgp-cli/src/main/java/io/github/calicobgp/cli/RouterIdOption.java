package io.github.calicobgp.cli;

import io.github.calicobgp.peering.PeeringOptions;
import io.github.calicobgp.peering.RouterIdSource;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --router-id} option of the commands that render BIRD files (a picocli mixin). */
final class RouterIdOption {

  @Option(
      names = "--router-id",
      paramLabel = "hash|IPV4",
      description =
          "The BGP router id (confd's CALICO_ROUTER_ID): 'hash' derives one from the node"
              + " name; an IPv4 address is used as is. Default: the node's IPv4 address.")
  private String routerId = "";

  /** The engine's options with this router id. */
  PeeringOptions peeringOptions() {
    return PeeringOptions.defaults().withRouterId(RouterIdSource.parse(routerId));
  }

  /**
   * The engine's options with this router id, or with {@code whenUnset} (an environment
   * variable's value, may be null) when the option was not given.
   */
  PeeringOptions peeringOptions(@Nullable String whenUnset) {
    String chosen = routerId.isEmpty() && whenUnset != null ? whenUnset : routerId;
    return PeeringOptions.defaults().withRouterId(RouterIdSource.parse(chosen));
  }
}
