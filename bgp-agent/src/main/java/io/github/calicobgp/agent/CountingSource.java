package io.github.calicobgp.agent;

import io.github.calicobgp.peering.Datastore;
import io.github.calicobgp.peering.ResourceEvent;
import io.github.calicobgp.peering.live.ConnectionState;
import io.github.calicobgp.peering.live.ResourceSource;
import io.github.calicobgp.peering.live.SourceListener;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source that counts and logs what another delivers (events, values that do not decode,
 * connection changes) and passes everything on unchanged.
 */
final class CountingSource implements ResourceSource {

  private static final Logger LOG = LoggerFactory.getLogger(CountingSource.class);

  private final ResourceSource delegate;
  private final AgentMetrics metrics;

  CountingSource(ResourceSource delegate, AgentMetrics metrics) {
    this.delegate = delegate;
    this.metrics = metrics;
  }

  @Override
  public void start(SourceListener listener) {
    delegate.start(
        new SourceListener() {
          @Override
          public void events(List<ResourceEvent> batch) {
            metrics.batch(batch.size());
            LOG.debug("event=batch size={}", batch.size());
            listener.events(batch);
          }

          @Override
          public void inSync() {
            listener.inSync();
          }

          @Override
          public void connection(ConnectionState state) {
            LOG.info("event=datastore_connection state={} source=\"{}\"", state, description());
            listener.connection(state);
          }

          @Override
          public void undecodable(String key, String message) {
            metrics.undecodable();
            LOG.warn(
                "event=undecodable key=\"{}\" reason=\"{}\"",
                ConfigWriter.oneLine(key),
                ConfigWriter.oneLine(message));
            listener.undecodable(key, message);
          }
        });
  }

  @Override
  public String description() {
    return delegate.description();
  }

  @Override
  public Datastore datastore() {
    return delegate.datastore();
  }

  @Override
  public Optional<String> lastError() {
    return delegate.lastError();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
