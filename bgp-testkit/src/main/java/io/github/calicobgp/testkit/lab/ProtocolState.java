package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.IPFamily;
import java.util.Objects;

/**
 * One line of BIRD's {@code show protocols}.
 *
 * @param family the daemon that runs the protocol: {@code bird} (V4) or {@code bird6} (V6)
 * @param name the protocol's name, e.g. {@code Mesh_10_99_0_12} or {@code kernel1}
 * @param protocol its kind as BIRD prints it: {@code BGP}, {@code Kernel}, {@code Static}...
 * @param table the routing table it is attached to, e.g. {@code master}
 * @param state BIRD's protocol state: {@code up}, {@code down}, {@code start}, {@code stop}...
 * @param since when the state last changed, as BIRD prints it
 * @param info the protocol's own status word, e.g. {@code Established}, {@code Active}, or empty
 * @param message what follows it, e.g. {@code Socket: Connection refused}, or empty
 */
public record ProtocolState(
    IPFamily family,
    String name,
    String protocol,
    String table,
    String state,
    String since,
    String info,
    String message) {

  /**
   * Checks that no component is null.
   *
   * @param family the daemon that runs the protocol: {@code bird} (V4) or {@code bird6} (V6)
   * @param name the protocol's name, e.g. {@code Mesh_10_99_0_12} or {@code kernel1}
   * @param protocol its kind as BIRD prints it: {@code BGP}, {@code Kernel}, {@code Static}...
   * @param table the routing table it is attached to, e.g. {@code master}
   * @param state BIRD's protocol state: {@code up}, {@code down}, {@code start}, {@code stop}...
   * @param since when the state last changed, as BIRD prints it
   * @param info the protocol's own status word, e.g. {@code Established}, {@code Active}, or empty
   * @param message what follows it, e.g. {@code Socket: Connection refused}, or empty
   */
  public ProtocolState {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(message, "message");
  }

  /** {@return whether this is a BGP session} */
  public boolean isBgp() {
    return protocol.equals("BGP");
  }

  /** {@return whether this is a BGP session in state Established} */
  public boolean isEstablished() {
    return isBgp() && state.equals("up") && info.equals("Established");
  }

  /**
   * {@return the state in one line, e.g. {@code Mesh_10_99_0_12 (IPv4): start Active Socket:
   * Connection refused}}
   */
  public String summary() {
    String text = name + " (" + (family == IPFamily.V4 ? "IPv4" : "IPv6") + "): " + state;
    if (!info.isEmpty()) {
      text += " " + info;
    }
    return message.isEmpty() ? text : text + " " + message;
  }
}
