package io.github.calicobgp.api.value;

/** The IP address family; an IPv4-mapped IPv6 address belongs to {@link #V4}, as in Go. */
public enum IPFamily {
  /** IPv4: 32-bit addresses. */
  V4(32, 4, "/32"),
  /** IPv6: 128-bit addresses. */
  V6(128, 6, "/128");

  private final int bits;
  private final int version;
  private final String hostSuffix;

  IPFamily(int bits, int version, String hostSuffix) {
    this.bits = bits;
    this.version = version;
    this.hostSuffix = hostSuffix;
  }

  /** {@return the address length in bits: 32 or 128} */
  public int bits() {
    return bits;
  }

  /** {@return the IP version number: 4 or 6} */
  public int version() {
    return version;
  }

  /** {@return the prefix suffix of a single-host network: {@code "/32"} or {@code "/128"}} */
  public String hostSuffix() {
    return hostSuffix;
  }
}
