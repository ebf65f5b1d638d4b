package io.github.calicobgp.api.etcd;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.calicobgp.api.manifest.ManifestException;
import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.manifest.ResourceSet;
import io.github.calicobgp.api.resource.BlockAffinity;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.api.resource.ResourceKind;
import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.api.value.ValueFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Calico's etcdv3 layout: the key of each resource this library reads, and the decoding of its
 * value.
 *
 * <p>Which keys count follows Calico's BGP syncer ({@code
 * libcalico-go/lib/backend/syncersv1/bgpsyncer/bgpsyncer.go}, {@code New}), which lists IPPools,
 * BGPConfigurations, Nodes, BGPPeers, BGPFilters and the block affinities of hosts; confd adds
 * WorkloadEndpoints for local workload peers. Every other key under {@code /calico/} (other
 * kinds, IPAM blocks and handles, Felix's status keys, virtual affinities) is {@link
 * EtcdValue.Ignored}: the syncer lists each kind by its own prefix, so it never sees them. A key
 * of a known kind with the wrong number of segments is ignored the same way, as the regular
 * expressions of {@code ResourceListOptions.KeyFromDefaultPath} and {@code
 * BlockAffinityListOptions.KeyFromDefaultPath} reject it.
 *
 * <p>A value that does not decode is {@link EtcdValue.Undecodable}. Calico's list skips such a
 * value ({@code libcalico-go/lib/backend/etcdv3/conversion.go}, {@code convertListResponse});
 * on a watch the parse error makes the watcher cache resync ({@code
 * libcalico-go/lib/backend/watchersyncer/watchercache.go}), and the relist skips it again: the
 * resource is, in the end, absent. Values are decoded as strictly as manifests (unknown fields
 * are an error), where Go's decoder would drop them.
 */
public final class EtcdLayout {

  /** The prefix of everything Calico stores. */
  public static final String PREFIX = "/calico/";

  /** Where the v3 resources are, followed by {@code <plural>/[<namespace>/]<name>}. */
  public static final String RESOURCES = "/calico/resources/v3/projectcalico.org/";

  /** Where the block affinities of hosts are, followed by {@code <node>/ipvN/block/<cidr>}. */
  public static final String HOST_AFFINITIES = "/calico/ipam/v2/host/";

  private static final JsonFactory JSON = new JsonFactory();

  private static final Map<ResourceKind, String> PLURALS = new EnumMap<>(ResourceKind.class);

  static {
    // libcalico-go/lib/backend/model/resource.go, init: the plurals, lower-cased.
    PLURALS.put(ResourceKind.BGP_CONFIGURATION, "bgpconfigurations");
    PLURALS.put(ResourceKind.BGP_PEER, "bgppeers");
    PLURALS.put(ResourceKind.BGP_FILTER, "bgpfilters");
    PLURALS.put(ResourceKind.NODE, "nodes");
    PLURALS.put(ResourceKind.IP_POOL, "ippools");
    PLURALS.put(ResourceKind.WORKLOAD_ENDPOINT, "workloadendpoints");
  }

  private EtcdLayout() {}

  /**
   * The resource {@code etcdKey} stands for.
   *
   * @param etcdKey a key, e.g. {@code /calico/resources/v3/projectcalico.org/bgppeers/rr}
   * @return the resource, or empty when the key is not one this library reads
   */
  public static Optional<EtcdKey> parseKey(String etcdKey) {
    if (etcdKey.startsWith(RESOURCES)) {
      return resourceKey(etcdKey);
    }
    if (etcdKey.startsWith(HOST_AFFINITIES)) {
      return affinityKey(etcdKey).map(a -> a.key);
    }
    return Optional.empty();
  }

  /**
   * Decodes one key and its value.
   *
   * @param etcdKey the key
   * @param value the value's bytes (UTF-8 JSON)
   * @return the resource, {@link EtcdValue.Ignored} or {@link EtcdValue.Undecodable}
   */
  public static EtcdValue decode(String etcdKey, byte[] value) {
    if (etcdKey.startsWith(RESOURCES)) {
      Optional<EtcdKey> key = resourceKey(etcdKey);
      return key.isEmpty() ? new EtcdValue.Ignored(etcdKey) : decodeResource(key.get(), etcdKey, value);
    }
    if (etcdKey.startsWith(HOST_AFFINITIES)) {
      Optional<AffinityKey> key = affinityKey(etcdKey);
      return key.isEmpty() ? new EtcdValue.Ignored(etcdKey) : decodeAffinity(key.get(), etcdKey, value);
    }
    return new EtcdValue.Ignored(etcdKey);
  }

