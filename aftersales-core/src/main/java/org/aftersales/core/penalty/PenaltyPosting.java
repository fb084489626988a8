package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TextRules;
import org.aftersales.core.shared.TimePrecision;
import org.aftersales.core.shared.UseCase;
import org.aftersales.core.shared.Violation;

/**
 * The use case of posting a decided case to the penalty ledgers (罚款入账) and of reversing a
 * posting (罚款冲销), PEN-07: the complaint decision calls {@link #post} with the case's
 * {@link PenaltyAllocation} ({@link PostPenalty#of}), and every person's share is posted to their
 * ledger for the month the case was decided in, exactly once.
 *
 * <pre>{@code
 * PenaltyPosting posting = new PenaltyPosting(accounts, validator, clock);
 * PenaltyAllocation split = LargestRemainderAllocation.seed().allocate(penaltyCase);
 * posting.post(PostPenalty.of(RequestId.of("decide-261107"), split, YearMonth.of(2026, 11)));
 * }</pre>
 *
 * <h2>Failure semantics</h2>
 * <ul>
 *   <li><b>Safe to retry.</b> Each person's posting keeps the command's request ID. Sending the
 *       same command again posts to the persons an earlier attempt did not reach and answers the
 *       others from their stored ledgers: every share exactly once, whatever failed before. The sum
 *       posted for a case equals the sum of the command's shares, to the minor unit. A reversal
 *       sent again answers the stored ledger.</li>
 *   <li><b>Refusals change nothing.</b> {@link InvalidInputException} (the command's constraints,
 *       the shares — before any port is called), {@link NotFoundException},
 *       {@link RuleRefusalException} (PEN-07: the case already posted to a person by another
 *       request, or not posted, or already reversed; PEN-08: a closed account) and
 *       {@link DuplicateRequestException} are found, for every person of the command, before the
 *       first save.</li>
 *   <li><b>Concurrent decisions.</b> Two commands posting to the same person at once (two cases
 *       decided in the same month) both succeed: a save that meets another stored version
 *       ({@link ConcurrentUpdateException}) reads the ledger again and posts again, up to
 *       {@value #ATTEMPTS} times per person; only then does the conflict surface, and sending the
 *       command again completes it.</li>
 *   <li><b>Events with their state.</b> {@link PenaltyPosted} and {@link PenaltyReversed} are saved
 *       with the ledger through {@link PenaltyAccounts#save}, into the outbox.</li>
 *   <li><b>Port calls, in order:</b> {@code PenaltyAccounts.find} for every person of the command
 *       (by person ID), then for each person with something to post {@code PenaltyAccounts.save} —
 *       and {@code find} and {@code save} again only after the save met another stored version.
 *       A reversal: {@code find}, {@code save}.</li>
 *   <li><b>Instants.</b> The recorded time comes from the injected clock, truncated to whole
 *       microseconds ({@link TimePrecision}); months are the command's, cut by the caller in the
 *       business zone.</li>
 * </ul>
 *
 * <p>Thread-safe if its port is.
 */
@UseCase
public final class PenaltyPosting {

  /** How many times one person's save is tried when it meets another stored version. */
  public static final int ATTEMPTS = 16;

  private final PenaltyAccounts accounts;
  private final CommandValidator validator;
  private final Clock clock;

