package io.github.calicobgp.api.validation;

import io.github.calicobgp.api.resource.BGPFilterRule.Operation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Checks {@link OneMember} on a BGPFilter operation, with Kubernetes' messages. */
final class OneMemberValidator implements ConstraintValidator<OneMember, Operation> {

  @Override
  public boolean isValid(@Nullable Operation operation, ConstraintValidatorContext context) {
    if (operation == null) {
      return true;
    }
    long members =
        Stream.of(operation.addCommunity(), operation.prependASPath(), operation.setPriority())
            .filter(m -> m != null)
            .count();
    if (members == 0) {
      return Report.fail(
          context,
          "Invalid value: {}: should have at least 1 properties"
              + " (one of addCommunity, prependASPath, setPriority)");
    }
    if (members > 1) {
      return Report.fail(
          context,
          "Too many: "
              + members
              + ": must have at most 1 items"
              + " (an operation sets exactly one of addCommunity, prependASPath, setPriority)");
    }
    return true;
  }
}
