package io.github.calicobgp.testkit.arbitraries;

import io.github.calicobgp.api.resource.BGPPassword;
import io.github.calicobgp.api.resource.BGPPeer;
import io.github.calicobgp.api.resource.BGPPeerSpec;
import io.github.calicobgp.api.resource.Node;
import io.github.calicobgp.api.resource.NodeSpec;
import io.github.calicobgp.api.resource.ObjectMeta;
import io.github.calicobgp.api.value.ASNumber;
import io.github.calicobgp.api.value.GoDuration;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/** Arbitraries of single resources and of the values in them, all valid for Calico. */
final class ResourceArbitraries {

  private ResourceArbitraries() {}

  static Arbitrary<ASNumber> asNumbers() {
    return Arbitraries.oneOf(
            Arbitraries.longs().between(64512, 65534),
            Arbitraries.longs().between(4_200_000_000L, 4_294_967_294L))
        .map(ASNumber::of);
  }

  static Arbitrary<String> labelKeys() {
    Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').numeric()
        .ofMinLength(1).ofMaxLength(12).filter(s -> Character.isLetter(s.charAt(0)));
    return Arbitraries.oneOf(Arbitraries.of(Vocabulary.KEYS), name,
        name.map(n -> "example.com/" + n));
  }

  static Arbitrary<String> labelValues() {
    Arbitrary<String> value = Arbitraries.strings().withCharRange('a', 'z').numeric()
        .ofMinLength(1).ofMaxLength(12);
    return Arbitraries.oneOf(Arbitraries.of(Vocabulary.VALUES), value, Arbitraries.just(""));
  }

  static Arbitrary<Map<String, String>> labels() {
    return Arbitraries.maps(labelKeys(), labelValues()).ofMaxSize(4);
  }

  /** Selectors over the fixtures' labels: terms joined by {@code &&}, alternatives by {@code ||}. */
  static Arbitrary<String> selectors() {
    Arbitrary<String> key = Arbitraries.of(Vocabulary.KEYS);
    Arbitrary<String> value = Arbitraries.of(Vocabulary.VALUES);
    Arbitrary<String> term = Arbitraries.oneOf(
        Arbitraries.just("all()"),
        key.map(k -> "has(" + k + ")"),
        key.map(k -> "!has(" + k + ")"),
        Combinators.combine(key, value).as((k, v) -> k + " == '" + v + "'"),
        Combinators.combine(key, value).as((k, v) -> k + " != '" + v + "'"),
        Combinators.combine(key, value.set().ofMinSize(1).ofMaxSize(3))
            .as((k, vs) -> k + " in {'" + String.join("', '", vs.stream().sorted().toList())
                + "'}"));
    Arbitrary<String> conjunction =
        term.list().ofMinSize(1).ofMaxSize(3).map(ts -> String.join(" && ", ts));
    return conjunction.list().ofMinSize(1).ofMaxSize(2).map(cs -> cs.size() == 1
        ? cs.get(0)
        : "(" + String.join(") || (", cs) + ")");
  }

  static Arbitrary<Node> nodes() {
    Arbitrary<Integer> index = Arbitraries.integers().between(1, 250);
    return Combinators.combine(
            index,
            labels(),
            Arbitraries.of(true, false),
            Arbitraries.of(false, true),
            asNumbers().injectNull(0.6),
            Arbitraries.of("244.0.0.1", "244.0.0.2").injectNull(0.8))
        .as((i, labels, v4, v6, as, clusterId) -> {
          String ipv4 = v4 || !v6 ? "10.99.0." + i + "/16" : null;
          String ipv6 = v6 ? "fd99::" + Integer.toHexString(i) + "/64" : null;
          NodeSpec.BGP bgp = new NodeSpec.BGP(as, ipv4, ipv6, null, clusterId);
          return new Node(ObjectMeta.named("node-" + i, labels), NodeSpec.ofBgp(bgp));
        });
  }

  /** BGPPeers of every shape: by selectors, by node or globally to an address, to local workloads. */
  static Arbitrary<BGPPeer> bgpPeers() {
    Arbitrary<BGPPeerSpec.Builder> shape = Arbitraries.oneOf(
        Combinators.combine(selectors(), selectors(), Arbitraries.of("Auto", "Manual").injectNull(0.5))
            .as((local, remote, reverse) -> BGPPeerSpec.builder().nodeSelector(local)
                .peerSelector(remote).reversePeering(reverse)),
        Combinators.combine(Arbitraries.integers().between(1, 9), peerIPs(), asNumbers())
            .as((n, ip, as) -> BGPPeerSpec.builder().node("node-" + n).peerIP(ip).asNumber(as)),
        Combinators.combine(peerIPs(), asNumbers())
            .as((ip, as) -> BGPPeerSpec.builder().peerIP(ip).asNumber(as)),
        Combinators.combine(selectors(), asNumbers())
            .as((workloads, as) -> BGPPeerSpec.builder().localWorkloadSelector(workloads)
                .asNumber(as)));
    return Combinators.combine(
            Arbitraries.integers().between(1, 99),
            shape,
            Arbitraries.of(BGPPassword.fromSecret("bgp-passwords", "peer")).injectNull(0.7),
            Arbitraries.of("30s", "2m0s").map(GoDuration::parse).injectNull(0.7),
            Arbitraries.integers().between(1, 255).injectNull(0.8),
            Arbitraries.integers().between(1, 3).injectNull(0.8),
            Arbitraries.of("Auto", "Self", "Keep").injectNull(0.7),
            Arbitraries.of("UseNodeIP", "None").injectNull(0.8))
        .as((n, spec, password, time, ttl, allowLocal, nextHop, source) ->
            new BGPPeer(ObjectMeta.named("peer-" + n), options(spec, password, time, ttl,
                allowLocal, nextHop, source).build()));
  }

  private static BGPPeerSpec.Builder options(BGPPeerSpec.Builder spec,
      @Nullable BGPPassword password, @Nullable GoDuration time, @Nullable Integer ttl,
      @Nullable Integer allowLocal, @Nullable String nextHop, @Nullable String source) {
    return spec.password(password).maxRestartTime(time).keepaliveTime(time).ttlSecurity(ttl)
        .numAllowedLocalASNumbers(allowLocal).nextHopMode(nextHop).sourceAddress(source);
  }

  /** Addresses of routers outside the cluster, from documentation ranges, maybe with a port. */
  private static Arbitrary<String> peerIPs() {
    Arbitrary<Integer> host = Arbitraries.integers().between(1, 254);
    Arbitrary<@Nullable Integer> port = Arbitraries.of(179, 1790).injectNull(0.6);
    return Arbitraries.oneOf(
        Combinators.combine(host, port).as((h, p) -> "192.0.2." + h + (p == null ? "" : ":" + p)),
        Combinators.combine(host, port).as((h, p) -> p == null
            ? "2001:db8::" + Integer.toHexString(h)
            : "[2001:db8::" + Integer.toHexString(h) + "]:" + p));
  }
}
