package io.github.calicobgp.api.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.calicobgp.api.value.PeerIP.HostPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeerIPTest {

  @ParameterizedTest(name = "{0} -> host {1}, port {2}")
  @CsvSource({
    "192.168.1.1:500, 192.168.1.1, 500",
    "'[9000::]:500', 9000::, 500",
    "1.2.3.4, 1.2.3.4, 0",
    "aabb::1, aabb::1, 0",
    "aabb:aabb::ffff, aabb:aabb::ffff, 0",
    "9.9.9.9:4444, 9.9.9.9, 4444",
    "'[aabb::ffff]:4444', aabb::ffff, 4444",
    // a bracketed IPv4 with a port is accepted
    "'[192.168.0.1]:179', 192.168.0.1, 179",
    "1.2.3.4:1, 1.2.3.4, 1",
    "1.2.3.4:65535, 1.2.3.4, 65535",
    // the validator reads ports in decimal: leading zeros are not octal
    "10.0.0.1:010, 10.0.0.1, 10",
    "1.2.3.4:00179, 1.2.3.4, 179",
    // matches neither port regex, so it is read as one (valid) IPv6 address
    "2001::1:179, 2001::1:179, 0",
    "::ffff:1.2.3.4, ::ffff:1.2.3.4, 0",
    "'[::ffff:1.2.3.4]:179', ::ffff:1.2.3.4, 179",
    "FE80::1, FE80::1, 0",
  })
  void validatorAccepts(String peerIP, String host, int port) {
    assertThat(PeerIP.validationError(peerIP)).isEmpty();
    assertThat(PeerIP.isValid(peerIP)).isTrue();
    assertThat(PeerIP.splitLikeValidator(peerIP)).contains(new HostPort(host, port));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "192.168.0.0:0",
        "192.168.0.0:65536",
        "[9000::]:98956",
        "[192.168.0.0]:98956",
        "192.168.0.0:",
        "[9000::]:",
        "[9000::]:0",
        ":8552",
        "[]:8552",
        "[9000::FFFFF]:170",
        "192.168.0.330:170",
        "999.999.999.999",
        "",
        "1x2x3x4:5",
        "1:2:3:4:5",
        "1.2.3.4:+5",
        "1.2.3.4:0x10",
        "[1.2.3.4]",
        "[::1]",
        "1.2.3.4:179\n",
        "1.2.3.4\n",
        "host:179",
        "fe80::1%eth0",
        "[fe80::1%eth0]:179",
      })
  void validatorRejects(String peerIP) {
    assertThat(PeerIP.validationError(peerIP)).hasValueSatisfying(
        message -> assertThat(message).startsWith("invalid peerIP "));
    assertThat(PeerIP.isValid(peerIP)).isFalse();
    assertThat(PeerIP.splitLikeValidator(peerIP)).isEmpty();
  }

  @Test
  void validatorMessages() {
    assertThat(PeerIP.validationError("192.168.0.0:0"))
        .contains("invalid peerIP \"192.168.0.0:0\": port must be a decimal number from 1 to 65535");
    assertThat(PeerIP.validationError("192.168.0.330:170"))
        .contains(
            "invalid peerIP \"192.168.0.330:170\": bad IP address \"192.168.0.330\": "
                + "IPv4 octet greater than 255");
    assertThat(PeerIP.validationError("1:2:3:4:5"))
        .contains("invalid peerIP \"1:2:3:4:5\": expected <IP>, <IPv4>:<port> or [<IPv6>]:<port>");
  }

  @ParameterizedTest(name = "{0} -> host {1}, port {2}")
  @CsvSource({
    "10.0.0.1, 10.0.0.1, 0",
    "10.0.0.1:179, 10.0.0.1, 179",
    "10.0.0.1:8179, 10.0.0.1, 8179",
    // strconv.ParseUint(port, 0, 16): base prefixes and underscores
    "10.0.0.1:010, 10.0.0.1, 8",
    "10.0.0.1:0x1F, 10.0.0.1, 31",
    "10.0.0.1:0X1f, 10.0.0.1, 31",
    "10.0.0.1:0o17, 10.0.0.1, 15",
    "10.0.0.1:0b101, 10.0.0.1, 5",
    "10.0.0.1:1_79, 10.0.0.1, 179",
    "10.0.0.1:0x_1F, 10.0.0.1, 31",
    "10.0.0.1:0_10, 10.0.0.1, 8",
    "10.0.0.1:0, 10.0.0.1, 0",
    "10.0.0.1:00, 10.0.0.1, 0",
    "10.0.0.1:65535, 10.0.0.1, 65535",
    "10.0.0.1:0xffff, 10.0.0.1, 65535",
    // failures keep the whole text, port 0
    "10.0.0.1:65536, 10.0.0.1:65536, 0",
    "10.0.0.1:0x10000, 10.0.0.1:0x10000, 0",
    "10.0.0.1:08, 10.0.0.1:08, 0",
    "10.0.0.1:0x, 10.0.0.1:0x, 0",
    "10.0.0.1:0b, 10.0.0.1:0b, 0",
    "10.0.0.1:0b2, 10.0.0.1:0b2, 0",
    "10.0.0.1:_179, 10.0.0.1:_179, 0",
    "10.0.0.1:179_, 10.0.0.1:179_, 0",
    "10.0.0.1:1__79, 10.0.0.1:1__79, 0",
    "10.0.0.1:, 10.0.0.1:, 0",
    "10.0.0.1:-1, 10.0.0.1:-1, 0",
    "10.0.0.1:+1, 10.0.0.1:+1, 0",
    "10.0.0.1: 1, 10.0.0.1: 1, 0",
    // SplitHostPort: an unbracketed host has no ':'
    "2001::1:179, 2001::1:179, 0",
    "fe0a::2, fe0a::2, 0",
    "'[2001::1]:179', 2001::1, 179",
    "'[2001::1]', '[2001::1]', 0",
    "'[2001::1]:', '[2001::1]:', 0",
    "'[2001::1]x:1', '[2001::1]x:1', 0",
    "'[2001::1]:1:2', '[2001::1]:1:2', 0",
    "'[[2001::1]:179', '[[2001::1]:179', 0",
    "'[2001::1]]:179', '[2001::1]]:179', 0",
    "'a[b:1', 'a[b:1', 0",
    "'ab]:1', 'ab]:1', 0",
    "'[fe80::1%eth0]:179', fe80::1%eth0, 179",
    "':179', '', 179",
    "'[]:179', '', 179",
    "host:80, host, 80",
  })
  void splitsLikeConfd(String peerIP, String host, int port) {
    assertThat(PeerIP.splitLikeConfd(peerIP)).isEqualTo(new HostPort(host, port));
  }

  @Test
  void splitLikeConfdOfEmptyText() {
    assertThat(PeerIP.splitLikeConfd("")).isEqualTo(new HostPort("", 0));
  }

  @ParameterizedTest(name = "{0} port {1} -> {2}")
  @CsvSource({
    "10.0.0.1, 0, 10.0.0.1",
    "10.0.0.1, 179, 10.0.0.1",
    "10.0.0.1, 1179, 10.0.0.1-1179",
    "10.0.0.1, 65535, 10.0.0.1-65535",
    "fe0a::2, 8179, fe0a::2-8179",
    "FE0A:0::2, 179, fe0a::2",
    "::ffff:10.0.0.1, 0, 10.0.0.1",
  })
  void recordKey(String ip, int port, String key) {
    assertThat(PeerIP.recordKey(IPAddress.parse(ip), port)).isEqualTo(key);
  }

  @Test
  void portsOutOfRangeAreRejected() {
    IPAddress ip = IPAddress.parse("10.0.0.1");
    assertThatIllegalArgumentException().isThrownBy(() -> PeerIP.recordKey(ip, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> PeerIP.recordKey(ip, 65536));
    assertThatIllegalArgumentException().isThrownBy(() -> new HostPort("10.0.0.1", 65536));
    assertThatIllegalArgumentException().isThrownBy(() -> new HostPort("10.0.0.1", -1));
  }

  /** Calico's regex, which matchesIpv4Port replaces (it backtracks on long digit runs). */
  private static final java.util.regex.Pattern CALICO_IPV4_PORT =
      java.util.regex.Pattern.compile("(\\d+)[^\\n](\\d+)[^\\n](\\d+)[^\\n](\\d+):(\\d+)");

  @net.jqwik.api.Property(tries = 3000)
  void theIpv4PortMatcherAgreesWithCalicosRegex(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.StringLength(max = 14)
          @net.jqwik.api.constraints.Chars({'0', '1', '9', '.', ':', '\n', 'a', '[', ']'})
          String text) {
    assertThat(PeerIP.matchesIpv4Port(text))
        .as("%s", text)
        .isEqualTo(CALICO_IPV4_PORT.matcher(text).matches());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4:5", "1:2:3:4:5", "1a2b3c4:5", "10.0.0.1:179", "1.2.3\uD83D\uDE004:5"})
  void theIpv4PortMatcherAcceptsWhatCalicosRegexAccepts(String text) {
    assertThat(PeerIP.matchesIpv4Port(text)).isTrue();
    assertThat(CALICO_IPV4_PORT.matcher(text).matches()).isTrue();
  }

  @Test
  void aHugePeerIPIsRejectedWithoutBacktracking() {
    // Calico's regex as a java.util.regex pattern takes hours on this (O(n^4) backtracking).
    String digits = "1".repeat(100_000);
    assertThat(PeerIP.validationError(digits)).isPresent();
    assertThat(PeerIP.validationError(digits + ":179")).isPresent();
    assertThat(PeerIP.validationError("1.2.3." + digits + ":179")).isPresent();
  }
}
