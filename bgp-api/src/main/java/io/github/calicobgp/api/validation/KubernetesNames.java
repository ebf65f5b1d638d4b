package io.github.calicobgp.api.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Kubernetes' qualified-name, label-value and DNS-1123 subdomain checks ({@code
 * k8s.io/apimachinery/pkg/util/validation}), with its error texts, which Calico passes on.
 */
final class KubernetesNames {

  private static final String QUALIFIED_NAME_FORMAT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FORMAT);
  private static final String QUALIFIED_NAME_ERROR =
      "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
          + " alphanumeric character";
  private static final int QUALIFIED_NAME_MAX = 63;

  private static final String LABEL_VALUE_FORMAT = "(" + QUALIFIED_NAME_FORMAT + ")?";
  private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FORMAT);
  private static final String LABEL_VALUE_ERROR =
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or"
          + " '.', and must start and end with an alphanumeric character";
  private static final int LABEL_VALUE_MAX = 63;

  private static final String SUBDOMAIN_ERROR =
      "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or"
          + " '.', and must start and end with an alphanumeric character";

  /** The longest DNS-1123 subdomain, in bytes. */
  static final int SUBDOMAIN_MAX = 253;

  private KubernetesNames() {}

  /** The reasons why {@code value} is not a qualified name ({@code [prefix/]name}). */
  static List<String> qualifiedNameErrors(String value) {
    List<String> errors = new ArrayList<>();
    String[] parts = value.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      String prefix = parts[0];
      name = parts[1];
      if (prefix.isEmpty()) {
        errors.add("prefix part must be non-empty");
      } else {
        subdomainErrors(prefix).forEach(e -> errors.add("prefix part " + e));
      }
    } else {
      errors.add(
          "a qualified name "
              + regexError(
                  QUALIFIED_NAME_ERROR, QUALIFIED_NAME_FORMAT, "MyName", "my.name", "123-abc")
              + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errors;
    }
    if (name.isEmpty()) {
      errors.add("name part must be non-empty");
    } else if (name.length() > QUALIFIED_NAME_MAX) {
      errors.add("name part must be no more than " + QUALIFIED_NAME_MAX + " characters");
    }
    if (!QUALIFIED_NAME.matcher(name).matches()) {
      errors.add(
          "name part "
              + regexError(
                  QUALIFIED_NAME_ERROR, QUALIFIED_NAME_FORMAT, "MyName", "my.name", "123-abc"));
    }
    return errors;
  }

  /** The reasons why {@code value} is not a label value. */
  static List<String> labelValueErrors(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > LABEL_VALUE_MAX) {
      errors.add("must be no more than " + LABEL_VALUE_MAX + " characters");
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      errors.add(regexError(LABEL_VALUE_ERROR, LABEL_VALUE_FORMAT, "MyValue", "my_value", "12345"));
    }
    return errors;
  }

  /** The reasons why {@code value} is not a DNS-1123 subdomain. */
  static List<String> subdomainErrors(String value) {
    List<String> errors = new ArrayList<>();
    if (value.length() > SUBDOMAIN_MAX) {
      errors.add("must be no more than " + SUBDOMAIN_MAX + " characters");
    }
    if (!CalicoNameValidator.isName(value)) {
      errors.add(regexError(SUBDOMAIN_ERROR, Messages.NAME_REGEX, "example.com"));
    }
    return errors;
  }

  private static String regexError(String message, String format, String... examples) {
    StringBuilder b = new StringBuilder(message).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      b.append(i > 0 ? " or " : "").append('\'').append(examples[i]).append("', ");
    }
    return b.append("regex used for validation is '").append(format).append("')").toString();
  }
}
