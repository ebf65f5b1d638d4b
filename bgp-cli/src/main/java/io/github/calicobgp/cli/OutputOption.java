package io.github.calicobgp.cli;

import picocli.CommandLine.Option;

/** The {@code -o/--output table|json|yaml} option of the commands that print results. */
final class OutputOption {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "table (default), json or yaml.",
      converter = OutputFormatConverter.class)
  OutputFormat format = OutputFormat.TABLE;
}
