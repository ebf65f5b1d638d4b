package io.github.calicobgp.api.selector;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * A node of a parsed selector. Each node evaluates itself against a label map and prints its part
 * of the canonical form ({@code collectFragments} in Calico's {@code parser/ast.go}).
 *
 * <p>Evaluation allocates nothing. A label map entry whose value is {@code null} counts as absent.
 */
sealed interface Node
    permits Node.All, Node.Global, Node.LabelTest, Node.Not,
        Node.And,
        Node.Or {

  /** Returns whether the labels satisfy this expression. */
  boolean matches(Map<String, String> labels);

  /** Appends this expression's canonical text to {@code out}. */
  void appendTo(StringBuilder out);

  /** Adds every label key this expression reads to {@code keys}. */
  void collectLabelKeys(Set<String> keys);

  /**
   * Quotes a literal the way Calico prints it: in double quotes, or in single quotes when the value
   * contains a double quote (selector literals have no escapes).
   */
  static String quote(String value) {
    char q = value.indexOf('"') >= 0 ? '\'' : '"';
    return q + value + q;
  }

  /** Appends {@code label + op + quoted value}, e.g. {@code a == "b"}. */
  private static void appendComparison(StringBuilder out, String label, String op, String value) {
    out.append(label).append(op).append(quote(value));
  }

  /** A test of one label ({@code has}, comparisons, set membership): it reads only that label. */
  sealed interface LabelTest extends Node
      permits Has, Equals, NotEquals, Contains, StartsWith, EndsWith, In, NotIn {

    /** The label key the test reads. */
    String label();

    @Override
    default void collectLabelKeys(Set<String> keys) {
      keys.add(label());
    }
  }

  /** {@code all()}: matches everything. */
  record All() implements Node {
    @Override
    public boolean matches(Map<String, String> labels) {
      return true;
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append("all()");
    }

    @Override
    public void collectLabelKeys(Set<String> keys) {
      // Reads no label.
    }
  }

  /**
   * {@code global()}: matches everything; its meaning (non-namespaced resources only) is applied by
   * the callers, not by evaluation.
   */
  record Global() implements Node {
    @Override
    public boolean matches(Map<String, String> labels) {
      return true;
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append("global()");
    }

    @Override
    public void collectLabelKeys(Set<String> keys) {
      // Reads no label.
    }
  }

  /** {@code has(label)}: the label is present, with any value. */
  record Has(String label) implements LabelTest {
    @Override
    public boolean matches(Map<String, String> labels) {
      return labels.get(label) != null;
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append("has(").append(label).append(')');
    }
  }

  /** {@code label == "value"}: the label is present with exactly this value. */
  record Equals(String label, String value) implements LabelTest {
    @Override
    public boolean matches(Map<String, String> labels) {
      return value.equals(labels.get(label));
    }

    @Override
    public void appendTo(StringBuilder out) {
      appendComparison(out, label, " == ", value);
    }
  }

  /** {@code label != "value"}: the label is absent or has another value. */
  record NotEquals(String label, String value) implements LabelTest {
    @Override
    public boolean matches(Map<String, String> labels) {
      return !value.equals(labels.get(label));
    }

    @Override
    public void appendTo(StringBuilder out) {
      appendComparison(out, label, " != ", value);
    }
  }

  /** {@code label contains "value"}: the label is present and its value contains the string. */
  record Contains(String label, String value) implements LabelTest {
    @Override
    public boolean matches(Map<String, String> labels) {
      String actual = labels.get(label);
      return actual != null && actual.contains(value);
    }

    @Override
    public void appendTo(StringBuilder out) {
      appendComparison(out, label, " contains ", value);
    }
  }

  /** {@code label starts with "value"}: the label is present and its value has this prefix. */
  record StartsWith(String label, String value) implements LabelTest {
    @Override
    public boolean matches(Map<String, String> labels) {
      String actual = labels.get(label);
      return actual != null && actual.startsWith(value);
    }

    @Override
    public void appendTo(StringBuilder out) {
      appendComparison(out, label, " starts with ", value);
    }
  }

  /** {@code label ends with "value"}: the label is present and its value has this suffix. */
  record EndsWith(String label, String value) implements LabelTest {
    @Override
    public boolean matches(Map<String, String> labels) {
      String actual = labels.get(label);
      return actual != null && actual.endsWith(value);
    }

    @Override
    public void appendTo(StringBuilder out) {
      appendComparison(out, label, " ends with ", value);
    }
  }

  /** {@code label in {...}}: the label is present and its value is in the set. */
  record In(String label, ValueSet values) implements LabelTest {
    @Override
    public boolean matches(Map<String, String> labels) {
      String actual = labels.get(label);
      return actual != null && values.contains(actual);
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append(label).append(" in ");
      values.appendTo(out);
    }
  }

  /** {@code label not in {...}}: the label is absent or its value is not in the set. */
  record NotIn(String label, ValueSet values) implements LabelTest {
    @Override
    public boolean matches(Map<String, String> labels) {
      String actual = labels.get(label);
      return actual == null || !values.contains(actual);
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append(label).append(" not in ");
      values.appendTo(out);
    }
  }

  /**
   * {@code !operand}. Printed as {@code !} directly followed by the operand, never with added
   * parentheses; an And/Or operand brings its own.
   */
  record Not(Node operand) implements Node {
    @Override
    public boolean matches(Map<String, String> labels) {
      return !operand.matches(labels);
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append('!');
      operand.appendTo(out);
    }

    @Override
    public void collectLabelKeys(Set<String> keys) {
      operand.collectLabelKeys(keys);
    }
  }

  /** {@code (a && b && ...)}, with at least two operands; always printed in parentheses. */
  record And(Node[] operands) implements Node {
    public And {
      operands = operands.clone();
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      for (Node operand : operands) {
        if (!operand.matches(labels)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void appendTo(StringBuilder out) {
      appendJunction(out, operands, " && ");
    }

    @Override
    public void collectLabelKeys(Set<String> keys) {
      for (Node operand : operands) {
        operand.collectLabelKeys(keys);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof And other && Arrays.equals(operands, other.operands);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(operands);
    }

    @Override
    public String toString() {
      return "And" + Arrays.toString(operands);
    }
  }

  /** {@code (a || b || ...)}, with at least two operands; always printed in parentheses. */
  record Or(Node[] operands) implements Node {
    public Or {
      operands = operands.clone();
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      for (Node operand : operands) {
        if (operand.matches(labels)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void appendTo(StringBuilder out) {
      appendJunction(out, operands, " || ");
    }

    @Override
    public void collectLabelKeys(Set<String> keys) {
      for (Node operand : operands) {
        operand.collectLabelKeys(keys);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Or other && Arrays.equals(operands, other.operands);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(operands);
    }

    @Override
    public String toString() {
      return "Or" + Arrays.toString(operands);
    }
  }

  private static void appendJunction(StringBuilder out, Node[] operands, String separator) {
    out.append('(');
    for (int i = 0; i < operands.length; i++) {
      if (i > 0) {
        out.append(separator);
      }
      operands[i].appendTo(out);
    }
    out.append(')');
  }
}
