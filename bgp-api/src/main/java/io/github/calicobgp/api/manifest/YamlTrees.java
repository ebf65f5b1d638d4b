package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.manifest.Tree.Entry;
import io.github.calicobgp.api.manifest.Tree.Kind;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Turns a YAML stream into one {@link Tree} per document, from snakeyaml-engine's parser events
 * (not its composer or its own scalar typing). Scalars are resolved by go-yaml v2's rules;
 * aliases are resolved while counting how many nodes they add, so that an alias bomb stops
 * early; nesting depth is bounded.
 */
final class YamlTrees {

  private static final String MERGE_TAG = GoYaml.TAG_PREFIX + "merge";

  private final String file;
  private final ReadLimits limits;
  private final Problems problems;

  private YamlTrees(String file, ReadLimits limits, Problems problems) {
    this.file = file;
    this.limits = limits;
    this.problems = problems;
  }

  /**
   * Parses {@code text}, passing each document's tree to {@code documents} as soon as it is
   * complete. A syntax error or an exceeded limit is recorded in {@code problems} and ends the
   * stream.
   *
   * @return false when the stream ended early because of a syntax error or a limit
   */
  static boolean read(
      String text, String file, ReadLimits limits, Problems problems, Consumer<Tree> documents) {
    return new YamlTrees(file, limits, problems).run(text, documents);
  }

