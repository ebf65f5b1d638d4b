package io.github.calicobgp.etcd;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.options.GetOption;
import io.github.calicobgp.api.etcd.EtcdLayout;
import io.github.calicobgp.api.etcd.EtcdValue;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.live.DatastoreConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Writes Calico's layout into a test etcd and reads it back from scratch. */
final class EtcdTestClient implements AutoCloseable {

  private final Client client;

  EtcdTestClient(String endpoint) {
    client = Client.builder().endpoints(endpoint).build();
  }

  /** A writer connected as {@code config} says (TLS files, user), through the source's builder. */
  EtcdTestClient(DatastoreConfig config) {
    client = EtcdClients.build(config);
  }

  static DatastoreConfig config(String endpoint) {
    return DatastoreConfig.etcd(List.of(endpoint));
  }

  long put(Resource r) throws Exception {
    return put(EtcdLayout.keyOf(r), EtcdLayout.valueOf(r));
  }

  long put(String key, String value) throws Exception {
    return put(key, value.getBytes(StandardCharsets.UTF_8));
  }

  long put(String key, byte[] value) throws Exception {
    return client.getKVClient().put(bytes(key), ByteSequence.from(value))
        .get(10, TimeUnit.SECONDS).getHeader().getRevision();
  }

  CompletableFuture<?> putAsync(Resource r) {
    return client.getKVClient().put(bytes(EtcdLayout.keyOf(r)), ByteSequence.from(EtcdLayout.valueOf(r)));
  }

  long delete(Resource r) throws Exception {
    return delete(EtcdLayout.keyOf(r));
  }

  long delete(String key) throws Exception {
    return client.getKVClient().delete(bytes(key)).get(10, TimeUnit.SECONDS).getHeader().getRevision();
  }

  long revision() throws Exception {
    return client.getKVClient().get(bytes("/calico/")).get(10, TimeUnit.SECONDS).getHeader().getRevision();
  }

  void compact(long revision) throws Exception {
    client.getKVClient().compact(revision).get(10, TimeUnit.SECONDS);
  }

  /** Every resource under /calico/, decoded as a from-scratch read would. */
  List<Resource> readAll() throws Exception {
    List<KeyValue> kvs = client.getKVClient()
        .get(bytes("/calico/"), GetOption.builder().isPrefix(true).build())
        .get(30, TimeUnit.SECONDS).getKvs();
    List<Resource> all = new ArrayList<>();
    for (KeyValue kv : kvs) {
      if (EtcdLayout.decode(kv.getKey().toString(StandardCharsets.UTF_8), kv.getValue().getBytes())
          instanceof EtcdValue.Decoded d) {
        all.add(d.resource());
      }
    }
    return all;
  }

  private static ByteSequence bytes(String s) {
    return ByteSequence.from(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    client.close();
  }
}