  /**
   * The key Calico stores {@code resource} under.
   *
   * @param resource a resource of a kind Calico keeps in etcd
   * @return its key
   * @throws IllegalArgumentException when the kind is not kept in etcd (Kubernetes kinds), or a
   *     block affinity has no usable node or CIDR
   */
  public static String keyOf(Resource resource) {
    if (resource instanceof BlockAffinity affinity) {
      String node = affinity.spec().node();
      if (node == null || node.isEmpty() || affinity.spec().cidr() == null) {
        throw new IllegalArgumentException(resource.displayName() + ": no node or no cidr");
      }
      CIDR cidr = CIDR.parse(affinity.spec().cidr()).masked();
      return HOST_AFFINITIES + node + "/ipv" + (cidr.family() == IPFamily.V4 ? 4 : 6)
          + "/block/" + cidr.toString().replace('/', '-');
    }
    String plural = PLURALS.get(resource.resourceKind());
    if (plural == null) {
      throw new IllegalArgumentException(resource.kind() + " is not stored in Calico's etcd");
    }
    String ns = resource.metadata().namespaceOrEmpty();
    return RESOURCES + plural + "/" + (namespaced(resource.resourceKind()) ? ns + "/" : "")
        + resource.metadata().nameOrEmpty();
  }

  /**
   * The value Calico stores for {@code resource}: its compact JSON, or for a block affinity only
   * its state and tombstone flag.
   *
   * @param resource a resource of a kind Calico keeps in etcd
   * @return the UTF-8 bytes of the value
   */
  public static byte[] valueOf(Resource resource) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      if (resource instanceof BlockAffinity affinity) {
        String state = affinity.spec().state();
        g.writeStartObject();
        g.writeStringField("state", state == null ? "" : state);
        g.writeBooleanField("deleted", Boolean.TRUE.equals(affinity.spec().deleted()));
        g.writeEndObject();
      } else {
        try (JsonParser p = JSON.createParser(Manifests.toJson(resource))) {
          p.nextToken();
          g.copyCurrentStructure(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + resource.displayName(), e);
    }
    return out.toByteArray();
  }

  /**
   * The name Calico gives the CRD of a block affinity: {@code <host>-<cidr>} with {@code .},
   * {@code :} and {@code /} as {@code -}, shortened with a hash when too long ({@code
   * libcalico-go/lib/backend/k8s/resources/ipam_affinity_v1.go}, {@code parseKey}).
   *
   * @param host the node
   * @param cidr the block, masked
   * @return the name
   */
  public static String affinityName(String host, CIDR cidr) {
    return BlockAffinity.calicoName(host, cidr);
  }

  private static boolean namespaced(ResourceKind kind) {
    return kind == ResourceKind.WORKLOAD_ENDPOINT;
  }

  private static Optional<EtcdKey> resourceKey(String etcdKey) {
    String[] parts = etcdKey.substring(RESOURCES.length()).split("/", -1);
    for (Map.Entry<ResourceKind, String> e : PLURALS.entrySet()) {
      if (!e.getValue().equals(parts[0])) {
        continue;
      }
      boolean namespaced = namespaced(e.getKey());
      if (parts.length != (namespaced ? 3 : 2)) {
        return Optional.empty();
      }
      for (int i = 1; i < parts.length; i++) {
        if (parts[i].isEmpty()) {
          return Optional.empty();
        }
      }
      return Optional.of(namespaced
          ? new EtcdKey(e.getKey(), parts[1], parts[2])
          : new EtcdKey(e.getKey(), "", parts[1]));
    }
    return Optional.empty();
  }

  private record AffinityKey(EtcdKey key, String host, CIDR cidr) {}

