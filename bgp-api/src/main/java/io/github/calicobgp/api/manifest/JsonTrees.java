package io.github.calicobgp.api.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.calicobgp.api.manifest.Tree.Entry;
import io.github.calicobgp.api.manifest.Tree.Kind;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a JSON text into a {@link Tree} with jackson-core. Strings stay strings; numbers are
 * resolved by go-yaml's rules, as calicoctl (which reads JSON as YAML) does.
 */
final class JsonTrees {

  private static final String MANAGED_FIELDS = "managedFields";

  /** What the binder reads of a Kubernetes Node's spec and status ({@code Binder}). */
  private static final Set<String> NODE_SPEC_READ = Set.of("podCIDR", "podCIDRs");

  private static final Set<String> NODE_STATUS_READ = Set.of("addresses");

  /**
   * The outcome: a tree; or a syntax error, which may still be valid YAML flow syntax; or
   * neither, when a limit was exceeded and recorded as a problem.
   */
  record Result(@Nullable Tree tree, @Nullable SourceLocation errorAt, @Nullable String error) {
    static final Result LIMIT = new Result(null, null, null);
  }

  private JsonTrees() {}

  /**
   * Parses {@code text} as one JSON value. Exceeding a limit is recorded in {@code problems}
   * (the result then has neither tree nor error); a syntax error is returned for the caller to
   * decide.
   */
  static Result read(String text, String file, ReadLimits limits, Problems problems) {
    if (text.length() > limits.maxDocumentCodePoints()) {
      problems.add(
          new SourceLocation(file, 1, 1),
          null,
          "",
          "JSON document is larger than the limit of " + limits.maxDocumentCodePoints()
              + " code points");
      return Result.LIMIT;
    }
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(limits.maxDepth() + 1).build())
            .build();
    Deque<Open> open = new ArrayDeque<>();
    SourceLocation at = new SourceLocation(file, 1, 1);
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        at = location(file, p.currentTokenLocation());
        Tree value = null;
        switch (t) {
          case START_OBJECT:
          case START_ARRAY:
            if (open.size() >= limits.maxDepth()) {
              problems.add(
                  at, null, "", "nesting is deeper than the limit of " + limits.maxDepth()
                      + " levels");
              return Result.LIMIT;
            }
            Open parent = open.peek();
            String parentKey = parent != null && parent.key != null ? parent.key.text() : null;
            Open opened = new Open(at, t == JsonToken.START_OBJECT, "metadata".equals(parentKey));
            if (parent != null && parent.isKubernetesNode()) {
              opened.kept = "spec".equals(parentKey) ? NODE_SPEC_READ
                  : "status".equals(parentKey) ? NODE_STATUS_READ : null;
            }
            open.push(opened);
            break;
          case FIELD_NAME:
            open.element().key = Scalar.string(at, p.currentName());
            Open current = open.element();
            if ((current.metadata && p.currentName().equals(MANAGED_FIELDS))
                || (current.kept != null && !current.kept.contains(p.currentName()))) {
              // An API server's field-ownership records, and the parts of a Kubernetes Node that
              // Calico does not read (conditions, images, node info, taints...): most of a
              // dumped object and ignored by the binder, so they are skipped here rather than
              // built (still parsed for syntax).
              p.nextToken();
              SourceLocation valueAt = location(file, p.currentTokenLocation());
              p.skipChildren();
              value = new Scalar(valueAt, Kind.NULL, "null", null);
            }
            break;
          case END_OBJECT:
          case END_ARRAY:
            value = open.pop().build();
            break;
          case VALUE_STRING:
            value = Scalar.string(at, p.getText());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            value = GoYaml.plain(p.getText(), at);
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            value = new Scalar(at, Kind.BOOL, p.getText(), t == JsonToken.VALUE_TRUE);
            break;
          case VALUE_NULL:
            value = new Scalar(at, Kind.NULL, "null", null);
            break;
          default:
            break;
        }
        if (value != null) {
          if (open.isEmpty()) {
            if (p.nextToken() != null) {
              at = location(file, p.currentTokenLocation());
              return new Result(null, at, "unexpected content after the JSON value");
            }
            return new Result(value, null, null);
          }
          open.element().add(value);
        }
      }
      return new Result(null, at, "unexpected end of the JSON text");
    } catch (StreamConstraintsException e) {
      problems.add(at, null, "", "JSON input exceeds a limit: " + e.getOriginalMessage());
      return Result.LIMIT;
    } catch (JsonProcessingException e) {
      SourceLocation where = e.getLocation() == null ? at : location(file, e.getLocation());
      return new Result(null, where, "invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
  }

  private static SourceLocation location(String file, JsonLocation l) {
    return new SourceLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /** An object or array being read. */
  private static final class Open {
    final SourceLocation at;
    final boolean object;
    final List<Tree> items = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    @Nullable Scalar key;

    /** Whether this is the value of a {@code metadata} key. */
    final boolean metadata;

    /** For the spec or status of a Kubernetes Node: the only keys whose values are built. */
    @Nullable Set<String> kept;

    /** The kind and apiVersion seen so far in this object. */
    @Nullable String kind;

    @Nullable String apiVersion;

    /** Whether this object said it is a Kubernetes Node before the current key. */
    boolean isKubernetesNode() {
      return object && "Node".equals(kind) && "v1".equals(apiVersion);
    }

    Open(SourceLocation at, boolean object, boolean metadata) {
      this.metadata = metadata;
      this.at = at;
      this.object = object;
    }

    void add(Tree value) {
      if (object && key != null && value instanceof Scalar s && s.kind() == Kind.STRING) {
        if (key.text().equals("kind")) {
          kind = s.text();
        } else if (key.text().equals("apiVersion")) {
          apiVersion = s.text();
        }
      }
      if (object && key != null) {
        entries.add(new Entry(key, value, false));
        key = null;
      } else {
        items.add(value);
      }
    }

    Tree build() {
      return object
          ? new Tree.Mapping(at, List.copyOf(entries))
          : new Tree.Sequence(at, List.copyOf(items));
    }
  }
}
