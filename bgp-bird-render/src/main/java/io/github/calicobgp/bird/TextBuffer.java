package io.github.calicobgp.bird;

import io.github.calicobgp.api.value.CIDR;
import io.github.calicobgp.api.value.IPAddress;

/** An append-only text buffer for one file, sized up front: a thin {@link StringBuilder}. */
final class TextBuffer {

  private final StringBuilder out;

  TextBuffer(int capacity) {
    out = new StringBuilder(capacity);
  }

  TextBuffer add(String text) {
    out.append(text);
    return this;
  }

  TextBuffer add(char c) {
    out.append(c);
    return this;
  }

  TextBuffer add(long number) {
    out.append(number);
    return this;
  }

  TextBuffer add(IPAddress ip) {
    out.append(ip.toString());
    return this;
  }

  TextBuffer add(CIDR cidr) {
    out.append(cidr.toString());
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
