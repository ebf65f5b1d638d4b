package io.github.calicobgp.api.validation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The wording of violation messages. Schema messages follow the Kubernetes {@code field.Error}
 * forms that Calico's CRD validation reports ({@code Unsupported value: ...}, {@code Invalid value:
 * ...}); Go-rule messages use Calico's reason where it has one.
 */
final class Messages {

  /** Calico's DNS-1123 subdomain regex, as its messages print it. */
  static final String NAME_REGEX =
      "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

  private Messages() {}

  /** Kubernetes' "required" error. */
  static String required() {
    return "Required value";
  }

  /** Kubernetes' enum error: {@code Unsupported value: "X": supported values: "A", "B"}. */
  static String unsupported(String value, String... supported) {
    return "Unsupported value: "
        + quote(value)
        + ": supported values: "
        + Arrays.stream(supported).map(Messages::quote).collect(Collectors.joining(", "));
  }

  /** Kubernetes' generic error: {@code Invalid value: "X": detail}. */
  static String invalid(String value, String detail) {
    return "Invalid value: " + quote(value) + ": " + detail;
  }

  /** Kubernetes' generic error for a number: {@code Invalid value: 7: detail}. */
  static String invalid(long value, String detail) {
    return "Invalid value: " + value + ": " + detail;
  }

  /** Calico's message for a name that is not a DNS-1123 subdomain. */
  static String badName(String value) {
    return quote(value)
        + ": name must consist of lower case alphanumeric characters, '-' or '.'"
        + " (regex: "
        + NAME_REGEX
        + ")";
  }

  /** Double-quotes {@code s} the way Go's {@code %q} does for printable text. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                  if (c < 0x20 || c == 0x7f) {
                    b.append(String.format("\\x%02x", c));
                  } else {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.append('"').toString();
  }
}
