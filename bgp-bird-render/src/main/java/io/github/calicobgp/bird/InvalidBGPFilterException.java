package io.github.calicobgp.bird;

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
}
