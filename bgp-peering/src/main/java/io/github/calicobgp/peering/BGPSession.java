package io.github.calicobgp.peering;

import io.github.calicobgp.api.value.IPFamily;
import java.util.List;

/** A BGP session of a {@link SessionGraph}: between two Calico nodes, or to another speaker. */
public sealed interface BGPSession permits Session, ExternalSession {

  /** {@return the IP family the session runs over} */
  IPFamily family();

  /** {@return the Calico nodes taking part: two for a node-to-node session, one otherwise} */
  List<String> nodes();
}
