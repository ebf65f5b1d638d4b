package io.github.calicobgp.testkit.assertions;

import io.github.calicobgp.api.value.IPFamily;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code protocol bgp NAME [from TEMPLATE] { ... }} block of a BIRD configuration, read
 * minimally: its statements with comments dropped and white space collapsed, a nested block
 * (such as {@code export filter { ... };}) kept within its statement.
 *
 * @param name the protocol's name, e.g. {@code Mesh_10_99_0_12}
 * @param template the template it derives from, e.g. {@code bgp_template}, or empty
 * @param family the family of the file it was read from ({@code bird.cfg}: V4, {@code
 *     bird6.cfg}: V6)
 * @param statements its statements without the final {@code ;}, e.g. {@code neighbor 10.99.0.12
 *     as 64512} and {@code passive on}
 */
public record BirdProtocol(String name, String template, IPFamily family, List<String> statements) {

  /**
   * Checks the components and copies the statements.
   *
   * @param name the protocol's name, e.g. {@code Mesh_10_99_0_12}
   * @param template the template it derives from, e.g. {@code bgp_template}, or empty
   * @param family the family of the file it was read from ({@code bird.cfg}: V4, {@code bird6.cfg}:
   *     V6)
   * @param statements its statements without the final {@code ;}, e.g. {@code neighbor 10.99.0.12
   *     as 64512} and {@code passive on}
   */
  public BirdProtocol {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(family, "family");
    statements = List.copyOf(statements);
  }

  /**
   * {@return the BGP protocols of a {@code bird.cfg} (V4) or {@code bird6.cfg} (V6) text, in order}
   *
   * @param config the text of the file
   * @param family V4 for {@code bird.cfg}, V6 for {@code bird6.cfg}
   */
  public static List<BirdProtocol> parseAll(String config, IPFamily family) {
    return BirdProtocolReader.read(config, family);
  }

  /**
   * {@return whether the protocol has {@code statement}, compared with white space collapsed}
   *
   * @param statement the statement without {@code ;}, e.g. {@code passive on}
   */
  public boolean has(String statement) {
    return statements.contains(BirdProtocolReader.normalize(statement));
  }

  /**
   * What follows {@code keyword} in the first statement that starts with it, e.g. {@code
   * value("rr cluster id")} gives {@code 244.0.0.1}; empty when no statement does.
   *
   * @param keyword the start of the statement, e.g. {@code rr cluster id}
   * @return the rest of the statement, or empty when no statement starts with {@code keyword}
   */
  public Optional<String> value(String keyword) {
    String prefix = BirdProtocolReader.normalize(keyword) + " ";
    return statements.stream()
        .filter(s -> s.startsWith(prefix))
        .map(s -> s.substring(prefix.length()))
        .findFirst();
  }

  /** {@return the file it came from: {@code bird.cfg} or {@code bird6.cfg}} */
  public String file() {
    return family == IPFamily.V4 ? "bird.cfg" : "bird6.cfg";
  }
}
