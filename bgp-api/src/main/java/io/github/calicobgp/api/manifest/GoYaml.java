package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.manifest.Tree.Kind;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The scalar rules of calicoctl's YAML decoding: go-yaml v2's resolution of plain scalars (YAML
 * 1.1 booleans, Go integer syntax, no sexagesimal numbers) and the way Calico's YAML-to-JSON
 * wrapper turns booleans and numbers into text where the Go field is a string.
 */
final class GoYaml {

  static final String TAG_PREFIX = "tag:yaml.org,2002:";

  private static final Set<String> TRUE =
      Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSE =
      Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> NAN = Set.of(".nan", ".NaN", ".NAN");
  private static final Set<String> PLUS_INF =
      Set.of(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF");
  private static final Set<String> MINUS_INF = Set.of("-.inf", "-.Inf", "-.INF");

  /** What Go's ParseFloat accepts in a plain scalar that starts with a dot. */
  private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");

  /** go-yaml's float syntax, tried (after removing underscores) when integer parsing fails. */
  private static final Pattern YAML_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** YAML 1.1 sexagesimal numbers, which go-yaml reads as strings but quotes when writing. */
  private static final Pattern BASE_60 =
      Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");

  /** The start of every timestamp layout go-yaml recognises. */
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");

  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private GoYaml() {}

  /** Resolves an untagged plain scalar as go-yaml v2 does. */
  static Scalar plain(String text, SourceLocation at) {
    if (TRUE.contains(text)) {
      return new Scalar(at, Kind.BOOL, text, Boolean.TRUE);
    }
    if (FALSE.contains(text)) {
      return new Scalar(at, Kind.BOOL, text, Boolean.FALSE);
    }
    if (NULL.contains(text)) {
      return new Scalar(at, Kind.NULL, text, null);
    }
    if (NAN.contains(text)) {
      return new Scalar(at, Kind.FLOAT, text, Double.NaN);
    }
    if (PLUS_INF.contains(text)) {
      return new Scalar(at, Kind.FLOAT, text, Double.POSITIVE_INFINITY);
    }
    if (MINUS_INF.contains(text)) {
      return new Scalar(at, Kind.FLOAT, text, Double.NEGATIVE_INFINITY);
    }
    char first = text.charAt(0);
    if (first == '.') {
      if (DOT_FLOAT.matcher(text).matches()) {
        return finiteFloat(text, text, at);
      }
    } else if (first == '+' || first == '-' || (first >= '0' && first <= '9')) {
      String digits = text.replace("_", "");
      BigInteger i = parseGoInt(digits);
      if (i != null) {
        return new Scalar(at, Kind.INT, text, i);
      }
      if (YAML_FLOAT.matcher(digits).matches()) {
        return finiteFloat(text, digits, at);
      }
    }
    return Scalar.string(at, text);
  }

  /** Go's ParseFloat fails on overflow, and go-yaml then keeps the text as a string. */
  private static Scalar finiteFloat(String text, String number, SourceLocation at) {
    double d = Double.parseDouble(number);
    return Double.isInfinite(d)
        ? Scalar.string(at, text)
        : new Scalar(at, Kind.FLOAT, text, d);
  }

  /**
   * Go's {@code strconv.ParseInt(s, 0, 64)}, falling back to {@code ParseUint} for unsigned
   * text: an optional sign, then {@code 0x}/{@code 0o}/{@code 0b} or a leading {@code 0}
   * (octal) prefix, then digits. Null when Go would fail.
   */
  static @Nullable BigInteger parseGoInt(String s) {
    int i = 0;
    boolean signed = false;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      signed = true;
      negative = s.charAt(0) == '-';
      i = 1;
    }
    if (i == s.length()) {
      return null;
    }
    int radix = 10;
    if (s.charAt(i) == '0') {
      char prefix = s.length() - i >= 3 ? (char) (s.charAt(i + 1) | 0x20) : 0;
      radix = prefix == 'x' ? 16 : prefix == 'b' ? 2 : 8;
      i += prefix == 'x' || prefix == 'b' || prefix == 'o' ? 2 : 1;
    }
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c > 0x7f || Character.digit(c, radix) < 0) {
        return null;
      }
    }
    BigInteger v = i == s.length() ? BigInteger.ZERO : new BigInteger(s.substring(i), radix);
    if (negative) {
      v = v.negate();
    }
    boolean fitsInt64 = v.compareTo(INT64_MIN) >= 0 && v.compareTo(INT64_MAX) <= 0;
    return fitsInt64 || (!signed && v.compareTo(UINT64_MAX) <= 0) ? v : null;
  }

  /**
   * Resolves a scalar with an explicit tag ({@code !!str}, {@code !!int}, ...), as go-yaml v2
   * does: the text must resolve to the tagged type; unknown tags are ignored (the value is the
   * text).
   *
   * @throws IllegalArgumentException with go-yaml's message when the text does not fit the tag
   */
  static Scalar tagged(String tag, String text, SourceLocation at) {
    if (!tag.startsWith(TAG_PREFIX)) {
      return Scalar.string(at, text);
    }
    String name = tag.substring(TAG_PREFIX.length());
    switch (name) {
      case "binary":
        return new Scalar(at, Kind.STRING, text, decodeBinary(text));
      case "bool":
      case "int":
      case "float":
      case "null":
        Scalar s = plain(text, at);
        if (s.kind().name().equalsIgnoreCase(name)) {
          return s;
        }
        if (name.equals("float") && s.kind() == Kind.INT) {
          return new Scalar(at, Kind.FLOAT, text, ((BigInteger) s.value()).doubleValue());
        }
        throw cannotDecode(s, text, name);
      case "timestamp":
        if (TIMESTAMP.matcher(text).matches()) {
          return Scalar.string(at, text);
        }
        throw cannotDecode(plain(text, at), text, name);
      default:
        return Scalar.string(at, text);
    }
  }

  private static IllegalArgumentException cannotDecode(Scalar s, String text, String tag) {
    String found = s.kind() == Kind.STRING ? "str" : s.kind().name().toLowerCase(Locale.ROOT);
    return new IllegalArgumentException(
        "cannot decode !!" + found + " `" + text + "` as a !!" + tag);
  }

  private static String decodeBinary(String text) {
    try {
      byte[] bytes = Base64.getDecoder().decode(text.replace("\n", "").replace("\r", ""));
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("!!binary value contains invalid base64 data", e);
    }
  }

  /**
   * The text a scalar becomes when the Go field is a string: booleans become {@code true} or
   * {@code false}, integers their decimal form, floats Go's shortest {@code %g} form; null
   * stays null (absent).
   */
  static @Nullable String asString(Scalar s) {
    switch (s.kind()) {
      case STRING:
        return (String) s.value();
      case BOOL:
        return s.value().toString();
      case INT:
        return s.value().toString();
      case FLOAT:
        return formatFloat((Double) s.value());
      default:
        return null;
    }
  }

  /** A mapping key as a JSON key (Calico's wrapper turns every scalar key into text). */
  static @Nullable String keyString(Tree key) {
    if (!(key instanceof Scalar)) {
      return null;
    }
    Scalar s = (Scalar) key;
    if (s.kind() == Kind.FLOAT) {
      double d = (Double) s.value();
      if (Double.isNaN(d)) {
        return ".nan";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? ".inf" : "-.inf";
      }
    }
    return asString(s);
  }

  /**
   * Whether {@code text} written as a plain scalar reads back as this same string, in go-yaml v2
   * and also in YAML 1.1 parsers (which read sexagesimal numbers and timestamps).
   */
  static boolean plainIsString(String text) {
    return !text.isEmpty()
        && text.chars().noneMatch(GoYaml::needsEscape)
        && plain(text, new SourceLocation("", 1, 1)).kind() == Kind.STRING
        && !text.equals("<<")
        && !BASE_60.matcher(text).matches()
        && !TIMESTAMP.matcher(text).matches();
  }

  /**
   * Control characters, and the characters that YAML 1.1 parsers (go-yaml among them) take as
   * line breaks or a byte-order mark; written plain they would not read back.
   */
  private static boolean needsEscape(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff;
  }

  /** Go's {@code strconv.FormatFloat(d, 'g', -1, 64)}: {@code 1.1}, {@code 1e+06}, {@code NaN}. */
  static String formatFloat(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "+Inf" : "-Inf";
    }
    if (d == 0) {
      return Double.doubleToRawLongBits(d) < 0 ? "-0" : "0";
    }
    double abs = Math.abs(d);
    BigDecimal exact = new BigDecimal(abs);
    BigDecimal shortest = exact;
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal r = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == abs) {
        shortest = r;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int nd = digits.length();
    int point = nd - shortest.scale();
    int exp = point - 1;
    StringBuilder b = new StringBuilder(24);
    if (d < 0) {
      b.append('-');
    }
    if (exp < -4 || exp >= 6) {
      b.append(digits.charAt(0));
      if (nd > 1) {
        b.append('.').append(digits, 1, nd);
      }
      b.append('e').append(exp < 0 ? '-' : '+');
      int e = Math.abs(exp);
      if (e < 10) {
        b.append('0');
      }
      return b.append(e).toString();
    }
    if (point > 0) {
      b.append(digits, 0, Math.min(point, nd));
      for (int i = nd; i < point; i++) {
        b.append('0');
      }
    } else {
      b.append('0');
    }
    if (nd > point) {
      b.append('.');
      for (int i = point; i < nd; i++) {
        b.append(i < 0 ? '0' : digits.charAt(i));
      }
    }
    return b.toString();
  }
}
