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
    for (List<String> row : allRows()) {
      StringBuilder line = new StringBuilder();
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

  private List<List<String>> allRows() {
    List<List<String>> all = new ArrayList<>(rows.size() + 1);
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
