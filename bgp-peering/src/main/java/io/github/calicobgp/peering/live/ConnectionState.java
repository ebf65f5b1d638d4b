package io.github.calicobgp.peering.live;

/** The state of a source's connection to its datastore. */
public enum ConnectionState {
  /** Not connected yet, or trying again after a failure. */
  CONNECTING,
  /** Connected and watching. */
  CONNECTED,
  /** The connection failed; the source retries with backoff. */
  DISCONNECTED,
  /** Closed for good. */
  CLOSED
}
