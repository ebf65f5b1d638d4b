package io.github.calicobgp.api.selector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties over randomly built selector trees: the parser reads back any way of writing a tree,
 * the canonical form round-trips, and evaluation agrees with the logical operators.
 */
class SelectorProperties {

  private static final List<String> KEYS =
      List.of("a", "b", "k8s-app", "calico/role", "x.y_Z", "in", "contains", "has");

  /** Literal values: quotes of one kind, empty, non-ASCII and supplementary characters. */
  private static final List<String> VALUES =
      List.of(
          "", "a", "b", "ab", "ba", "A", " ", "a b", "it's", "say \"hi\"", "\u00E9", "\uFFFD",
          "\uD83D\uDE00", "&&", "()");

  @Property
  void parsesEveryWayOfWritingATree(@ForAll("trees") Node tree, @ForAll long seed) {
    String text = new Writer(new Random(seed)).write(tree);

    assertThat(Selector.parse(text).root()).as(text).isEqualTo(tree);
  }

  @Property
  void canonicalFormRoundTrips(
      @ForAll("trees") Node tree, @ForAll("labelMaps") List<Map<String, String>> labelMaps) {
    Selector selector = new Selector(tree);

    Selector reparsed = Selector.parse(selector.toString());

    assertThat(reparsed.root()).isEqualTo(tree);
    assertThat(reparsed).isEqualTo(selector);
    assertThat(reparsed.toString()).isEqualTo(selector.toString());
    assertThat(reparsed.uniqueId()).isEqualTo(selector.uniqueId());
    for (Map<String, String> labels : labelMaps) {
      assertThat(reparsed.matches(labels)).as("%s", labels).isEqualTo(selector.matches(labels));
    }
  }

  @Property
  void canonicalFormIsIdempotentAfterOneParse(@ForAll("treesWithDoubleNegation") Node tree) {
    String once = Selector.parse(new Selector(tree).toString()).toString();

    assertThat(Selector.parse(once).toString()).isEqualTo(once);
  }

  // Three generated parameters have more edge-case combinations than there are tries.
  @Property(edgeCases = EdgeCasesMode.NONE)
  void evaluationFollowsTheLogicalOperators(
      @ForAll("treesWithDoubleNegation") Node left,
      @ForAll("trees") Node right,
      @ForAll("labelMaps") List<Map<String, String>> labelMaps) {
    String l = new Selector(left).toString();
    String r = new Selector(right).toString();
    Selector not = Selector.parse("!(" + l + ")");
    Selector and = Selector.parse(l + " && " + r);
    Selector or = Selector.parse(l + " || " + r);

    for (Map<String, String> labels : labelMaps) {
      boolean lm = left.matches(labels);
      boolean rm = right.matches(labels);
      assertThat(not.matches(labels)).isEqualTo(!lm);
      assertThat(and.matches(labels)).isEqualTo(lm && rm);
      assertThat(or.matches(labels)).isEqualTo(lm || rm);
    }
  }

  @Provide
  Arbitrary<Node> trees() {
    return trees(false);
  }

  @Provide
  Arbitrary<Node> treesWithDoubleNegation() {
    return trees(true);
  }

