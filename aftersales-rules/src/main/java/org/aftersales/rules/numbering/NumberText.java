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

  /**
   * Writes the last {@code count} decimal digits of {@code value} into {@code out} at {@code at},
   * left-padded with zeros, and returns the position after them. {@code count} is at least
   * {@link #digitCount(long)} for the values printed; a negative value (a serial the caller
   * refuses right after) writes characters that are not digits, never throws.
   */
  static int putDigits(char[] out, int at, long value, int count) {
    long rest = value;
    for (int p = at + count - 1; p >= at; p--) {
      out[p] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return at + count;
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
