package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.YearMonth;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.TimePrecision;

/**
 * One posting to a person's penalty ledger (罚款台账入账): their share of one decided case, fine or
 * administrative penalty, for the month it was assessed in, PEN-07. Each case is posted to a
 * person's ledger at most once; the posting's request ID makes the posting idempotent.
 *
 * @param caseId the case reference, e.g. the complaint number {@code 261107}; identifier text
 * @param month the month the case was assessed (decided) in
 * @param amount the person's share, greater than 0, exact
 * @param kind what it comes from, which decides its place in the month's settlement
 * @param requestId the request ID of the posting command
 * @param postedAt when it was recorded (from the use case's clock), whole microseconds
 */
public record PenaltyLedgerPosting(String caseId, YearMonth month, Money amount,
    DeductionKind kind, RequestId requestId, Instant postedAt) {

  /**
   * Checks the fields.
   *
   * @param caseId the case
   * @param month the month assessed
   * @param amount the share
   * @param kind what it comes from
   * @param requestId the posting's request ID
   * @param postedAt when it was recorded; truncated to whole microseconds
   * @throws InvalidInputException if the case reference is not identifier text or the amount is
   *     not greater than 0
   */
  public PenaltyLedgerPosting {
    requireNonNull(caseId, "caseId");
    requireNonNull(month, "month");
    requireNonNull(amount, "amount");
    requireNonNull(kind, "kind");
    requireNonNull(requestId, "requestId");
    requireNonNull(postedAt, "postedAt");
    PenaltyChecks.caseId(caseId);
    PenaltyChecks.positive("amount", amount);
    postedAt = TimePrecision.stored(postedAt);
  }

  /**
   * The posting as an assessment for the month's settlement.
   *
   * @param person whose ledger it is in
   * @return the assessment with the same case, amount, month and kind
   */
  public Assessment toAssessment(PersonId person) {
    return new Assessment(caseId, person, amount, month, kind);
  }
}
