package org.aftersales.core.penalty;

import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.aftersales.core.shared.RequestId;

/**
 * Command: post a decided case's shares to the penalty ledgers of the persons who carry them
 * (罚款入账), PEN-07 — usually a {@link PenaltyAllocation}'s {@link PenaltyAllocation#persons()
 * persons}, through {@link #of(RequestId, PenaltyAllocation, YearMonth)}.
 *
 * <p>Idempotent by request ID: each person's posting keeps the request ID, so sending the command
 * again (after a fault, or to complete the persons an earlier attempt did not reach) posts what is
 * missing and nothing twice.
 *
 * @param requestId the client's request ID, the same for every person of the case
 * @param caseId the case reference, identifier text (e.g. the complaint number {@code 261107})
 * @param month the month the case was decided (assessed) in, in the business zone
 * @param kind what the amounts come from ({@link DeductionKind#COMPLAINT} for a complaint case)
 * @param shares one amount per person, each person once, all in one currency, zero or more; a zero
 *     share posts nothing
 */
public record PostPenalty(
    @NotNull RequestId requestId,
    @NotNull String caseId,
    @NotNull YearMonth month,
    @NotNull DeductionKind kind,
    @NotEmpty List<@NotNull PersonAmount> shares) {

  /**
   * Copies the shares; every field is validated at the use case's boundary.
   *
   * @param requestId the request ID
   * @param caseId the case
   * @param month the month assessed
   * @param kind what it comes from
   * @param shares one amount per person
   */
  public PostPenalty {
    // Nulls are kept for the validator to report; ImmutableList refuses them.
    shares = shares == null ? null : Collections.unmodifiableList(new ArrayList<>(shares));
  }

  /**
   * The posting of a complaint case's allocation: the case ID of the allocation's case, every
   * person's total ({@link PenaltyAllocation#persons()}), {@link DeductionKind#COMPLAINT}.
   *
   * @param requestId the client's request ID
   * @param allocation the decided case's allocation (PEN-02, PEN-06, PEN-09)
   * @param month the month the case was decided in
   * @return the command
   */
  public static PostPenalty of(RequestId requestId, PenaltyAllocation allocation,
      YearMonth month) {
    return new PostPenalty(requestId, allocation.input().caseId(), month,
        DeductionKind.COMPLAINT, ImmutableList.copyOf(allocation.persons()));
  }
}
