package org.aftersales.testkit.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.Optional;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.ReminderCheck;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link Complaints} repository (投诉案件库) for tests and demos.
 * It keeps the port's whole contract: optimistic versions, unique request IDs, the change's events
 * written to the outbox with the case, nothing written on a refusal, nothing ever deleted. It
 * keeps the reminder checks for real ({@link #scheduleReminderChecks}, guarded by the version;
 * every save makes the case due at once), so the reminders read only what is due, as over a
 * database; the due queries themselves scan every case (fine in memory).
 *
 * <p>Its tables live in an {@link InMemoryDatabase}, with the {@link InMemoryOutbox} of the same
 * database: {@link #over(InMemoryDatabase)} joins a database the test shares with other adapters
 * (and can run transactions on); {@link #create()} makes a database of its own. Instances made by
 * {@link #freshInstanceOverSameStorage()} share this instance's database, as two connections share
 * one, so a test can write through one and read back through another.
 */
public final class InMemoryComplaints implements Complaints {

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<DocumentNumber, ComplaintCase> byNumber;
  private final InMemoryDatabase.Table<RequestId, DocumentNumber> byRequest;
  /** The scheduled reminder checks; a case without one is due (saved since its last check). */
  private final InMemoryDatabase.Table<DocumentNumber, ReminderCheck> checks;
  private final InMemoryOutbox outbox;

  private InMemoryComplaints(InMemoryDatabase database) {
    this.database = database;
    this.byNumber = database.table("complaints.byNumber");
    this.byRequest = database.table("complaints.byRequestId");
    this.checks = database.table("complaints.reminderChecks");
    this.outbox = InMemoryOutbox.over(database);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemoryComplaints create() {
    return new InMemoryComplaints(InMemoryDatabase.create());
  }

  /**
   * A repository whose tables live in {@code database}, beside its outbox
   * ({@link InMemoryOutbox#over(InMemoryDatabase)}).
   *
   * @param database the database
   * @return the repository
   */
  public static InMemoryComplaints over(InMemoryDatabase database) {
    return new InMemoryComplaints(requireNonNull(database, "database"));
  }

  /**
   * Another instance over the same database.
   *
   * @return a fresh instance that sees everything this one stored
   */
  public InMemoryComplaints freshInstanceOverSameStorage() {
    return new InMemoryComplaints(database);
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
  public Optional<ComplaintCase> find(DocumentNumber number) {
    requireNonNull(number, "number");
    return database.atomically(() -> Optional.ofNullable(byNumber.get(number)));
  }

  @Override
  public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
    requireNonNull(requestId, "requestId");
    return database.atomically(
        () -> Optional.ofNullable(byRequest.get(requestId)).map(byNumber::get));
  }

  @Override
  public ComplaintCase save(ComplaintCase complaint, List<OutboxEvent> events) {
    requireNonNull(complaint, "complaint");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return database.atomically(() -> {
      // Every check first, then every write: a refusal writes nothing.
      ComplaintCase stored = byNumber.get(complaint.number());
      Version expected = complaint.version();
      Version actual = stored == null ? null : stored.version();
      boolean matches = stored == null ? expected.isInitial() : actual.equals(expected);
      if (!matches) {
        throw new ConcurrentUpdateException(ComplaintCase.KIND, complaint.number().text(),
            expected, actual);
      }
      DocumentNumber owner = byRequest.get(complaint.requestId());
      if (owner != null && !owner.equals(complaint.number())) {
        throw new DuplicateRequestException(ComplaintCase.KIND, complaint.requestId());
      }
      ComplaintCase saved = complaint.withVersion(expected.next());
      outbox.append(toAppend);
      if (stored != null && !stored.requestId().equals(complaint.requestId())) {
        byRequest.remove(stored.requestId());
      }
      byNumber.put(saved.number(), saved);
      byRequest.put(saved.requestId(), saved.number());
      // The case changed: due for a reminder check at once, whatever was scheduled.
      checks.remove(saved.number());
      return saved;
    });
  }

  @Override
  public List<ComplaintCase> inProgress(int max) {
    requireNotNegative(max);
    return database.atomically(() -> byNumber.values().stream()
        .filter(c -> c.status().inProgress())
        .sorted(Comparator.comparing(ComplaintCase::number)).limit(max).toList());
  }

  @Override
  public List<ComplaintCase> inProgressAfter(DocumentNumber after, int max) {
    requireNonNull(after, "after");
    requireNotNegative(max);
    return database.atomically(() -> byNumber.values().stream()
        .filter(c -> c.status().inProgress() && c.number().compareTo(after) > 0)
        .sorted(Comparator.comparing(ComplaintCase::number)).limit(max).toList());
  }

  @Override
  public List<ComplaintCase> dueForReminderCheck(Instant at, int max) {
    requireNonNull(at, "at");
    requireNotNegative(max);
    return database.atomically(() -> dueAt(at, c -> true, max));
  }

  @Override
  public List<ComplaintCase> dueForReminderCheckAfter(Instant at, DocumentNumber after,
      int max) {
    requireNonNull(at, "at");
    requireNonNull(after, "after");
    requireNotNegative(max);
    return database.atomically(() -> dueAt(at, c -> c.number().compareTo(after) > 0, max));
  }

  private List<ComplaintCase> dueAt(Instant at, Predicate<ComplaintCase> page, int max) {
    return byNumber.values().stream()
        .filter(c -> c.status().inProgress() && page.test(c) && isDue(c, at))
        .sorted(Comparator.comparing(ComplaintCase::number)).limit(max).toList();
  }

  private boolean isDue(ComplaintCase c, Instant at) {
    ReminderCheck check = checks.get(c.number());
    // A check of another version cannot remain (a save removes it), but a stale one would mean due.
    return check == null || !check.version().equals(c.version()) || check.isDueAt(at);
  }

  @Override
  public void scheduleReminderChecks(List<ReminderCheck> toSchedule) {
    List<ReminderCheck> copy = List.copyOf(requireNonNull(toSchedule, "checks"));
    database.atomically(() -> {
      for (ReminderCheck check : copy) {
        ComplaintCase stored = byNumber.get(check.number());
        // Only the version the run read: a case saved since is due anyway.
        if (stored != null && stored.version().equals(check.version())) {
          checks.put(check.number(), check);
        }
      }
      return null;
    });
  }

  @Override
  public void resetReminderChecks() {
    database.atomically(() -> {
      for (ReminderCheck check : checks.values()) {
        checks.remove(check.number());
      }
      return null;
    });
  }

  /**
   * The scheduled reminder check of a case, for tests.
   *
   * @param number the case's number
   * @return the check, or empty if the case is due at once (saved since its last check, or never
   *     checked)
   */
  public Optional<ReminderCheck> reminderCheckOf(DocumentNumber number) {
    requireNonNull(number, "number");
    return database.atomically(() -> Optional.ofNullable(checks.get(number)));
  }

  @Override
  public List<ComplaintCase> closedBetween(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return database.atomically(() -> byNumber.values().stream()
        .filter(c -> c.closedAt().filter(t -> !t.isBefore(from) && t.isBefore(to)).isPresent())
        .sorted(Comparator.comparing((ComplaintCase c) -> c.closedAt().orElseThrow())
            .thenComparing(ComplaintCase::number))
        .toList());
  }

  private static void requireNotNegative(int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be 0 or more: " + max);
    }
  }

  /**
   * How many cases are stored.
   *
   * @return the count
   */
  public int size() {
    return database.atomically(byNumber::size);
  }

  /**
   * Every stored case, in the order first stored.
   *
   * @return the cases
   */
  public List<ComplaintCase> all() {
    return database.atomically(byNumber::values);
  }

  /**
   * E.g. {@code InMemoryComplaints[3 cases]}.
   *
   * @return a summary
   */
  @Override
  public String toString() {
    return "InMemoryComplaints[" + size() + " cases]";
  }
}
