package io.github.calicobgp.testkit.lab;

import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPFamily;
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

  /** Checks the name, the families and the files, and copies the files. */
  public LabNode {
    LabNames.checkHost(name);
    checkFamilies(name, ipv4, ipv6);
    files = copyFiles(name, files);
    requireFile(name, files, "bird.cfg");
    if (ipv6 != null) {
      requireFile(name, files, "bird6.cfg");
    }
  }

  /** A node from address text such as {@code 10.99.0.11/16} and {@code fd99::11/64} (or null). */
  public static LabNode of(
      String name, String ipv4, @Nullable String ipv6, Map<String, String> files) {
    return new LabNode(name, CIDR.parse(ipv4), ipv6 == null ? null : CIDR.parse(ipv6), files);
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
