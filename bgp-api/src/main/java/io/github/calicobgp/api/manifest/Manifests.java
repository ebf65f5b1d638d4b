package io.github.calicobgp.api.manifest;

import com.fasterxml.jackson.core.TreeNode;
import io.github.calicobgp.api.resource.Resource;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes manifests: multi-document YAML or JSON files of resources, decoded the way
 * calicoctl decodes them (see the package documentation).
 *
 * <p>Reading is all or nothing: either every resource of every source, or a {@link
 * ManifestException} listing every problem found. A document is one resource, a {@code
 * <Kind>List} with {@code items}, a {@code v1 List}, or a sequence of resources; empty documents
 * are skipped.
 *
 * <p>Writing gives YAML documents separated by {@code ---}, or JSON: one object for one
 * resource, and a {@code v1 List} (as {@code kubectl get -o json} prints) for any other number.
 * What is written reads back as equal resources.
 */
public final class Manifests {

  private Manifests() {}

  /**
   * Reads files, in order.
   *
   * @param files the manifest files, YAML or JSON, each possibly holding many documents
   * @return every resource read, in file and document order, with its location
   */
  public static ResourceSet read(Path... files) {
    return read(List.of(files));
  }

  /**
   * Reads files, in order.
   *
   * @param files the manifest files, YAML or JSON, each possibly holding many documents
   * @return every resource read, in file and document order, with its location
   */
  public static ResourceSet read(List<Path> files) {
    return read(files, ReadLimits.DEFAULT);
  }

  /**
   * Reads files, in order, within {@code limits}.
   *
   * @param files the manifest files, YAML or JSON, each possibly holding many documents
   * @param limits the bounds on sizes, nesting, aliases and problems
   * @return every resource read, in file and document order, with its location
   */
  public static ResourceSet read(List<Path> files, ReadLimits limits) {
    return read(files, ReadOptions.DEFAULT.withLimits(limits));
  }

  /**
   * Reads files, in order, with {@code options}.
   *
   * @param files the files
   * @param options the limits and Calico's {@code usePodCIDR}
   * @return the resources
   * @throws ManifestException listing every problem
   */
  public static ResourceSet read(List<Path> files, ReadOptions options) {
    List<ManifestReader.Source> sources = new ArrayList<>(files.size());
    for (Path f : files) {
      sources.add(ManifestReader.file(f));
    }
    return ManifestReader.read(sources, options);
  }

  /**
   * Reads manifest text; {@code sourceName} names it in locations.
   *
   * @param content the YAML or JSON text
   * @param sourceName the name that locations give the text, e.g. a file name
   * @return every resource read, in document order, with its location
   */
  public static ResourceSet read(String content, String sourceName) {
    return read(content, sourceName, ReadLimits.DEFAULT);
  }

  /**
   * Reads manifest text within {@code limits}; {@code sourceName} names it in locations.
   *
   * @param content the YAML or JSON text
   * @param sourceName the name that locations give the text, e.g. a file name
   * @param limits the bounds on sizes, nesting, aliases and problems
   * @return every resource read, in document order, with its location
   */
  public static ResourceSet read(String content, String sourceName, ReadLimits limits) {
    return read(content, sourceName, ReadOptions.DEFAULT.withLimits(limits));
  }

  /**
   * Reads manifest text with {@code options}; {@code sourceName} names it in locations.
   *
   * @param content the text
   * @param sourceName its name in locations
   * @param options the limits and Calico's {@code usePodCIDR}
   * @return the resources
   * @throws ManifestException listing every problem
   */
  public static ResourceSet read(String content, String sourceName, ReadOptions options) {
    return ManifestReader.read(List.of(ManifestReader.text(content, sourceName)), options);
  }

  /**
   * Reads a stream (UTF-8, or UTF-16 with a byte-order mark) to its end without closing it;
   * {@code sourceName} names it in locations ({@code -} for standard input).
   *
   * @param in the stream to read; left open
   * @param sourceName the name that locations give the stream
   * @return every resource read, in document order, with its location
   */
  public static ResourceSet read(InputStream in, String sourceName) {
    return read(in, sourceName, ReadLimits.DEFAULT);
  }

  /**
   * Reads a stream within {@code limits}, as {@link #read(InputStream, String)} does.
   *
   * @param in the stream to read; left open
   * @param sourceName the name that locations give the stream
   * @param limits the bounds on sizes, nesting, aliases and problems
   * @return every resource read, in document order, with its location
   */
  public static ResourceSet read(InputStream in, String sourceName, ReadLimits limits) {
    return read(in, sourceName, ReadOptions.DEFAULT.withLimits(limits));
  }

