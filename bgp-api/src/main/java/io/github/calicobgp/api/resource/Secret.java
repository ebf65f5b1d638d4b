package io.github.calicobgp.api.resource;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Kubernetes {@code v1} Secret; BGP passwords are read from it.
 *
 * @param metadata the object's metadata (confd reads Secrets in its own namespace)
 * @param immutable whether the Secret may change
 * @param data values as base64 text, as the API server stores them
 * @param stringData values as plain text, as people write them; they win over {@code data}
 * @param type the Secret's type, e.g. {@code Opaque}
 */
public record Secret(
    ObjectMeta metadata,
    @Nullable Boolean immutable,
    @Base64Encoded Map<String, String> data,
    Map<String, String> stringData,
    @Nullable String type)
    implements Resource {

  /**
   * Copies the maps; null maps become empty.
   *
   * @param metadata the object's metadata (confd reads Secrets in its own namespace)
   * @param immutable whether the Secret may change
   * @param data values as base64 text, as the API server stores them
   * @param stringData values as plain text, as people write them; they win over {@code data}
   * @param type the Secret's type, e.g. {@code Opaque}
   */
  public Secret {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    data = Immutable.map(data);
    stringData = Immutable.map(stringData);
  }

  /**
   * {@return an Opaque Secret with plain-text values}
   *
   * @param namespace the Secret's namespace
   * @param name the Secret's name
   * @param values the keys and their plain-text values
   */
  public static Secret ofStrings(String namespace, String name, Map<String, String> values) {
    return new Secret(ObjectMeta.namespaced(namespace, name, Map.of()), null, null, values,
        "Opaque");
  }

  /**
   * The value of {@code key} as UTF-8 text: from {@code stringData} if it is there (the API
   * server merges it over {@code data} on write), else decoded from {@code data}. Decoding is
   * strict: bytes that are not UTF-8 are refused, never replaced (confd, in Go, would copy the raw
   * bytes into BIRD's file; a lenient decoder would silently change them to U+FFFD).
   *
   * @param key the key to look up
   * @return the value, empty when neither map has the key
   * @throws IllegalArgumentException if the {@code data} value is not valid base64
   * @throws SecretValueException if the decoded {@code data} value is not valid UTF-8
   */
  public Optional<String> value(String key) {
    String plain = stringData.get(key);
    if (plain != null) {
      return Optional.of(plain);
    }
    String encoded = data.get(key);
    if (encoded == null) {
      return Optional.empty();
    }
    byte[] bytes = Base64.getDecoder().decode(encoded);
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      throw new SecretValueException(
          metadata.namespaceOrEmpty(), metadata.nameOrEmpty(), key);
    }
  }
}
