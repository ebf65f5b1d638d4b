package io.github.calicobgp.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IPAddressTest {

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @CsvSource({
    "1.2.3.4, 1.2.3.4, V4",
    "0.0.0.0, 0.0.0.0, V4",
    "255.255.255.255, 255.255.255.255, V4",
    "10.192.0.2, 10.192.0.2, V4",
    // IPv4-mapped IPv6 is IPv4 (Go To4() != nil)
    "::ffff:1.2.3.4, 1.2.3.4, V4",
    "::FFFF:1.2.3.4, 1.2.3.4, V4",
    "0:0:0:0:0:ffff:1.2.3.4, 1.2.3.4, V4",
    "::ffff:0102:0304, 1.2.3.4, V4",
    "::ffff:0:0, 0.0.0.0, V4",
    "::ffff:ffff:ffff, 255.255.255.255, V4",
    // RFC 5952
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1, V6",
    "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1, V6",
    "2001:db8::0:1, 2001:db8::1, V6",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1, V6",
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1, V6",
    "2001:DB8::ABCD, 2001:db8::abcd, V6",
    "fdf5:10::2, fdf5:10::2, V6",
    "fe0a::2, fe0a::2, V6",
    "::, ::, V6",
    "::1, ::1, V6",
    "1::, 1::, V6",
    "0:0:0:0:0:0:0:0, ::, V6",
    "0:0:0:0:0:0:0:1, ::1, V6",
    "1:0:0:0:0:0:0:0, 1::, V6",
    "1:0:1:0:1:0:1:0, 1:0:1:0:1:0:1:0, V6",
    "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0, V6",
    "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8, V6",
    "1:0:0:2:0:0:0:3, 1:0:0:2::3, V6",
    // Go accepts any number of leading zeros in a group
    "::00000000001, ::1, V6",
    // other embedded-IPv4 forms stay IPv6
    "::1.2.3.4, ::102:304, V6",
    "::fffe:1.2.3.4, ::fffe:102:304, V6",
    "1:2:3:4:5:6:1.2.3.4, 1:2:3:4:5:6:102:304, V6",
    "64:ff9b::192.0.2.33, 64:ff9b::c000:221, V6",
  })
  void parsesAndPrintsLikeGo(String text, String canonical, IPFamily family) {
    IPAddress ip = IPAddress.parse(text);
    assertThat(ip).hasToString(canonical);
    assertThat(ip.family()).isEqualTo(family);
    assertThat(IPAddress.parse(canonical)).isEqualTo(ip).hasSameHashCodeAs(ip);
    assertThat(IPAddress.tryParse(text)).contains(ip);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1",
        "1.2.3",
        "1.2.3.4.5",
        "01.2.3.4",
        "1.2.3.04",
        "00.0.0.0",
        "256.0.0.0",
        "1.2.3.-4",
        "1..2.3",
        ".1.2.3",
        "1.2.3.",
        " 1.2.3.4",
        "1.2.3.4 ",
        "1.2.3.4\n",
        "1.2.3.4/32",
        "0x1.2.3.4",
        "\uff11.2.3.4",
        "localhost",
        "[::1]",
        "fe80::1%eth0",
        "::1%",
        "%eth0",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7:8::",
        "::1:2:3:4:5:6:7:8",
        ":::",
        "1:::2",
        "1::2::3",
        ":1::",
        ":1",
        "1:",
        "12345::",
        "::10000",
        "g::",
        "1.2.3.4::",
        "::1.2.3",
        "::1.2.3.04",
        "::ffff:1.2.3.4:1",
        "::ffff:256.2.3.4",
        "1:2:3:4:5:1.2.3.4",
        "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3.4:5",
        "::a.2.3.4",
      })
  void rejectsWhatGoRejects(String text) {
    assertThat(IPAddress.tryParse(text)).isEmpty();
    assertThatThrownBy(() -> IPAddress.parse(text))
        .isInstanceOf(ValueFormatException.class)
        .hasMessageStartingWith("invalid IP address ");
  }

  @Test
  void errorNamesTheTextAndTheReason() {
    assertThatThrownBy(() -> IPAddress.parse("01.2.3.4"))
        .isInstanceOfSatisfying(
            ValueFormatException.class,
            e -> {
              assertThat(e).hasMessage("invalid IP address \"01.2.3.4\": leading zero in IPv4 octet");
              assertThat(e.input()).isEqualTo("01.2.3.4");
              assertThat(e.reason()).isEqualTo("leading zero in IPv4 octet");
            });
    assertThatThrownBy(() -> IPAddress.parse("fe80::1%eth0"))
        .hasMessage("invalid IP address \"fe80::1%eth0\": IPv6 zones are not allowed");
    assertThatThrownBy(() -> IPAddress.parse("1.2.3.4\n"))
        .hasMessage("invalid IP address \"1.2.3.4\\n\": unexpected character U+000A at offset 7");
  }

  @Test
  void mappedAddressEqualsPlainIPv4() {
    IPAddress mapped = IPAddress.parse("::ffff:10.0.0.1");
    IPAddress plain = IPAddress.parse("10.0.0.1");
    assertThat(mapped).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(mapped.compareTo(plain)).isZero();
    assertThat(mapped.toBytes()).containsExactly(10, 0, 0, 1);
  }

  @Test
  void bytesRoundTrip() {
    assertThat(IPAddress.ofBytes(new byte[] {(byte) 192, (byte) 168, 0, 1})).hasToString("192.168.0.1");
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = 1;
    mapped[15] = 4;
    IPAddress fromMapped = IPAddress.ofBytes(mapped);
    assertThat(fromMapped).isEqualTo(IPAddress.parse("1.0.0.4"));
    assertThat(fromMapped.family()).isEqualTo(IPFamily.V4);
    IPAddress v6 = IPAddress.parse("2001:db8::ff00:42:8329");
    assertThat(v6.toBytes())
        .hasSize(16)
        .containsExactly(
            0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0xff, 0x00, 0x00, 0x42, 0x83, 0x29);
    assertThat(IPAddress.ofBytes(v6.toBytes())).isEqualTo(v6);
  }

  @Test
  void toBytesReturnsACopy() {
    IPAddress ip = IPAddress.parse("10.0.0.1");
    ip.toBytes()[0] = 99;
    assertThat(ip.toBytes()[0]).isEqualTo((byte) 10);
  }

  @Test
  void ofBytesRejectsOtherLengths() {
    assertThatIllegalArgumentException().isThrownBy(() -> IPAddress.ofBytes(new byte[5]));
    assertThatIllegalArgumentException().isThrownBy(() -> IPAddress.ofBytes(new byte[0]));
  }

  @Test
  void ordersIPv4FirstThenUnsignedBytes() {
    List<IPAddress> sorted =
        Stream.of("::1", "8000::", "7fff::", "10.0.0.1", "200.0.0.1", "9.0.0.1", "::ffff:1.1.1.1", "::")
            .map(IPAddress::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .map(IPAddress::toString)
        .containsExactly(
            "1.1.1.1", "9.0.0.1", "10.0.0.1", "200.0.0.1", "::", "::1", "7fff::", "8000::");
  }

  @ParameterizedTest(name = "{0} masked to {1} -> {2}")
  @CsvSource({
    "10.1.2.3, 8, 10.0.0.0",
    "10.1.2.3, 0, 0.0.0.0",
    "10.1.2.3, 32, 10.1.2.3",
    "10.1.2.255, 25, 10.1.2.128",
    "::ffff:10.1.2.3, 16, 10.1.0.0",
    "2001:db8::1, 32, 2001:db8::",
    "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff, 65, 2001:db8:ffff:ffff:8000::",
    "ffff::1, 0, ::",
    "ffff::1, 128, ffff::1",
  })
  void masks(String ip, int prefixLength, String expected) {
    assertThat(IPAddress.parse(ip).masked(prefixLength)).hasToString(expected);
  }

  @Test
  void maskRejectsLengthsOutsideTheFamily() {
    IPAddress v4 = IPAddress.parse("10.0.0.1");
    IPAddress v6 = IPAddress.parse("::1");
    assertThatIllegalArgumentException().isThrownBy(() -> v4.masked(33));
    assertThatIllegalArgumentException().isThrownBy(() -> v4.masked(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> v6.masked(129));
  }

  @Test
  void zero() {
    assertThat(IPAddress.parse("0.0.0.0").isZero()).isTrue();
    assertThat(IPAddress.parse("::").isZero()).isTrue();
    assertThat(IPAddress.parse("::ffff:0.0.0.0").isZero()).isTrue();
    assertThat(IPAddress.parse("::1").isZero()).isFalse();
    assertThat(IPAddress.parse("0.0.0.1").isZero()).isFalse();
  }

  @Test
  void familyHelpers() {
    assertThat(IPFamily.V4.bits()).isEqualTo(32);
    assertThat(IPFamily.V6.bits()).isEqualTo(128);
    assertThat(IPFamily.V4.version()).isEqualTo(4);
    assertThat(IPFamily.V6.version()).isEqualTo(6);
    assertThat(IPFamily.V4.hostSuffix()).isEqualTo("/32");
    assertThat(IPFamily.V6.hostSuffix()).isEqualTo("/128");
  }
}
