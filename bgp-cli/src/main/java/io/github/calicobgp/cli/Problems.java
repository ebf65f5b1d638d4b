package io.github.calicobgp.cli;

import io.github.calicobgp.api.manifest.ManifestException.Problem;
import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.manifest.SourceLocation;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.selector.SelectorParseException;
import io.github.calicobgp.api.validation.Violation;
import io.github.calicobgp.bird.BirdRenderException;
import io.github.calicobgp.peering.ClusterSnapshot;
import io.github.calicobgp.peering.Origin;
import io.github.calicobgp.peering.PlanField;
import io.github.calicobgp.peering.ResourceKey;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the CLI words a problem: {@code file:line: Kind/name: field: message}, always on one line
 * (control characters from the input are escaped).
 */
final class Problems {

  private Problems() {}

  /** A manifest problem. */
  static String line(Problem problem) {
    StringBuilder b = new StringBuilder(at(problem.location()));
    if (problem.resource() != null) {
      b.append(problem.resource()).append(": ");
    }
    if (!problem.fieldPath().isEmpty()) {
      b.append(problem.fieldPath()).append(": ");
    }
    return oneLine(b.append(problem.message()).toString());
  }

  /** A violation of {@code resource}, located at its field (or the resource) when known. */
  static String line(ResourceSet resources, Resource resource, Violation violation) {
    return line(resources, resource, violation.fieldPath(), violation.message());
  }

  /**
   * A problem with {@code resource}'s field {@code fieldPath} (the resource itself when empty),
   * located at the field (or the resource) when known.
   */
  static String line(ResourceSet resources, Resource resource, String fieldPath, String message) {
    Optional<SourceLocation> location =
        resources.locationOf(resource, fieldPath).or(() -> resources.locationOf(resource));
    return oneLine(location.map(Problems::at).orElse("") + subject(resource) + ": "
        + (fieldPath.isEmpty() ? message : fieldPath + ": " + message));
  }

  /**
   * A plan that cannot be rendered: at the file and line of the field its value came from when
   * the exception knows its origin and the resource is in {@code resources}, else
   * {@code calico-bgp: subject: field: message}.
   */
  static String line(@Nullable ResourceSet resources, BirdRenderException e) {
    return line(resources, e, e.origin(), false);
  }

  /**
   * A plan of node {@code nodeName}, made from {@code snapshot} (read from {@code resources}),
   * that cannot be rendered: like {@link #line(ResourceSet, BirdRenderException)}, and a value
   * the exception names by its {@link io.github.calicobgp.peering.PlanField} is traced to its
   * resource and field by {@link BirdRenderException#originIn}.
   */
  static String line(@Nullable ResourceSet resources, ClusterSnapshot snapshot,
      BirdRenderException e, String nodeName) {
    return line(resources, e, e.originIn(snapshot, nodeName).orElse(null),
        e.planField() == PlanField.ROUTER_ID);
  }

  private static String line(@Nullable ResourceSet resources, BirdRenderException e,
      @Nullable Origin origin, boolean routerId) {
    if (origin != null) {
      if (resources != null) {
        for (Resource resource : resources.all()) {
          if (ResourceKey.of(resource).equals(origin.resource())) {
            return line(resources, resource, origin.field(), e.detail());
          }
        }
      }
      // A resource read without a file (a datastore, an object in memory): its name.
      return oneLine(origin + ": " + e.detail());
    }
    // A router id no resource holds was given as the option.
    return oneLine("calico-bgp: " + (routerId ? "--router-id: " + e.detail() : e.getMessage()));
  }

  /** A resource that repeats the kind, namespace and name of {@code first}. */
  static String duplicate(ResourceSet resources, Resource resource, Resource first) {
    String firstAt =
        resources.locationOf(first).map(l -> " at " + l.file() + ":" + l.line()).orElse("");
    return oneLine(
        resources.locationOf(resource).map(Problems::at).orElse("")
            + subject(resource)
            + ": duplicate: the same kind and name as the resource"
            + firstAt
            + " (Calico would keep only one of them)");
  }

  /**
   * The message of a selector that does not parse, and the selector with a caret under the error.
   */
  static List<String> selector(SelectorParseException e) {
    String text = e.selector();
    StringBuilder shown = new StringBuilder("  ");
    StringBuilder caret = new StringBuilder("  ");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // One column per character, so that the caret stays under the error.
      shown.append(c < ' ' && c != '\t' ? '?' : c);
      if (i < e.position()) {
        caret.append(c == '\t' ? '\t' : ' ');
      }
    }
    return List.of(
        "invalid selector " + quote(text) + ": position " + e.position() + ": " + e.reason(),
        shown.toString(),
        caret.append('^').toString());
  }

  /** {@code Kind/name}, or {@code Kind/<unnamed>}. */
  private static String subject(Resource resource) {
    return resource.metadata().nameOrEmpty().isEmpty()
        ? resource.kind() + "/<unnamed>"
        : resource.displayName();
  }

  private static String at(SourceLocation location) {
    return location.file() + ":" + location.line() + ": ";
  }

  /** {@code s} on one line, its control characters escaped by {@link HumanText#escape}. */
  static String oneLine(String s) {
    return HumanText.escape(s);
  }

  /** Double-quotes {@code s}, escaping quotes and backslashes, on one line. */
  private static String quote(String s) {
    return oneLine("\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
  }
}
