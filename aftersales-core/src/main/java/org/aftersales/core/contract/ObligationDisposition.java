package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.TextRules;
import org.aftersales.core.shared.TimePrecision;

/**
 * What was decided for an obligation not done on its date (义务处置): carried over to another day
 * or written off, with the reason, who decided and when. Immutable and thread-safe.
 *
 * @param kind carried over or written off
 * @param due for {@link DispositionKind#CARRIED_OVER} the new due day; for
 *     {@link DispositionKind#WRITTEN_OFF} the due day it was written off at (a calendar date of
 *     the business's zone)
 * @param reason why, free text of 1 to {@value #MAX_REASON_LENGTH} code points
 * @param by who decided
 * @param at when, truncated to the microsecond
 */
public record ObligationDisposition(DispositionKind kind, LocalDate due, String reason,
    PersonId by, Instant at) {

  /** The longest reason, in code points. */
  public static final int MAX_REASON_LENGTH = 500;

  /**
   * Validates the disposition and truncates the instant to the microsecond.
   *
   * @param kind carried over or written off
   * @param due the new due day, or the due day written off
   * @param reason why
   * @param by who decided
   * @param at when
   * @throws InvalidInputException if a date or instant is outside the supported range or the
   *     reason is blank, too long or not plain text
   */
  public ObligationDisposition {
    requireNonNull(kind, "kind");
    SupportedTime.require(due, "due");
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw InvalidInputException.of("reason",
          MessageBundle.CORE.message("core.contract.reasonBlank"), reason);
    }
    TextRules.requireFreeText("reason", reason, MAX_REASON_LENGTH);
    requireNonNull(by, "by");
    at = TimePrecision.stored(SupportedTime.require(at, "at"));
  }
}
