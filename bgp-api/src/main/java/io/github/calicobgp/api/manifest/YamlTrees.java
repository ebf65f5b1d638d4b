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

  /** Where problems go; a scratch collector while documents already delivered are parsed again. */
  private Problems problems;

  /** Whether values are skipped ({@link SkippedValues}) and v1 List items streamed. */
  private final boolean fast;

  private final @Nullable ListItems stream;

  /** The first document to deliver: the documents before were delivered by an earlier pass. */
  private final int deliverFrom;

  private YamlTrees(String file, ReadLimits limits, Problems problems, boolean fast,
      @Nullable ListItems stream, int deliverFrom) {
    this.file = file;
    this.limits = limits;
    this.problems = problems;
    this.fast = fast;
    this.stream = stream;
    this.deliverFrom = deliverFrom;
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
    return read(text, file, limits, problems, documents, null);
  }

  /**
   * As {@link #read(String, String, ReadLimits, Problems, Consumer)}, skipping the values the
   * binder drops ({@link SkippedValues}); with {@code items}, the items of a top-level {@code v1
   * List} are decoded by it as they are parsed and left out of the document's tree. When either
   * turns out wrong (an alias to a skipped value, a mapping that is not a v1 List after all),
   * what the document decoded is undone and the text is parsed again without either, from that
   * document on.
   */
  static boolean read(String text, String file, ReadLimits limits, Problems problems,
      Consumer<Tree> documents, @Nullable ListItems items) {
    YamlTrees fast = new YamlTrees(file, limits, problems, true, items, 0);
    try {
      return fast.run(text, documents);
    } catch (Retry retry) {
      problems.truncate(retry.problems);
      return new YamlTrees(file, limits, problems, false, null, retry.document)
          .run(text, documents);
    }
  }

  private boolean run(String text, Consumer<Tree> documents) {
    Problems real = problems;
    if (deliverFrom > 0) {
      // Parsed again only to reach the document to deliver: their problems are already known.
      problems = new Problems(Integer.MAX_VALUE);
    }
    int index = -1;
    int problemsAtStart = real.size();
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
            index++;
            if (index == deliverFrom) {
              problems = real;
            }
            problemsAtStart = problems.size();
            doc = new Document(index);
            break;
          case DocumentEnd:
            if (doc != null && doc.root != null && index >= deliverFrom) {
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
      undo();
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      SourceLocation at =
          mark.map(this::location).orElseGet(() -> at(reader.getLine(), reader.getColumn()));
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      // To the real problems even in a document delivered before: its error ends the stream.
      real.add(at, null, "", "invalid YAML: " + e.getProblem() + context);
      return false;
    } catch (YamlEngineException e) {
      undo();
      String message =
          e.getMessage() != null && e.getMessage().contains("exceeds the limit")
              ? "YAML document is larger than the limit of "
                  + limits.maxDocumentCodePoints()
                  + " code points"
              : "invalid YAML: " + e.getMessage();
      real.add(at(reader.getLine(), reader.getColumn()), null, "", message);
      return false;
    } catch (LimitExceeded e) {
      undo();
      real.add(e.at, null, "", e.getMessage());
      return false;
    } catch (Retry.Signal signal) {
      undo();
      throw new Retry(index, problemsAtStart);
    }
  }

  private void undo() {
    if (stream != null) {
      stream.undo();
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

    /** Whether the next value is skipped, if it is a collection without an anchor. */
    private boolean skipNext;

    /** The depth inside the collection being skipped; 0 when none is. */
    private int skipDepth;

    private @Nullable SourceLocation skippedAt;

    /** Whether the top-level items of this document are being streamed. */
    private boolean streamedItems;

    private boolean itemsRepeated;

    private final boolean delivered;

    Document(int index) {
      this.delivered = index >= deliverFrom;
    }

    void event(Event e) {
      SourceLocation at = start(e);
      if (skipDepth > 0 || (skipNext && isPlainCollectionStart(e))) {
        skip(e, at);
        return;
      }
      skipNext = false;
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
          Open parent = open.peek();
          String parentKey = parent == null ? null : parent.keyText();
          Open o = new Open(at, c.getAnchor().map(Anchor::getValue).orElse(null), e.getEventId(),
              parent == null ? null : parent.frame, parentKey);
          if (o.anchor != null) {
            anchors.put(o.anchor, Anchored.IN_PROGRESS);
          }
          if (stream != null && delivered && !o.mapping && o.anchor == null && open.size() == 1
              && parent.mapping && "items".equals(parentKey) && !streamedItems
              && stream.begin(parent.entries)) {
            o.streaming = true;
            streamedItems = true;
          }
          open.push(o);
          break;
        default:
          Open done = open.pop();
          if (done.streaming) {
            // The items were decoded one by one: the list keeps no items entry.
            open.element().key = null;
            break;
          }
          Tree tree = done.build();
          if (done.anchor != null) {
            anchors.put(done.anchor, new Anchored(tree, done.weight));
          }
          add(tree, done.weight, false);
          if (open.isEmpty() && streamedItems && stream != null
              && !stream.end((Tree.Mapping) tree, itemsRepeated)) {
            throw new Retry.Signal();
          }
          break;
      }
    }

    private boolean isPlainCollectionStart(Event e) {
      return (e.getEventId() == Event.ID.MappingStart || e.getEventId() == Event.ID.SequenceStart)
          && ((CollectionStartEvent) e).getAnchor().isEmpty();
    }

    /**
     * An event of a skipped value: nothing is built, but anchors are noted (an alias to one makes
     * the document parse again without skipping) and aliases checked as when building.
     */
    private void skip(Event e, SourceLocation at) {
      skipNext = false;
      switch (e.getEventId()) {
        case MappingStart:
        case SequenceStart:
          if (skipDepth++ == 0) {
            skippedAt = at;
          }
          ((NodeEvent) e).getAnchor().ifPresent(a -> anchors.put(a.getValue(), Anchored.SKIPPED));
          break;
        case MappingEnd:
        case SequenceEnd:
          if (--skipDepth == 0) {
            add(new Scalar(skippedAt, Kind.NULL, "null", null), 1, false);
          }
          break;
        case Scalar:
          ((NodeEvent) e).getAnchor().ifPresent(a -> anchors.put(a.getValue(), Anchored.SKIPPED));
          break;
        default:
          anchored(((AliasEvent) e).getAlias().getValue(), at);
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

    private Anchored anchored(String name, SourceLocation at) {
      Anchored a = anchors.get(name);
      if (a == null) {
        throw new LimitExceeded(at, "unknown anchor '" + name + "' referenced");
      }
      if (a == Anchored.IN_PROGRESS) {
        throw new LimitExceeded(at, "anchor '" + name + "' value contains itself");
      }
      return a;
    }

    private void alias(String name, SourceLocation at) {
      Anchored a = anchored(name, at);
      if (a == Anchored.SKIPPED) {
        throw new Retry.Signal();
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
      } else if (top.streaming) {
        stream.item(t);
      } else {
        boolean isKey = top.mapping && top.key == null;
        top.add(t, weight, mergeKey);
        if (isKey && fast && top.frame != null) {
          String key = top.keyText();
          if (key != null) {
            skipNext = top.frame.skips(key);
            if (open.size() == 1 && streamedItems && key.equals("items")) {
              itemsRepeated = true;
            }
          }
        }
      }
    }
  }

  /**
   * An anchored value and its weight (its node count with aliases expanded); a null tree marks
   * a collection still being read.
   */
  private record Anchored(@Nullable Tree tree, long weight) {
    static final Anchored IN_PROGRESS = new Anchored(null, 0);

    /** An anchor inside a skipped value. */
    static final Anchored SKIPPED = new Anchored(null, 0);
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

    /** For a mapping: which values are skipped ({@link SkippedValues}). */
    final SkippedValues.@Nullable Frame frame;

    /** Whether this is a top-level items sequence whose items are streamed, not kept. */
    boolean streaming;

    Open(SourceLocation at, @Nullable String anchor, Event.ID id,
        SkippedValues.@Nullable Frame parent, @Nullable String parentKey) {
      this.at = at;
      this.anchor = anchor;
      this.mapping = id == Event.ID.MappingStart;
      this.frame = mapping ? SkippedValues.Frame.child(parent, parentKey) : null;
    }

    /** The pending key as text, when it is a string. */
    @Nullable String keyText() {
      return key instanceof Scalar s && s.kind() == Kind.STRING ? s.text() : null;
    }

    void add(Tree t, long w, boolean mergeKey) {
      weight += w;
      if (!mapping) {
        items.add(t);
      } else if (key == null) {
        key = t;
        keyIsMerge = mergeKey;
      } else {
        if (frame != null && !keyIsMerge && t instanceof Scalar s && s.kind() == Kind.STRING) {
          String k = keyText();
          if (k != null) {
            frame.string(k, s.text());
          }
        }
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

  /**
   * Parsing from a document again, without skipping or streaming: an alias named a skipped
   * value, or a mapping whose items were streamed is not a v1 List.
   */
  private static final class Retry extends RuntimeException {
    final int document;
    final int problems;

    Retry(int document, int problems) {
      super(null, null, false, false);
      this.document = document;
      this.problems = problems;
    }

    /** Raised inside a document; {@link #run} turns it into a {@link Retry}. */
    static final class Signal extends RuntimeException {
      Signal() {
        super(null, null, false, false);
      }
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
