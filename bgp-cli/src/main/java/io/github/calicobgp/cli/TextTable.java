package io.github.calicobgp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rows of text printed in aligned columns, separated by two spaces, with a header row. */
final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column titles. */
  TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /**
   * Adds a row; it must have one cell per column. Cells are escaped by {@link HumanText#escape}:
   * they hold names and values from the input.
   */
  void add(List<String> row) {
    if (row.size() != header.size()) {
      throw new IllegalArgumentException("expected " + header.size() + " cells, got " + row);
    }
    rows.add(row.stream().map(HumanText::escape).toList());
  }

  /** Prints the header and the rows; the last column is not padded. */
  void print(PrintWriter out) {
    int[] widths = new int[header.size()];
    for (List<String> row : allRows()) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder line = new StringBuilder();
    for (List<String> row : allRows()) {
      printLine(row, widths, line, out);
    }
  }

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>(rows.size() + 1);
    all.add(header);
    all.addAll(rows);
    return all;
  }

  /**
   * Prints a header and rows made as they are printed, aligned as {@link #print} aligns them: the
   * rows are iterated twice, once for the column widths and once to print, and never held.
   *
   * @param header the column titles
   * @param rows the rows, one cell per column, iterated twice
   * @param out where to print
   */
  static void stream(List<String> header, Iterable<List<String>> rows, PrintWriter out) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      widths[i] = header.get(i).length();
    }
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("expected " + header.size() + " cells, got " + row);
      }
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], HumanText.escape(row.get(i)).length());
      }
    }
    StringBuilder line = new StringBuilder();
    printLine(header, widths, line, out);
    for (List<String> row : rows) {
      printLine(row.stream().map(HumanText::escape).toList(), widths, line, out);
    }
  }

  private static void printLine(List<String> row, int[] widths, StringBuilder line,
      PrintWriter out) {
    line.setLength(0);
    for (int i = 0; i < row.size(); i++) {
      String cell = row.get(i);
      line.append(cell);
      if (i < row.size() - 1) {
        line.append(" ".repeat(widths[i] - cell.length() + 2));
      }
    }
    out.println(line);
  }
}
