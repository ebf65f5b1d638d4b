package io.github.calicobgp.agent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A small HTTP server (the JDK's) for probes and scrapes: {@code /healthz} answers 200 while the
 * agent runs, {@code /readyz} 200 when it is ready (in sync and the last write good) and 503 with
 * the reason otherwise, {@code /metrics} the Prometheus text.
 */
public final class AgentHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;

  /**
   * Starts serving on {@code address}.
   *
   * @param address where to listen (port 0 for any free port)
   * @param readiness empty when ready, else why not
   * @param metrics the metrics to expose
   * @throws IOException if the address cannot be bound
   */
  public AgentHttpServer(
      InetSocketAddress address, Supplier<String> readiness, AgentMetrics metrics)
      throws IOException {
    server = HttpServer.create(address, 16);
    executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "calico-bgp-agent-http");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    server.createContext("/healthz", exchange -> reply(exchange, 200, "ok\n", "text/plain"));
    server.createContext(
        "/readyz",
        exchange -> {
          String notReady = readiness.get();
          if (notReady.isEmpty()) {
            reply(exchange, 200, "ready\n", "text/plain");
          } else {
            reply(exchange, 503, "not ready: " + notReady + "\n", "text/plain");
          }
        });
    server.createContext(
        "/metrics",
        exchange ->
            reply(exchange, 200, metrics.scrape(), "text/plain; version=0.0.4; charset=utf-8"));
    server.start();
  }

  /**
   * The address the server listens on (with the port chosen when 0 was asked).
   *
   * @return the bound address
   */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private static void reply(HttpExchange exchange, int status, String body, String type)
      throws IOException {
    try (exchange) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  /** Stops serving at once. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