  /**
   * Reads a stream with {@code options}, as {@link #read(InputStream, String)} does.
   *
   * @param in the stream, read to its end and not closed
   * @param sourceName its name in locations ({@code -} for standard input)
   * @param options the limits and Calico's {@code usePodCIDR}
   * @return the resources
   * @throws ManifestException listing every problem
   */
  public static ResourceSet read(InputStream in, String sourceName, ReadOptions options) {
    return ManifestReader.read(List.of(ManifestReader.stream(in, sourceName)), options);
  }

  /**
   * Reads an object a program already holds as a Jackson tree (a {@code JsonNode} from {@code
   * ObjectMapper.readTree} or {@code valueToTree}, or any other {@link TreeNode}): one resource,
   * a {@code v1 List} or {@code <Kind>List}, or an array of them, decoded exactly as the same
   * JSON in a file would be.
   *
   * <p>There is no file or line: problems are located at {@code origin}, a description the
   * caller chooses (such as {@code "kubernetes watch"} or {@code "etcd /calico/resources/..."}),
   * and print as {@code origin: Kind/name: spec.field: message}.
   *
   * @param tree the object
   * @param origin what the object is, for problems
   * @return the resources
   * @throws ManifestException listing every problem
   */
  public static ResourceSet readTree(TreeNode tree, String origin) {
    return readTree(tree, origin, ReadOptions.DEFAULT);
  }

  /**
   * Reads a Jackson tree with {@code options}, as {@link #readTree(TreeNode, String)} does.
   *
   * @param tree the object
   * @param origin what the object is, for problems
   * @param options the limits and Calico's {@code usePodCIDR}
   * @return the resources
   * @throws ManifestException listing every problem
   */
  public static ResourceSet readTree(TreeNode tree, String origin, ReadOptions options) {
    Tree t = MemoryTrees.of(tree, new SourceLocation(origin, 0, 0));
    return ManifestReader.decode(List.of(t), options);
  }

  /**
   * Reads an object a program already holds as nested maps, lists, strings, numbers and
   * booleans: what a generic Kubernetes client gives (fabric8's {@code
   * GenericKubernetesResource.getAdditionalProperties()} together with its {@code apiVersion},
   * {@code kind} and {@code metadata}, or an unstructured object), decoded exactly as the same
   * JSON in a file would be. Problems print as {@code origin: Kind/name: spec.field: message}.
   *
   * @param object the object: one resource, a {@code v1 List} or a {@code <Kind>List}
   * @param origin what the object is, for problems
   * @return the resources
   * @throws ManifestException listing every problem
   */
  public static ResourceSet readMap(Map<String, ?> object, String origin) {
    return readMaps(List.of(object), origin, ReadOptions.DEFAULT);
  }

  /**
   * Reads objects held as nested maps, as {@link #readMap(Map, String)} does, all or nothing.
   *
   * @param objects the objects, in order
   * @param origin what they are, for problems
   * @param options the limits and Calico's {@code usePodCIDR}
   * @return the resources, in order
   * @throws ManifestException listing every problem
   */
  public static ResourceSet readMaps(
      Collection<? extends Map<String, ?>> objects, String origin, ReadOptions options) {
    SourceLocation at = new SourceLocation(origin, 0, 0);
    List<Tree> trees = new ArrayList<>(objects.size());
    for (Map<String, ?> object : objects) {
      trees.add(MemoryTrees.of(object, at));
    }
    return ManifestReader.decode(trees, options);
  }

  /**
   * {@return the resources as YAML documents separated by {@code ---} lines; "" for none}
   *
   * @param resources the resources to write, in order
   */
  public static String toYaml(Collection<? extends Resource> resources) {
    return ManifestWriter.yaml(resources);
  }

  /**
   * One resource as a YAML document.
   *
   * @param resource the resource to write
   * @return the YAML document, without a {@code ---} line
   */
  public static String toYaml(Resource resource) {
    return ManifestWriter.yaml(List.of(resource));
  }

  /**
   * {@return the resources as pretty-printed JSON: the object itself for exactly one resource, else
   * a {@code v1 List} object holding them in {@code items}}
   *
   * @param resources the resources to write, in order
   */
  public static String toJson(Collection<? extends Resource> resources) {
    return ManifestWriter.json(resources, resources.size() != 1);
  }

  /**
   * One resource as a pretty-printed JSON object.
   *
   * @param resource the resource to write
   * @return the JSON text
   */
  public static String toJson(Resource resource) {
    return ManifestWriter.json(List.of(resource), false);
  }
}
