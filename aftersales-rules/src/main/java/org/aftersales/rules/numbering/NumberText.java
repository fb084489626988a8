package org.aftersales.rules.numbering;

/** Small text helpers of the numbering package, independent of any locale. Package-private. */
final class NumberText {

  private NumberText() {}

  /** {@code value} (not negative) in ASCII digits, left-padded with zeros to {@code width}. */
  static String digits(long value, int width) {
    return appendDigits(new StringBuilder(Math.max(width, 19)), value, width).toString();
  }

  /**
   * Appends {@code value} (not negative) in ASCII digits, left-padded with zeros to {@code width};
   * writes into {@code out} so that printing a number builds one string, not one per part.
   */
  static StringBuilder appendDigits(StringBuilder out, long value, int width) {
    for (int i = digitCount(value); i < width; i++) {
      out.append('0');
    }
    return out.append(value);
  }

  /** How many decimal digits {@code value} (not negative) has; 1 for zero. */
  static int digitCount(long value) {
    int count = 1;
    long rest = value;
    while (rest >= 10) {
      rest /= 10;
      count++;
    }
    return count;
  }

  /** Whether {@code c} is one of the ASCII digits 0 to 9 (the only digits a number contains). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
