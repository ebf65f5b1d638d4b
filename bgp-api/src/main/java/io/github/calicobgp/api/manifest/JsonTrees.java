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
import org.jspecify.annotations.Nullable;

/**
 * Turns a JSON text into a {@link Tree} with jackson-core. Strings stay strings; numbers are
 * resolved by go-yaml's rules, as calicoctl (which reads JSON as YAML) does.
 */
final class JsonTrees {

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
    Result r = parse(text, file, limits, problems, null);
    return r == null ? Result.LIMIT : r;
  }

  /**
   * As {@link #read(String, String, ReadLimits, Problems)}, but the items of a top-level {@code
   * v1 List} are decoded by {@code items} as they are parsed and left out of the tree returned.
   * When that turns out wrong the items are undone and the text is parsed again as one tree; on
   * a syntax error or a limit nothing stays decoded.
   */
  static Result read(
      String text, String file, ReadLimits limits, Problems problems, ListItems items) {
    Result r = parse(text, file, limits, problems, items);
    return r != null ? r : read(text, file, limits, problems);
  }

  /** The parse; null when the items streamed were undone and the text must be parsed again. */
  private static @Nullable Result parse(
      String text, String file, ReadLimits limits, Problems problems, @Nullable ListItems stream) {
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
    boolean itemsRepeated = false;
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        at = location(file, p.currentTokenLocation());
        Tree value = null;
        switch (t) {
          case START_OBJECT:
          case START_ARRAY:
            if (open.size() >= limits.maxDepth()) {
              undo(stream);
              problems.add(
                  at, null, "", "nesting is deeper than the limit of " + limits.maxDepth()
                      + " levels");
              return Result.LIMIT;
            }
            Open parent = open.peek();
            String parentKey = parent != null && parent.key != null ? parent.key.text() : null;
            Open opened = new Open(at, t == JsonToken.START_OBJECT
                ? SkippedValues.Frame.child(parent == null ? null : parent.frame, parentKey)
                : null);
            if (stream != null && t == JsonToken.START_ARRAY && open.size() == 1
                && parent.frame != null && "items".equals(parentKey)) {
              if (!parent.streamedItems && stream.begin(parent.entries)) {
                opened.streaming = true;
                parent.streamedItems = true;
              }
            }
            open.push(opened);
            break;
          case FIELD_NAME:
            Open current = open.element();
            current.key = Scalar.string(at, p.currentName());
            if (current.streamedItems && p.currentName().equals("items")) {
              itemsRepeated = true;
            }
            if (current.frame != null && current.frame.skips(p.currentName())) {
              p.nextToken();
              SourceLocation valueAt = location(file, p.currentTokenLocation());
              p.skipChildren();
              value = new Scalar(valueAt, Kind.NULL, "null", null);
            }
            break;
          case END_OBJECT:
          case END_ARRAY:
            Open done = open.pop();
            if (done.streaming) {
              // The items were decoded one by one: the list keeps no items entry.
              open.element().key = null;
              continue;
            }
            value = done.build();
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
              undo(stream);
              at = location(file, p.currentTokenLocation());
              return new Result(null, at, "unexpected content after the JSON value");
            }
            if (stream != null && stream.active()
                && !stream.end((Tree.Mapping) value, itemsRepeated)) {
              return null;
            }
            return new Result(value, null, null);
          }
          Open top = open.element();
          if (top.streaming) {
            stream.item(value);
          } else {
            top.add(value);
          }
        }
      }
      undo(stream);
      return new Result(null, at, "unexpected end of the JSON text");
    } catch (StreamConstraintsException e) {
      undo(stream);
      problems.add(at, null, "", "JSON input exceeds a limit: " + e.getOriginalMessage());
      return Result.LIMIT;
    } catch (JsonProcessingException e) {
      undo(stream);
      SourceLocation where = e.getLocation() == null ? at : location(file, e.getLocation());
      return new Result(null, where, "invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
  }

  private static void undo(@Nullable ListItems stream) {
    if (stream != null) {
      stream.undo();
    }
  }

  private static SourceLocation location(String file, JsonLocation l) {
    return new SourceLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /** An object or array being read. */
  private static final class Open {
    final SourceLocation at;
    final List<Tree> items = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    @Nullable Scalar key;

    /** For an object: which values are skipped ({@link SkippedValues}); null for an array. */
    final SkippedValues.@Nullable Frame frame;

    /** Whether this is a top-level items array whose items are streamed, not kept. */
    boolean streaming;

    /** For the top-level object: whether its items were streamed. */
    boolean streamedItems;

    Open(SourceLocation at, SkippedValues.@Nullable Frame frame) {
      this.at = at;
      this.frame = frame;
    }

    void add(Tree value) {
      if (frame != null && key != null) {
        if (value instanceof Scalar s && s.kind() == Kind.STRING) {
          frame.string(key.text(), s.text());
        }
        entries.add(new Entry(key, value, false));
        key = null;
      } else {
        items.add(value);
      }
    }

    Tree build() {
      return frame != null
          ? new Tree.Mapping(at, List.copyOf(entries))
          : new Tree.Sequence(at, List.copyOf(items));
    }
  }
}
