package io.github.calicobgp.api.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Adds violations with literal messages to a constraint validator's context. Messages are built by
 * the validators themselves and may hold user text, so they are escaped: Bean Validation would
 * otherwise read {@code {...}} in them as message parameters.
 */
final class Report {

  private final ConstraintValidatorContext context;

  private Report(ConstraintValidatorContext context) {
    this.context = context;
    context.disableDefaultConstraintViolation();
  }

  /** Starts reporting on {@code context}, replacing the constraint's default message. */
  static Report on(ConstraintValidatorContext context) {
    return new Report(context);
  }

  /** Reports {@code message} on {@code context} and returns false, for field validators. */
  static boolean fail(ConstraintValidatorContext context, String message) {
    on(context).here(message);
    return false;
  }

  /** Reports {@code message} on the validated object itself. */
  Report here(String message) {
    builder(message).addConstraintViolation();
    return this;
  }

  /**
   * Reports {@code message} on a field below the validated object. {@code path} holds record
   * component names ({@code String}), each optionally followed by a list index ({@code Integer}) or
   * a map key ({@link Key}) selecting one element of that component.
   */
  Report at(String message, Object... path) {
    ConstraintViolationBuilder root = builder(message);
    NodeBuilderCustomizableContext open = null;
    NodeBuilderDefinedContext closed = null;
    @Nullable Object selector = null;
    for (Object step : path) {
      if (!(step instanceof String name)) {
        selector = step;
        continue;
      }
      if (open != null) {
        open = open.addPropertyNode(name);
      } else if (closed != null) {
        open = closed.addPropertyNode(name);
      } else {
        open = root.addPropertyNode(name);
      }
      // Bean Validation keeps an element's index on the node after the container.
      if (selector != null) {
        closed = select(open.inIterable(), selector);
        open = null;
        selector = null;
      }
    }
    if (selector != null) {
      var leaf = open != null ? open.addBeanNode() : closed.addBeanNode();
      var iterable = leaf.inIterable();
      (selector instanceof Key key
              ? iterable.atKey(key.value())
              : iterable.atIndex((Integer) selector))
          .addConstraintViolation();
    } else if (open != null) {
      open.addConstraintViolation();
    } else if (closed != null) {
      closed.addConstraintViolation();
    } else {
      root.addConstraintViolation();
    }
    return this;
  }

  private static NodeBuilderDefinedContext select(NodeContextBuilder iterable, Object selector) {
    return selector instanceof Key key
        ? iterable.atKey(key.value())
        : iterable.atIndex((Integer) selector);
  }

  private ConstraintViolationBuilder builder(String message) {
    return context.buildConstraintViolationWithTemplate(literal(message));
  }

  /** Escapes the characters that Bean Validation message templates interpret. */
  static String literal(String message) {
    StringBuilder b = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** A map key in a {@link #at} path, e.g. a label name. */
  record Key(String value) {}
}
