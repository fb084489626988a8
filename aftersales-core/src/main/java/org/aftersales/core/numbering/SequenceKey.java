package org.aftersales.core.numbering;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * What a counter is kept for (计数键): a series and a period key. Serials restart for every new
 * key, so a counter per (complaint series, month) gives the 年月流水 of CMP-01.
 *
 * <p>The period key is canonical text chosen by the numbering scheme — {@code 2026-11} for a
 * month, {@code 2026-11-05} for a day, {@code 2026} for a year, {@code ALL} for a serial that never
 * restarts — independent of how the period is printed in the number, so that {@code yy} printing
 * can never mix up centuries. It is 1 to 32 letters, digits or {@code -}.
 *
 * @param series the series
 * @param period the canonical period key
 */
public record SequenceKey(SeriesId series, String period) {

  /**
   * Checks the fields.
   *
   * @param series the series
   * @param period the canonical period key
   * @throws InvalidInputException if the period key is malformed
   */
  public SequenceKey {
    requireNonNull(series, "series");
    requireNonNull(period, "period");
    if (!isPeriodKey(period)) {
      throw InvalidInputException.of("period",
          MessageBundle.CORE.message("core.numbering.periodKey"), period);
    }
  }

  /** 1 to 32 ASCII letters, digits or '-' (a loop, not a regex: keys are made for every number). */
  private static boolean isPeriodKey(String period) {
    if (period.isEmpty() || period.length() > 32) {
      return false;
    }
    for (int i = 0; i < period.length(); i++) {
      char c = period.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code series/period}, e.g. {@code COMPLAINT/2026-11}.
   *
   * @return the key as text
   */
  @Override
  public String toString() {
    return series + "/" + period;
  }
}
