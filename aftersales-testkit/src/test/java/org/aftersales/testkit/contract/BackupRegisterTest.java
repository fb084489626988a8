package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.SafeguardRemindersTest.SHANGHAI;
import static org.aftersales.testkit.contract.SafeguardRemindersTest.backup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupRecord;
import org.aftersales.core.contract.BackupTerms;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.obligation.BackupRegister;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.faults.FaultInjector;
import org.junit.jupiter.api.Test;

/**
 * The backup register (备份登记, P8 §3(3)) opens a project's backup obligation and records every
 * backup taken: idempotent by content, nothing stored on a refusal, a lost race read and applied
 * again.
 * // rule: CON-08
 */
class BackupRegisterTest {

  static final ProjectId PROJECT = ProjectId.of("XM-2026-07");
  static final BackupObligation OPENED =
      BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed());

  final InMemoryBackups store = InMemoryBackups.create();
  final FaultInjector counter = FaultInjector.create();
  final BackupRegister register = new BackupRegister(counter.wrap(Backups.class, store));

  @Test
  void an_obligation_is_opened_at_version_one_with_the_seeds_two_months() {
    // rule: CON-08 — window and retention two months, a backup a day
    BackupObligation stored = register.open(OPENED);
    assertEquals(Version.of(1), stored.version());
    assertEquals(new BackupTerms(Period.ofMonths(2), Period.ofMonths(2), Duration.ofHours(24)),
        stored.terms());
    assertEquals(List.of(), stored.backups());
    assertEquals(Optional.of(stored), store.find(PROJECT));
    assertEquals(List.of("Backups.find", "Backups.save"), counter.calls());
  }

  @Test
  void opening_an_equal_obligation_again_answers_the_stored_one_and_writes_nothing() {
    // rule: CON-08 — a retried command
    BackupObligation first = register.open(OPENED);
    assertEquals(first, register.open(OPENED));
    assertEquals(Version.of(1), store.find(PROJECT).orElseThrow().version());
    assertEquals(List.of("Backups.find", "Backups.save", "Backups.find"), counter.calls());
  }

  @Test
  void another_obligation_for_a_stored_project_is_refused_and_the_stored_one_stays() {
    // rule: CON-08 — other terms (three months) for a project already opened
    BackupObligation first = register.open(OPENED);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> register.open(BackupObligation.of(PROJECT, SHANGHAI,
            new BackupTerms(Period.ofMonths(3), Period.ofMonths(3), Duration.ofDays(1)))));
    assertEquals("obligation.project", e.violations().get(0).path());
    assertEquals(List.of(first), store.stored());
  }

  @Test
  void a_backup_is_recorded_once_and_a_repeat_writes_nothing() {
    // rule: CON-08
    register.open(OPENED);
    BackupObligation once = register.record(PROJECT, backup("2026-11-02T01:00"));
    assertEquals(Version.of(2), once.version());
    assertEquals(List.of(backup("2026-11-02T01:00")), once.backups());
    assertEquals(once, register.record(PROJECT, backup("2026-11-02T01:00")));
    assertEquals(Version.of(2), store.find(PROJECT).orElseThrow().version());
    BackupObligation twice = register.record(PROJECT, backup("2026-11-03T01:00"));
    assertEquals(Version.of(3), twice.version());
    assertEquals(List.of(backup("2026-11-02T01:00"), backup("2026-11-03T01:00")),
        twice.backups());
  }

  @Test
  void a_backup_for_a_project_without_an_obligation_is_not_found_and_stores_nothing() {
    // rule: CON-08
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> register.record(ProjectId.of("XM-404"), backup("2026-11-02T01:00")));
    assertEquals("XM-404", e.id());
    assertEquals(List.of(), store.stored());
    assertEquals(List.of("Backups.find"), counter.calls());
  }

  @Test
  void a_backup_that_loses_a_race_is_recorded_on_the_winners_version() {
    // rule: CON-08 — another node records the application server's backup between our read and
    // our save: both backups are kept.
    register.open(OPENED);
    BackupRecord app = BackupRecord.of(backup("2026-11-02T01:00").takenAt(), "app-server",
        "NAS-1/app.tar");
    Racing racing = new Racing(store, 1, app);
    BackupObligation ours = new BackupRegister(racing).record(PROJECT, backup("2026-11-02T01:00"));
    assertEquals(Version.of(3), ours.version());
    // Both taken at 01:00: "app-server" sorts before "orders-db".
    assertEquals(List.of(app, backup("2026-11-02T01:00")), ours.backups());
    assertEquals(2, racing.saves.get());
  }

  @Test
  void an_open_that_loses_a_race_to_an_equal_one_answers_the_stored_one() {
    // rule: CON-08 — two nodes open the same obligation at once
    Racing racing = new Racing(store, 1, null);
    BackupObligation ours = new BackupRegister(racing).open(OPENED);
    assertEquals(OPENED.withVersion(Version.of(1)), ours);
    assertEquals(1, store.stored().size());
  }

  @Test
  void a_race_lost_on_every_attempt_surfaces_after_three_and_stores_nothing_of_ours() {
    // rule: CON-08 — ContractObligations.ATTEMPTS = 3; each competitor records one more backup
    register.open(OPENED);
    Racing racing = new Racing(store, Integer.MAX_VALUE, null);
    assertThrows(ConcurrentUpdateException.class,
        () -> new BackupRegister(racing).record(PROJECT, backup("2026-11-02T01:00")));
    assertEquals(3, racing.saves.get());
    BackupObligation stored = store.find(PROJECT).orElseThrow();
    assertEquals(Version.of(4), stored.version());
    assertEquals(3, stored.backups().size());
    assertFalse(stored.backups().contains(backup("2026-11-02T01:00")));
  }

  /**
   * A store where another node saves first, before each of our first {@code races} saves: it
   * records {@code theirs} (or, if null, a backup of its own per race; or, for an obligation not
   * yet stored, opens it).
   */
  static final class Racing implements Backups {
    final InMemoryBackups store;
    final int races;
    final BackupRecord theirs;
    final AtomicInteger saves = new AtomicInteger();

    Racing(InMemoryBackups store, int races, BackupRecord theirs) {
      this.store = store;
      this.races = races;
      this.theirs = theirs;
    }

    @Override
    public Optional<BackupObligation> find(ProjectId project) {
      return store.find(project);
    }

    @Override
    public BackupObligation save(BackupObligation obligation, List<OutboxEvent> events) {
      int n = saves.incrementAndGet();
      if (n <= races) {
        Optional<BackupObligation> stored = store.find(obligation.project());
        if (stored.isEmpty()) {
          store.save(obligation, List.of());
        } else {
          BackupRecord competing = theirs != null ? theirs
              : BackupRecord.of(backup("2026-11-01T01:00").takenAt().plusSeconds(n), "app-server",
                  "NAS-2/" + n);
          store.save(stored.get().record(competing), List.of());
        }
      }
      return store.save(obligation, events);
    }

    @Override
    public List<BackupObligation> all(int max) {
      return store.all(max);
    }

    @Override
    public List<BackupObligation> allAfter(ProjectId after, int max) {
      return store.allAfter(after, max);
    }
  }
}
