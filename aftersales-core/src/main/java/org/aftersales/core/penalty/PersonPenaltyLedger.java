package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.immutables.value.Value;

/**
 * A person's stored penalty ledger (个人罚款台账), the aggregate behind the {@link PenaltyAccounts}
 * port: every posting of a decided case (PEN-07), every audited reversal, every settled month with
 * its {@link MonthlyStatement} (PEN-08, one bonus a month), the {@link PenaltyAccount} as the last
 * settlement and the reversals since left it, and the stored {@link Version}.
 *
 * <p>A posting waits, <em>pending</em>, until the first settlement of a month not before its own
 * month; that settlement enters it into the account as an open item ({@link PenaltyLedgerMonth#enteredCases()}).
 * A reversal of a pending posting leaves the ledger as if it had never been posted; a reversal of a
 * posting already entered removes what is still open of the case from the account and documents
 * what the settled months had deducted ({@link PenaltyLedgerReversal#refund()}), whose statements
 * stay as they were.
 *
 * <p>Invariants, checked on every instance: the account is the ledger's person's and currency's;
 * every posting in the ledger's currency, each case posted once; each reversal of a posted case,
 * each case reversed at most once; settled months strictly ascending and the account's last settled
 * month the last of them. Immutable and thread-safe; transitions return a {@link Changed} with the
 * next state and its events.
 */
@Value.Immutable
@DomainValueStyle
public abstract class PersonPenaltyLedger {

  /** The kind code of the aggregate in event IDs ({@code penalty-ledger}). */
  public static final String KIND_CODE = "penalty-ledger";

  /** The aggregate's name in messages, in both languages. */
  public static final LocalizableMessage KIND =
      MessageBundle.CORE.message("core.penaltyledger.kind");

  /** Each case is deducted separately, and posted once (PEN-07). */
  static final RuleId EACH_CASE = RuleId.of("PEN-07");

  /** One settlement a month, capped (PEN-08). */
  static final RuleId MONTHLY = RuleId.of("PEN-08");

  PersonPenaltyLedger() {}

  /**
   * Whose ledger it is; the ledger's identity.
   *
   * @return the person
   */
  public abstract PersonId person();

  /**
   * The currency of every amount.
   *
   * @return the currency
   */
  public abstract Currency currency();

  /**
   * The stored version: {@link Version#initial()} for a ledger never stored.
   *
   * @return the version
   */
  @Value.Default
  public Version version() {
    return Version.initial();
  }

  /**
   * Every posting, reversed or not, in the order posted.
   *
   * @return the postings
   */
  public abstract List<PenaltyLedgerPosting> postings();

  /**
   * Every reversal, in the order recorded.
   *
   * @return the reversals
   */
  public abstract List<PenaltyLedgerReversal> reversals();

  /**
   * The settled months, oldest first.
   *
   * @return the months
   */
  public abstract List<PenaltyLedgerMonth> months();

  /**
   * The account as the last settlement and the reversals since left it: open items, totals, last
   * settled month.
   *
   * @return the account
   */
  public abstract PenaltyAccount account();

  /**
   * The same ledger with the version the repository stored it as; for adapters.
   *
   * @param storedVersion the stored version
   * @return the ledger with that version
   */
  public abstract PersonPenaltyLedger withVersion(Version storedVersion);

  // A copy with one attribute changed, implemented by Immutables.
  abstract PersonPenaltyLedger withPostings(Iterable<? extends PenaltyLedgerPosting> elements);

