package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Anything changed or lost within the last two months can be restored (备份目标, P8 §3(3)):
 * recoverability from the recorded backups, and the gaps they leave.
 */
@Tag("CON-08")
class BackupObligationTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ProjectId PROJECT = ProjectId.of("XM-2026-07");

  /** An instant written in Shanghai time (UTC+8, no daylight saving). */
  static Instant sh(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }

  static BackupRecord nightly(String day) {
    return BackupRecord.of(sh(day + "T02:00:00"), "orders database", "nas:/orders/" + day);
  }

  static BackupObligation seeded() {
    return BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed());
  }

  @Test
  void the_obligation_tells_the_zone_its_days_are_counted_in() {
    // rule: CON-08 — what an adapter stores to rebuild the obligation
    assertEquals(SHANGHAI, seeded().zone());
    assertEquals(ZoneId.of("Europe/Berlin"),
        BackupObligation.of(PROJECT, ZoneId.of("Europe/Berlin"), BackupTerms.seed()).zone());
  }

  @Test
  void the_seed_window_is_two_months_back_clamped_at_month_ends() {
    // rule: CON-08 — 31 May 12:00 − 2 months = 31 March 12:00; 30 April − 2 months = 28 February
    assertEquals(sh("2026-03-31T12:00:00"), seeded().windowStart(sh("2026-05-31T12:00:00")));
    assertEquals(sh("2026-02-28T10:00:00"), seeded().windowStart(sh("2026-04-30T10:00:00")));
    assertEquals(new BackupTerms(Period.ofMonths(2), Period.ofMonths(2), Duration.ofDays(1)),
        BackupTerms.seed());
  }

  @Test
  void data_is_recoverable_from_a_kept_backup_taken_at_or_after_it() {
    // rule: CON-08 — backups on 10 and 20 May at 02:00, asked on 31 May at 12:00
    BackupObligation obligation = seeded().record(nightly("2026-05-20"))
        .record(nightly("2026-05-10"));
    Instant at = sh("2026-05-31T12:00:00");
    assertTrue(obligation.recoverable(sh("2026-05-09T15:00:00"), at));
    assertTrue(obligation.recoverable(sh("2026-05-20T02:00:00"), at));
    assertFalse(obligation.recoverable(sh("2026-05-20T02:00:01"), at));
    assertFalse(obligation.recoverable(at, at));
    // a backup after the time of the question does not count yet
    assertFalse(obligation.recoverable(sh("2026-05-15T00:00:00"), sh("2026-05-20T01:59:59")));
    assertEquals(List.of(nightly("2026-05-10"), nightly("2026-05-20")), obligation.backups());
  }

  @Test
  void a_backup_older_than_the_retention_is_no_longer_kept() {
    // rule: CON-08 — taken 31 March 11:00; asked 31 May 12:00 it is gone (kept from 31 March
    // 12:00), asked 31 May 11:00 it is kept exactly
    BackupObligation obligation = seeded().record(
        BackupRecord.of(sh("2026-03-31T11:00:00"), "orders database", "nas:/orders/0331"));
    assertFalse(obligation.recoverable(sh("2026-03-31T10:00:00"), sh("2026-05-31T12:00:00")));
    assertTrue(obligation.recoverable(sh("2026-03-31T10:00:00"), sh("2026-05-31T11:00:00")));
  }

  @Test
  void a_day_asks_for_the_data_as_it_was_when_the_day_began_in_the_business_zone() {
    // rule: CON-08 — 20 May 00:00 Shanghai is before that day's 02:00 backup; 21 May is after it
    BackupObligation obligation = seeded().record(nightly("2026-05-20"));
    Instant at = sh("2026-05-31T12:00:00");
    assertTrue(obligation.recoverable(LocalDate.of(2026, 5, 20), at));
    assertFalse(obligation.recoverable(LocalDate.of(2026, 5, 21), at));
  }

  @Test
  void nightly_backups_leave_no_gap_and_three_missed_nights_leave_one() {
    // rule: CON-08 — window 31 March 12:00 to 31 May 12:00; nightly 02:00 backups 1 April to
    // 31 May except 15, 16 and 17 April: one gap from 14 April 02:00 to 18 April 02:00
    Instant at = sh("2026-05-31T12:00:00");
    BackupObligation all = seeded();
    BackupObligation missed = seeded();
    for (LocalDate day = LocalDate.of(2026, 4, 1); !day.isAfter(LocalDate.of(2026, 5, 31));
        day = day.plusDays(1)) {
      all = all.record(nightly(day.toString()));
      if (day.isBefore(LocalDate.of(2026, 4, 15)) || day.isAfter(LocalDate.of(2026, 4, 17))) {
        missed = missed.record(nightly(day.toString()));
      }
    }
    assertEquals(List.of(), all.gaps(at));
    List<BackupGap> gaps = missed.gaps(at);
    assertEquals(List.of(new BackupGap(sh("2026-04-14T02:00:00"), sh("2026-04-18T02:00:00"))),
        gaps);
    assertEquals(Duration.ofDays(4), gaps.get(0).length());
    assertTrue(gaps.get(0).contains(sh("2026-04-14T02:00:00")));
    assertFalse(gaps.get(0).contains(sh("2026-04-18T02:00:00")));
    assertFalse(gaps.get(0).contains(sh("2026-04-14T01:59:59")));
  }

  @Test
  void without_backups_the_whole_window_is_one_gap_and_the_edges_count() {
    // rule: CON-08
    Instant at = sh("2026-05-31T12:00:00");
    assertEquals(List.of(new BackupGap(sh("2026-03-31T12:00:00"), at)), seeded().gaps(at));
    // a last backup more than a day before the question leaves a gap up to it
    BackupObligation stale = seeded().record(nightly("2026-05-30"));
    assertEquals(new BackupGap(sh("2026-03-31T12:00:00"), sh("2026-05-30T02:00:00")),
        stale.gaps(at).get(0));
    assertEquals(new BackupGap(sh("2026-05-30T02:00:00"), at), stale.gaps(at).get(1));
    // a backup before the window is ignored
    assertEquals(seeded().gaps(at), seeded().record(nightly("2026-03-01")).gaps(at));
  }

  @Test
  void recording_the_same_backup_twice_changes_nothing() {
    // rule: CON-08
    BackupObligation once = seeded().record(nightly("2026-05-20"));
    assertSame(once, once.record(nightly("2026-05-20")));
    assertEquals(once, seeded().record(nightly("2026-05-20")));
    assertEquals(once.hashCode(), seeded().record(nightly("2026-05-20")).hashCode());
    assertNotEquals(once, seeded());
    assertNotEquals(once.hashCode(), seeded().hashCode());
    assertEquals(PROJECT, once.project());
    assertEquals(BackupTerms.seed(), once.terms());
    assertTrue(once.toString().contains("1 backups"));
  }

  @Test
  void bad_input_is_refused() {
    // rule: CON-08
    Instant at = sh("2026-05-31T12:00:00");
    assertThrows(InvalidInputException.class,
        () -> seeded().recoverable(at.plusNanos(1), at));
    assertThrows(InvalidInputException.class,
        () -> seeded().windowStart(Instant.parse("1900-01-01T00:00:00Z")));
    assertThrows(InvalidInputException.class,
        () -> seeded().recoverable(LocalDate.of(2400, 1, 1), at));
    assertThrows(InvalidInputException.class,
        () -> new BackupTerms(Period.ZERO, Period.ofMonths(2), Duration.ofDays(1)));
    assertThrows(InvalidInputException.class,
        () -> new BackupTerms(Period.ofMonths(2), Period.ofDays(-1), Duration.ofDays(1)));
    assertThrows(InvalidInputException.class,
        () -> new BackupTerms(Period.ofMonths(2), Period.ofMonths(2), Duration.ZERO));
    assertThrows(InvalidInputException.class,
        () -> new BackupTerms(Period.ofMonths(2), Period.ofMonths(2), Duration.ofDays(-1)));
    assertThrows(InvalidInputException.class, () -> BackupRecord.of(at, "", "x"));
    assertThrows(InvalidInputException.class, () -> BackupRecord.of(at, "x", " x"));
    assertThrows(IllegalArgumentException.class, () -> new BackupGap(at, at));
  }
}