  private static Optional<AffinityKey> affinityKey(String etcdKey) {
    // BlockAffinityListOptions.KeyFromDefaultPath: ^/?calico/ipam/v2/host/([^/]+)/ipv./block/([^/]+)$
    String[] parts = etcdKey.substring(HOST_AFFINITIES.length()).split("/", -1);
    if (parts.length != 4 || parts[0].isEmpty() || parts[3].isEmpty()
        || parts[1].length() != 4 || !parts[1].startsWith("ipv") || !parts[2].equals("block")) {
      return Optional.empty();
    }
    CIDR cidr;
    try {
      cidr = CIDR.parse(parts[3].replaceFirst("-", "/")).masked();
    } catch (ValueFormatException e) {
      return Optional.empty(); // Calico logs at debug level and skips the key.
    }
    String host = parts[0];
    return Optional.of(new AffinityKey(
        new EtcdKey(ResourceKind.BLOCK_AFFINITY, "", affinityName(host, cidr)), host, cidr));
  }

  private static EtcdValue decodeResource(EtcdKey key, String etcdKey, byte[] value) {
    if (value.length == 0) {
      return new EtcdValue.Undecodable(key, etcdKey, "empty value");
    }
    String text = new String(value, StandardCharsets.UTF_8);
    if (!text.stripLeading().startsWith("{")) {
      // Calico decodes the value with json.Unmarshal into the resource's struct: only a JSON
      // object can be one (the manifest reader would also take YAML, which Calico cannot).
      return new EtcdValue.Undecodable(key, etcdKey, "not a JSON object");
    }
    ResourceSet set;
    try {
      set = Manifests.read(text, etcdKey);
    } catch (ManifestException e) {
      ManifestException.Problem p = e.problems().get(0);
      String message = (p.resource() == null ? "" : p.resource() + ": ")
          + (p.fieldPath().isEmpty() ? "" : p.fieldPath() + ": ") + p.message();
      return new EtcdValue.Undecodable(key, etcdKey, message);
    }
    if (set.size() != 1) {
      return new EtcdValue.Undecodable(key, etcdKey, "holds " + set.size() + " resources, not one");
    }
    Resource resource = set.all().get(0);
    if (resource.resourceKind() != key.kind()) {
      return new EtcdValue.Undecodable(
          key, etcdKey, "holds a " + resource.kind() + " where a " + key.kind().kind() + " belongs");
    }
    if (!resource.metadata().nameOrEmpty().equals(key.name())
        || !resource.metadata().namespaceOrEmpty().equals(key.namespace())) {
      return new EtcdValue.Undecodable(
          key, etcdKey, "holds " + resource.displayName() + ", which belongs under another key");
    }
    return new EtcdValue.Decoded(key, resource);
  }

  private static EtcdValue decodeAffinity(AffinityKey key, String etcdKey, byte[] value) {
    // block_affinity.go, parseValue: affinities used to be stored with no value; read as {}.
    // Go's decoder ignores unknown fields here (model.BlockAffinity has only state and deleted)
    // but refuses a value of the wrong type.
    String state = "";
    boolean deleted = false;
    if (value.length > 0) {
      try (JsonParser p = JSON.createParser(value)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return new EtcdValue.Undecodable(key.key, etcdKey, "not a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken t = p.nextToken();
          if (field.equals("state")) {
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NULL) {
              return new EtcdValue.Undecodable(key.key, etcdKey, "state: not a string");
            }
            state = t == JsonToken.VALUE_NULL ? "" : p.getText();
          } else if (field.equals("deleted")) {
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE && t != JsonToken.VALUE_NULL) {
              return new EtcdValue.Undecodable(key.key, etcdKey, "deleted: not a boolean");
            }
            deleted = t == JsonToken.VALUE_TRUE;
          } else {
            p.skipChildren();
          }
        }
        if (p.nextToken() != null) {
          return new EtcdValue.Undecodable(key.key, etcdKey, "not JSON: text after the object");
        }
      } catch (IOException e) {
        String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
            ? j.getOriginalMessage() : e.getMessage();
        return new EtcdValue.Undecodable(key.key, etcdKey, "not JSON: " + why);
      }
    }
    BlockAffinity affinity = new BlockAffinity(
        ObjectMeta.named(key.key.name()),
        new BlockAffinity.Spec(state, key.host, "host", key.cidr.toString(), deleted));
    return new EtcdValue.Decoded(key.key, affinity);
  }
}