  @Value.Check
  void check() {
    if (!account().person().equals(person()) || !account().currency().equals(currency())) {
      throw InvalidInputException.of("account",
          PenaltyChecks.message("core.penaltyledger.accountOfAnother"), account().person());
    }
    Set<String> cases = new HashSet<>();
    for (PenaltyLedgerPosting p : postings()) {
      PenaltyChecks.sameCurrency("postings", Money.zero(currency()), p.amount());
      if (!cases.add(p.caseId())) {
        throw InvalidInputException.of("postings",
            PenaltyChecks.message("core.penalty.caseTwice"), p.caseId());
      }
    }
    Set<String> reversed = new HashSet<>();
    for (PenaltyLedgerReversal r : reversals()) {
      if (!cases.contains(r.caseId()) || !reversed.add(r.caseId())) {
        throw InvalidInputException.of("reversals",
            PenaltyChecks.message("core.penaltyledger.reversalWithoutPosting"), r.caseId());
      }
    }
    YearMonth previous = null;
    for (PenaltyLedgerMonth m : months()) {
      YearMonth month = m.statement().month();
      if (previous != null && !month.isAfter(previous)) {
        throw InvalidInputException.of("months",
            PenaltyChecks.message("core.penaltyledger.monthsOutOfOrder"), month);
      }
      previous = month;
    }
    if (!java.util.Objects.equals(account().lastSettled().orElse(null), previous)) {
      throw InvalidInputException.of("account",
          PenaltyChecks.message("core.penaltyledger.monthsOutOfOrder"),
          account().lastSettled().orElse(null));
    }
  }

  /**
   * A new ledger, never stored, with an empty account.
   *
   * @param person whose ledger
   * @param currency the currency of its amounts
   * @return the ledger, version 0
   */
  public static PersonPenaltyLedger open(PersonId person, Currency currency) {
    return builder().person(person).currency(currency)
        .account(PenaltyAccount.open(person, currency)).build();
  }

  /**
   * A builder, for adapters rebuilding a stored ledger; use cases start from {@link #open}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonPenaltyLedger}. */
  public static final class Builder extends ImmutablePersonPenaltyLedger.Builder {
    Builder() {}
  }

