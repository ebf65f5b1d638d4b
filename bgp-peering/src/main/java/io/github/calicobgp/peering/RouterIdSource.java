package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a node's BGP router id comes from, confd's {@code CALICO_ROUTER_ID}
 * ({@code populateNodeConfig} in confd/pkg/backends/calico/bgp_processor.go;
 * {@code HashToIPv4} in confd/pkg/resource/template/util.go).
 */
public sealed interface RouterIdSource {

  /**
   * {@return the router id of node {@code nodeName}, or null when there is none to give}
   *
   * @param nodeName the node's name
   * @param nodeIPv4 the node's IPv4 BGP address; null when it has none
   */
  @Nullable String routerIdFor(String nodeName, @Nullable IPAddress nodeIPv4);

  /** {@return the node's IPv4 address, in both families (the default; none if it has no IPv4)} */
  static RouterIdSource nodeAddress() {
    return new NodeAddress();
  }

  /** {@return an IPv4 address derived from a hash of the node name} */
  static RouterIdSource hash() {
    return new Hash();
  }

  /**
   * {@return this text, verbatim, for every node (confd does not validate it)}
   *
   * @param routerId the router id, as given
   */
  static RouterIdSource fixed(String routerId) {
    return new Fixed(routerId);
  }

  /**
   * {@return the source that the value of {@code CALICO_ROUTER_ID} selects: "", {@code hash} or a
   * text}
   *
   * @param calicoRouterId the value of {@code CALICO_ROUTER_ID}
   */
  static RouterIdSource parse(String calicoRouterId) {
    return switch (calicoRouterId) {
      case "" -> nodeAddress();
      case "hash" -> hash();
      default -> fixed(calicoRouterId);
    };
  }

  /** The node's IPv4 address (also in the IPv6 configuration: {@code populateNodeConfig}). */
  record NodeAddress() implements RouterIdSource {
    @Override
    public @Nullable String routerIdFor(String nodeName, @Nullable IPAddress nodeIPv4) {
      return nodeIPv4 == null ? null : nodeIPv4.toString();
    }
  }

  /**
   * The first four bytes of the SHA-256 of the node name's UTF-8 bytes, as a dotted quad; a first
   * byte above 223 is lowered by 32 to stay out of the multicast and reserved ranges.
   */
  record Hash() implements RouterIdSource {
    @Override
    public String routerIdFor(String nodeName, @Nullable IPAddress nodeIPv4) {
      byte[] digest;
      try {
        digest = MessageDigest.getInstance("SHA-256")
            .digest(nodeName.getBytes(StandardCharsets.UTF_8));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every Java platform", e);
      }
      int first = Byte.toUnsignedInt(digest[0]);
      if (first > 223) {
        first -= 32;
      }
      return first + "." + Byte.toUnsignedInt(digest[1]) + "." + Byte.toUnsignedInt(digest[2])
          + "." + Byte.toUnsignedInt(digest[3]);
    }
  }

  /**
   * A fixed router id, copied verbatim.
   *
   * @param routerId the text
   */
  record Fixed(String routerId) implements RouterIdSource {
    /**
     * Checks the text is not null.
     *
     * @param routerId the text
     */
    public Fixed {
      Objects.requireNonNull(routerId, "routerId");
    }

    @Override
    public String routerIdFor(String nodeName, @Nullable IPAddress nodeIPv4) {
      return routerId;
    }
  }
}
