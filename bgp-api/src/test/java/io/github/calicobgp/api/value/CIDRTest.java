package io.github.calicobgp.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CIDRTest {

  @ParameterizedTest(name = "{0} -> {1}, network {2}")
  @CsvSource({
    "10.0.0.0/8, 10.0.0.0/8, 10.0.0.0/8, V4, 8, true",
    "10.0.0.1/8, 10.0.0.1/8, 10.0.0.0/8, V4, 8, false",
    "10.192.0.2/16, 10.192.0.2/16, 10.192.0.0/16, V4, 16, false",
    "192.168.1.1/024, 192.168.1.1/24, 192.168.1.0/24, V4, 24, false",
    "1.2.3.4/0000000000000000000000032, 1.2.3.4/32, 1.2.3.4/32, V4, 32, true",
    "0.0.0.0/0, 0.0.0.0/0, 0.0.0.0/0, V4, 0, true",
    "255.255.255.255/0, 255.255.255.255/0, 0.0.0.0/0, V4, 0, false",
    "2001:DB8::1/48, 2001:db8::1/48, 2001:db8::/48, V6, 48, false",
    "5000::0/64, 5000::/64, 5000::/64, V6, 64, true",
    "fd00:10:244::/64, fd00:10:244::/64, fd00:10:244::/64, V6, 64, true",
    "::/0, ::/0, ::/0, V6, 0, true",
    "::1/128, ::1/128, ::1/128, V6, 128, true",
    // IPv4-mapped text: Go's 128-bit mask, and the network prints as IPv4 once it is still mapped
    "::ffff:1.2.3.4/120, 1.2.3.4/24, 1.2.3.0/24, V4, 24, false",
    "::ffff:1.2.3.0/120, 1.2.3.0/24, 1.2.3.0/24, V4, 24, true",
    "::ffff:1.2.3.4/128, 1.2.3.4/32, 1.2.3.4/32, V4, 32, true",
    "::ffff:1.2.3.4/96, 1.2.3.4/0, 0.0.0.0/0, V4, 0, false",
    "::ffff:1.2.3.4/95, ::ffff:1.2.3.4/95, ::fffe:0:0/95, V6, 95, false",
    "::ffff:1.2.3.4/80, ::ffff:1.2.3.4/80, ::/80, V6, 80, false",
    "::ffff:1.2.3.4/88, ::ffff:1.2.3.4/88, ::ff00:0:0/88, V6, 88, false",
  })
  void parsesLikeGoParseCIDR(
      String text, String printed, String network, IPFamily family, int length, boolean strict) {
    CIDR cidr = CIDR.parse(text);
    assertThat(cidr).hasToString(printed);
    assertThat(cidr.masked()).hasToString(network);
    assertThat(cidr.family()).isEqualTo(family);
    assertThat(cidr.prefixLength()).isEqualTo(length);
    assertThat(cidr.isStrictlyMasked()).isEqualTo(strict);
    assertThat(cidr.masked().isStrictlyMasked()).isTrue();
    assertThat(CIDR.parse(printed)).isEqualTo(cidr).hasSameHashCodeAs(cidr);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "/8",
        "10.0.0.0",
        "10.0.0.0/",
        "10.0.0.0/33",
        "10.0.0.0/-1",
        "10.0.0.0/+8",
        "10.0.0.0/8 ",
        " 10.0.0.0/8",
        "10.0.0.0/8/8",
        "10.0.0.0/0x8",
        "10.0.0.0/\uff18",
        "01.0.0.0/8",
        "10.0.0/8",
        "::/129",
        "::ffff:1.2.3.4/129",
        "fe80::1%eth0/64",
        "[::1]/128",
        "10.0.0.0/99999999999999999999",
      })
  void rejectsWhatGoRejects(String text) {
    assertThatThrownBy(() -> CIDR.parse(text))
        .isInstanceOf(ValueFormatException.class)
        .hasMessageStartingWith("invalid CIDR ");
  }

  @Test
  void errorMessages() {
    assertThatThrownBy(() -> CIDR.parse("10.0.0.0/33"))
        .hasMessage("invalid CIDR \"10.0.0.0/33\": prefix length must be a decimal number from 0 to 32");
    assertThatThrownBy(() -> CIDR.parse("1.2.3.4"))
        .hasMessage("invalid CIDR \"1.2.3.4\": missing '/' and prefix length");
    assertThatThrownBy(() -> CIDR.parse("1.2.3.256/8"))
        .hasMessage("invalid CIDR \"1.2.3.256/8\": bad address: IPv4 octet greater than 255");
  }

  @Test
  void addressKeepsHostBits() {
    CIDR cidr = CIDR.parse("10.0.0.5/24");
    assertThat(cidr.address()).isEqualTo(IPAddress.parse("10.0.0.5"));
    assertThat(cidr).isNotEqualTo(CIDR.parse("10.0.0.0/24"));
    assertThat(cidr.masked()).isEqualTo(CIDR.parse("10.0.0.0/24"));
    CIDR masked = CIDR.parse("10.0.0.0/24");
    assertThat(masked.masked()).isSameAs(masked);
  }

  @Test
  void mappedBelow96KeepsTheGoFamilySplit() {
    CIDR cidr = CIDR.parse("::ffff:1.2.3.4/95");
    assertThat(cidr.family()).isEqualTo(IPFamily.V6);
    assertThat(cidr.address()).isEqualTo(IPAddress.parse("1.2.3.4"));
    assertThat(cidr.address().family()).isEqualTo(IPFamily.V4);
    assertThat(cidr.contains(IPAddress.parse("1.2.3.4"))).isFalse();
    assertThat(cidr.contains(IPAddress.parse("::fffe:0:1"))).isTrue();
    assertThat(cidr).isNotEqualTo(CIDR.parse("1.2.3.4/32"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "10.0.0.1, 10.0.0.1/32, V4",
    "fd00::1, fd00::1/128, V6",
    "::ffff:10.0.0.1, 10.0.0.1/32, V4",
    "10.0.0.0/8, 10.0.0.0/8, V4",
    "10.0.0.1/8, 10.0.0.1/8, V4",
    "2001:db8::/32, 2001:db8::/32, V6",
  })
  void parseNetOrIPTreatsBareAddressesAsHosts(String text, String printed, IPFamily family) {
    CIDR cidr = CIDR.parseNetOrIP(text);
    assertThat(cidr).hasToString(printed);
    assertThat(cidr.family()).isEqualTo(family);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "10.0.0.1/", "10.0.0.1/33", "nope", "01.0.0.1", "fe80::1%eth0"})
  void parseNetOrIPRejects(String text) {
    assertThatThrownBy(() -> CIDR.parseNetOrIP(text)).isInstanceOf(ValueFormatException.class);
  }

  @Test
  void bareIPIsRejectedByParseButNotByParseNetOrIP() {
    assertThatThrownBy(() -> CIDR.parse("1.2.3.4")).isInstanceOf(ValueFormatException.class);
    assertThat(CIDR.parseNetOrIP("1.2.3.4")).isEqualTo(CIDR.parse("1.2.3.4/32"));
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "10.0.0.0/8, 10.255.255.255, true",
    "10.0.0.0/8, 10.0.0.0, true",
    "10.0.0.0/8, 11.0.0.0, false",
    "10.0.0.0/8, ::ffff:10.1.1.1, true",
    "10.0.0.0/8, ::1, false",
    "10.0.0.5/24, 10.0.0.200, true",
    "0.0.0.0/0, 1.2.3.4, true",
    "0.0.0.0/0, ::, false",
    "::/0, 1.2.3.4, false",
    "::/0, 2001:db8::1, true",
    "2001:db8::/32, 2001:db8:ffff::1, true",
    "2001:db8::/32, 2001:db9::1, false",
    "::ffff:1.2.3.4/120, 1.2.3.200, true",
  })
  void contains(String cidr, String ip, boolean expected) {
    assertThat(CIDR.parse(cidr).contains(IPAddress.parse(ip))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} overlaps {1}: {2}")
  @CsvSource({
    "10.0.0.0/8, 10.1.0.0/16, true",
    "10.1.0.0/16, 10.0.0.0/8, true",
    "10.0.0.0/16, 10.1.0.0/16, false",
    "10.0.0.5/24, 10.0.0.0/30, true",
    "10.0.0.0/8, 10.0.0.0/8, true",
    "0.0.0.0/0, ::/0, false",
    "fd00::/8, fd12::/16, true",
    "fd00::/16, fd01::/16, false",
  })
  void overlaps(String a, String b, boolean expected) {
    assertThat(CIDR.parse(a).overlaps(CIDR.parse(b))).isEqualTo(expected);
  }

  @Test
  void ofChecksTheLengthAgainstTheFamily() {
    assertThat(CIDR.of(IPAddress.parse("10.0.0.1"), 24)).isEqualTo(CIDR.parse("10.0.0.1/24"));
    assertThat(CIDR.of(IPAddress.parse("::ffff:10.0.0.1"), 32)).hasToString("10.0.0.1/32");
    assertThat(CIDR.of(IPAddress.parse("fd00::1"), 128)).hasToString("fd00::1/128");
    assertThatIllegalArgumentException().isThrownBy(() -> CIDR.of(IPAddress.parse("10.0.0.1"), 33));
    assertThatIllegalArgumentException().isThrownBy(() -> CIDR.of(IPAddress.parse("::1"), -1));
  }

  @Test
  void equalNetworksHashAlikeAndTheLengthCounts() {
    assertThat(CIDR.parse("10.0.0.0/24")).isEqualTo(CIDR.parse("10.0.0.0/24"))
        .hasSameHashCodeAs(CIDR.parse("10.0.0.0/24"));
    assertThat(CIDR.parse("fd00::/64")).hasSameHashCodeAs(CIDR.parse("fd00:0::/64"));
    assertThat(CIDR.parse("10.0.0.0/24").hashCode())
        .isNotEqualTo(CIDR.parse("10.0.0.0/25").hashCode());
  }
}
