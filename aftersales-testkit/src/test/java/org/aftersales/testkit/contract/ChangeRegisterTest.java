package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.SafeguardRemindersTest.change;
import static org.aftersales.testkit.contract.SafeguardRemindersTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeNotice;
import org.aftersales.core.contract.ChangeNoticeChannel;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.obligation.ChangeRegister;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.faults.FaultInjector;
import org.junit.jupiter.api.Test;

/**
 * The change register (修改记录登记, P8 §3(2)) stores every change with its archived code and
 * scripts and the prior notice when it is given: idempotent by content, nothing stored on a
 * refusal, a lost race read and applied again.
 * // rule: CON-07
 */
class ChangeRegisterTest {

  static final ChangeNotice PHONE =
      ChangeNotice.of(sh("2026-10-30T15:00"), ChangeNoticeChannel.PHONE);
  static final ChangeNotice LETTER =
      ChangeNotice.of(sh("2026-10-31T09:00"), ChangeNoticeChannel.IN_WRITING);

  final InMemoryChangeRecords store = InMemoryChangeRecords.create();
  final FaultInjector counter = FaultInjector.create();
  final ChangeRegister register =
      new ChangeRegister(counter.wrap(ChangeRecords.class, store));

  @Test
  void a_new_change_is_stored_at_version_one_with_its_references() {
    // rule: CON-07 — 修改记录、源代码、数据库脚本存档
    ChangeRecord stored = register.record(change("BG-1", "2026-11-03T10:00"));
    assertEquals(Version.of(1), stored.version());
    assertEquals(List.of("DMS/sql/BG-1.sql"), stored.scriptReferences());
    assertEquals(Optional.of(stored), store.find(ChangeId.of("BG-1")));
    assertEquals(List.of("ChangeRecords.find", "ChangeRecords.save"), counter.calls());
  }

  @Test
  void recording_an_equal_change_again_answers_the_stored_one_and_writes_nothing() {
    // rule: CON-07 — a retried command
    ChangeRecord first = register.record(change("BG-1", "2026-11-03T10:00"));
    ChangeRecord again = register.record(change("BG-1", "2026-11-03T10:00"));
    assertEquals(first, again);
    assertEquals(Version.of(1), store.find(ChangeId.of("BG-1")).orElseThrow().version());
    assertEquals(List.of("ChangeRecords.find", "ChangeRecords.save", "ChangeRecords.find"),
        counter.calls());
  }

