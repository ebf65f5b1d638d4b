package io.github.calicobgp.peering;

import java.util.List;

/**
 * The communities to attach to exported routes within a prefix ({@code prefixAdvertisements}).
 *
 * @param cidr the prefix, as written in the BGPConfiguration
 * @param communities the resolved community values of two or three parts, deduplicated and
 *     sorted as confd does
 */
public record PrefixCommunities(String cidr, List<String> communities) {
  /**
   * Copies the list.
   *
   * @param cidr the prefix, as written in the BGPConfiguration
   * @param communities the resolved community values of two or three parts, deduplicated and sorted
   *     as confd does
   */
  public PrefixCommunities {
    communities = List.copyOf(communities);
  }
}
