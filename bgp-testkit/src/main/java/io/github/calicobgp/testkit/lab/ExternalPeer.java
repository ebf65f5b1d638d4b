package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.CIDR;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A BGP router outside the cluster, such as a top-of-rack switch in another AS, that the lab runs
 * beside the nodes on the same network.
 *
 * @param name the peer's name; also its folder's name
 * @param daemon which daemon plays it
 * @param ipv4 its IPv4 address with prefix length
 * @param ipv6 its IPv6 address with prefix length, or null
 * @param files its configuration files: {@code bird.cfg} (and optionally {@code bird6.cfg}, which
 *     needs an IPv6 address) for BIRD, {@code frr.conf} for FRR
 */
public record ExternalPeer(
    String name, Daemon daemon, CIDR ipv4, @Nullable CIDR ipv6, Map<String, String> files) {

  /** The daemons that can play an external peer. */
  public enum Daemon {
    /** BIRD 1.6: {@code bird}, and {@code bird6} when there is a {@code bird6.cfg}. */
    BIRD,
    /**
     * FRR's {@code bgpd}, without zebra. Its configuration needs {@code no bgp
     * ebgp-requires-policy} to exchange eBGP routes and {@code no bgp network import-check} to
     * announce networks it has no route for.
     */
    FRR
  }

  /**
   * Checks the name, the families and that the daemon's files are there.
   *
   * @param name the peer's name; also its folder's name
   * @param daemon which daemon plays it
   * @param ipv4 its IPv4 address with prefix length
   * @param ipv6 its IPv6 address with prefix length, or null
   * @param files its configuration files: {@code bird.cfg} (and optionally {@code bird6.cfg}, which
   *     needs an IPv6 address) for BIRD, {@code frr.conf} for FRR
   */
  public ExternalPeer {
    LabNames.checkHost(name);
    Objects.requireNonNull(daemon, "daemon");
    LabNode.checkFamilies(name, ipv4, ipv6);
    files = LabNode.copyFiles(name, files);
    if (daemon == Daemon.FRR) {
      LabNode.requireFile(name, files, "frr.conf");
    } else {
      LabNode.requireFile(name, files, "bird.cfg");
      if (files.containsKey("bird6.cfg") && ipv6 == null) {
        throw new IllegalArgumentException(name + ": bird6.cfg needs an IPv6 address");
      }
    }
  }

  /**
   * {@return a BIRD peer from its {@code bird.cfg} and, if it speaks IPv6, {@code bird6.cfg}}
   *
   * @param name the router's name, also its namespace's suffix
   * @param ipv4 the router's IPv4 address with prefix length
   * @param ipv6 the router's IPv6 address with prefix length; null for none
   * @param birdCfg the text of its {@code bird.cfg}
   * @param bird6Cfg the text of its {@code bird6.cfg}; null when it has no IPv6
   */
  public static ExternalPeer bird(
      String name, String ipv4, @Nullable String ipv6, String birdCfg, @Nullable String bird6Cfg) {
    Map<String, String> files = new HashMap<>();
    files.put("bird.cfg", birdCfg);
    if (bird6Cfg != null) {
      files.put("bird6.cfg", bird6Cfg);
    }
    return new ExternalPeer(name, Daemon.BIRD, CIDR.parse(ipv4), parse(ipv6), files);
  }

  /**
   * {@return an FRR peer from its {@code frr.conf}}
   *
   * @param name the router's name, also its namespace's suffix
   * @param ipv4 the router's IPv4 address with prefix length
   * @param ipv6 the router's IPv6 address with prefix length; null for none
   * @param frrConf the text of its {@code frr.conf}
   */
  public static ExternalPeer frr(String name, String ipv4, @Nullable String ipv6, String frrConf) {
    return new ExternalPeer(
        name, Daemon.FRR, CIDR.parse(ipv4), parse(ipv6), Map.of("frr.conf", frrConf));
  }

  /** Whether the lab runs {@code bird6} for it. */
  boolean runsBird6() {
    return daemon == Daemon.BIRD && files.containsKey("bird6.cfg");
  }

  private static @Nullable CIDR parse(@Nullable String cidr) {
    return cidr == null ? null : CIDR.parse(cidr);
  }
}
