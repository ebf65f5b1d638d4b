package io.github.calicobgp.agent;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.op.Op;
import io.etcd.jetcd.options.DeleteOption;
import io.etcd.jetcd.options.PutOption;
import io.github.calicobgp.api.etcd.EtcdLayout;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.etcd.EtcdClients;
import io.github.calicobgp.etcd.EtcdSource;
import io.github.calicobgp.peering.live.DatastoreConfig;
import io.github.calicobgp.peering.live.ResourceSource;
import io.github.calicobgp.testkit.lab.EtcdServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real etcd server holding Calico's etcdv3 layout; each batch is one transaction. */
final class EtcdDatastore extends Datastore {

  private final EtcdServer server;
  private final Client client;

  EtcdDatastore() {
    server = EtcdServer.startOrSkip();
    client = EtcdClients.build(config());
  }

  EtcdServer server() {
    return server;
  }

  DatastoreConfig config() {
    return DatastoreConfig.etcd(List.of(server.endpoint()));
  }

  @Override
  ResourceSource source() {
    return new EtcdSource(config());
  }

  @Override
  void write(List<Resource> batch) {
    Op[] puts =
        batch.stream()
            .map(r -> Op.put(bytes(EtcdLayout.keyOf(r)), ByteSequence.from(EtcdLayout.valueOf(r)), PutOption.DEFAULT))
            .toArray(Op[]::new);
    commit(puts);
  }

  /** Writes raw bytes under a key, e.g. a value that does not decode. */
  void writeRaw(String key, String value) {
    commit(Op.put(bytes(key), bytes(value), PutOption.DEFAULT));
  }

  @Override
  void remove(List<Resource> batch) {
    Op[] deletes =
        batch.stream()
            .map(r -> Op.delete(bytes(EtcdLayout.keyOf(r)), DeleteOption.DEFAULT))
            .toArray(Op[]::new);
    commit(deletes);
  }

  /** Commits in one transaction, trying again for 30 s while etcd is unreachable (restarting). */
  private void commit(Op... ops) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        client.getKVClient().txn().Then(ops).commit().get(30, TimeUnit.SECONDS);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted writing to etcd", e);
      } catch (Exception e) {
        if (System.nanoTime() - deadline > 0) {
          throw new IllegalStateException("etcd write failed: " + e, e);
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted writing to etcd", interrupted);
        }
      }
    }
  }

  private static ByteSequence bytes(String text) {
    return ByteSequence.from(text, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
