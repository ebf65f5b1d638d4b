package io.github.calicobgp.api.resource;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An enumeration whose constants have a fixed spelling on the wire. Resources keep such fields
 * as the text that was read (Calico's Go types are strings, validated later); these enums give
 * the known values a type.
 */
public interface WireEnum {

  /** The spelling of this constant in manifests, e.g. {@code NodeIP}. */
  String wireName();

  /** The constant of {@code type} spelled exactly {@code text}, if any. */
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
