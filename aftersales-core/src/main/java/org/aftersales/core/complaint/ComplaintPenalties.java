package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.penalty.PenaltyAllocation;
import org.aftersales.core.penalty.PenaltyAllocationPolicy;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.UseCase;

/**
 * The use case that turns a decided complaint's loss into penalties (罚款入账), CMP-08 → PEN-02,
 * PEN-06, PEN-09, PEN-07: the decision's responsibility becomes a {@link PenaltyCase} of the
 * decided amount, the injected {@link PenaltyAllocationPolicy} splits it by the ratios and, within
 * a department, by base points (the rules module's {@code LargestRemainderAllocation}, exact to the
 * fen), and {@link PenaltyPosting} posts each person's share to their penalty ledger for the month
 * the case was decided in (in the business zone). The month-end settlement under the one-bonus
 * rule (PEN-08) is {@code PenaltySettlement}'s.
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Safe to retry, and to call more than once.</b> The posting's request ID is derived
 *       from the case ({@code complaint-penalty:<series>:<number>}), so every call for a case
 *       posts each person's share exactly once: a retry after a fault completes the persons an
 *       earlier attempt did not reach, and a second call posts nothing new.</li>
 *   <li><b>Refusals change nothing.</b> A case not decided, a unit missing for a department-only
 *       line, or a share refused by the ledgers is refused before the first ledger is saved.</li>
 *   <li><b>Port calls, in order:</b> {@code Complaints.find}, then {@code PenaltyPosting.post}'s
 *       ({@code PenaltyAccounts.find} per person, then {@code save} per person).</li>
 *   <li><b>Money.</b> The sum of the posted shares equals the decided amount to the fen (the
 *       allocation's largest-remainder rounding); a decision of no amount, or with the fault not
 *       ours, posts nothing.</li>
 * </ul>
 *
 * <p>Thread-safe if its ports are.
 */
@UseCase
public final class ComplaintPenalties {

  private final Complaints complaints;
  private final PenaltyAllocationPolicy allocation;
  private final PenaltyPosting posting;
  private final CommandValidator validator;
  private final ZoneId businessZone;

  /**
   * Wires the use case.
   *
   * @param complaints the complaint cases
   * @param allocation splits a case's loss among the responsible (PEN-02, PEN-06, PEN-09)
   * @param posting posts the shares to the penalty ledgers
   * @param validator validates commands
   * @param businessZone the zone whose calendar month the decision falls in (the assessed month)
   */
  public ComplaintPenalties(Complaints complaints, PenaltyAllocationPolicy allocation,
      PenaltyPosting posting, CommandValidator validator, ZoneId businessZone) {
    this.complaints = requireNonNull(complaints, "complaints");
    this.allocation = requireNonNull(allocation, "allocation");
    this.posting = requireNonNull(posting, "posting");
    this.validator = requireNonNull(validator, "validator");
    this.businessZone = requireNonNull(businessZone, "businessZone");
  }

  /**
   * Posts the decided case's penalties.
   *
   * @param command the case and the departments with their members (for department-only lines)
   * @return the ledgers of the persons charged, as stored, by person ID; empty when the decision
   *     charges no one (amount 0, or the fault not ours)
   * @throws InvalidInputException if the command breaks its constraints, or a department-only
   *     line's unit is missing (path {@code units})
   * @throws NotFoundException if there is no such case
   * @throws RuleRefusalException (CMP-08) if the case is not decided; as {@link PenaltyPosting}
   *     refuses (PEN-07, PEN-08)
   * @throws ConcurrentUpdateException if a person's ledger kept changing through every attempt
   */
  public List<PersonPenaltyLedger> post(PostComplaintPenalty command) {
    validator.validate(requireNonNull(command, "command"));
    ComplaintCase c = complaints.find(command.number()).orElseThrow(
        () -> new NotFoundException(ComplaintCase.KIND, command.number().text()));
    DecideComplaint decision = c.decision().orElseThrow(() -> new RuleRefusalException(
        RuleId.of("CMP-08"), MessageBundle.CORE.message("core.complaint.notDecidedNoPenalty",
            "number", c.number())));
    if (!(decision.responsibility() instanceof Responsibility.Ours ours)
        || decision.amount().isZero()) {
      return List.of();
    }
    PenaltyCase penaltyCase = ours.toPenaltyCase(c.number(), decision.amount(), command.units());
    PenaltyAllocation shares = allocation.allocate(penaltyCase);
    YearMonth month = YearMonth.from(decision.decidedAt().atZone(businessZone));
    return posting.post(PostPenalty.of(RequestId.of("complaint-penalty:" + c.sourceId()), shares,
        month));
  }
}
