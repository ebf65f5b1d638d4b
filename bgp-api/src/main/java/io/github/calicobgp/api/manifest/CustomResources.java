package io.github.calicobgp.api.manifest;

import io.github.calicobgp.api.manifest.Schema.Component;
import io.github.calicobgp.api.manifest.Tree.Entry;
import io.github.calicobgp.api.manifest.Tree.Kind;
import io.github.calicobgp.api.manifest.Tree.Mapping;
import io.github.calicobgp.api.manifest.Tree.Scalar;
import io.github.calicobgp.api.manifest.Tree.Sequence;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What differs between a {@code crd.projectcalico.org/v1} custom resource, as Calico's Kubernetes
 * datastore stores it, and the {@code projectcalico.org/v3} resource it stands for: a
 * BlockAffinity's {@code deleted} is a string, and the v3 metadata may be kept in the {@code
 * projectcalico.org/metadata} annotation (libcalico-go {@code
 * lib/backend/k8s/resources/resources.go}, {@code ConvertK8sResourceToCalicoResource}).
 */
final class CustomResources {

  static final String METADATA_ANNOTATION = "projectcalico.org/metadata";

  /** Go's {@code strconv.ParseBool} spellings. */
  private static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");

  private static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");

  /** Where a problem goes. */
  @FunctionalInterface
  interface Sink {
    void problem(SourceLocation at, String fieldPath, String message);
  }

  /** Where a metadata problem goes: its field path and message. */
  @FunctionalInterface
  interface MetaSink {
    void problem(String fieldPath, String message);
  }

  private CustomResources() {}

  /**
   * The custom resource's tree in the v3 shape: a BlockAffinity's string {@code spec.deleted}
   * ({@code internalapi.BlockAffinitySpec}) read with {@code strconv.ParseBool} as Calico's
   * {@code blockAffinityClientV1.toModelV1} reads it, {@code ""} as absent.
   */
  static Mapping toV3Shape(ResourceKind kind, Mapping m, Sink sink) {
    if (kind != ResourceKind.BLOCK_AFFINITY) {
      return m;
    }
    return replace(m, "spec", spec -> spec instanceof Mapping
        ? replace((Mapping) spec, "deleted", deleted -> deleted(deleted, sink))
        : spec);
  }

  private static Tree deleted(Tree v, Sink sink) {
    if (!(v instanceof Scalar) || ((Scalar) v).kind() != Kind.STRING) {
      return v;
    }
    Scalar s = (Scalar) v;
    if (s.text().isEmpty()) {
      return new Scalar(s.location(), Kind.NULL, "", null);
    }
    if (TRUE.contains(s.text()) || FALSE.contains(s.text())) {
      return new Scalar(s.location(), Kind.BOOL, s.text(), TRUE.contains(s.text()));
    }
    sink.problem(s.location(), "spec.deleted", "expected \"true\" or \"false\" (a "
        + Binder.CRD_V1 + " BlockAffinity's deleted is a string), got " + Binder.describe(s));
    return new Scalar(s.location(), Kind.NULL, "", null);
  }

  private interface Change {
    Tree apply(Tree value);
  }

  private static Mapping replace(Mapping m, String key, Change change) {
    List<Entry> entries = new ArrayList<>(m.entries().size());
    boolean changed = false;
    for (Entry e : m.entries()) {
      if (key.equals(GoYaml.keyString(e.key()))) {
        Tree v = change.apply(e.value());
        changed |= v != e.value();
        entries.add(new Entry(e.key(), v, e.merge()));
      } else {
        entries.add(e);
      }
    }
    return changed ? new Mapping(m.location(), entries) : m;
  }

