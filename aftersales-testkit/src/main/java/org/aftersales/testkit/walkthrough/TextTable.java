package org.aftersales.testkit.walkthrough;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up on a terminal: East Asian wide and full-width
 * characters (汉字, full-width punctuation) take two columns, everything else one — so a Chinese
 * heading and an ASCII value are padded to the same display width, not the same length.
 */
final class TextTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Adds a row; it must have as many cells as the header. */
  TextTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of "
          + header.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  /** The column names, in order. */
  List<String> header() {
    return header;
  }

  /** The rows added so far, in order, each as many cells as the header. */
  List<List<String>> rows() {
    return List.copyOf(rows);
  }

  /**
   * The display width of {@code text} on a terminal: two columns per wide or full-width code
   * point (Unicode East Asian Width W or F, the CJK blocks below), one for every other.
   */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E)      // CJK radicals, punctuation
        || (cp >= 0x3041 && cp <= 0x33FF)      // kana, CJK symbols
        || (cp >= 0x3400 && cp <= 0x4DBF)      // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF)      // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF)      // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3)      // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF)      // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F)      // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60)      // full-width forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6)      // full-width signs
        || (cp >= 0x20000 && cp <= 0x3FFFD);   // CJK extensions B and later
  }

  /** The table: header, a rule of dashes, the rows; cells separated by two spaces, "\n" ends. */
  String render() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = displayWidth(header.get(c));
      for (List<String> r : rows) {
        widths[c] = Math.max(widths[c], displayWidth(r.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    line(out, rule, widths);
    for (List<String> r : rows) {
      line(out, r, widths);
    }
    return out.toString();
  }

  // Every line is padded to the full width, the last column too, so all lines of a table have
  // one display width (the test checks it).
  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      if (c > 0) {
        out.append("  ");
      }
      String cell = cells.get(c);
      out.append(cell).append(" ".repeat(widths[c] - displayWidth(cell)));
    }
    out.append('\n');
  }
}
