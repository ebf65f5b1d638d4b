package io.github.calicobgp.bird;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.calicobgp.api.value.IPFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BirdStringsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "plain", "back\\slash", "#;{}'/* */", "tab\tcr\r", "päss€😀", "\u0001\u007f"
      })
  void passwordsBirdCanHoldAreKeptVerbatim(String password) {
    assertThat(BirdStrings.password(password, "peer P", "password")).isSameAs(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\"b", "a\nb", "a\u0000b", "a\ud800b", "\udc00"})
  void passwordsBirdCannotHoldAreRejectedWithoutShowingThem(String password) {
    assertThatThrownBy(() -> BirdStrings.password(password, "peer P", "password"))
        .isInstanceOf(UnsafeConfigValueException.class)
        .hasMessageStartingWith("peer P: password: contains ")
        .hasMessageEndingWith("(value <redacted>)")
        .satisfies(
            e -> assertThat(((BirdRenderException) e).displayValue()).isEqualTo("<redacted>"))
        .message()
        .doesNotContain(password);
  }

  @Test
  void passwordErrorsSayWhatAndWhere() {
    assertThatThrownBy(() -> BirdStrings.password("ab\"c", "peer P", "password"))
        .hasMessage(
            "peer P: password: contains a double quote at offset 2, which a BIRD 1.6 string"
                + " cannot hold (BIRD has no escape sequences) (value <redacted>)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"eth0", "*", "cali*", "vlan.10", "en_p-1*", "averylonginterfacename"})
  void interfacePatterns(String pattern) {
    assertThat(BirdStrings.interfacePattern(pattern, "node N", "ignoredInterfaces[0]"))
        .isEqualTo(pattern);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "eth\"0", "eth0\n", "eth 0", "eth?", "eth/0", "ethé"})
  void badInterfacePatterns(String pattern) {
    assertThatThrownBy(
            () -> BirdStrings.interfacePattern(pattern, "node N", "ignoredInterfaces[0]"))
        .isInstanceOf(UnsafeConfigValueException.class)
        .hasMessageStartingWith("node N: ignoredInterfaces[0]: an interface pattern must be");
  }

  @Test
  void routerIds() {
    assertThat(BirdStrings.routerId("10.10.10.10", "n")).isEqualTo("10.10.10.10");
    assertThatThrownBy(() -> BirdStrings.routerId(null, "n"))
        .hasMessageStartingWith("node n: routerId: the node has no IPv4 address")
        .hasMessageContaining("set a router id");
    assertThatThrownBy(() -> BirdStrings.routerId("fd00::1", "n"))
        .hasMessage(
            "node n: routerId: must be an IPv4 address in dotted-quad form (value \"fd00::1\")");
    assertThatThrownBy(() -> BirdStrings.routerId("1.2.3.4; protocol x", "n"))
        .isInstanceOf(UnsafeConfigValueException.class);
  }

  @Test
  void cidrsMustBeNetworksOfTheFamily() {
    assertThat(BirdStrings.cidr("5000:0::0/64", IPFamily.V6, "s", "f")).isEqualTo("5000:0::0/64");
    assertThat(BirdStrings.cidr("10.0.0.0/8", IPFamily.V4, "s", "f")).isEqualTo("10.0.0.0/8");
    assertThatThrownBy(() -> BirdStrings.cidr("10.0.0.0/8", IPFamily.V6, "s", "f"))
        .hasMessage("s: f: must be an IPv6 CIDR (value \"10.0.0.0/8\")");
    assertThatThrownBy(() -> BirdStrings.cidr("10.0.0.1/8", IPFamily.V4, "s", "f"))
        .hasMessageContaining("host bits set (the network is 10.0.0.0/8)");
    assertThatThrownBy(() -> BirdStrings.cidr("10.0.0.0", IPFamily.V4, "s", "f"))
        .hasMessageContaining("must be an IPv4 CIDR: missing '/'");
    assertThatThrownBy(() -> BirdStrings.cidr("::ffff:10.0.0.0/104", IPFamily.V6, "s", "f"))
        .hasMessageContaining("must be an IPv6 CIDR");
  }

  @Test
  void gateways() {
    assertThat(BirdStrings.gateway("ffee::1:1", IPFamily.V6, "s", "f")).isEqualTo("ffee::1:1");
    assertThatThrownBy(() -> BirdStrings.gateway("10.0.0.1/32", IPFamily.V4, "s", "f"))
        .hasMessage("s: f: must be an IPv4 address (value \"10.0.0.1/32\")");
  }

  @Test
  void communities() {
    assertThat(BirdStrings.community("65535:0", "s", "f")).containsExactly("65535", "0");
    assertThat(BirdStrings.community("4294967295:1:007", "s", "f"))
        .containsExactly("4294967295", "1", "007");
    assertThat(BirdStrings.community("1:2:3:4", "s", "f")).isNull();
    assertThat(BirdStrings.community("12", "s", "f")).isNull();
    assertThatThrownBy(() -> BirdStrings.community("65536:1", "s", "f"))
        .hasMessage("s: f: a community's parts must be decimal numbers up to 65535 (value"
            + " \"65536:1\")");
    assertThatThrownBy(() -> BirdStrings.community("1:x)); reject", "s", "f"))
        .isInstanceOf(UnsafeConfigValueException.class);
    assertThatThrownBy(() -> BirdStrings.community("1:", "s", "f"))
        .isInstanceOf(UnsafeConfigValueException.class);
    assertThatThrownBy(() -> BirdStrings.community("4294967296:1:1", "s", "f"))
        .isInstanceOf(UnsafeConfigValueException.class);
  }

  @Test
  void filterNames() {
    assertThat(BirdStrings.filterName("my-filter.v2")).isEqualTo("my-filter.v2");
    assertThatThrownBy(() -> BirdStrings.filterName("My'filter"))
        .hasMessage(
            "BGPFilter/\"My'filter\": metadata.name: a BGPFilter name must be a non-empty DNS-1123"
                + " name (a-z, 0-9, '.', '-') (value \"My'filter\")");
    assertThatThrownBy(() -> BirdStrings.filterName(null))
        .hasMessageStartingWith("BGPFilter/<unnamed>: metadata.name: ");
  }

  @Test
  void protocolNames() {
    assertThat(BirdStrings.protocolName("Local_Workload_fd00_10_244_0_586d_4461_e980_a284"))
        .startsWith("Local_Workload");
    assertThatThrownBy(() -> BirdStrings.protocolName("Mesh_1 from x {"))
        .hasMessageStartingWith("peer \"Mesh_1 from x {\": name: ");
    assertThatThrownBy(() -> BirdStrings.protocolName("9abc"))
        .isInstanceOf(UnsafeConfigValueException.class);
    assertThatThrownBy(() -> BirdStrings.protocolName("N".repeat(65)))
        .isInstanceOf(UnsafeConfigValueException.class);
  }
}