  /**
   * Wires the use case.
   *
   * @param accounts the repository (which also writes the outbox)
   * @param validator validates commands
   * @param clock the time recorded for postings and reversals; its zone is not used
   */
  public PenaltyPosting(PenaltyAccounts accounts, CommandValidator validator, Clock clock) {
    this.accounts = requireNonNull(accounts, "accounts");
    this.validator = requireNonNull(validator, "validator");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Posts every person's share of a decided case to their ledger (PEN-07); a share of zero posts
   * nothing. A person's first posting opens their ledger.
   *
   * @param command the case's shares
   * @return the ledgers of the persons with a share above zero, as stored, by person ID
   * @throws InvalidInputException if the command breaks its constraints, the case ID is not
   *     identifier text ({@code caseId}), a share is negative, in another currency than the
   *     first, or a person is listed twice ({@code shares[i].amount}, {@code shares[i].person}),
   *     or a person's ledger is in another currency
   * @throws RuleRefusalException (PEN-07) if the case is already posted to a person with another
   *     request ID; (PEN-08) if a person's account is closed
   * @throws DuplicateRequestException if a person's posting of this case has this request ID and
   *     other content
   * @throws ConcurrentUpdateException if a person's ledger kept changing through every attempt
   */
  public List<PersonPenaltyLedger> post(PostPenalty command) {
    validator.validate(requireNonNull(command, "command"));
    List<PersonAmount> shares = checkShares(command);
    Instant at = TimePrecision.stored(clock.instant());
    // Every refusal is found before the first save, so a refused command writes nothing.
    List<PersonAmount> todo = new ArrayList<>();
    List<PersonPenaltyLedger> found = new ArrayList<>();
    List<PersonPenaltyLedger> done = new ArrayList<>();
    for (PersonAmount share : shares) {
      PersonPenaltyLedger ledger = ledgerOf(share.person(), share.amount().currency());
      PenaltyLedgerPosting posting = postingOf(command, share, at);
      if (alreadyPosted(ledger, command, share)) {
        done.add(ledger);
      } else {
        ledger.posted(posting, at);
        todo.add(share);
        found.add(ledger);
      }
    }
    for (int i = 0; i < todo.size(); i++) {
      done.add(postOne(command, todo.get(i), found.get(i), at));
    }
    done.sort((a, b) -> a.person().compareTo(b.person()));
    return List.copyOf(done);
  }

  /**
   * Reverses one posting, explicitly and audited (see
   * {@link PersonPenaltyLedger#reversed}): a posting not yet settled is as if never posted; one
   * already settled leaves the account, and the reversal documents what the settled months had
   * deducted for it ({@link PenaltyLedgerReversal#refund()}).
   *
   * @param command the reversal
   * @return the ledger as stored
   * @throws InvalidInputException if the command breaks its constraints or the case ID is not
   *     identifier text
   * @throws NotFoundException if the person has no ledger
   * @throws RuleRefusalException (PEN-07) if the case is not posted to the person, or was reversed
   *     by another request
   * @throws DuplicateRequestException if the case was reversed with this request ID and another
   *     author or reason
   * @throws ConcurrentUpdateException if the ledger kept changing through every attempt
   */
  public PersonPenaltyLedger reverse(ReversePosting command) {
    validator.validate(requireNonNull(command, "command"));
    PenaltyChecks.caseId(command.caseId());
    Instant at = TimePrecision.stored(clock.instant());
    for (int attempt = 1; ; attempt++) {
      PersonPenaltyLedger ledger = accounts.find(command.person()).orElseThrow(
          () -> new NotFoundException(PersonPenaltyLedger.KIND, command.person().value()));
      Optional<PenaltyLedgerReversal> earlier = ledger.reversal(command.caseId());
      if (earlier.isPresent() && earlier.get().requestId().equals(command.requestId())) {
        if (earlier.get().reversedBy().equals(command.reversedBy())
            && earlier.get().reason().equals(command.reason())) {
          return ledger;
        }
        throw new DuplicateRequestException(PersonPenaltyLedger.KIND, command.requestId());
      }
      Changed<PersonPenaltyLedger> changed = ledger.reversed(command.caseId(),
          command.reversedBy(), command.reason(), command.requestId(), at);
      try {
        return accounts.save(changed.state(), ledger.outboxEventsOfSave(changed.events()));
      } catch (ConcurrentUpdateException conflict) {
        if (attempt >= ATTEMPTS) {
          throw conflict;
        }
      }
    }
  }

  private PersonPenaltyLedger postOne(PostPenalty command, PersonAmount share,
      PersonPenaltyLedger found, Instant at) {
    PersonPenaltyLedger ledger = found;
    for (int attempt = 1; ; attempt++) {
      if (attempt > 1) {
        ledger = ledgerOf(share.person(), share.amount().currency());
        if (alreadyPosted(ledger, command, share)) {
          return ledger;
        }
      }
      Changed<PersonPenaltyLedger> changed = ledger.posted(postingOf(command, share, at), at);
      try {
        return accounts.save(changed.state(), ledger.outboxEventsOfSave(changed.events()));
      } catch (ConcurrentUpdateException conflict) {
        // Another decision saved this person's ledger first: read it again and post on top.
        if (attempt >= ATTEMPTS) {
          throw conflict;
        }
      }
    }
  }

  private PersonPenaltyLedger ledgerOf(PersonId person, Currency currency) {
    return accounts.find(person).orElseGet(() -> PersonPenaltyLedger.open(person, currency));
  }

  private static PenaltyLedgerPosting postingOf(PostPenalty command, PersonAmount share,
      Instant at) {
    return new PenaltyLedgerPosting(command.caseId(), command.month(), share.amount(),
        command.kind(), command.requestId(), at);
  }

  /**
   * Whether this command's posting for this person is stored already.
   *
   * @throws DuplicateRequestException if a posting of the case has this request ID but other
   *     content
   */
  private static boolean alreadyPosted(PersonPenaltyLedger ledger, PostPenalty command,
      PersonAmount share) {
    Optional<PenaltyLedgerPosting> stored = ledger.posting(command.caseId());
    if (stored.isEmpty() || !stored.get().requestId().equals(command.requestId())) {
      return false;
    }
    PenaltyLedgerPosting p = stored.get();
    if (p.month().equals(command.month()) && p.kind() == command.kind()
        && p.amount().compareTo(share.amount()) == 0) {
      return true;
    }
    throw new DuplicateRequestException(PersonPenaltyLedger.KIND, command.requestId());
  }

  /** The shares above zero, by person ID; every problem listed in one exception. */
  private static List<PersonAmount> checkShares(PostPenalty command) {
    List<Violation> problems = new ArrayList<>();
    problems.addAll(
        TextRules.identifierTextViolations("caseId", command.caseId(), Identifier.MAX_LENGTH));
    Currency currency = command.shares().get(0).amount().currency();
    Set<PersonId> seen = new HashSet<>();
    List<PersonAmount> positive = new ArrayList<>();
    for (int i = 0; i < command.shares().size(); i++) {
      PersonAmount share = command.shares().get(i);
      if (!share.amount().currency().equals(currency)) {
        problems.add(Violation.of("shares[" + i + "].amount",
            PenaltyChecks.message("core.penaltyledger.currencyDiffers", "currency", currency),
            share.amount()));
      } else if (share.amount().isNegative()) {
        problems.add(Violation.of("shares[" + i + "].amount",
            PenaltyChecks.message("core.penalty.negative"), share.amount()));
      }
      if (!seen.add(share.person())) {
        problems.add(Violation.of("shares[" + i + "].person",
            PenaltyChecks.message("core.penaltyledger.personTwice"), share.person()));
      }
      if (share.amount().isPositive()) {
        positive.add(share);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    positive.sort((a, b) -> a.person().compareTo(b.person()));
    return positive;
  }
}
