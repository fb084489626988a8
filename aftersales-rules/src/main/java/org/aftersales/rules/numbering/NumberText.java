package org.aftersales.rules.numbering;

/** Small text helpers of the numbering package, independent of any locale. Package-private. */
final class NumberText {

  private NumberText() {}

  /** {@code value} (not negative) in ASCII digits, left-padded with zeros to {@code width}. */
  static String digits(long value, int width) {
    String plain = Long.toString(value);
    if (plain.length() >= width) {
      return plain;
    }
    StringBuilder out = new StringBuilder(width);
    for (int i = plain.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(plain).toString();
  }

  /** Whether {@code c} is one of the ASCII digits 0 to 9 (the only digits a number contains). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
