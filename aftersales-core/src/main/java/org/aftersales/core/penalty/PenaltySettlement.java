package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;

/**
 * The month-end settlement run of the penalty ledgers (罚款月结), PEN-04, PEN-07, PEN-08: every
 * ledger with work for the month ({@link PersonPenaltyLedger#toSettle}) is settled through the
 * injected {@link DeductionPolicy} under the one-bonus rule — one settlement a month over all of a
 * person's deductions, administrative penalties first, then fines, then complaint cases capped (the
 * seed: at 50 % of the bonus), never more than the bonus, the rest carried into the following
 * months — and saved with its statement.
 *
 * <pre>{@code
 * PenaltySettlement run = new PenaltySettlement(accounts, CappedDeduction.seed(), clock);
 * PenaltySettlementReport november = run.settle(YearMonth.of(2026, 11), bonusesFromPayroll);
 * }</pre>
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Safe to re-run.</b> A month settles once per person: running it again with the same
 *       bonuses answers the stored statements and changes nothing; a run interrupted by a fault
 *       is completed by running it again. A person whose month was settled with another bonus is
 *       refused ({@link RuleRefusalException}, PEN-08) — the persons before them in person-ID
 *       order stay settled, the run stops there.</li>
 *   <li><b>Persons without a bonus</b> in the map are not settled and are listed in
 *       {@link PenaltySettlementReport#withoutBonus()}; a later run with their bonus settles them.
 *       A bonus of a person with nothing to settle is not used.</li>
 *   <li><b>Concurrent postings.</b> A save that meets another stored version (a case posted to
 *       the person meanwhile) reads the ledger again and settles again, up to
 *       {@value PenaltyPosting#ATTEMPTS} times; a posting stored before the settlement of its
 *       month enters it, one stored after it enters the next month settled.</li>
 *   <li><b>Events with their state.</b> {@link MonthSettled} is saved with each ledger through
 *       {@link PenaltyAccounts#save}, into the outbox.</li>
 *   <li><b>Port calls, in order:</b> {@code PenaltyAccounts.toSettle}, then for each ledger of the
 *       page with a bonus not yet settled {@code PenaltyAccounts.save} (and {@code find} and
 *       {@code save} again after a conflict), then {@code toSettleAfter} for the next page, until a
 *       page is not full.</li>
 *   <li><b>Instants.</b> The recorded time comes from the injected clock, truncated to whole
 *       microseconds; the month is the caller's, cut in the business zone.</li>
 * </ul>
 *
 * <p>Thread-safe if its port and policy are.
 */
@UseCase
public final class PenaltySettlement {

  /** The page size of the run. */
  public static final int PAGE = 1000;

  private final PenaltyAccounts accounts;
  private final DeductionPolicy policy;
  private final Clock clock;

  /**
   * Wires the use case.
   *
   * @param accounts the repository (which also writes the outbox)
   * @param policy the deduction policy (the seed's: {@code CappedDeduction.seed()} of the rules
   *     module)
   * @param clock the time recorded for settlements; its zone is not used
   */
  public PenaltySettlement(PenaltyAccounts accounts, DeductionPolicy policy, Clock clock) {
    this.accounts = requireNonNull(accounts, "accounts");
    this.policy = requireNonNull(policy, "policy");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Settles a month for every ledger with work for it.
   *
   * @param month the month, in the business zone
   * @param bonuses each person's efficiency bonus for the month, zero or more, in their ledger's
   *     currency
   * @return the month's statements by person ID, and the persons without a bonus
   * @throws InvalidInputException if a bonus is negative or in another currency than its ledger
   * @throws RuleRefusalException (PEN-08) if a person's month was settled with another bonus, or
   *     their account is settled for a later month
   * @throws ConcurrentUpdateException if a ledger kept changing through every attempt
   */
  public PenaltySettlementReport settle(YearMonth month, Map<PersonId, Money> bonuses) {
    requireNonNull(month, "month");
    requireNonNull(bonuses, "bonuses");
    for (Map.Entry<PersonId, Money> e : bonuses.entrySet()) {
      requireNonNull(e.getKey(), "bonuses.key");
      if (requireNonNull(e.getValue(), "bonuses.value").isNegative()) {
        throw InvalidInputException.of("bonuses[" + e.getKey().value() + "]",
            PenaltyChecks.message("core.penalty.negative"), e.getValue());
      }
    }
    Instant at = TimePrecision.stored(clock.instant());
    List<MonthlyStatement> statements = new ArrayList<>();
    List<PersonId> withoutBonus = new ArrayList<>();
    List<PersonPenaltyLedger> page = accounts.toSettle(month, PAGE);
    while (true) {
      for (PersonPenaltyLedger ledger : page) {
        Money bonus = bonuses.get(ledger.person());
        if (bonus == null) {
          withoutBonus.add(ledger.person());
        } else {
          statements.add(settleOne(ledger, month, bonus, at));
        }
      }
      if (page.size() < PAGE) {
        break;
      }
      page = accounts.toSettleAfter(month, page.get(page.size() - 1).person(), PAGE);
    }
    return new PenaltySettlementReport(month, statements, withoutBonus);
  }

  private MonthlyStatement settleOne(PersonPenaltyLedger first, YearMonth month, Money bonus,
      Instant at) {
    PersonPenaltyLedger ledger = first;
    for (int attempt = 1; ; attempt++) {
      Changed<PersonPenaltyLedger> changed = ledger.settledMonth(policy, month, bonus, at);
      if (changed.events().isEmpty()) {
        return ledger.settled(month).orElseThrow().statement();
      }
      try {
        PersonPenaltyLedger saved = accounts.save(changed.state(),
            ledger.outboxEventsOfSave(changed.events()));
        return saved.settled(month).orElseThrow().statement();
      } catch (ConcurrentUpdateException conflict) {
        if (attempt >= PenaltyPosting.ATTEMPTS) {
          throw conflict;
        }
        PersonId person = ledger.person();
        ledger = accounts.find(person).orElseThrow(() -> conflict);
      }
    }
  }
}
