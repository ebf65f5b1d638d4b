package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPAddress;
import io.github.calicobgp.api.value.IPFamily;
import io.github.calicobgp.bird.BirdConfig;
import io.github.calicobgp.peering.FamilyPlan;
import io.github.calicobgp.peering.NodePlan;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A Calico node of a lab: its address in each family and the BIRD files calico-node would run
 * ({@code bird.cfg}, {@code bird6.cfg}, {@code bird_ipam.cfg}, {@code bird6_ipam.cfg}, {@code
 * bird_aggr.cfg}, {@code bird6_aggr.cfg}). The lab runs {@code bird} and, when the node has an
 * IPv6 address, {@code bird6}.
 *
 * @param name the node's name; also its folder's name
 * @param ipv4 the node's IPv4 address with the prefix length of its network, e.g. {@code
 *     10.99.0.11/16}
 * @param ipv6 the node's IPv6 address with its prefix length, e.g. {@code fd99::11/64}, or null
 * @param files the configuration files by file name; {@code bird.cfg} is required, and {@code
 *     bird6.cfg} with an IPv6 address
 */
public record LabNode(String name, CIDR ipv4, @Nullable CIDR ipv6, Map<String, String> files) {

  /**
   * Checks the name, the families and the files, and copies the files.
   *
   * @param name the node's name; also its folder's name
   * @param ipv4 the node's IPv4 address with the prefix length of its network, e.g. {@code
   *     10.99.0.11/16}
   * @param ipv6 the node's IPv6 address with its prefix length, e.g. {@code fd99::11/64}, or null
   * @param files the configuration files by file name; {@code bird.cfg} is required, and {@code
   *     bird6.cfg} with an IPv6 address
   */
  public LabNode {
    LabNames.checkHost(name);
    checkFamilies(name, ipv4, ipv6);
    files = copyFiles(name, files);
    requireFile(name, files, "bird.cfg");
    if (ipv6 != null) {
      requireFile(name, files, "bird6.cfg");
    }
  }

  /**
   * {@return a node from address text such as {@code 10.99.0.11/16} and {@code fd99::11/64} (or
   * null)}
   *
   * @param name the node's name, also its namespace's suffix
   * @param ipv4 the node's IPv4 address with prefix length
   * @param ipv6 the node's IPv6 address with prefix length; null for none
   * @param files the BIRD files by name, e.g. {@code bird.cfg}
   */
  public static LabNode of(
      String name, String ipv4, @Nullable String ipv6, Map<String, String> files) {
    return new LabNode(name, CIDR.parse(ipv4), ipv6 == null ? null : CIDR.parse(ipv6), files);
  }

  /**
   * {@return the node of {@code plan}, running the files of {@code config} (rendered from that
   * plan), at the plan's addresses with the prefix lengths of the node's subnets}
   *
   * @param plan the node's plan
   * @param config the files rendered from {@code plan}
   * @throws IllegalArgumentException when the node has no IPv4 address (every lab host needs
   *     one) or its files need Calico's BIRD fork ({@code krt_tunnel})
   */
  public static LabNode of(NodePlan plan, BirdConfig config) {
    String name = plan.nodeName();
    CIDR ipv4 = address(plan.ipv4());
    if (ipv4 == null) {
      throw new IllegalArgumentException(
          name + " has no IPv4 address; every host of a BIRD lab needs one");
    }
    if (config.requiresCalicoBird()) {
      throw new IllegalArgumentException(name + "'s files use krt_tunnel (IPIP routes that BIRD"
          + " programs), which only Calico's fork of BIRD understands");
    }
    return new LabNode(name, ipv4, address(plan.ipv6()), config.files());
  }

  private static @Nullable CIDR address(FamilyPlan family) {
    IPAddress address = family.address();
    CIDR network = family.network();
    return address == null || network == null ? null : CIDR.of(address, network.prefixLength());
  }

  /** Checks that {@code ipv4} is IPv4 and {@code ipv6}, if any, IPv6. */
  static void checkFamilies(String name, CIDR ipv4, @Nullable CIDR ipv6) {
    Objects.requireNonNull(ipv4, "ipv4");
    if (ipv4.family() != IPFamily.V4) {
      throw new IllegalArgumentException(name + ": ipv4 must be an IPv4 CIDR, not " + ipv4);
    }
    if (ipv6 != null && ipv6.family() != IPFamily.V6) {
      throw new IllegalArgumentException(name + ": ipv6 must be an IPv6 CIDR, not " + ipv6);
    }
  }

  /** An unmodifiable copy sorted by name, after checking every file name. */
  static Map<String, String> copyFiles(String name, Map<String, String> files) {
    Map<String, String> copy = new TreeMap<>();
    files.forEach(
        (file, text) -> copy.put(LabNames.checkFile(file), Objects.requireNonNull(text, file)));
    return Collections.unmodifiableMap(copy);
  }

  /** Throws when {@code files} lacks {@code file}. */
  static void requireFile(String name, Map<String, String> files, String file) {
    if (!files.containsKey(file)) {
      throw new IllegalArgumentException(name + ": no " + file + " among " + files.keySet());
    }
  }
}
