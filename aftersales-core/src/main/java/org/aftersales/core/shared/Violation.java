package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.internal.DomainValueStyle;
import org.immutables.value.Value;

/**
 * One thing wrong with an input (输入违规): where it is, what is wrong, and the rejected value.
 *
 * <p>Violations sort by path, then by message key, then by rejected value, then by the English
 * text — the order in which {@link InvalidInputException} lists them, so that the same input always
 * gives the same error text. Numbers inside paths compare by value, so {@code line 3} comes before
 * {@code line 12} and {@code items[2]} before {@code items[10]}.
 *
 * <p>The rejected value is kept as safe one-line text (see {@link LocalizableMessage}: controls,
 * bidi and zero-width characters escaped, long text cut between whole characters and marked with
 * {@code "…[n]"}, n its original length in code points), never as the object itself.
 */
@Value.Immutable
@DomainValueStyle
public abstract class Violation implements Comparable<Violation>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Comparator<Violation> ORDER = Comparator
      .comparing(Violation::path, Violation::comparePaths)
      .thenComparing(v -> v.message().key())
      .thenComparing(v -> v.rejectedValue().orElse(""))
      .thenComparing(v -> v.message().english());

  Violation() {}

  /**
   * Where the problem is: a property path such as {@code amount} or {@code lines[2].quantity}, or
   * the empty string for the input as a whole.
   *
   * @return the path
   */
  public abstract String path();

  /**
   * What is wrong, in both languages (e.g. "must not be negative / 不能为负数").
   *
   * @return the message
   */
  public abstract LocalizableMessage message();

  /**
   * The rejected value as one line of text, if there was one.
   *
   * @return the rejected value
   */
  public abstract Optional<String> rejectedValue();

  /**
   * A violation without a rejected value.
   *
   * @param path the property path, or {@code ""} for the whole input
   * @param message what is wrong
   * @return the violation
   */
  public static Violation of(String path, LocalizableMessage message) {
    return ImmutableViolation.builder().path(path).message(message).build();
  }

  /**
   * A violation with the rejected value.
   *
   * @param path the property path, or {@code ""} for the whole input
   * @param message what is wrong
   * @param rejectedValue the value that was rejected; {@code null} is shown as {@code null}
   * @return the violation
   */
  public static Violation of(String path, LocalizableMessage message, Object rejectedValue) {
    return ImmutableViolation.builder()
        .path(path)
        .message(message)
        .rejectedValue(LocalizableMessage.argumentValue(rejectedValue).toString())
        .build();
  }

  /**
   * Renders the violation for a reader of {@code locale}, e.g.
   * {@code "amount: must not be negative (rejected value: -1.00)"}.
   *
   * @param locale the reader's locale
   * @return one line of text
   */
  public String render(Locale locale) {
    requireNonNull(locale, "locale");
    String key = (path().isEmpty() ? "core.violation" : "core.violation.path")
        + (rejectedValue().isPresent() ? ".rejected" : "");
    return MessageBundle.CORE
        .message(key, "path", path(), "message", message(),
            // Already made safe when the violation was created: not to be escaped or cut again.
            "rejected", new LocalizableMessage.Shown(rejectedValue().orElse("")))
        .render(locale);
  }

  /** Compares paths as text, except that runs of digits compare by their numeric value. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String na = stripLeadingZeros(a.substring(i, endA));
        String nb = stripLeadingZeros(b.substring(j, endB));
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    if (c == 0) {
      c = Integer.compare(a.length(), b.length());
    }
    return c != 0 ? c : a.compareTo(b);
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  /**
   * Orders violations by path, message key, rejected value and English text.
   *
   * @param other the violation to compare with
   * @return negative, zero or positive as this sorts before, with or after {@code other}
   */
  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }
}
