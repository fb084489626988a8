package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * How far ahead of a change's window the customer must be told (CON-07). The seed says only
 * "beforehand" (事先告知) and gives no number, so the seed terms accept a notice given at any
 * instant strictly before the window starts (a minimum lead of zero). Immutable and thread-safe.
 *
 * @param minimumLead the least time between the notice and the window's start; not negative
 */
public record ChangeNoticeTerms(Duration minimumLead) {

  /**
   * Validates the lead time.
   *
   * @param minimumLead the least time between the notice and the window's start
   * @throws InvalidInputException if the lead is negative
   */
  public ChangeNoticeTerms {
    requireNonNull(minimumLead, "minimumLead");
    if (minimumLead.isNegative()) {
      throw InvalidInputException.of("minimumLead",
          MessageBundle.CORE.message("core.change.negativeLead"), minimumLead);
    }
  }

  /**
   * The seed's terms: any time before the window starts (the seed gives no number).
   *
   * @return a minimum lead of zero
   */
  public static ChangeNoticeTerms seed() {
    return new ChangeNoticeTerms(Duration.ZERO);
  }
}
