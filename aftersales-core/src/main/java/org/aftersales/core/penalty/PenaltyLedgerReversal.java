package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.TimePrecision;

/**
 * The audited reversal of one posting (罚款冲销): who reversed it, why, when, with which request
 * ID, and what it changed. The reversed posting no longer counts for any month not yet settled;
 * months already settled keep their statements as they were, and {@link #refund()} documents what
 * those months had already deducted for the case, to be paid back to the person by the host's
 * payroll.
 *
 * @param caseId the case whose posting is reversed
 * @param amount the reversed posting's amount (what the posting had assessed), greater than 0
 * @param refund what settled months had deducted for the case (the correction owed to the person),
 *     zero or more
 * @param writtenOffReversed what a departure had written off of the case, now no longer written
 *     off, zero or more
 * @param reversedBy who reversed it
 * @param reason why, 1 to 500 characters of plain text
 * @param requestId the request ID of the reversal command
 * @param reversedAt when it was recorded (from the use case's clock), whole microseconds
 */
public record PenaltyLedgerReversal(String caseId, Money amount, Money refund,
    Money writtenOffReversed, PersonId reversedBy, String reason, RequestId requestId,
    Instant reversedAt) {

  /**
   * Checks the fields.
   *
   * @param caseId the case
   * @param amount the reversed amount
   * @param refund what settled months had deducted
   * @param writtenOffReversed what had been written off
   * @param reversedBy who
   * @param reason why
   * @param requestId the reversal's request ID
   * @param reversedAt when; truncated to whole microseconds
   * @throws InvalidInputException if the amount is not positive, the refund or the write-off is
   *     negative or together more than the amount, or a currency differs
   */
  public PenaltyLedgerReversal {
    requireNonNull(caseId, "caseId");
    requireNonNull(amount, "amount");
    requireNonNull(refund, "refund");
    requireNonNull(writtenOffReversed, "writtenOffReversed");
    requireNonNull(reversedBy, "reversedBy");
    requireNonNull(reason, "reason");
    requireNonNull(requestId, "requestId");
    requireNonNull(reversedAt, "reversedAt");
    PenaltyChecks.caseId(caseId);
    PenaltyChecks.positive("amount", amount);
    PenaltyChecks.sameCurrency("refund", amount, refund);
    PenaltyChecks.sameCurrency("writtenOffReversed", amount, writtenOffReversed);
    PenaltyChecks.notNegative("refund", refund);
    PenaltyChecks.notNegative("writtenOffReversed", writtenOffReversed);
    if (refund.plus(writtenOffReversed).isGreaterThan(amount)) {
      throw InvalidInputException.of("refund",
          PenaltyChecks.message("core.penalty.deductedBeyondAssessed", "assessed", amount),
          refund);
    }
    reversedAt = TimePrecision.stored(reversedAt);
  }
}