  /**
   * The posting of a case.
   *
   * @param caseId the case
   * @return the posting, reversed or not, or empty if the case was never posted here
   */
  public Optional<PenaltyLedgerPosting> posting(String caseId) {
    requireNonNull(caseId, "caseId");
    for (PenaltyLedgerPosting p : postings()) {
      if (p.caseId().equals(caseId)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The reversal of a case.
   *
   * @param caseId the case
   * @return the reversal, or empty if the case's posting is not reversed
   */
  public Optional<PenaltyLedgerReversal> reversal(String caseId) {
    requireNonNull(caseId, "caseId");
    for (PenaltyLedgerReversal r : reversals()) {
      if (r.caseId().equals(caseId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * A settled month.
   *
   * @param month the month
   * @return the month's settlement, or empty if it was not settled
   */
  public Optional<PenaltyLedgerMonth> settled(YearMonth month) {
    requireNonNull(month, "month");
    for (PenaltyLedgerMonth m : months()) {
      if (m.statement().month().equals(month)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The postings not reversed and not yet entered into the account by a settlement, in the order
   * posted.
   *
   * @return the pending postings
   */
  public List<PenaltyLedgerPosting> pending() {
    Set<String> entered = enteredCases();
    List<PenaltyLedgerPosting> out = new ArrayList<>();
    for (PenaltyLedgerPosting p : postings()) {
      if (!entered.contains(p.caseId()) && reversal(p.caseId()).isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The sum of the postings not reversed: what the decided cases assess this person, to the minor
   * unit.
   *
   * @return the total, zero or more
   */
  public Money postedTotal() {
    Money total = Money.zero(currency());
    for (PenaltyLedgerPosting p : postings()) {
      if (reversal(p.caseId()).isEmpty()) {
        total = total.plus(p.amount());
      }
    }
    return total;
  }

  /**
   * Whether the month's settlement run has work here: the month is settled already (its statement
   * is answered again), or the account is open, not settled for this month or a later one, and
   * has open items or pending postings of this month or earlier.
   *
   * @param month the month of the run
   * @return true if the run settles (or answers) this ledger
   */
  public boolean toSettle(YearMonth month) {
    requireNonNull(month, "month");
    if (settled(month).isPresent()) {
      return true;
    }
    if (account().closed()
        || account().lastSettled().filter(last -> !last.isBefore(month)).isPresent()) {
      return false;
    }
    if (!account().openItems().isEmpty()) {
      return true;
    }
    // The run asks every ledger: look for a posting of the month or earlier before building the
    // set of entered cases.
    boolean candidate = false;
    for (PenaltyLedgerPosting p : postings()) {
      candidate |= !p.month().isAfter(month);
    }
    if (!candidate) {
      return false;
    }
    for (PenaltyLedgerPosting p : pending()) {
      if (!p.month().isAfter(month)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Posts a case's share (PEN-07): a new pending posting and the {@link PenaltyPosted} event.
   *
   * @param posting the posting, in the ledger's currency
   * @param at when it is recorded
   * @return the next state and its event
   * @throws InvalidInputException if the posting is in another currency (path {@code amount})
   * @throws RuleRefusalException (PEN-07) if the case is already posted here; (PEN-08) if the
   *     account is closed (the person left)
   */
  public Changed<PersonPenaltyLedger> posted(PenaltyLedgerPosting posting, Instant at) {
    requireNonNull(posting, "posting");
    requireNonNull(at, "at");
    PenaltyChecks.sameCurrency("amount", Money.zero(currency()), posting.amount());
    if (posting(posting.caseId()).isPresent()) {
      throw new RuleRefusalException(EACH_CASE, PenaltyChecks.message(
          "core.penaltyledger.caseAlreadyPosted", "case", posting.caseId()));
    }
    if (account().closed()) {
      throw new RuleRefusalException(MONTHLY,
          PenaltyChecks.message("core.penaltyledger.closed"));
    }
    PersonPenaltyLedger next = withPostings(
        append(postings(), posting));
    return Changed.of(next, new PenaltyPosted(person(), posting, at));
  }

  /**
   * Reverses a case's posting: explicit and audited. A pending posting is as if never posted; a
   * posting already entered leaves the account (its open item, and its assessed, deducted and
   * written-off amounts from the totals), and the reversal documents in
   * {@link PenaltyLedgerReversal#refund()} what settled months deducted for it.
   *
   * @param caseId the case
   * @param reversedBy who reverses it
   * @param reason why, plain text
   * @param requestId the reversal command's request ID
   * @param at when it is recorded
   * @return the next state and its {@link PenaltyReversed} event
   * @throws RuleRefusalException (PEN-07) if the case is not posted here or already reversed
   */
  public Changed<PersonPenaltyLedger> reversed(String caseId, PersonId reversedBy, String reason,
      RequestId requestId, Instant at) {
    requireNonNull(caseId, "caseId");
    PenaltyLedgerPosting posting = posting(caseId).orElseThrow(() -> new RuleRefusalException(
        EACH_CASE, PenaltyChecks.message("core.penaltyledger.notPosted", "case", caseId)));
    if (reversal(caseId).isPresent()) {
      throw new RuleRefusalException(EACH_CASE,
          PenaltyChecks.message("core.penaltyledger.alreadyReversed", "case", caseId));
    }
    Money zero = Money.zero(currency());
    Money deducted = zero;
    Money writtenOff = zero;
    for (PenaltyLedgerMonth m : months()) {
      for (CaseDeduction d : m.statement().deductions()) {
        if (d.caseId().equals(caseId)) {
          deducted = deducted.plus(d.amount());
        }
      }
      for (CaseDeduction d : m.statement().writeOffs()) {
        if (d.caseId().equals(caseId)) {
          writtenOff = writtenOff.plus(d.amount());
        }
      }
    }
    PenaltyAccount account = account();
    if (enteredCases().contains(caseId)) {
      List<OpenItem> open = new ArrayList<>();
      for (OpenItem item : account.openItems()) {
        if (!item.caseId().equals(caseId)) {
          open.add(item);
        }
      }
      account = PenaltyAccount.builder().person(account.person()).currency(account.currency())
          .addAllOpenItems(open)
          .totalAssessed(account.totalAssessed().minus(posting.amount()))
          .totalDeducted(account.totalDeducted().minus(deducted))
          .totalWrittenOff(account.totalWrittenOff().minus(writtenOff))
          .lastSettled(account.lastSettled())
          .closed(account.closed())
          .build();
    }
    PenaltyLedgerReversal reversal = new PenaltyLedgerReversal(caseId, posting.amount(),
        deducted, writtenOff, reversedBy, reason, requestId, at);
    PersonPenaltyLedger next = copy(postings(), append(reversals(), reversal), months(), account);
    return Changed.of(next, new PenaltyReversed(person(), reversal, at));
  }

  /**
   * Settles a month through the policy: the pending postings of this month or earlier enter the
   * account as new assessments, and the policy deducts from the month's bonus (one bonus a month,
   * administrative penalties first, then fines, then complaint cases capped, the rest carried
   * over; PEN-04, PEN-07, PEN-08). A month already settled with an equal bonus gives the ledger
   * unchanged and no event.
   *
   * @param policy the deduction policy
   * @param month the month
   * @param bonus the month's efficiency bonus, zero or more, in the ledger's currency
   * @param at when it is recorded
   * @return the next state and its {@link MonthSettled} event, or this ledger and no event
   * @throws InvalidInputException as the policy's {@code settleMonth}
   * @throws RuleRefusalException (PEN-08) if the month was settled with another bonus, or as the
   *     policy's {@code settleMonth} (a closed account, a month not after the last settled one)
   */
  public Changed<PersonPenaltyLedger> settledMonth(DeductionPolicy policy, YearMonth month,
      Money bonus, Instant at) {
    requireNonNull(policy, "policy");
    requireNonNull(month, "month");
    requireNonNull(bonus, "bonus");
    requireNonNull(at, "at");
    Optional<PenaltyLedgerMonth> earlier = settled(month);
    if (earlier.isPresent()) {
      if (sameBonus(earlier.get().statement().bonus(), bonus)) {
        return new Changed<>(this, List.of());
      }
      throw new RuleRefusalException(MONTHLY, PenaltyChecks.message(
          "core.penaltyledger.settledOtherwise", "month", month,
          "bonus", earlier.get().statement().bonus()));
    }
    List<Assessment> assessments = new ArrayList<>();
    List<String> entered = new ArrayList<>();
    for (PenaltyLedgerPosting p : pending()) {
      if (!p.month().isAfter(month)) {
        assessments.add(p.toAssessment(person()));
        entered.add(p.caseId());
      }
    }
    Settlement settlement = policy.settleMonth(account(), month, bonus, assessments);
    PenaltyLedgerMonth settledMonth = new PenaltyLedgerMonth(settlement.statement(),
        settlement.algorithmVersion(), entered, at);
    PersonPenaltyLedger next = copy(postings(), reversals(), append(months(), settledMonth),
        settlement.account());
    return Changed.of(next, new MonthSettled(settlement.statement(), at));
  }

  /**
   * The outbox events of a save of this ledger: IDs from {@link #KIND_CODE}, the person's ID and
   * the version the save stores.
   *
   * @param events the change's events, in order
   * @return the outbox events
   */
  public List<OutboxEvent> outboxEventsOfSave(List<? extends DomainEvent> events) {
    return OutboxEvent.of(KIND_CODE, person().value(), version().next(), events);
  }

  /**
   * The next state with the history lists and the account changed together: the invariants are
   * checked once, on the whole new state (a {@code with*} per attribute would check a half-changed
   * one).
   */
  private PersonPenaltyLedger copy(List<PenaltyLedgerPosting> postings,
      List<PenaltyLedgerReversal> reversals, List<PenaltyLedgerMonth> months,
      PenaltyAccount account) {
    return builder().person(person()).currency(currency()).version(version())
        .addAllPostings(postings).addAllReversals(reversals).addAllMonths(months)
        .account(account).build();
  }

  private Set<String> enteredCases() {
    Set<String> entered = new HashSet<>();
    for (PenaltyLedgerMonth m : months()) {
      entered.addAll(m.enteredCases());
    }
    return entered;
  }

  private static boolean sameBonus(Money a, Money b) {
    return a.currency().equals(b.currency()) && a.compareTo(b) == 0;
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(element);
    return out;
  }
}