  @Test
  void another_change_under_a_stored_id_is_refused_and_the_stored_one_stays() {
    // rule: CON-07 — a stored record is not replaced
    ChangeRecord first = register.record(change("BG-1", "2026-11-03T10:00"));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> register.record(change("BG-1", "2026-11-04T10:00")));
    assertEquals("change.id", e.violations().get(0).path());
    assertEquals(List.of(first), store.all());
  }

  @Test
  void the_prior_notice_is_recorded_once_and_a_later_one_replaces_it() {
    // rule: CON-07 — 事先告知客户: first by phone, then confirmed in writing
    register.record(change("BG-1", "2026-11-03T10:00"));
    ChangeRecord told = register.noticed(ChangeId.of("BG-1"), PHONE);
    assertEquals(Optional.of(PHONE), told.priorNotice());
    assertEquals(Version.of(2), told.version());
    ChangeRecord again = register.noticed(ChangeId.of("BG-1"), PHONE);
    assertEquals(told, again);
    assertEquals(Version.of(2), store.find(ChangeId.of("BG-1")).orElseThrow().version());
    ChangeRecord confirmed = register.noticed(ChangeId.of("BG-1"), LETTER);
    assertEquals(Optional.of(LETTER), confirmed.priorNotice());
    assertEquals(Version.of(3), confirmed.version());
  }

  @Test
  void a_notice_for_an_unknown_change_is_not_found_and_stores_nothing() {
    // rule: CON-07
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> register.noticed(ChangeId.of("BG-404"), PHONE));
    assertEquals("BG-404", e.id());
    assertEquals(List.of(), store.all());
    assertEquals(List.of("ChangeRecords.find"), counter.calls());
  }

  @Test
  void a_notice_that_loses_a_race_is_applied_again_on_the_winners_version() {
    // rule: CON-07 — another node records the phone call between our read and our save.
    register.record(change("BG-1", "2026-11-03T10:00"));
    Racing racing = new Racing(store, 1, stored -> stored.noticed(PHONE));
    ChangeRecord ours = new ChangeRegister(racing).noticed(ChangeId.of("BG-1"), LETTER);
    assertEquals(Optional.of(LETTER), ours.priorNotice());
    // Version 2 the winner's, version 3 ours.
    assertEquals(Version.of(3), ours.version());
    assertEquals(2, racing.saves.get());
  }

  @Test
  void a_new_change_that_loses_a_race_to_an_equal_one_answers_the_stored_one() {
    // rule: CON-07 — two nodes record the same change at once.
    Racing racing = new Racing(store, 1, stored -> stored);
    ChangeRecord change = change("BG-1", "2026-11-03T10:00");
    racing.competitor = () -> store.save(change, List.of());
    ChangeRecord ours = new ChangeRegister(racing).record(change);
    assertEquals(Version.of(1), ours.version());
    assertEquals(change, ours.withVersion(Version.initial()));
    assertEquals(1, store.all().size());
  }

  @Test
  void a_race_lost_on_every_attempt_surfaces_after_three_and_stores_nothing_of_ours() {
    // rule: CON-07 — ContractObligations.ATTEMPTS = 3
    register.record(change("BG-1", "2026-11-03T10:00"));
    Racing racing = new Racing(store, Integer.MAX_VALUE, stored -> stored.noticed(
        ChangeNotice.of(stored.priorNotice().map(n -> n.givenAt().plusSeconds(60))
            .orElse(sh("2026-10-29T09:00")), ChangeNoticeChannel.EMAIL)));
    assertThrows(ConcurrentUpdateException.class,
        () -> new ChangeRegister(racing).noticed(ChangeId.of("BG-1"), LETTER));
    assertEquals(3, racing.saves.get());
    ChangeRecord stored = store.find(ChangeId.of("BG-1")).orElseThrow();
    assertEquals(ChangeNoticeChannel.EMAIL, stored.priorNotice().orElseThrow().channel());
    assertEquals(Version.of(4), stored.version(), "three competitors' saves after ours at 1");
  }

  /**
   * A store where another node saves first, before each of our first {@code races} saves: by
   * default it applies {@code step} to the stored record.
   */
  static final class Racing implements ChangeRecords {
    final InMemoryChangeRecords store;
    final int races;
    final UnaryOperator<ChangeRecord> step;
    final AtomicInteger saves = new AtomicInteger();
    Runnable competitor;

    Racing(InMemoryChangeRecords store, int races,
        UnaryOperator<ChangeRecord> step) {
      this.store = store;
      this.races = races;
      this.step = step;
    }

    @Override
    public Optional<ChangeRecord> find(ChangeId id) {
      return store.find(id);
    }

    @Override
    public ChangeRecord save(ChangeRecord record, List<OutboxEvent> events) {
      if (saves.incrementAndGet() <= races) {
        if (competitor != null) {
          competitor.run();
        } else {
          ChangeRecord stored = store.find(record.id()).orElseThrow();
          store.save(step.apply(stored), List.of());
        }
      }
      return store.save(record, events);
    }

    @Override
    public List<ChangeRecord> startingBetween(Instant from, Instant to, int max) {
      return store.startingBetween(from, to, max);
    }

    @Override
    public List<ChangeRecord> startingBetweenAfter(Instant from, Instant to, ChangeId after,
        int max) {
      return store.startingBetweenAfter(from, to, after, max);
    }
  }

  @Test
  void the_racing_store_really_races() {
    // rule: CON-07 — the helper above: its first save is preceded by the competitor's.
    store.save(change("BG-1", "2026-11-03T10:00"), List.of());
    Racing racing = new Racing(store, 1, stored -> stored.noticed(PHONE));
    ChangeRecord v1 = store.find(ChangeId.of("BG-1")).orElseThrow();
    assertThrows(ConcurrentUpdateException.class, () -> racing.save(v1.noticed(LETTER),
        List.of()));
    assertTrue(store.find(ChangeId.of("BG-1")).orElseThrow().priorNotice().isPresent());
  }
}
