package io.github.calicobgp.api.selector;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser over the token list (the grammar of {@code parseRoot} and
 * its callees, libcalico-go/lib/selector/parser/parser.go), reporting the same
 * first error as Calico's {@code parser.go}.
 */
final class Parser {

  /**
   * Deepest parenthesis nesting accepted. Calico has no limit; this one only guards the JVM stack
   * against hostile input.
   */
  static final int MAX_NESTING = 100;

  private final String input;
  private final List<Token> tokens;
  private int next;
  private int depth;

  private Parser(String input) {
    this.input = input;
    this.tokens = Tokenizer.tokenize(input);
  }

  /**
   * Parses {@code input}; empty or blank input gives {@code all()}.
   *
   * @throws SelectorParseException if the input is not a valid selector
   */
  static Node parse(String input) {
    return new Parser(input).root();
  }

  private Node root() {
    if (peek().kind() == Token.Kind.EOF) {
      return new Node.All();
    }
    Node node = orExpression();
    Token rest = peek();
    if (rest.kind() != Token.Kind.EOF) {
      throw error(rest, "unexpected content at end of selector: " + rest.describe());
    }
    return node;
  }

  private Node orExpression() {
    Node first = andExpression();
    if (peek().kind() != Token.Kind.OR) {
      return first;
    }
    List<Node> operands = new ArrayList<>();
    operands.add(first);
    while (peek().kind() == Token.Kind.OR) {
      next++;
      operands.add(andExpression());
    }
    return new Node.Or(operands.toArray(Node[]::new));
  }

  private Node andExpression() {
    Node first = operation();
    if (peek().kind() != Token.Kind.AND) {
      return first;
    }
    List<Node> operands = new ArrayList<>();
    operands.add(first);
    while (peek().kind() == Token.Kind.AND) {
      next++;
      operands.add(operation());
    }
    return new Node.And(operands.toArray(Node[]::new));
  }

  /** Parses one operation with its leading {@code !}s, which cancel out in pairs. */
  private Node operation() {
    boolean negated = false;
    while (peek().kind() == Token.Kind.NOT) {
      negated = !negated;
      next++;
    }
    Token token = take();
    Node node =
        switch (token.kind()) {
          case HAS -> new Node.Has(token.text());
          case ALL -> new Node.All();
          case GLOBAL -> new Node.Global();
          case LABEL -> comparison(token.text());
          case LPAREN -> parenthesised(token);
          default -> throw error(token, "unexpected token: " + token.describe());
        };
    return negated ? new Node.Not(node) : node;
  }

  private Node parenthesised(Token open) {
    if (++depth > MAX_NESTING) {
      throw error(open, "parentheses nested deeper than " + MAX_NESTING);
    }
    Node inner = orExpression();
    Token close = take();
    if (close.kind() != Token.Kind.RPAREN) {
      throw error(close, "expected ), found " + close.describe());
    }
    depth--;
    return inner;
  }

  /** Parses the operator and operand after {@code label}. */
  private Node comparison(String label) {
    Token operator = take();
    return switch (operator.kind()) {
      case EOF -> throw error(operator, "unexpected EOF looking for operator");
      case EQ -> new Node.Equals(label, string());
      case NE -> new Node.NotEquals(label, string());
      case CONTAINS -> new Node.Contains(label, string());
      case STARTS_WITH -> new Node.StartsWith(label, string());
      case ENDS_WITH -> new Node.EndsWith(label, string());
      case IN -> new Node.In(label, set());
      case NOT_IN -> new Node.NotIn(label, set());
      default -> throw error(operator, "expected == or != not: " + operator.describe());
    };
  }

  private String string() {
    Token token = take();
    if (token.kind() != Token.Kind.STRING) {
      throw error(token, "expected string, found " + token.describe());
    }
    return token.text();
  }

  /** Parses <code>{"a", "b"}</code>; the set may be empty and may end with one comma. */
  private ValueSet set() {
    Token open = take();
    if (open.kind() != Token.Kind.LBRACE) {
      throw error(open, "expected set literal, found " + open.describe());
    }
    List<String> values = new ArrayList<>();
    while (peek().kind() == Token.Kind.STRING) {
      values.add(take().text());
      if (peek().kind() != Token.Kind.COMMA) {
        break;
      }
      next++;
    }
    Token close = take();
    if (close.kind() != Token.Kind.RBRACE) {
      throw error(close, "expected }, found " + close.describe());
    }
    return ValueSet.of(values);
  }

  private Token peek() {
    return tokens.get(next);
  }

  /** Consumes the next token; never moves past EOF, so lookahead never runs off the list. */
  private Token take() {
    Token token = tokens.get(next);
    if (token.kind() != Token.Kind.EOF) {
      next++;
    }
    return token;
  }

  private SelectorParseException error(Token token, String reason) {
    return new SelectorParseException(input, token.position(), reason);
  }
}
