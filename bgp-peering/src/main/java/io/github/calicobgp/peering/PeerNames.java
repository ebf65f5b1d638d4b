package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;

/**
 * confd's protocol names ({@code processMeshPeers} and {@code buildPeerFromData},
 * confd/pkg/backends/calico/bgp_processor.go): the kind's prefix, {@code _}, the
 * canonical address with {@code .} (IPv4) or {@code :} (IPv6) replaced by {@code _}, and
 * {@code _port_<port>} when the record has a port, 179 included
 * ({@code buildPeerFromData}).
 */
final class PeerNames {
  private PeerNames() {}

  /** The name of a peer of {@code kind} at {@code address}; {@code port} 0 means none. */
  static String of(PeerKind kind, IPAddress address, int port) {
    String text = address.toString();
    String mangled = address.family() == IPFamily.V4
        ? text.replace('.', '_') : text.replace(':', '_');
    String name = kind.namePrefix() + "_" + mangled;
    return port > 0 ? name + "_port_" + port : name;
  }
}