  private boolean run(String text, Consumer<Tree> documents) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setCodePointLimit(limits.maxDocumentCodePoints())
            .setUseMarks(true)
            // The whole text at once: snakeyaml copies its unread buffer on every refill,
            // which makes a long scalar read in small chunks take quadratic time.
            .setBufferSize(Math.max(1024, Math.min(text.length() + 1, Integer.MAX_VALUE - 16)))
            .build();
    StreamReader reader = new StreamReader(settings, text);
    Parser parser = new ParserImpl(settings, reader);
    Document doc = null;
    try {
      while (parser.hasNext()) {
        Event e = parser.next();
        switch (e.getEventId()) {
          case DocumentStart:
            doc = new Document();
            break;
          case DocumentEnd:
            if (doc != null && doc.root != null) {
              documents.accept(doc.root);
            }
            doc = null;
            break;
          case Scalar:
          case Alias:
          case MappingStart:
          case SequenceStart:
          case MappingEnd:
          case SequenceEnd:
            if (doc != null) {
              doc.event(e);
            }
            break;
          default:
            break;
        }
      }
      return true;
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      SourceLocation at =
          mark.map(this::location).orElseGet(() -> at(reader.getLine(), reader.getColumn()));
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      problems.add(at, null, "", "invalid YAML: " + e.getProblem() + context);
      return false;
    } catch (YamlEngineException e) {
      String message =
          e.getMessage() != null && e.getMessage().contains("exceeds the limit")
              ? "YAML document is larger than the limit of "
                  + limits.maxDocumentCodePoints()
                  + " code points"
              : "invalid YAML: " + e.getMessage();
      problems.add(at(reader.getLine(), reader.getColumn()), null, "", message);
      return false;
    } catch (LimitExceeded e) {
      problems.add(e.at, null, "", e.getMessage());
      return false;
    }
  }

  private SourceLocation location(Mark m) {
    return at(m.getLine(), m.getColumn());
  }

  private SourceLocation at(int line0, int column0) {
    return new SourceLocation(file, line0 + 1, column0 + 1);
  }

  private SourceLocation start(Event e) {
    return e.getStartMark().map(this::location).orElseGet(() -> at(0, 0));
  }

  /** The trees of one document: a stack of open collections, and the anchors seen so far. */
  private final class Document {
    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<String, Anchored> anchors = new HashMap<>();
    private long aliasedNodes;
    private @Nullable Tree root;

    void event(Event e) {
      SourceLocation at = start(e);
      switch (e.getEventId()) {
        case Scalar:
          ScalarEvent s = (ScalarEvent) e;
          Tree t = scalar(s, at);
          define(s, t, 1);
          add(t, 1, isMergeKey(s));
          break;
        case Alias:
          alias(((AliasEvent) e).getAlias().getValue(), at);
          break;
        case MappingStart:
        case SequenceStart:
          if (open.size() >= limits.maxDepth()) {
            throw new LimitExceeded(
                at, "nesting is deeper than the limit of " + limits.maxDepth() + " levels");
          }
          CollectionStartEvent c = (CollectionStartEvent) e;
          Open o = new Open(at, c.getAnchor().map(Anchor::getValue).orElse(null), e.getEventId());
          if (o.anchor != null) {
            anchors.put(o.anchor, Anchored.IN_PROGRESS);
          }
          open.push(o);
          break;
        default:
          Open done = open.pop();
          Tree tree = done.build();
          if (done.anchor != null) {
            anchors.put(done.anchor, new Anchored(tree, done.weight));
          }
          add(tree, done.weight, false);
          break;
      }
    }

    private Tree scalar(ScalarEvent s, SourceLocation at) {
      Optional<String> tag = s.getTag();
      if (tag.isEmpty()) {
        return s.isPlain() ? GoYaml.plain(s.getValue(), at) : Scalar.string(at, s.getValue());
      }
      try {
        return GoYaml.tagged(tag.get(), s.getValue(), at);
      } catch (IllegalArgumentException bad) {
        problems.add(at, null, "", bad.getMessage());
        return new Scalar(at, Kind.NULL, s.getValue(), null);
      }
    }

    private boolean isMergeKey(ScalarEvent s) {
      return s.isPlain()
          && s.getValue().equals("<<")
          && s.getTag().map(MERGE_TAG::equals).orElse(true);
    }

    private void define(NodeEvent e, Tree t, long weight) {
      e.getAnchor().ifPresent(a -> anchors.put(a.getValue(), new Anchored(t, weight)));
    }

    private void alias(String name, SourceLocation at) {
      Anchored a = anchors.get(name);
      if (a == null) {
        throw new LimitExceeded(at, "unknown anchor '" + name + "' referenced");
      }
      if (a.tree == null) {
        throw new LimitExceeded(at, "anchor '" + name + "' value contains itself");
      }
      aliasedNodes += a.weight;
      if (aliasedNodes > limits.maxAliasExpansion()) {
        throw new LimitExceeded(
            at,
            "aliases expand this document by more than the limit of "
                + limits.maxAliasExpansion()
                + " nodes (an alias bomb?)");
      }
      add(a.tree, a.weight, false);
    }

    private void add(Tree t, long weight, boolean mergeKey) {
      Open top = open.peek();
      if (top == null) {
        root = t;
      } else {
        top.add(t, weight, mergeKey);
      }
    }
  }

  /**
   * An anchored value and its weight (its node count with aliases expanded); a null tree marks
   * a collection still being read.
   */
  private record Anchored(@Nullable Tree tree, long weight) {
    static final Anchored IN_PROGRESS = new Anchored(null, 0);
  }

  /** A collection being read. */
  private static final class Open {
    final SourceLocation at;
    final @Nullable String anchor;
    final boolean mapping;
    final List<Tree> items = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    @Nullable Tree key;
    boolean keyIsMerge;
    long weight = 1;

    Open(SourceLocation at, @Nullable String anchor, Event.ID id) {
      this.at = at;
      this.anchor = anchor;
      this.mapping = id == Event.ID.MappingStart;
    }

    void add(Tree t, long w, boolean mergeKey) {
      weight += w;
      if (!mapping) {
        items.add(t);
      } else if (key == null) {
        key = t;
        keyIsMerge = mergeKey;
      } else {
        entries.add(new Entry(key, t, keyIsMerge));
        key = null;
      }
    }

    Tree build() {
      return mapping
          ? new Tree.Mapping(at, List.copyOf(entries))
          : new Tree.Sequence(at, List.copyOf(items));
    }
  }

  /** Ends the stream: a limit was exceeded, or the aliases are broken. */
  private static final class LimitExceeded extends RuntimeException {
    final SourceLocation at;

    LimitExceeded(SourceLocation at, String message) {
      super(message, null, false, false);
      this.at = at;
    }
  }
}
