package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.manifest.Tree.Entry;
import io.github.calicobgp.api.manifest.Tree.Mapping;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the items of a top-level {@code v1 List} while the parser reads them, so that a
 * {@code kubectl get -o json|yaml} dump of a large cluster is never held as one tree: each item's
 * tree is dropped once it is bound.
 *
 * <p>kubectl prints a List's {@code kind} after its {@code items} ({@code apiVersion, items,
 * kind, metadata}), so the parser starts optimistically when a top-level mapping has said {@code
 * apiVersion: v1} (and at most {@code kind: List}) before its {@code items}, and confirms at the
 * end of the mapping. When the mapping turns out not to be a {@code v1 List} (another kind, a
 * second {@code items}), or the text does not parse, everything bound since the start is undone
 * and the caller parses the text again as one tree: the outcome is always the one of the whole
 * tree.
 */
final class ListItems {

  private final Binder binder;
  private Binder.@Nullable Mark start;
  private boolean full;

  ListItems(Binder binder) {
    this.binder = binder;
  }

  /**
   * Whether to decode the items now: called when the value of a top-level {@code items} key
   * starts with a sequence, with the entries of the top-level mapping before it.
   *
   * @param before the top-level entries before {@code items}
   * @return true when the items are streamed into {@link #item}
   */
  boolean begin(List<Entry> before) {
    Set<String> seen = new HashSet<>();
    String apiVersion = null;
    for (Entry e : before) {
      if (e.merge() || !(e.key() instanceof Scalar k) || k.kind() != Tree.Kind.STRING
          || !(e.value() instanceof Scalar v) || v.kind() != Tree.Kind.STRING
          || !seen.add(k.text())) {
        return false;
      }
      switch (k.text()) {
        case "apiVersion" -> apiVersion = GoYaml.asString(v);
        case "kind" -> {
          if (!"List".equals(GoYaml.asString(v))) {
            return false;
          }
        }
        default -> {
          return false;
        }
      }
    }
    if (!"v1".equals(apiVersion)) {
      return false;
    }
    start = binder.mark();
    return true;
  }

  /** Whether items are being streamed. */
  boolean active() {
    return start != null;
  }

  /**
   * Decodes one item. Once the problem limit is reached the rest are dropped, and {@link #end}
   * reports it.
   */
  void item(Tree item) {
    if (full) {
      return;
    }
    try {
      binder.listItem(item);
    } catch (Problems.Full f) {
      full = true;
    }
  }

  /**
   * Confirms or undoes the items streamed, at the end of the top-level mapping.
   *
   * @param rest the top-level mapping without the streamed {@code items}
   * @param itemsRepeated whether the mapping has a second {@code items} key
   * @return true when the items stand (then {@code rest} is to be decoded as usual); false when
   *     they were undone and the text must be parsed again without streaming
   * @throws Problems.Full when the problem limit was reached while decoding the items
   */
  boolean end(Mapping rest, boolean itemsRepeated) {
    // A merge key could bring in items of its own, which the streamed ones would have hidden.
    if (!itemsRepeated && Binder.isV1List(rest) && rest.entries().stream().noneMatch(Entry::merge)) {
      start = null;
      if (full) {
        throw new Problems.Full();
      }
      return true;
    }
    undo();
    return false;
  }

  /** Undoes the items streamed so far (the text did not parse, or is not a v1 List). */
  void undo() {
    if (start != null) {
      binder.reset(start);
      start = null;
      full = false;
    }
  }
}
