package io.github.calicobgp.bird;

import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.Origin;
import io.github.calicobgp.peering.Origins;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PlanField;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A node plan that cannot be rendered into valid BIRD text. It names what is wrong: the subject
 * (a node, a peer, a BGPFilter), the field inside it, why, and the offending value escaped for
 * display (secrets are never shown).
 */
public abstract sealed class BirdRenderException extends RuntimeException
    permits UnsafeConfigValueException, InvalidBGPFilterException {

  private static final long serialVersionUID = 1L;

  /** What holds the value. */
  private final String subject;
  /** The field that holds the value. */
  private final String field;
  /** Why the value cannot be rendered. */
  private final String reason;
  /** The value as messages show it (quoted, escaped); null when it is not shown. */
  private final @Nullable String displayValue;
  /** The resource and field the value came from, when known. */
  private final @Nullable Origin origin;
  /** The field of the plan that holds the value, when the refusal is about a plan value. */
  private final @Nullable PlanField planField;
  /** The peer whose value it is, when it belongs to a peer. */
  private final @Nullable Peer peer;
  /** The refused value as the plan holds it, when {@link Origins#of} traces it by its text. */
  private final @Nullable String planValue;

  BirdRenderException(String subject, String field, String reason, @Nullable String displayValue) {
    this(subject, field, reason, displayValue, null, null, null, null);
  }

  BirdRenderException(String subject, String field, String reason, @Nullable String displayValue,
      @Nullable Origin origin, @Nullable PlanField planField, @Nullable Peer peer,
      @Nullable String planValue) {
    super(
        subject
            + ": "
            + field
            + ": "
            + reason
            + (displayValue == null ? "" : " (value " + displayValue + ")"));
    this.subject = subject;
    this.field = field;
    this.reason = reason;
    this.displayValue = displayValue;
    this.origin = origin;
    this.planField = planField;
    this.peer = peer;
    this.planValue = planValue;
  }

  /**
   * This refusal, traced to {@code origin}, the resource and field its value came from.
   *
   * @param origin where the value was written
   * @return a refusal of the same class and message that knows its origin
   */
  abstract BirdRenderException at(Origin origin);

  /**
   * This refusal, naming the plan's value it refused so that {@link #originIn} can trace it.
   *
   * @param field the plan's field
   * @param ofPeer the peer that holds the value, or null for a value of the node
   * @param value the value as the plan holds it, when it is traced by its text
   * @return a refusal of the same class and message that names the plan's value
   */
  abstract BirdRenderException tracing(
      PlanField field, @Nullable Peer ofPeer, @Nullable String value);

  /** Keeps the stack trace of the refusal it copies: the copy is the same failure. */
  final <T extends BirdRenderException> T sameTrace(T copy) {
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  /**
   * The refused value as the plan holds it, when it is one {@link Origins#of} traces by its text
   * (a service route, a community, a gateway, the router id); never a secret.
   *
   * @return the value, or null
   */
  public @Nullable String planValue() {
    return planValue;
  }

  /**
   * Where the refused value was written in {@code snapshot}: {@link #origin()} when the refusal
   * knows it, else the resource and field {@link Origins#of} traces the plan's value to. Costs a
   * search of the snapshot, which only a refusal pays.
   *
   * @param snapshot the cluster the refused plan was made from
   * @param nodeName the node whose plan it is
   * @return the origin, or empty when no resource holds the value (e.g. a router id given as an
   *     option)
   */
  public Optional<Origin> originIn(ClusterSnapshot snapshot, String nodeName) {
    if (origin != null) {
      return Optional.of(origin);
    }
    return planField == null ? Optional.empty()
        : Origins.of(snapshot, nodeName, peer, planField, planValue);
  }

  /**
   * Why the value is refused, then the value when it is shown: the message without its subject
   * and field, for a line that names them by the value's origin instead.
   *
   * @return e.g. {@code must be an IPv4 address (value "10.0.0.1::1")}
   */
  public String detail() {
    return reason + (displayValue == null ? "" : " (value " + displayValue + ")");
  }

  /**
   * The value of the plan that was refused, when it is one {@link
   * io.github.calicobgp.peering.Origins#of} can trace to a resource and field.
   *
   * @return the plan field, or null
   */
  public @Nullable PlanField planField() {
    return planField;
  }

  /**
   * The peer whose value was refused, or null for a value of the node.
   *
   * @return the peer, or null
   */
  public @Nullable Peer peer() {
    return peer;
  }

  /**
   * The resource and field the value came from, when the plan knows it: a command line then
   * reports the problem at that field's file and line.
   *
   * @return the origin, or null
   */
  public @Nullable Origin origin() {
    return origin;
  }

  /**
   * What holds the value, e.g. {@code node kube-master}, {@code BGPFilter/my-filter}.
   *
   * @return the holder of the value, e.g. {@code node kube-master}
   */
  public String subject() {
    return subject;
  }

  /**
   * {@return the field within the subject, e.g. {@code password} or {@code
   * spec.importV4[0].action}}
   */
  public String field() {
    return field;
  }

  /**
   * Why the value cannot be rendered, without the value itself.
   *
   * @return the reason, e.g. {@code contains a double quote}
   */
  public String reason() {
    return reason;
  }

  /**
   * {@return the offending value, double-quoted with control characters escaped, {@code <redacted>}
   * for secrets; null when the value is absent}
   */
  public @Nullable String displayValue() {
    return displayValue;
  }
}
