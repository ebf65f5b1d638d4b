package io.github.calicobgp.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs JMH with its usual command-line options, then prints a Markdown table of the results with
 * the median of the measurement iterations next to JMH's mean: on a shared machine one slow
 * iteration moves the mean, not the median. Also prints, for each benchmark run at several
 * {@code nodes}, the ratio of the medians, and for rendered bytes per second, MB/s (10^6 bytes).
 */
public final class BenchReport {

  private BenchReport() {}

  /** Runs the benchmarks that {@code args} select (JMH's options) and prints the table. */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    System.out.println();
    System.out.print(table(results));
  }

  /** The table: one row per benchmark and parameters, then one per secondary result. */
  static String table(Collection<RunResult> results) {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | params | median | min – max | mean ± 99.9% error | unit |\n");
    out.append("| --- | --- | ---: | ---: | ---: | --- |\n");
    Map<String, Map<Integer, Double>> mediansByNodes = new LinkedHashMap<>();
    for (RunResult run : results) {
      BenchmarkParams params = run.getParams();
      String name = shortName(params.getBenchmark());
      String paramText = paramText(params);
      row(out, name, paramText, run.getPrimaryResult());
      for (Map.Entry<String, Result> secondary : run.getSecondaryResults().entrySet()) {
        Result result = secondary.getValue();
        row(out, name + ":" + secondary.getKey(), paramText, result);
        if (secondary.getKey().equals("bytes")) {
          out.append(String.format(Locale.ROOT, "| %s:MB/s | %s | %.0f | | | MB/s |%n",
              name, paramText, result.getStatistics().getPercentile(50) / 1e6));
        }
      }
      String nodes = params.getParam("nodes");
      if (nodes != null) {
        mediansByNodes.computeIfAbsent(name + otherParams(params), k -> new TreeMap<>())
            .put(Integer.parseInt(nodes), run.getPrimaryResult().getStatistics().getPercentile(50));
      }
    }
    for (Map.Entry<String, Map<Integer, Double>> entry : mediansByNodes.entrySet()) {
      List<Map.Entry<Integer, Double>> sizes = new ArrayList<>(entry.getValue().entrySet());
      if (sizes.size() > 1) {
        Map.Entry<Integer, Double> small = sizes.get(0);
        Map.Entry<Integer, Double> large = sizes.get(sizes.size() - 1);
        out.append(String.format(Locale.ROOT, "%nRatio of medians %s, %d / %d nodes: %.1f×",
            entry.getKey(), large.getKey(), small.getKey(), large.getValue() / small.getValue()));
      }
    }
    return out.append('\n').toString();
  }

  private static void row(StringBuilder out, String name, String params, Result result) {
    Statistics s = result.getStatistics();
    double error = s.getN() > 2 ? s.getMeanErrorAt(0.999) : Double.NaN;
    out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s – %s | %s ± %s | %s |%n",
        name, params, number(s.getPercentile(50)), number(s.getMin()), number(s.getMax()),
        number(s.getMean()), number(error), result.getScoreUnit()));
  }

  /** Three significant digits at least, no exponent. */
  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    String format = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1
        ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, format, value);
  }

  private static String shortName(String benchmark) {
    String[] parts = benchmark.split("\\.");
    return parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  private static String paramText(BenchmarkParams params) {
    List<String> parts = new ArrayList<>();
    for (String key : params.getParamsKeys()) {
      parts.add(key + "=" + params.getParam(key).replace("|", "\\|"));
    }
    return String.join(", ", parts);
  }

  private static String otherParams(BenchmarkParams params) {
    StringBuilder text = new StringBuilder();
    for (String key : params.getParamsKeys()) {
      if (!key.equals("nodes")) {
        text.append(' ').append(key).append('=').append(params.getParam(key));
      }
    }
    return text.toString();
  }
}
