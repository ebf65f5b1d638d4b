package io.github.calicobgp.api.resource;

/**
 * A Secret value that cannot be used as text: its {@code data} bytes are not valid UTF-8. Java
 * text cannot hold such bytes, and decoding them leniently would replace them with U+FFFD, which
 * silently changes a BGP password; so the value is refused instead.
 */
public final class SecretValueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The Secret's namespace. */
  private final String namespace;
  /** The Secret's name. */
  private final String secretName;
  /** The key whose value is not UTF-8. */
  private final String key;

  /**
   * The value of {@code key} in Secret {@code namespace/secretName} is not UTF-8.
   *
   * @param namespace the Secret's namespace
   * @param secretName the Secret's name
   * @param key the key whose value is refused
   */
  public SecretValueException(String namespace, String secretName, String key) {
    super("key '" + key + "' of Secret " + namespace + "/" + secretName
        + " is not valid UTF-8 text");
    this.namespace = namespace;
    this.secretName = secretName;
    this.key = key;
  }

  /**
   * The Secret's namespace.
   *
   * @return the namespace, "" when it has none
   */
  public String namespace() {
    return namespace;
  }

  /**
   * The Secret's name.
   *
   * @return the name
   */
  public String secretName() {
    return secretName;
  }

  /**
   * The key whose value is not UTF-8.
   *
   * @return the key
   */
  public String key() {
    return key;
  }
}
