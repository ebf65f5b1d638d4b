package io.github.calicobgp.testkit.assertions;

import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code protocol bgp} blocks of a BIRD 1.6 configuration: enough of BIRD's lexer to
 * split statements (strings, {@code #} and {@code /* *}{@code /} comments, nested braces), no
 * more.
 */
final class BirdProtocolReader {

  private static final Pattern HEADER =
      Pattern.compile("(?m)^protocol bgp (\\S+)(?: from (\\S+))?\\s*\\{");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private BirdProtocolReader() {}

  /** The BGP protocols of {@code config}, in order. */
  static List<BirdProtocol> read(String config, IPFamily family) {
    List<BirdProtocol> protocols = new ArrayList<>();
    Matcher header = HEADER.matcher(config);
    int from = 0;
    while (header.find(from)) {
      List<String> statements = new ArrayList<>();
      from = readBody(config, header.end(), statements);
      String template = header.group(2) == null ? "" : header.group(2);
      protocols.add(new BirdProtocol(header.group(1), template, family, statements));
    }
    return protocols;
  }

  /** White space collapsed to single spaces, trimmed. */
  static String normalize(String text) {
    return SPACE.matcher(text).replaceAll(" ").trim();
  }

  /** Adds the statements of the block starting at {@code start}; returns the index after it. */
  private static int readBody(String text, int start, List<String> statements) {
    StringBuilder statement = new StringBuilder();
    int depth = 0;
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = text.indexOf('"', i + 1);
        end = end < 0 ? text.length() - 1 : end;
        statement.append(text, i, end + 1);
        i = end + 1;
        continue;
      }
      if (c == '#') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
        continue;
      }
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? text.length() : end + 2;
        statement.append(' ');
        continue;
      }
      if (c == '}' && depth == 0) {
        add(statement, statements);
        return i + 1;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
      if (c == ';' && depth == 0) {
        add(statement, statements);
      } else {
        statement.append(c);
      }
      i++;
    }
    add(statement, statements);
    return i;
  }

  private static void add(StringBuilder statement, List<String> statements) {
    String text = normalize(statement.toString());
    if (!text.isEmpty()) {
      statements.add(text);
    }
    statement.setLength(0);
  }
}
