package io.github.calicobgp.testkit.lab;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Some BGP sessions of the lab were not Established before the deadline. */
public final class NotEstablishedException extends LabTimeoutException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<ProtocolState>> notEstablished;

  /**
   * The BGP protocols, per host, that were not Established when {@code timeout} passed.
   *
   * @param timeout how long the lab waited
   * @param notEstablished the protocols not Established, by host
   */
  public NotEstablishedException(Duration timeout, Map<String, List<ProtocolState>> notEstablished) {
    super(message(timeout, notEstablished));
    Map<String, List<ProtocolState>> copy = new LinkedHashMap<>();
    notEstablished.forEach((host, states) -> copy.put(host, List.copyOf(states)));
    this.notEstablished = Collections.unmodifiableMap(copy);
  }

  /**
   * {@return the protocols that did not get there, by host, in the state they were last seen in}
   */
  public Map<String, List<ProtocolState>> notEstablished() {
    return notEstablished;
  }

  private static String message(Duration timeout, Map<String, List<ProtocolState>> notEstablished) {
    return "BGP sessions not Established after "
        + timeout.toMillis()
        + " ms:"
        + notEstablished.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(p -> "\n  " + e.getKey() + " " + p.summary()))
            .collect(Collectors.joining());
  }
}
