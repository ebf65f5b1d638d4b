package io.github.calicobgp.api.value;

import org.jspecify.annotations.Nullable;

/**
 * An IP network written as {@code address/prefixLength}, parsed like Go's {@code net.ParseCIDR}.
 *
 * <p>The address is kept as written, host bits included ({@code 10.0.0.5/24} stays so); use
 * {@link #masked()} for the network, whose {@code toString()} is Go's {@code IPNet.String()}.
 * Equality compares the address as written, the prefix length and the family.
 *
 * <p>IPv4-mapped IPv6 text follows Go: {@code net.ParseCIDR("::ffff:1.2.3.4/120")} builds a
 * 128-bit mask, and Go then treats the resulting network as IPv4 whenever its address is still
 * IPv4-mapped, printing it as {@code 1.2.3.0/24}. So a mapped address with a prefix length of 96
 * or more becomes the IPv4 network with prefix length {@code len - 96}
 * ({@code ::ffff:1.2.3.4/120} = {@code 1.2.3.4/24}). With a prefix length below 96 the mask cuts
 * into the {@code ffff} marker and the network is a plain IPv6 one
 * ({@code ::ffff:1.2.3.4/95} masks to {@code ::fffe:0:0/95}); such a CIDR has family
 * {@link IPFamily#V6} while {@link #address()} (equal to the IPv4 address, as in Go) has family
 * {@link IPFamily#V4}, and it prints as {@code ::ffff:1.2.3.4/95}. Like Go's
 * {@code IPNet.Contains}, such a network contains no IPv4 address.
 */
public final class CIDR {

  private final IPAddress address;
  private final int prefixLength;
  private final IPFamily family;
  private @Nullable String text;

  private CIDR(IPAddress address, int prefixLength, IPFamily family) {
    this.address = address;
    this.prefixLength = prefixLength;
    this.family = family;
  }

  /**
   * Parses {@code address/len} like Go's {@code net.ParseCIDR}: the {@code /len} is mandatory.
   *
   * @param text the network as written, {@code 10.0.0.0/16} or {@code fd00::/64}
   * @return the parsed network, host bits kept
   */
  public static CIDR parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw ValueFormatException.of("CIDR", text, "missing '/' and prefix length");
    }
    String addressText = text.substring(0, slash);
    long[] bits = new long[2];
    String reason = IPAddress.parseBits(addressText, bits);
    if (reason != null) {
      throw ValueFormatException.of("CIDR", text, "bad address: " + reason);
    }
    // Go sizes the mask by the syntax: a valid address holds ':' exactly when it is IPv6 text.
    IPFamily syntax = addressText.indexOf(':') >= 0 ? IPFamily.V6 : IPFamily.V4;
    long length = Decimal.parseUnsigned(text, slash + 1, text.length(), syntax.bits());
    if (length < 0) {
      throw ValueFormatException.of(
          "CIDR", text, "prefix length must be a decimal number from 0 to " + syntax.bits());
    }
    IPAddress address = new IPAddress(bits[0], bits[1]);
    int len = (int) length;
    if (syntax == IPFamily.V6 && address.family() == IPFamily.V4 && len >= 96) {
      return new CIDR(address, len - 96, IPFamily.V4);
    }
    return new CIDR(address, len, syntax);
  }

  /**
   * Parses a CIDR, or a bare IP address as a single-host network ({@code /32} or {@code /128}),
   * like Calico's {@code cnet.ParseCIDROrIP} behind the {@code net}/{@code cidrv4}/{@code cidrv6}
   * rules; a bare IPv4-mapped address gives an IPv4 {@code /32}. Unlike Calico, the empty string
   * is rejected (Calico yields an address-less network; its fields are {@code omitempty}).
   *
   * @param text a network in CIDR notation or a single IP address
   * @return the parsed network, {@code /32} or {@code /128} for a bare address
   */
  public static CIDR parseNetOrIP(String text) {
    if (text.indexOf('/') >= 0) {
      return parse(text);
    }
    long[] bits = new long[2];
    String reason = IPAddress.parseBits(text, bits);
    if (reason != null) {
      throw ValueFormatException.of("CIDR or IP address", text, reason);
    }
    IPAddress address = new IPAddress(bits[0], bits[1]);
    return new CIDR(address, address.family().bits(), address.family());
  }

  /**
   * Makes the CIDR {@code address/prefixLength}; the length must fit the address family.
   *
   * @param address the network's address, host bits kept as given
   * @param prefixLength the prefix length, 0..32 for IPv4 or 0..128 for IPv6
   * @return the network {@code address/prefixLength}
   */
  public static CIDR of(IPAddress address, int prefixLength) {
    IPFamily family = address.family();
    if (prefixLength < 0 || prefixLength > family.bits()) {
      throw new IllegalArgumentException(
          "prefix length " + prefixLength + " is out of range 0.." + family.bits() + " for " + address);
    }
    return new CIDR(address, prefixLength, family);
  }

  /** {@return the address as written, host bits kept} */
  public IPAddress address() {
    return address;
  }

  /** {@return the prefix length, counted in bits of {@link #family()}} */
  public int prefixLength() {
    return prefixLength;
  }

  /** {@return the network's family (see the class comment for IPv4-mapped text)} */
  public IPFamily family() {
    return family;
  }

  /** {@return the network: the address with its host bits cleared} */
  public CIDR masked() {
    IPAddress network = address.mask128(length128());
    return network.equals(address) ? this : new CIDR(network, prefixLength, family);
  }

  /**
   * Whether the address is the network address, i.e. has no host bits set.
   *
   * @return whether no host bit of the address is set
   */
  public boolean isStrictlyMasked() {
    return address.mask128(length128()).equals(address);
  }

  /**
   * {@return whether {@code ip} is of this network's family and lies inside the network}
   *
   * @param ip the address to look for
   */
  public boolean contains(IPAddress ip) {
    return ip.family() == family && address.samePrefix(ip, length128());
  }

  /**
   * {@return whether the two networks are of the same family and share at least one address}
   *
   * @param other the network to compare with
   */
  public boolean overlaps(CIDR other) {
    return other.family == family
        && address.samePrefix(other.address, Math.min(length128(), other.length128()));
  }

  /** The canonical address (as written) and prefix length, e.g. {@code 10.0.0.5/24}. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      boolean mappedV6 = family == IPFamily.V6 && address.family() == IPFamily.V4;
      t = (mappedV6 ? "::ffff:" : "") + address + "/" + prefixLength;
      text = t;
    }
    return t;
  }

  /** Equal when address (as written), prefix length and family are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CIDR other
        && prefixLength == other.prefixLength
        && family == other.family
        && address.equals(other.address);
  }

  /** A hash consistent with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    // No varargs array or boxing (Objects.hash): maps keyed by blocks hash once per node.
    return 31 * (31 * address.hashCode() + prefixLength) + family.ordinal();
  }

  /** The prefix length counted over all 128 bits of the stored (IPv4-mapped for V4) address. */
  private int length128() {
    return family == IPFamily.V4 ? prefixLength + 96 : prefixLength;
  }
}
