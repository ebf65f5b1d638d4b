package io.github.calicobgp.cli;

import java.util.List;

/**
 * Thrown by a subcommand when the input is wrong (an unknown node, invalid resources, ...): {@link
 * CliCommand} prints its lines on stderr and exits with 1.
 */
final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  /** An exception printing {@code lines}, one problem each. */
  InvalidInputException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  /** An exception printing one line. */
  InvalidInputException(String line) {
    this(List.of(line));
  }

  /** The lines to print. */
  List<String> lines() {
    return lines;
  }
}
