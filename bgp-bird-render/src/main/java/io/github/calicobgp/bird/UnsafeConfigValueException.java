package io.github.calicobgp.bird;

import io.github.calicobgp.peering.Origin;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PlanField;
import org.jspecify.annotations.Nullable;

/**
 * A value that would reach BIRD's configuration text but cannot do so safely: it would break the
 * syntax, inject configuration, or make BIRD reject the file (see {@link BirdStrings}).
 */
public final class UnsafeConfigValueException extends BirdRenderException {

  private static final long serialVersionUID = 1L;

  UnsafeConfigValueException(
      String subject, String field, String reason, @Nullable String displayValue) {
    super(subject, field, reason, displayValue);
  }

  UnsafeConfigValueException(String subject, String field, String reason,
      @Nullable String displayValue, @Nullable Origin origin) {
    super(subject, field, reason, displayValue, origin, null, null, null);
  }

  UnsafeConfigValueException(String subject, String field, String reason,
      @Nullable String displayValue, PlanField planField, @Nullable Peer peer) {
    super(subject, field, reason, displayValue, null, planField, peer, null);
  }

  private UnsafeConfigValueException(UnsafeConfigValueException e, @Nullable Origin origin,
      @Nullable PlanField planField, @Nullable Peer peer, @Nullable String planValue) {
    super(e.subject(), e.field(), e.reason(), e.displayValue(), origin, planField, peer,
        planValue);
  }

  @Override
  UnsafeConfigValueException at(Origin origin) {
    return sameTrace(new UnsafeConfigValueException(this, origin, null, null, null));
  }

  @Override
  UnsafeConfigValueException tracing(
      PlanField field, @Nullable Peer ofPeer, @Nullable String value) {
    return sameTrace(new UnsafeConfigValueException(this, null, field, ofPeer, value));
  }
}
