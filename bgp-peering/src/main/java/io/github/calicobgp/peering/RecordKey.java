package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPFamily;
import java.util.Comparator;

/**
 * The last part of a peering record's key ({@code updatePeersV1}'s {@code emit},
 * confd/pkg/backends/calico/client.go; {@code NodeBGPPeerKey},
 * libcalico-go/lib/backend/model/bgppeer.go): {@code peer_v<family>/<ipkey>},
 * where ports 0 and 179 share the key of the bare address. Ordered as confd lists
 * keys: by family, then bytewise by ipkey.
 *
 * @param family the IP family
 * @param ipKey the canonical address, with {@code -<port>} unless the port is 0 or 179
 */
record RecordKey(IPFamily family, String ipKey) implements Comparable<RecordKey> {

  private static final Comparator<RecordKey> ORDER =
      Comparator.comparing(RecordKey::family).thenComparing(RecordKey::ipKey);

  @Override
  public int compareTo(RecordKey other) {
    return ORDER.compare(this, other);
  }
}