  /**
   * The resource with the v3 metadata kept in its {@code projectcalico.org/metadata} annotation,
   * as {@code ConvertK8sResourceToCalicoResource} merges it: the annotation's metadata replaces
   * the custom resource's, except that name, namespace, resourceVersion and uid stay the custom
   * resource's, labels and annotations are the custom resource's overlaid with the annotation's
   * (the annotation itself removed), and the creation timestamp falls back to the custom
   * resource's. Unlike Calico, the uid is kept as the custom resource has it (Calico derives a
   * new one with {@code conversion.ConvertUID}), and owner references keep their uids too.
   *
   * @return the resource, or null (with a problem) when the annotation is not valid JSON metadata
   */
  static @Nullable Resource withCalicoMetadata(Resource r, MetaSink sink) {
    ObjectMeta cr = r.metadata();
    String json = cr.annotations().get(METADATA_ANNOTATION);
    if (json == null) {
      return r;
    }
    String path = "metadata.annotations[" + METADATA_ANNOTATION + "]";
    ObjectMeta meta;
    try {
      meta = fromJson(json);
    } catch (IllegalArgumentException e) {
      sink.problem(path, "not the JSON metadata Calico stores there: " + e.getMessage());
      return null;
    }
    Map<String, String> labels = new LinkedHashMap<>(cr.labels());
    labels.putAll(meta.labels());
    Map<String, String> annotations = new LinkedHashMap<>(cr.annotations());
    annotations.remove(METADATA_ANNOTATION);
    annotations.putAll(meta.annotations());
    List<ObjectMeta.OwnerReference> owners = new ArrayList<>();
    for (ObjectMeta.OwnerReference o : meta.ownerReferences()) {
      boolean calico = Binder.CRD_V1.equals(o.apiVersion())
          || "projectcalico.org/v3".equals(o.apiVersion());
      owners.add(calico
          ? new ObjectMeta.OwnerReference("projectcalico.org/v3", o.kind(), o.name(), o.uid(),
              o.controller(), o.blockOwnerDeletion())
          : o);
    }
    ObjectMeta merged =
        new ObjectMeta(
            cr.name(),
            meta.generateName(),
            cr.namespace(),
            cr.uid(),
            cr.resourceVersion(),
            meta.generation(),
            meta.creationTimestamp() != null ? meta.creationTimestamp() : cr.creationTimestamp(),
            meta.deletionTimestamp(),
            labels,
            annotations,
            owners,
            meta.finalizers());
    Schema schema = Schema.of(r.getClass());
    Object[] args = new Object[schema.components().size()];
    for (Component c : schema.components()) {
      args[c.index()] = c.wireName().equals("metadata") ? merged : c.get(r);
    }
    return (Resource) schema.construct(args);
  }

  /** Go's lenient {@code json.Unmarshal} into {@code metav1.ObjectMeta}: unknown fields skipped. */
  private static ObjectMeta fromJson(String json) {
    Tree t = GoJson.parse(json);
    if (GoJson.isNull(t)) {
      return ObjectMeta.EMPTY;
    }
    if (!(t instanceof Mapping)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Mapping m = (Mapping) t;
    List<ObjectMeta.OwnerReference> owners = new ArrayList<>();
    Tree refs = GoJson.member(m, "ownerReferences");
    if (refs instanceof Sequence) {
      for (Tree ref : ((Sequence) refs).items()) {
        if (ref instanceof Mapping) {
          Mapping o = (Mapping) ref;
          owners.add(new ObjectMeta.OwnerReference(text(o, "apiVersion"), text(o, "kind"),
              text(o, "name"), text(o, "uid"), bool(o, "controller"),
              bool(o, "blockOwnerDeletion")));
        }
      }
    }
    List<String> finalizers = new ArrayList<>();
    Tree f = GoJson.member(m, "finalizers");
    if (f instanceof Sequence) {
      for (Tree item : ((Sequence) f).items()) {
        if (item instanceof Scalar && ((Scalar) item).kind() == Kind.STRING) {
          finalizers.add(((Scalar) item).text());
        }
      }
    }
    Tree generation = GoJson.member(m, "generation");
    Long gen = generation instanceof Scalar && ((Scalar) generation).kind() == Kind.INT
        ? ((java.math.BigInteger) ((Scalar) generation).value()).longValue()
        : null;
    return new ObjectMeta(null, text(m, "generateName"), null, null, null, gen,
        text(m, "creationTimestamp"), text(m, "deletionTimestamp"), map(m, "labels"),
        map(m, "annotations"), owners, finalizers);
  }

  private static @Nullable String text(Mapping m, String field) {
    Tree v = GoJson.member(m, field);
    return v instanceof Scalar && ((Scalar) v).kind() == Kind.STRING ? ((Scalar) v).text() : null;
  }

  private static @Nullable Boolean bool(Mapping m, String field) {
    Tree v = GoJson.member(m, field);
    return v instanceof Scalar && ((Scalar) v).kind() == Kind.BOOL
        ? (Boolean) ((Scalar) v).value()
        : null;
  }

  private static Map<String, String> map(Mapping m, String field) {
    Tree v = GoJson.member(m, field);
    Map<String, String> out = new LinkedHashMap<>();
    if (v instanceof Mapping) {
      for (Entry e : ((Mapping) v).entries()) {
        Tree value = e.value();
        if (value instanceof Scalar && ((Scalar) value).kind() == Kind.STRING) {
          out.put(((Scalar) e.key()).text(), ((Scalar) value).text());
        } else if (!GoJson.isNull(value)) {
          throw new IllegalArgumentException(field + " is not an object of strings");
        }
      }
    } else if (v != null && !GoJson.isNull(v)) {
      throw new IllegalArgumentException(field + " is not an object of strings");
    }
    return out;
  }
}
