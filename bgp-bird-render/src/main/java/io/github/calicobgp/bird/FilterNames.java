package io.github.calicobgp.bird;

import io.github.calicobgp.api.value.IPFamily;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * The BIRD function names of BGPFilters, {@code 'bgp_<T>_importFilterV4'}, where T is the filter
 * name cut to fit BIRD's 64-character symbols ({@code BGPFilterFunctionName} in
 * confd/pkg/resource/template/template_funcs.go, {@code truncateBGPFilterName} in
 * confd/pkg/backends/calico/bgp_processor.go). One instance per rendering
 * caches T, which may need a SHA-256.
 */
final class FilterNames {

  /** The longest T: 64 minus the length of {@code bgp__importFilterV4}. */
  static final int MAX_LENGTH = BirdStrings.MAX_SYMBOL_LENGTH - "bgp__importFilterV4".length();

  private static final int HASH_CHARS = 16;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final Map<String, String> truncated = new HashMap<>();

  /** Appends the quoted function name of a filter for a direction and family. */
  void append(TextBuffer out, String filterName, FilterDirection direction, IPFamily family) {
    out.add("'bgp_")
        .add(truncated(filterName))
        .add('_')
        .add(direction.word())
        .add("FilterV")
        .add(family.version())
        .add('\'');
  }

  /** T for a checked filter name, computed once. */
  String truncated(String filterName) {
    String t = truncated.get(filterName);
    if (t == null) {
      t = truncate(BirdStrings.filterName(filterName));
      truncated.put(filterName, t);
    }
    return t;
  }

  /**
   * The name itself when it has at most 45 characters, else its first 28, {@code _}, and the
   * first 16 upper-case hex digits of the SHA-256 of the whole name.
   */
  static String truncate(String name) {
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    byte[] digest = sha256(name.getBytes(StandardCharsets.UTF_8));
    int keep = MAX_LENGTH - HASH_CHARS - 1;
    StringBuilder b = new StringBuilder(MAX_LENGTH).append(name, 0, keep).append('_');
    for (int i = 0; i < HASH_CHARS / 2; i++) {
      b.append(HEX[(digest[i] >> 4) & 0xf]).append(HEX[digest[i] & 0xf]);
    }
    return b.toString();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
