package org.aftersales.testkit.penalty;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link PenaltyAccounts} repository (罚款台账库) for tests and
 * demos. It keeps the port's whole contract: optimistic versions, the change's events written to
 * the outbox with the ledger, nothing written on a refusal, nothing ever deleted, the run's query
 * in person-ID order.
 *
 * <p>Its table lives in an {@link InMemoryDatabase}, with the {@link InMemoryOutbox} of the same
 * database: {@link #over(InMemoryDatabase)} joins a database shared with other adapters;
 * {@link #create()} makes a database of its own; {@link #freshInstanceOverSameStorage()} shares
 * this instance's database. The run's query scans every stored ledger (fine for tests; a database
 * adapter keeps an index of the ledgers with open items or pending postings).
 */
public final class InMemoryPenaltyAccounts implements PenaltyAccounts {

  private static final Comparator<PersonPenaltyLedger> BY_PERSON =
      Comparator.comparing(PersonPenaltyLedger::person);

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<PersonId, PersonPenaltyLedger> byPerson;
  private final InMemoryOutbox outbox;

  private InMemoryPenaltyAccounts(InMemoryDatabase database) {
    this.database = database;
    this.byPerson = database.table("penaltyLedgers.byPerson");
    this.outbox = InMemoryOutbox.over(database);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemoryPenaltyAccounts create() {
    return new InMemoryPenaltyAccounts(InMemoryDatabase.create());
  }

  /**
   * A repository whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the repository
   */
  public static InMemoryPenaltyAccounts over(InMemoryDatabase database) {
    return new InMemoryPenaltyAccounts(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemoryPenaltyAccounts freshInstanceOverSameStorage() {
    return new InMemoryPenaltyAccounts(database);
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the outbox of the same database
   */
  public InMemoryOutbox outbox() {
    return outbox;
  }

  @Override
  public Optional<PersonPenaltyLedger> find(PersonId person) {
    requireNonNull(person, "person");
    return database.atomically(() -> Optional.ofNullable(byPerson.get(person)));
  }

  @Override
  public PersonPenaltyLedger save(PersonPenaltyLedger ledger, List<OutboxEvent> events) {
    requireNonNull(ledger, "ledger");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return database.atomically(() -> {
      // Every check first, then every write: a refusal writes nothing.
      PersonPenaltyLedger stored = byPerson.get(ledger.person());
      Version expected = ledger.version();
      Version actual = stored == null ? null : stored.version();
      boolean matches = stored == null ? expected.isInitial() : actual.equals(expected);
      if (!matches) {
        throw new ConcurrentUpdateException(PersonPenaltyLedger.KIND, ledger.person().value(),
            expected, actual);
      }
      PersonPenaltyLedger saved = ledger.withVersion(expected.next());
      outbox.append(toAppend);
      byPerson.put(saved.person(), saved);
      return saved;
    });
  }

  @Override
  public List<PersonPenaltyLedger> toSettle(YearMonth month, int max) {
    requireNonNull(month, "month");
    requireNotNegative(max);
    // Sorted first: the filter then stops at the page's end instead of asking every ledger.
    return database.atomically(() -> byPerson.values().stream().sorted(BY_PERSON)
        .filter(l -> l.toSettle(month)).limit(max).toList());
  }

  @Override
  public List<PersonPenaltyLedger> toSettleAfter(YearMonth month, PersonId after, int max) {
    requireNonNull(month, "month");
    requireNonNull(after, "after");
    requireNotNegative(max);
    return database.atomically(() -> byPerson.values().stream()
        .filter(l -> l.person().compareTo(after) > 0).sorted(BY_PERSON)
        .filter(l -> l.toSettle(month)).limit(max).toList());
  }

  /**
   * Every stored ledger, by person ID.
   *
   * @return a snapshot
   */
  public List<PersonPenaltyLedger> all() {
    return database.atomically(() -> byPerson.values().stream().sorted(BY_PERSON).toList());
  }

  private static void requireNotNegative(int max) {
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
  }

  /**
   * E.g. {@code InMemoryPenaltyAccounts[3 ledgers]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InMemoryPenaltyAccounts[" + database.atomically(byPerson::size) + " ledgers]";
  }
}
