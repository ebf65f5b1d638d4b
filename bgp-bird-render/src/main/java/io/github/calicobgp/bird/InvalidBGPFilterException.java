package io.github.calicobgp.bird;

import io.github.calicobgp.peering.Origin;
import io.github.calicobgp.peering.Peer;
import io.github.calicobgp.peering.PlanField;
import org.jspecify.annotations.Nullable;

/**
 * A BGPFilter rule that confd refuses to turn into a BIRD function ({@code filterStatement},
 * confd/pkg/resource/template/template_funcs.go), which
 * makes that family's {@code bird.cfg} fail; the field path names direction, family and rule, e.g.
 * {@code spec.exportV4[1].matchOperator}.
 */
public final class InvalidBGPFilterException extends BirdRenderException {

  private static final long serialVersionUID = 1L;

  InvalidBGPFilterException(
      String subject, String field, String reason, @Nullable String displayValue) {
    super(subject, field, reason, displayValue);
  }

  private InvalidBGPFilterException(InvalidBGPFilterException e, @Nullable Origin origin,
      @Nullable PlanField planField, @Nullable Peer peer, @Nullable String planValue) {
    super(e.subject(), e.field(), e.reason(), e.displayValue(), origin, planField, peer,
        planValue);
  }

  @Override
  InvalidBGPFilterException at(Origin origin) {
    return sameTrace(new InvalidBGPFilterException(this, origin, null, null, null));
  }

  @Override
  InvalidBGPFilterException tracing(
      PlanField field, @Nullable Peer ofPeer, @Nullable String value) {
    return sameTrace(new InvalidBGPFilterException(this, null, field, ofPeer, value));
  }
}