  @Provide
  Arbitrary<List<Map<String, String>>> labelMaps() {
    Arbitrary<String> keys = Arbitraries.of(KEYS);
    Arbitrary<String> values =
        Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.just("both ' and \""));
    return Arbitraries.maps(keys, values).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(8);
  }

  /**
   * Trees as the parser builds them: And/Or have two or more operands. Without {@code
   * doubleNegation}, a Not never directly wraps a Not (which only {@code !(!x)} produces).
   */
  private static Arbitrary<Node> trees(boolean doubleNegation) {
    return Arbitraries.recursive(
        SelectorProperties::leaves,
        inner -> {
          Arbitrary<Node> negatable =
              doubleNegation ? inner : inner.filter(n -> !(n instanceof Node.Not));
          Arbitrary<Node[]> operands = inner.array(Node[].class).ofMinSize(2).ofMaxSize(3);
          return Arbitraries.frequencyOf(
              Tuple.of(2, leaves()),
              Tuple.of(2, negatable.map(Node.Not::new)),
              Tuple.of(3, operands.map(Node.And::new)),
              Tuple.of(3, operands.map(Node.Or::new)));
        },
        0,
        4);
  }

  private static Arbitrary<Node> leaves() {
    Arbitrary<String> keys = Arbitraries.of(KEYS);
    Arbitrary<String> values = Arbitraries.of(VALUES);
    Arbitrary<ValueSet> sets = values.list().ofMaxSize(4).map(ValueSet::of);
    return Arbitraries.oneOf(
        Arbitraries.just(new Node.All()),
        Arbitraries.just(new Node.Global()),
        keys.map(Node.Has::new),
        Combinators.combine(keys, values).as(Node.Equals::new),
        Combinators.combine(keys, values).as(Node.NotEquals::new),
        Combinators.combine(keys, values).as(Node.Contains::new),
        Combinators.combine(keys, values).as(Node.StartsWith::new),
        Combinators.combine(keys, values).as(Node.EndsWith::new),
        Combinators.combine(keys, sets).as(Node.In::new),
        Combinators.combine(keys, sets).as(Node.NotIn::new));
  }

  /**
   * Writes a tree as selector text in a randomly chosen one of the many ways it can be written:
   * blanks, quotes, operator spellings, set order, duplicates and trailing commas, and redundant
   * parentheses. Parentheses are added where the tree needs them.
   */
  private static final class Writer {

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    Writer(Random random) {
      this.random = random;
    }

    String write(Node tree) {
      blanks();
      operand(tree, false);
      blanks();
      return out.toString();
    }

    /** Writes {@code node}, in parentheses if {@code needed} or, at random, anyway. */
    private void operand(Node node, boolean needed) {
      if (needed || random.nextInt(5) == 0) {
        out.append('(');
        blanks();
        node(node);
        blanks();
        out.append(')');
      } else {
        node(node);
      }
    }

    private void node(Node node) {
      if (node instanceof Node.All) {
        function("all(", "");
      } else if (node instanceof Node.Global) {
        function("global(", "");
      } else if (node instanceof Node.Has has) {
        function("has(", has.label());
      } else if (node instanceof Node.Equals eq) {
        comparison(eq.label(), "==", eq.value());
      } else if (node instanceof Node.NotEquals ne) {
        comparison(ne.label(), "!=", ne.value());
      } else if (node instanceof Node.Contains c) {
        comparison(c.label(), "contains", c.value());
      } else if (node instanceof Node.StartsWith sw) {
        comparison(sw.label(), pick("starts with", "startswith", "starts \t with"), sw.value());
      } else if (node instanceof Node.EndsWith ew) {
        comparison(ew.label(), pick("ends with", "endswith", "ends  with"), ew.value());
      } else if (node instanceof Node.In in) {
        membership(in.label(), "in", in.values());
      } else if (node instanceof Node.NotIn notIn) {
        membership(notIn.label(), pick("not in", "notin", "not\tin"), notIn.values());
      } else if (node instanceof Node.Not not) {
        out.append('!');
        blanks();
        Node inner = not.operand();
        operand(inner, inner instanceof Node.Not || isJunction(inner));
      } else if (node instanceof Node.And and) {
        junction(and.operands(), "&&", true);
      } else if (node instanceof Node.Or or) {
        junction(or.operands(), "||", false);
      } else {
        throw new AssertionError(node);
      }
    }

    /** {@code all(}, {@code global(} or {@code has(} with its label, then the closing paren. */
    private void function(String opening, String label) {
      out.append(opening);
      if (!label.isEmpty()) {
        blanks();
        out.append(label);
      }
      blanks();
      out.append(')');
    }

    /** A keyword operator needs a blank after the label; punctuation ones do not. */
    private void comparison(String label, String operator, String value) {
      out.append(label);
      if (Character.isLetter(operator.charAt(0))) {
        out.append(' ');
      }
      blanks();
      out.append(operator);
      blanks();
      literal(value);
    }

    /** Writes the set in random order, with random duplicates and maybe a trailing comma. */
    private void membership(String label, String operator, ValueSet values) {
      out.append(label).append(' ');
      blanks();
      out.append(operator);
      blanks();
      List<String> elements = new ArrayList<>(values.sorted());
      if (!elements.isEmpty()) {
        for (int i = random.nextInt(3); i > 0; i--) {
          elements.add(elements.get(random.nextInt(elements.size())));
        }
      }
      Collections.shuffle(elements, random);
      out.append('{');
      blanks();
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          blanks();
          out.append(',');
          blanks();
        }
        literal(elements.get(i));
      }
      if (!elements.isEmpty() && random.nextBoolean()) {
        out.append(',');
      }
      blanks();
      out.append('}');
    }

    /** Operands of an And that are And/Or, and of an Or that are Or, need parentheses. */
    private void junction(Node[] operands, String operator, boolean isAnd) {
      for (int i = 0; i < operands.length; i++) {
        if (i > 0) {
          blanks();
          out.append(operator);
          blanks();
        }
        Node operand = operands[i];
        operand(operand, isAnd ? isJunction(operand) : operand instanceof Node.Or);
      }
    }

    private static boolean isJunction(Node node) {
      return node instanceof Node.And || node instanceof Node.Or;
    }

    /** Quotes with whichever quote the value allows, choosing at random when both do. */
    private void literal(String value) {
      boolean single =
          value.contains("\"") || (!value.contains("'") && random.nextBoolean());
      char quote = single ? '\'' : '"';
      out.append(quote).append(value).append(quote);
    }

    /** Zero to two spaces or tabs. */
    private void blanks() {
      for (int i = random.nextInt(3); i > 0; i--) {
        out.append(random.nextBoolean() ? ' ' : '\t');
      }
    }

    private String pick(String... choices) {
      return choices[random.nextInt(choices.length)];
    }
  }
}
