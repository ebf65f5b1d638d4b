package io.github.calicobgp.testkit.assertions;

import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions about one {@code protocol bgp} block of a BIRD configuration. */
public final class BirdProtocolAssert extends AbstractAssert<BirdProtocolAssert, BirdProtocol> {

  /**
   * Assertions about {@code actual}; reached through {@link BirdConfigAssert#hasBgpProtocol}.
   *
   * @param actual the protocol to check
   */
  public BirdProtocolAssert(BirdProtocol actual) {
    super(actual, BirdProtocolAssert.class);
  }

  /**
   * Checks the {@code neighbor ADDRESS [port P] as AS} statement's address and AS.
   *
   * @param address the neighbor's address
   * @param asNumber the neighbor's AS number
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert hasNeighbor(String address, long asNumber) {
    String neighbor = actual.value("neighbor").orElse("");
    boolean matches = neighbor.startsWith(address + " ") && neighbor.endsWith(" as " + asNumber);
    return check(matches, "to have neighbor " + address + " in AS " + asNumber);
  }

  /**
   * Checks that the protocol waits for the peer to connect ({@code passive on}).
   *
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert isPassive() {
    return check(actual.has("passive on"), "to be passive");
  }

  /**
   * Checks that the protocol connects to the peer itself (no {@code passive on}).
   *
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert isNotPassive() {
    return check(!actual.has("passive on"), "not to be passive");
  }

  /**
   * Checks that the peer is a route-reflector client of this node, in cluster {@code clusterId}.
   *
   * @param clusterId the route-reflector cluster id
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert isRouteReflectorClient(String clusterId) {
    return check(actual.has("rr client") && actual.value("rr cluster id").orElse("")
        .equals(clusterId), "to treat its peer as a route-reflector client in cluster " + clusterId);
  }

  /**
   * Checks that the peer is not a route-reflector client.
   *
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert isNotRouteReflectorClient() {
    return check(!actual.has("rr client"), "not to treat its peer as a route-reflector client");
  }

  /**
   * Checks that the session has a password.
   *
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert hasPassword() {
    return check(actual.value("password").isPresent(), "to have a password");
  }

  /**
   * Checks that the session has no password.
   *
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert hasNoPassword() {
    return check(actual.value("password").isEmpty(), "to have no password");
  }

  /**
   * Checks the protocol's own {@code local as} (Calico writes one only for {@code localASNumber}).
   *
   * @param asNumber the expected local AS number
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert hasLocalAs(long asNumber) {
    return check(actual.value("local as").orElse("").equals(Long.toString(asNumber)),
        "to have local as " + asNumber);
  }

  /**
   * Checks that the protocol has {@code statement} (without {@code ;}), e.g. {@code "allow local as
   * 1"}.
   *
   * @param statement the statement without {@code ;}
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert hasStatement(String statement) {
    return check(actual.has(statement), "to have the statement '" + statement + "'");
  }

  /**
   * Checks that the protocol lacks {@code statement}.
   *
   * @param statement the statement without {@code ;}
   * @return these assertions, for chaining
   */
  public BirdProtocolAssert doesNotHaveStatement(String statement) {
    return check(!actual.has(statement), "not to have the statement '" + statement + "'");
  }

  private BirdProtocolAssert check(boolean holds, String expectation) {
    isNotNull();
    if (!holds) {
      List<String> shown = actual.statements().stream()
          .map(s -> s.startsWith("password ") ? "password (not shown)" : s)
          .toList();
      failWithMessage("Expecting protocol %s (%s) %s, but its statements are:%n  %s",
          actual.name(), actual.file(), expectation, String.join("\n  ", shown));
    }
    return this;
  }
}
