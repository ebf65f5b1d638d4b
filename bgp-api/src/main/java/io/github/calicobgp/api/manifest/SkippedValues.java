package io.github.calicobgp.api.manifest;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which values the JSON and YAML readers skip while parsing instead of building them: the values
 * the binder is known to drop unread. An API server's field-ownership records ({@code
 * metadata.managedFields}) and the parts of a Kubernetes Node that Calico does not read
 * (conditions, images, node info, taints...) or of a Pod (volumes, conditions, container
 * statuses...) are most of a dumped object; skipping them keeps
 * the trees small. A skipped value is still parsed for syntax and is replaced by {@code null}, so
 * its key is still seen (a duplicate key is still reported) and the binder treats it as absent,
 * which it would have ignored anyway.
 */
final class SkippedValues {

  private static final String MANAGED_FIELDS = "managedFields";

  /** What the binder reads of a Kubernetes Node's spec and status ({@code Binder}). */
  private static final Set<String> NODE_SPEC_READ = Set.of("podCIDR", "podCIDRs");

  private static final Set<String> NODE_STATUS_READ = Set.of("addresses");

  /** What the binder reads of a Pod's spec and status ({@code Binder}, {@link KubernetesPods}). */
  private static final Set<String> POD_SPEC_READ =
      Set.of("nodeName", "hostNetwork", "serviceAccountName", "containers", "initContainers");

  private static final Set<String> POD_STATUS_READ = Set.of("phase", "podIP", "podIPs");

  private SkippedValues() {}

  /** What a mapping being parsed knows about its keys. */
  static final class Frame {

    /** Whether this mapping is the value of a {@code metadata} key. */
    private final boolean metadata;

    /** For the spec or status of a Kubernetes Node: the only keys whose values are built. */
    private final @Nullable Set<String> kept;

    /** The kind and apiVersion seen so far in this mapping. */
    private @Nullable String kind;

    private @Nullable String apiVersion;

    private Frame(boolean metadata, @Nullable Set<String> kept) {
      this.metadata = metadata;
      this.kept = kept;
    }

    /**
     * The frame of a mapping that is the value of {@code key} in {@code parent} (null: a
     * top-level mapping, or an item of a sequence).
     */
    static Frame child(@Nullable Frame parent, @Nullable String key) {
      Set<String> kept = null;
      if (parent != null && "v1".equals(parent.apiVersion) && "Node".equals(parent.kind)) {
        kept = "spec".equals(key) ? NODE_SPEC_READ
            : "status".equals(key) ? NODE_STATUS_READ : null;
      } else if (parent != null && "v1".equals(parent.apiVersion) && "Pod".equals(parent.kind)) {
        kept = "spec".equals(key) ? POD_SPEC_READ
            : "status".equals(key) ? POD_STATUS_READ : null;
      }
      return new Frame("metadata".equals(key), kept);
    }

    /** Notes a string value of this mapping, to know its kind. */
    void string(String key, String value) {
      if (key.equals("kind")) {
        kind = value;
      } else if (key.equals("apiVersion")) {
        apiVersion = value;
      }
    }

    /** Whether the value of {@code key} in this mapping is skipped. */
    boolean skips(String key) {
      return (metadata && key.equals(MANAGED_FIELDS)) || (kept != null && !kept.contains(key));
    }
  }
}
