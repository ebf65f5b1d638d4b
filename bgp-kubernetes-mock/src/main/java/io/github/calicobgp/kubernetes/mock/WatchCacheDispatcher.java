package io.github.calicobgp.kubernetes.mock;

import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;
import java.net.URI;
import java.util.List;

/**
 * fabric8's CRUD dispatcher (the mock's store, which outlives a restart of the server in front
 * of it) with the one thing a restarted API server does that the mock does not: its watch cache
 * starts at the restart, so a watch from an older {@code resourceVersion} is answered, as
 * Kubernetes' watch cache answers it, with an {@code ERROR} event whose Status is 410 Gone
 * ("too old resource version"), and the client relists. The plain mock ignores the version and
 * sends every stored object as ADDED, so an object deleted while a client was away would never
 * be deleted on that client.
 */
final class WatchCacheDispatcher extends KubernetesCrudDispatcher {

  private volatile long lastIssued;
  /** The oldest resource version a watch may start from; 0: any. */
  private volatile long oldestWatchable;

  WatchCacheDispatcher(List<CustomResourceDefinitionContext> crds) {
    super(crds);
  }

  @Override
  public long requestResourceVersion() {
    long version = super.requestResourceVersion();
    lastIssued = version;
    return version;
  }

  /** A server restarts in front of this store: its watch cache starts now. */
  void restarted() {
    oldestWatchable = lastIssued;
  }

  @Override
  public MockResponse handleWatch(String path) {
    long from = resourceVersion(path);
    if (from > 0 && from < oldestWatchable) {
      String status = "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\","
          + "\"metadata\":{},\"status\":\"Failure\",\"message\":\"too old resource version: "
          + from + " (" + oldestWatchable + ")\",\"reason\":\"Expired\",\"code\":410}}";
      return new MockResponse().withWebSocketUpgrade(new WebSocketListener() {
        @Override
        public void onOpen(WebSocket webSocket, Response response) {
          webSocket.send(status);
          webSocket.close(1000, "");
        }
      });
    }
    return super.handleWatch(path);
  }

  /** The watch's {@code resourceVersion} parameter, 0 when absent or not a number. */
  private static long resourceVersion(String path) {
    String query = URI.create(path).getRawQuery();
    if (query == null) {
      return 0;
    }
    for (String parameter : query.split("&")) {
      if (parameter.startsWith("resourceVersion=")) {
        try {
          return Long.parseLong(parameter.substring("resourceVersion=".length()));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }
}
