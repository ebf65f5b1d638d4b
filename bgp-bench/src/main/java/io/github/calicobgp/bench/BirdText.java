package io.github.calicobgp.bench;

import io.github.calicobgp.bird.BirdConfig;

/** The size of rendered BIRD text, for reporting rendering throughput. */
final class BirdText {

  private BirdText() {}

  /**
   * The characters of the six files; BIRD text is ASCII here (no password or other free text
   * outside it), so this is also their size in bytes.
   */
  static long size(BirdConfig config) {
    long size = 0;
    for (String text : config.files().values()) {
      size += text.length();
    }
    return size;
  }
}
