package io.github.calicobgp.testkit.lab;

/** A daemon of the lab exited while starting, usually because it rejected its configuration. */
public final class DaemonStartException extends LabException {
  private static final long serialVersionUID = 1L;

  /** The node or peer whose daemon failed. */
  private final String host;
  /** The daemon that failed. */
  private final String daemon;
  /** What the daemon printed. */
  private final String daemonOutput;

  /**
   * The daemon {@code daemon} (e.g. {@code bird6}) of {@code host} failed, printing {@code
   * daemonOutput}.
   *
   * @param host the node or peer whose daemon failed
   * @param daemon the daemon, {@code bird}, {@code bird6} or {@code bgpd}
   * @param exitCode the daemon's exit code
   * @param daemonOutput what the daemon printed
   */
  public DaemonStartException(String host, String daemon, int exitCode, String daemonOutput) {
    super(daemon + " of " + host + " failed to start (exit code " + exitCode + "): " + daemonOutput);
    this.host = host;
    this.daemon = daemon;
    this.daemonOutput = daemonOutput;
  }

  /** {@return the node or external peer whose daemon failed} */
  public String host() {
    return host;
  }

  /** {@return the program that failed: {@code bird}, {@code bird6} or {@code bgpd}} */
  public String daemon() {
    return daemon;
  }

  /**
   * What the daemon itself printed, e.g. {@code bird: bird.cfg:4:1 syntax error}.
   *
   * @return the daemon's output
   */
  public String daemonOutput() {
    return daemonOutput;
  }
}
