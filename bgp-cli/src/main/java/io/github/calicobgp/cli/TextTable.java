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
    int columns = header.size();
    int[] widths = new int[columns];
    for (int i = 0; i < columns; i++) {
      widths[i] = header.get(i).length();
    }
    EscapedColumns escaped = new EscapedColumns(columns);
    for (List<String> row : rows) {
      if (row.size() != columns) {
        throw new IllegalArgumentException("expected " + columns + " cells, got " + row);
      }
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], escaped.cell(i, row.get(i)).length());
      }
    }
    StringBuilder line = new StringBuilder();
    printLine(header, widths, line, out);
    for (List<String> row : rows) {
      line.setLength(0);
      for (int i = 0; i < columns; i++) {
        appendCell(line, escaped.cell(i, row.get(i)), widths, i, columns);
      }
      out.println(line);
    }
  }

  private static void printLine(List<String> row, int[] widths, StringBuilder line,
      PrintWriter out) {
    line.setLength(0);
    for (int i = 0; i < row.size(); i++) {
      appendCell(line, row.get(i), widths, i, row.size());
    }
    out.println(line);
  }

  /** Appends a cell, padded to its column's width plus two spaces unless it is the last. */
  private static void appendCell(StringBuilder line, String cell, int[] widths, int column,
      int columns) {
    line.append(cell);
    if (column < columns - 1) {
      for (int pad = widths[column] - cell.length() + 2; pad > 0; pad--) {
        line.append(' ');
      }
    }
  }

  /**
   * The escaped form of each column's cell, remembered for the last cell instance seen in that
   * column: streamed rows repeat the same strings down a column (a node name for all its
   * sessions, the type, the status), which are then scanned once per run instead of per row.
   */
  private static final class EscapedColumns {
    private final String[] raw;
    private final String[] escaped;

    EscapedColumns(int columns) {
      raw = new String[columns];
      escaped = new String[columns];
    }

    String cell(int column, String cell) {
      if (raw[column] != cell) {
        raw[column] = cell;
        escaped[column] = HumanText.escape(cell);
      }
      return escaped[column];
    }
  }
}
