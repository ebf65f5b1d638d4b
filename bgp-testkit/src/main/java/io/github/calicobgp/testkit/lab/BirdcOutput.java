package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.IPFamily;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text {@code birdc} (BIRD 1.6) prints for {@code show protocols} and {@code show route
 * [all]}, as the lab captures it or as copied from a live calico-node ({@code birdcl}).
 */
public final class BirdcOutput {

  /** {@code name proto table state since [info [message]]}; "since" may be a date and a time. */
  private static final Pattern PROTOCOL =
      Pattern.compile(
          "(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+(?: \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)?)"
              + "(?:\\s+(\\S+)(?:\\s+(.*?))?)?\\s*");

  /**
   * A route: optional prefix (absent on further routes of the same prefix), destination, {@code
   * [protocol since[ from X]]}, primary mark ({@code *}, or {@code !} when the kernel sync failed),
   * {@code (preference[/metric])} and whatever the protocol adds.
   */
  private static final Pattern ROUTE =
      Pattern.compile(
          "(\\S+)?\\s+(via (\\S+) on (\\S+)|dev (\\S+)|blackhole|unreachable|prohibited|multipath)"
              + " \\[(\\S+) (.*?)(?: from (\\S+))?\\]( [*!])? \\((\\d+)[^)]*\\).*");

  private static final Pattern MULTIPATH_HOP = Pattern.compile("\\tvia (\\S+) on (\\S+) weight (\\d+)\\s*");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\t([^\\t:]+): ?(.*)");

  private BirdcOutput() {}

  /**
   * {@return the protocols in the output of {@code show protocols} of the daemon of {@code family}}
   *
   * @param output the text {@code birdc show protocols} printed
   * @param family the family of the daemon that printed it
   */
  public static List<ProtocolState> protocols(String output, IPFamily family) {
    List<ProtocolState> protocols = new ArrayList<>();
    String[] lines = output.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      // Skipped: the banner, the header and the details of "show protocols all".
      if (line.isBlank() || isBanner(line) || line.startsWith("name ") || isIndented(line)) {
        continue;
      }
      Matcher m = PROTOCOL.matcher(line);
      if (!m.matches()) {
        throw new BirdcFormatException(i + 1, line, "a protocol line");
      }
      protocols.add(
          new ProtocolState(
              family,
              m.group(1),
              m.group(2),
              m.group(3),
              m.group(4),
              m.group(5),
              orEmpty(m.group(6)),
              orEmpty(m.group(7))));
    }
    return protocols;
  }

  /**
   * {@return the routes in the output of {@code show route} or {@code show route all}, in BIRD's
   * order}
   *
   * @param output the text {@code birdc show route} printed
   */
  public static List<LabRoute> routes(String output) {
    List<LabRoute> routes = new ArrayList<>();
    String[] lines = output.split("\n", -1);
    @Nullable RouteBuilder current = null;
    @Nullable String prefix = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || isBanner(line)) {
        continue;
      }
      Matcher route = ROUTE.matcher(line);
      if (route.matches()) {
        if (current != null) {
          routes.add(current.build());
        }
        if (route.group(1) != null) {
          prefix = route.group(1);
        } else if (prefix == null) {
          throw new BirdcFormatException(i + 1, line, "a route with a prefix");
        }
        current = new RouteBuilder(prefix, route);
        continue;
      }
      if (current == null) {
        throw new BirdcFormatException(i + 1, line, "a route line");
      }
      Matcher hop = MULTIPATH_HOP.matcher(line);
      Matcher attribute = ATTRIBUTE.matcher(line);
      if (hop.matches()) {
        current.nextHops.add(
            new LabRoute.NextHop(hop.group(1), hop.group(2), Integer.parseInt(hop.group(3))));
      } else if (line.startsWith("\t\t") && current.lastAttribute != null) {
        // BIRD wraps long community lists onto lines indented by two tabs.
        current.attributes.merge(current.lastAttribute, line.strip(), (a, b) -> a + " " + b);
      } else if (attribute.matches()) {
        current.lastAttribute = attribute.group(1);
        current.attributes.put(attribute.group(1), attribute.group(2).strip());
      } else {
        throw new BirdcFormatException(i + 1, line, "a route, next hop or attribute line");
      }
    }
    if (current != null) {
      routes.add(current.build());
    }
    return routes;
  }

  private static boolean isBanner(String line) {
    return line.startsWith("BIRD ") && line.endsWith(" ready.");
  }

  private static boolean isIndented(String line) {
    return line.startsWith(" ") || line.startsWith("\t");
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }

  /** Collects the lines of one route. */
  private static final class RouteBuilder {
    private final String prefix;
    private final LabRoute.Destination destination;
    private final List<LabRoute.NextHop> nextHops = new ArrayList<>();
    private final String protocol;
    private final @Nullable String from;
    private final boolean primary;
    private final int preference;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private @Nullable String lastAttribute;

    RouteBuilder(String prefix, Matcher m) {
      this.prefix = prefix;
      String dest = m.group(2);
      if (m.group(3) != null) {
        destination = LabRoute.Destination.ROUTER;
        nextHops.add(new LabRoute.NextHop(m.group(3), m.group(4), 1));
      } else if (m.group(5) != null) {
        destination = LabRoute.Destination.DEVICE;
        nextHops.add(new LabRoute.NextHop(null, m.group(5), 1));
      } else {
        destination = LabRoute.Destination.valueOf(dest.toUpperCase(Locale.ROOT));
      }
      protocol = m.group(6);
      from = m.group(8);
      primary = m.group(9) != null;
      preference = Integer.parseInt(m.group(10));
    }

    LabRoute build() {
      return new LabRoute(
          prefix, destination, nextHops, protocol, from, primary, preference, attributes);
    }
  }
}
