package io.github.calicobgp.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;

/**
 * Creates this package's constraint validators, which are package-private (they are no API);
 * Hibernate Validator's own factory only instantiates public classes. A Bean Validation provider
 * is configured with it (see {@code io.github.calicobgp.validation.Validator}); validators of
 * other packages go to the provider's own factory.
 */
public final class PackageValidatorFactory implements ConstraintValidatorFactory {

  private final ConstraintValidatorFactory fallback;

  /**
   * A factory for this package's validators.
   *
   * @param fallback the provider's own factory, which creates every other validator
   */
  public PackageValidatorFactory(ConstraintValidatorFactory fallback) {
    this.fallback = fallback;
  }

  @Override
  public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> type) {
    if (!type.getPackageName().equals(PackageValidatorFactory.class.getPackageName())) {
      return fallback.getInstance(type);
    }
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      throw new ValidationException("cannot create " + type.getName(), cause);
    }
  }

  @Override
  public void releaseInstance(ConstraintValidator<?, ?> instance) {
    if (!instance
        .getClass()
        .getPackageName()
        .equals(PackageValidatorFactory.class.getPackageName())) {
      fallback.releaseInstance(instance);
    }
  }
}
