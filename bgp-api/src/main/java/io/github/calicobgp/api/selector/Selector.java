package io.github.calicobgp.api.selector;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, parsed Calico label selector, such as {@code role == "rr" && has(zone)}.
 *
 * <p>Parsing, evaluation, the canonical form ({@link #toString()}) and {@link #uniqueId()} behave
 * exactly like Calico's {@code libcalico-go/lib/selector}. Two selectors are equal when their
 * canonical forms are equal (Calico's {@code Equal} compares unique IDs, which is the same).
 *
 * <p>One Calico quirk is kept: {@code !}s written next to each other cancel out while parsing, but
 * {@code !(!x)} keeps both negations and prints as {@code !!x}, which re-parses to {@code x}. So
 * {@code parse(s.toString())} equals {@code s} except for selectors with such a double negation.
 *
 * <p>Instances are thread-safe.
 */
public final class Selector {

  private static final String ALL_CANONICAL = "all()";
  private static final Selector ALL = new Selector(new Node.All());

  private final Node root;
  private final String canonical;
  private final Set<String> labelKeys;
  private @Nullable String uniqueId;

  Selector(Node root) {
    this.root = root;
    StringBuilder text = new StringBuilder();
    root.appendTo(text);
    this.canonical = text.toString();
    Set<String> keys = new LinkedHashSet<>();
    root.collectLabelKeys(keys);
    this.labelKeys = Collections.unmodifiableSet(keys);
  }

  /**
   * Parses a selector. The text is not trimmed: only spaces and tabs may separate tokens, so any
   * other whitespace, including a newline, makes it invalid. Empty or blank text gives {@link #all()}.
   *
   * @param text the selector text
   * @return the parsed selector
   * @throws SelectorParseException if {@code text} is not a valid selector
   */
  public static Selector parse(String text) {
    Node root = Parser.parse(Objects.requireNonNull(text, "text"));
    return root instanceof Node.All ? ALL : new Selector(root);
  }

  /** {@return the selector {@code all()}, which matches every label map} */
  public static Selector all() {
    return ALL;
  }

  /**
   * Returns the canonical form of {@code text}, as Calico's {@code selector.Normalise}: surrounding
   * Unicode whitespace is trimmed first, and text that does not parse is returned trimmed but
   * otherwise unchanged. For example {@code " a=='b' "} gives {@code a == "b"} and {@code ""} gives
   * {@code all()}.
   *
   * @param text the selector text
   * @return the canonical form, or the trimmed text if it is not a valid selector
   */
  public static String normalise(String text) {
    String trimmed = GoStrings.trimSpace(text);
    try {
      return parse(trimmed).canonical;
    } catch (SelectorParseException e) {
      return trimmed;
    }
  }

  /**
   * Returns whether the labels satisfy this selector. Labels are compared exactly (case-sensitive,
   * no numeric or pattern matching); an entry with a {@code null} value counts as absent.
   *
   * @param labels the labels of the object being selected
   * @return whether the selector matches
   */
  public boolean matches(Map<String, String> labels) {
    return root.matches(labels);
  }

  /**
   * {@return whether the canonical form is {@code all()} (for example for "", "all( )", "(all())")}
   */
  public boolean isAll() {
    return canonical.equals(ALL_CANONICAL);
  }

  /** {@return the label keys this selector reads, in order of first appearance; unmodifiable} */
  public Set<String> labelKeys() {
    return labelKeys;
  }

  /**
   * Returns Calico's unique ID of this selector: {@code "s:"} followed by the unpadded base64url
   * SHA-224 digest of the UTF-8 bytes of {@code "s:" + toString()}.
   *
   * @return the unique id, e.g. {@code s:...}
   */
  public String uniqueId() {
    String id = uniqueId;
    if (id == null) {
      id = computeUniqueId(canonical);
      uniqueId = id;
    }
    return id;
  }

  private static String computeUniqueId(String canonical) {
    MessageDigest sha224;
    try {
      sha224 = MessageDigest.getInstance("SHA-224");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-224 is required of every Java platform", e);
    }
    byte[] digest = sha224.digest(("s:" + canonical).getBytes(StandardCharsets.UTF_8));
    return "s:" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  /** Returns the root of the syntax tree. */
  Node root() {
    return root;
  }

  /** Returns whether {@code o} is a selector with the same canonical form. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Selector other && canonical.equals(other.canonical);
  }

  /** Returns a hash of the canonical form. */
  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /**
   * Returns the canonical form, as Calico's {@code Selector.String()}: for example {@code a ==
   * 'b' && c in {"y","x"}} gives {@code (a == "b" && c in {"x", "y"})}.
   */
  @Override
  public String toString() {
    return canonical;
  }
}
