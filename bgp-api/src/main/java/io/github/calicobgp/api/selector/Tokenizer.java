package io.github.calicobgp.api.selector;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits selector text into tokens, following Calico's tokenizer rule for rule
 * ({@code Tokenize}, libcalico-go/lib/selector/tokenizer/tokenizer.go).
 *
 * <p>The whole input is tokenized before parsing starts, so a lexical error anywhere in the input is
 * reported in preference to a grammar error earlier in it, as Calico does.
 */
final class Tokenizer {

  /** Longest label name accepted, in bytes (labels are ASCII, so also in chars). */
  static final int MAX_LABEL_LENGTH = 512;

  private final String input;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private Tokenizer(String input) {
    this.input = input;
  }

  /**
   * Tokenizes {@code input}; the returned list always ends with an EOF token.
   *
   * @throws SelectorParseException on a lexical error
   */
  static List<Token> tokenize(String input) {
    return new Tokenizer(input).run();
  }

  /** Returns whether {@code c} may appear in a label name: {@code [a-zA-Z0-9_./-]}. */
  static boolean isIdentifierChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '/'
        || c == '-';
  }

  private List<Token> run() {
    while (true) {
      pos = skipBlanks(pos);
      if (pos == input.length()) {
        add(Token.Kind.EOF, "", pos);
        return tokens;
      }
      int start = pos;
      char c = input.charAt(pos);
      switch (c) {
        case '(' -> single(Token.Kind.LPAREN);
        case ')' -> single(Token.Kind.RPAREN);
        case '{' -> single(Token.Kind.LBRACE);
        case '}' -> single(Token.Kind.RBRACE);
        case ',' -> single(Token.Kind.COMMA);
        case '"', '\'' -> {
          int close = input.indexOf(c, start + 1);
          if (close < 0) {
            throw error(start, "unterminated string");
          }
          add(Token.Kind.STRING, input.substring(start + 1, close), start);
          pos = close + 1;
        }
        case '=' -> doubled('=', Token.Kind.EQ, "expected ==");
        case '&' -> doubled('&', Token.Kind.AND, "expected &&");
        case '|' -> doubled('|', Token.Kind.OR, "expected ||");
        case '!' -> {
          if (input.startsWith("!=", start)) {
            add(Token.Kind.NE, "", start);
            pos += 2;
          } else {
            single(Token.Kind.NOT);
          }
        }
        default -> word();
      }
    }
  }

  /** Handles input that does not start with punctuation: an operator keyword, a function or a label. */
  private void word() {
    int start = pos;
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == Token.Kind.LABEL) {
      operatorAfterLabel();
    } else if (input.startsWith("has(", start)) {
      pos = skipBlanks(start + "has(".length());
      String label = identifier();
      closeParen("has(");
      add(Token.Kind.HAS, label, start);
    } else if (input.startsWith("all(", start)) {
      pos = start + "all(".length();
      closeParen("all(");
      add(Token.Kind.ALL, "", start);
    } else if (input.startsWith("global(", start)) {
      pos = start + "global(".length();
      closeParen("global(");
      add(Token.Kind.GLOBAL, "", start);
    } else {
      add(Token.Kind.LABEL, identifier(), start);
    }
  }

  /** After a label only an operator keyword may follow; the order of attempts matters. */
  private void operatorAfterLabel() {
    int start = pos;
    int end;
    Token.Kind kind;
    if ((end = matchOperator("contains")) >= 0) {
      kind = Token.Kind.CONTAINS;
    } else if ((end = matchOperator("starts", "with")) >= 0) {
      kind = Token.Kind.STARTS_WITH;
    } else if ((end = matchOperator("ends", "with")) >= 0) {
      kind = Token.Kind.ENDS_WITH;
    } else if ((end = matchOperator("not", "in")) >= 0) {
      kind = Token.Kind.NOT_IN;
    } else if ((end = matchOperator("in")) >= 0) {
      kind = Token.Kind.IN;
    } else {
      throw error(start, "expected operator after label");
    }
    add(kind, "", start);
    pos = end;
  }

  /**
   * Matches an operator made of {@code words} at the current position. Between and after the words
   * of a multi-word operator, blanks are skipped (so {@code notin} and {@code not  in} both match);
   * then a word boundary must follow. A one-word operator needs the boundary right after the word.
   *
   * @return the index after the operator, or -1 if it does not match
   */
  private int matchOperator(String... words) {
    int p = pos;
    for (String word : words) {
      if (!input.startsWith(word, p)) {
        return -1;
      }
      p += word.length();
      if (words.length > 1) {
        p = skipBlanks(p);
      }
    }
    return p == input.length() || !isIdentifierChar(input.charAt(p)) ? p : -1;
  }

  /** Reads a label name at the current position, which must not be empty or too long. */
  private String identifier() {
    int start = pos;
    int end = start;
    while (end < input.length() && isIdentifierChar(input.charAt(end))) {
      end++;
    }
    if (end == start) {
      throw error(start, "expected identifier");
    }
    if (end - start > MAX_LABEL_LENGTH) {
      throw error(
          start, "label too long: " + (end - start) + " bytes, maximum " + MAX_LABEL_LENGTH);
    }
    pos = end;
    return input.substring(start, end);
  }

  /** Skips blanks, then consumes the ')' that closes a {@code has(}, {@code all(} or {@code global(}. */
  private void closeParen(String opening) {
    pos = skipBlanks(pos);
    if (pos == input.length() || input.charAt(pos) != ')') {
      throw error(pos, "no closing ')' after " + opening);
    }
    pos++;
  }

  private void doubled(char c, Token.Kind kind, String message) {
    int start = pos;
    if (start + 1 < input.length() && input.charAt(start + 1) == c) {
      add(kind, "", start);
      pos += 2;
    } else {
      throw error(start, message);
    }
  }

  private void single(Token.Kind kind) {
    add(kind, "", pos);
    pos++;
  }

  private void add(Token.Kind kind, String text, int position) {
    tokens.add(new Token(kind, text, position));
  }

  /** Skips spaces and tabs only: other whitespace, even a newline, is an error in a selector. */
  private int skipBlanks(int from) {
    int p = from;
    while (p < input.length() && (input.charAt(p) == ' ' || input.charAt(p) == '\t')) {
      p++;
    }
    return p;
  }

  private SelectorParseException error(int position, String reason) {
    return new SelectorParseException(input, position, reason);
  }
}
