package io.github.calicobgp.agent;

import io.github.calicobgp.api.manifest.Manifests;
import io.github.calicobgp.api.resource.Resource;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.ResourceKey;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.ResourceSource;
import io.github.calicobgp.peering.live.SourceListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A datastore that is a manifest file, for agents run as separate processes in tests: lists it
 * at start, then polls it and delivers what changed (a file replaced by rename is read whole).
 */
final class FileSource implements ResourceSource {

  private final Path file;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();
  private final Map<ResourceKey, Resource> current = new LinkedHashMap<>();
  private FileTime seen = FileTime.fromMillis(0);

  FileSource(Path file) {
    this.file = file;
  }

  @Override
  public void start(SourceListener listener) {
    thread.execute(
        () -> {
          listener.connection(ConnectionState.CONNECTED);
          poll(listener);
          listener.inSync();
        });
    thread.scheduleWithFixedDelay(() -> poll(listener), 10, 10, TimeUnit.MILLISECONDS);
  }

  private void poll(SourceListener listener) {
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      if (modified.equals(seen)) {
        return;
      }
      seen = modified;
      Map<ResourceKey, Resource> next = new LinkedHashMap<>();
      for (Resource resource : Manifests.read(file).all()) {
        next.put(ResourceKey.of(resource), resource);
      }
      List<ResourceEvent> batch = new ArrayList<>();
      for (ResourceKey key : current.keySet()) {
        if (!next.containsKey(key)) {
          batch.add(ResourceEvent.delete(key));
        }
      }
      next.forEach(
          (key, resource) -> {
            if (!resource.equals(current.get(key))) {
              batch.add(ResourceEvent.upsert(resource));
            }
          });
      current.clear();
      current.putAll(next);
      if (!batch.isEmpty()) {
        listener.events(batch);
      }
    } catch (Exception e) {
      listener.undecodable(file.toString(), e.toString());
    }
  }

  @Override
  public String description() {
    return "file " + file;
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
