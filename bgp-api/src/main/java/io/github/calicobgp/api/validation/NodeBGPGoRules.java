package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.resource.NodeSpec;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Calico's {@code validateNodeSpec}: a present {@code spec.bgp} sets at least one field. */
final class NodeBGPGoRules implements ConstraintValidator<GoStructRules, NodeSpec.BGP> {

  @Override
  public boolean isValid(NodeSpec.@Nullable BGP bgp, ConstraintValidatorContext context) {
    if (bgp == null) {
      return true;
    }
    boolean empty =
        bgp.asNumber() == null
            && Stream.of(
                    bgp.ipv4Address(),
                    bgp.ipv6Address(),
                    bgp.ipv4IPIPTunnelAddr(),
                    bgp.routeReflectorClusterID())
                .allMatch(s -> s == null || s.isEmpty());
    return !empty || Report.fail(context, "Spec.BGP should not be empty");
  }
}
