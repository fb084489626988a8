package org.aftersales.testkit.workreport;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.BranchReports;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * A strict, thread-safe in-memory {@link BranchReports} repository (分公司日报表) for tests: one
 * report per branch and day, optimistic versions, events to the outbox of the same
 * {@link InMemoryDatabase}, nothing written on a refusal.
 */
public final class InMemoryBranchReports implements BranchReports {

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<String, BranchReport> byKey;
  private final InMemoryOutbox outbox;

  private InMemoryBranchReports(InMemoryDatabase database) {
    this.database = database;
    this.byKey = database.table("branchReports.byKey");
    this.outbox = InMemoryOutbox.over(database);
  }

  /**
   * A repository over a new, empty database of its own.
   *
   * @return the repository
   */
  public static InMemoryBranchReports create() {
    return new InMemoryBranchReports(InMemoryDatabase.create());
  }

  /**
   * A repository whose table lives in {@code database}, beside its outbox.
   *
   * @param database the database
   * @return the repository
   */
  public static InMemoryBranchReports over(InMemoryDatabase database) {
    return new InMemoryBranchReports(requireNonNull(database, "database"));
  }

  /**
   * The outbox this repository writes its events to.
   *
   * @return the outbox of the same database
   */
  public InMemoryOutbox outbox() {
    return outbox;
  }

  private static String key(UnitId branch, LocalDate day) {
    return branch.value() + "/" + day;
  }

  @Override
  public Optional<BranchReport> find(UnitId branch, LocalDate day) {
    requireNonNull(branch, "branch");
    requireNonNull(day, "day");
    return database.atomically(() -> Optional.ofNullable(byKey.get(key(branch, day))));
  }

  @Override
  public BranchReport save(BranchReport report, List<OutboxEvent> events) {
    requireNonNull(report, "report");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return database.atomically(() -> {
      BranchReport stored = byKey.get(report.key());
      Version expected = report.version();
      boolean matches = stored == null ? expected.isInitial()
          : stored.version().equals(expected);
      if (!matches) {
        throw new ConcurrentUpdateException(BranchReport.KIND, report.key(), expected,
            stored == null ? null : stored.version());
      }
      BranchReport saved = report.withVersion(expected.next());
      outbox.append(toAppend);
      byKey.put(saved.key(), saved);
      return saved;
    });
  }

  /**
   * Every stored report, in the order first stored.
   *
   * @return the reports
   */
  public List<BranchReport> all() {
    return database.atomically(byKey::values);
  }
}
