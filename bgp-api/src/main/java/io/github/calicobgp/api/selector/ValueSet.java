package io.github.calicobgp.api.selector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The literal set of an {@code in}/{@code not in} expression: de-duplicated, kept sorted in UTF-8
 * byte order for printing (as Calico's {@code StringSet}), and hashed for lookup.
 */
final class ValueSet {

  private final List<String> sorted;
  private final Set<String> lookup;

  private ValueSet(List<String> sorted) {
    this.sorted = sorted;
    this.lookup = Set.copyOf(sorted);
  }

  /** Builds the set of {@code values}; duplicates are dropped. */
  static ValueSet of(Collection<String> values) {
    List<String> list = new ArrayList<>(Set.copyOf(values));
    list.sort(ValueSet::compareUtf8);
    return new ValueSet(List.copyOf(list));
  }

  /**
   * Compares two strings in the byte order of their UTF-8 encodings, which is code point order.
   * {@link String#compareTo} compares UTF-16 units instead and puts supplementary characters
   * (surrogate pairs, 0xD800-0xDFFF) before U+E000-U+FFFF, unlike Go.
   */
  static int compareUtf8(String a, String b) {
    int i = 0;
    int n = Math.min(a.length(), b.length());
    while (i < n) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(i);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
    }
    return Integer.compare(a.length(), b.length());
  }

  /** Returns whether {@code value} is in the set. */
  boolean contains(String value) {
    return lookup.contains(value);
  }

  /** Returns the values, sorted in UTF-8 byte order, without duplicates. */
  List<String> sorted() {
    return sorted;
  }

  /** Appends the set literal, e.g. <code>{"a", "b"}</code>, or <code>{}</code> when empty. */
  void appendTo(StringBuilder out) {
    out.append('{');
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(Node.quote(sorted.get(i)));
    }
    out.append('}');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueSet other && sorted.equals(other.sorted);
  }

  @Override
  public int hashCode() {
    return sorted.hashCode();
  }

  @Override
  public String toString() {
    return sorted.toString();
  }
}
