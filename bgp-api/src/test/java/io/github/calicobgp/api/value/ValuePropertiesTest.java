package io.github.calicobgp.api.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.StringJoiner;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ValuePropertiesTest {

  // ---- IPAddress ----

  @Property
  void ipv4RoundTrips(@ForAll int bits) {
    IPAddress ip = IPAddress.ofBytes(v4Bytes(bits));
    assertThat(ip.family()).isEqualTo(IPFamily.V4);
    assertThat(IPAddress.parse(ip.toString())).isEqualTo(ip);
    assertThat(ip).hasToString(dotted(bits));
  }

  @Property
  void ipv6RoundTrips(@ForAll("ipv6Bytes") byte[] bytes) {
    IPAddress ip = IPAddress.ofBytes(bytes);
    String text = ip.toString();
    assertThat(IPAddress.parse(text)).isEqualTo(ip);
    assertThat(IPAddress.parse(expanded(bytes))).isEqualTo(ip);
    assertThat(IPAddress.parse(expanded(bytes).toUpperCase())).isEqualTo(ip);
    if (ip.family() == IPFamily.V6) {
      assertRfc5952(text);
      assertThat(ip.toBytes()).isEqualTo(bytes);
    }
  }

  @Property
  void ipv4MappedIsIPv4(@ForAll int bits) {
    IPAddress plain = IPAddress.ofBytes(v4Bytes(bits));
    IPAddress mapped = IPAddress.parse("::ffff:" + dotted(bits));
    byte[] mappedBytes = new byte[16];
    mappedBytes[10] = (byte) 0xff;
    mappedBytes[11] = (byte) 0xff;
    System.arraycopy(v4Bytes(bits), 0, mappedBytes, 12, 4);
    assertThat(mapped).isEqualTo(plain).hasSameHashCodeAs(plain).hasToString(dotted(bits));
    assertThat(mapped.family()).isEqualTo(IPFamily.V4);
    assertThat(IPAddress.ofBytes(mappedBytes)).isEqualTo(plain);
    assertThat(IPAddress.parse(expanded(mappedBytes))).isEqualTo(plain);
    assertThat(mapped.toBytes()).hasSize(4);
  }

  @Property
  void orderingMatchesFamilyThenUnsignedBytes(
      @ForAll("ipv6Bytes") byte[] a, @ForAll("ipv6Bytes") byte[] b) {
    IPAddress x = IPAddress.ofBytes(a);
    IPAddress y = IPAddress.ofBytes(b);
    int expected =
        x.family() != y.family()
            ? x.family().compareTo(y.family())
            : Arrays.compareUnsigned(x.toBytes(), y.toBytes());
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(expected));
    assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
  }

  // ---- CIDR ----

  @Property
  void cidrRoundTrips(@ForAll("ipv6Bytes") byte[] bytes, @ForAll @IntRange(max = 128) int length) {
    IPAddress ip = IPAddress.ofBytes(bytes);
    int prefixLength = Math.min(length, ip.family().bits());
    CIDR cidr = CIDR.of(ip, prefixLength);
    assertThat(CIDR.parse(cidr.toString())).isEqualTo(cidr);
    CIDR network = cidr.masked();
    assertThat(network.isStrictlyMasked()).isTrue();
    assertThat(network.masked()).isEqualTo(network);
    assertThat(network.address()).isEqualTo(ip.masked(prefixLength));
    assertThat(network.contains(ip)).isTrue();
    assertThat(cidr.overlaps(network)).isTrue();
    assertThat(cidr.isStrictlyMasked()).isEqualTo(cidr.equals(network));
  }

  @Property
  void mappedCidrTextFollowsGo(@ForAll int bits, @ForAll @IntRange(min = 96, max = 128) int length) {
    CIDR mapped = CIDR.parse("::ffff:" + dotted(bits) + "/" + length);
    assertThat(mapped).isEqualTo(CIDR.parse(dotted(bits) + "/" + (length - 96)));
    assertThat(mapped.family()).isEqualTo(IPFamily.V4);
  }

  // ---- ASNumber ----

  @Property
  void asNumberPlainAndAsdotRoundTrip(@ForAll @LongRange(max = ASNumber.MAX_VALUE) long value) {
    ASNumber as = ASNumber.of(value);
    assertThat(ASNumber.parse(as.toString())).isEqualTo(as);
    assertThat(ASNumber.parse("000" + value)).isEqualTo(as);
    assertThat(ASNumber.parse((value >>> 16) + "." + (value & 0xffff))).isEqualTo(as);
    assertThat(as.value()).isEqualTo(value);
  }

  // ---- GoDuration ----

  @Property
  void durationRoundTrips(@ForAll long nanos) {
    GoDuration d = GoDuration.ofNanos(nanos);
    assertThat(GoDuration.parse(d.toString()).toNanos()).isEqualTo(nanos);
  }

  @Property
  void smallDurationsRoundTrips(@ForAll @LongRange(min = -5_000_000_000L, max = 5_000_000_000L) long nanos) {
    GoDuration d = GoDuration.ofNanos(nanos);
    assertThat(GoDuration.parse(d.toString())).isEqualTo(d);
  }

  @Property
  void wholeSecondsAreExactHalfAwayRoundingBelowAMillionSeconds(
      @ForAll @LongRange(min = -1_000_000_000_000_000L, max = 1_000_000_000_000_000L) long nanos) {
    long expected =
        BigDecimal.valueOf(nanos)
            .divide(BigDecimal.valueOf(1_000_000_000L))
            .setScale(0, RoundingMode.HALF_UP)
            .longValueExact();
    assertThat(GoDuration.ofNanos(nanos).toWholeSecondsRounded()).isEqualTo(expected);
  }

  // ---- BGPCommunity ----

  @Property
  void canonicalCommunitiesPassBothGrammars(
      @ForAll @LongRange(max = 0xffff_ffffL) long a,
      @ForAll @LongRange(max = 0xffff_ffffL) long b,
      @ForAll @LongRange(max = 0xffff_ffffL) long c) {
    String standard = (a & 0xffff) + ":" + (b & 0xffff);
    String large = a + ":" + b + ":" + c;
    for (String text : new String[] {standard, large}) {
      assertThat(BGPCommunity.isStrictFilterValue(text)).isTrue();
      assertThat(BGPCommunity.parse(text)).hasToString(text);
      assertThat(BGPCommunity.isStrictFilterValue("0" + text)).isFalse();
      assertThat(BGPCommunity.parse("0" + text)).hasToString("0" + text);
    }
  }

  // ---- helpers ----

  /** 16 bytes whose groups are often 0 (to exercise '::'), sometimes IPv4-mapped. */
  @Provide
  Arbitrary<byte[]> ipv6Bytes() {
    Arbitrary<Integer> group =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(0)),
            Tuple.of(1, Arbitraries.just(0xffff)),
            Tuple.of(4, Arbitraries.integers().between(0, 0xffff)));
    Arbitrary<byte[]> any =
        group.array(int[].class).ofSize(8).map(ValuePropertiesTest::groupsToBytes);
    Arbitrary<byte[]> mapped =
        Arbitraries.integers()
            .map(
                v4 -> {
                  byte[] b = new byte[16];
                  b[10] = (byte) 0xff;
                  b[11] = (byte) 0xff;
                  System.arraycopy(v4Bytes(v4), 0, b, 12, 4);
                  return b;
                });
    return Arbitraries.frequencyOf(
        Tuple.of(9, any), Tuple.of(1, mapped));
  }

  private static byte[] groupsToBytes(int[] groups) {
    byte[] b = new byte[16];
    for (int i = 0; i < 8; i++) {
      b[2 * i] = (byte) (groups[i] >>> 8);
      b[2 * i + 1] = (byte) groups[i];
    }
    return b;
  }

  private static byte[] v4Bytes(int bits) {
    return new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
  }

  private static String dotted(int bits) {
    return (bits >>> 24) + "." + (bits >>> 16 & 0xff) + "." + (bits >>> 8 & 0xff) + "." + (bits & 0xff);
  }

  /** The fully expanded form, every group with four hex digits. */
  private static String expanded(byte[] bytes) {
    StringJoiner j = new StringJoiner(":");
    for (int i = 0; i < 16; i += 2) {
      j.add(String.format("%02x%02x", bytes[i], bytes[i + 1]));
    }
    return j.toString();
  }

  /** RFC 5952 section 4: lower case, no leading zeros, '::' only for the first longest zero run. */
  private static void assertRfc5952(String text) {
    assertThat(text).isEqualTo(text.toLowerCase());
    String[] halves = text.split("::", -1);
    assertThat(halves.length).isLessThanOrEqualTo(2);
    int[] longestZeroRun = new int[halves.length];
    int written = 0;
    for (int h = 0; h < halves.length; h++) {
      if (halves[h].isEmpty()) {
        continue;
      }
      int run = 0;
      for (String group : halves[h].split(":", -1)) {
        assertThat(group).matches("0|[1-9a-f][0-9a-f]{0,3}");
        written++;
        run = group.equals("0") ? run + 1 : 0;
        longestZeroRun[h] = Math.max(longestZeroRun[h], run);
      }
    }
    if (halves.length == 1) {
      assertThat(written).isEqualTo(8);
      assertThat(longestZeroRun[0]).isLessThanOrEqualTo(1);
    } else {
      int compressed = 8 - written;
      assertThat(compressed).isGreaterThanOrEqualTo(2);
      assertThat(longestZeroRun[0]).isLessThan(compressed);
      assertThat(longestZeroRun[1]).isLessThanOrEqualTo(compressed);
    }
  }
}
