package io.github.calicobgp.api.resource;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An enumeration whose constants have a fixed spelling on the wire. Resources keep such fields
 * as the text that was read (Calico's Go types are strings, validated later); these enums give
 * the known values a type.
 */
public interface WireEnum {

  /** {@return the spelling of this constant in manifests, e.g. {@code NodeIP}} */
  String wireName();

  /**
   * {@return the constant of {@code type} spelled exactly {@code text}, if any}
   *
   * @param <E> the enum type
   * @param type the enum's class
   * @param text the spelling read from a manifest; null gives empty
   */
  static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, @Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.wireName().equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
