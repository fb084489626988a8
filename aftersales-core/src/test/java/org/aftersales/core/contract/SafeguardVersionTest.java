package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/**
 * A change record and a backup obligation carry the version their repository stored them as:
 * initial when never stored, kept by every transition, replaced only by {@code withVersion}, and
 * part of equality (so a repository can tell a stale copy). The latest backup at an instant is
 * the last one taken at or before it.
 */
class SafeguardVersionTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ProjectId PROJECT = ProjectId.of("XM-2026-07");
  /** Friday 10 April 2026, 22:00 to 24:00 in Shanghai. */
  private static final Instant START = Instant.parse("2026-04-10T14:00:00Z");
  private static final Instant END = Instant.parse("2026-04-10T16:00:00Z");
  /** Two nightly backups, 01:00 Shanghai on 8 and 9 April. */
  private static final BackupRecord FIRST =
      BackupRecord.of(Instant.parse("2026-04-07T17:00:00Z"), "orders-db", "NAS-1/0408.dump");
  private static final BackupRecord SECOND =
      BackupRecord.of(Instant.parse("2026-04-08T17:00:00Z"), "orders-db", "NAS-1/0409.dump");

  private static ChangeRecord change() {
    return ChangeRecord.builder().id(ChangeId.of("BG-0042")).project(PROJECT)
        .what("订单表加索引").impact("订单查询在构建期间变慢").scope("仅订单查询")
        .windowStart(START).windowEnd(END).addScriptReference("DMS/sql/0042-index.sql").build();
  }

  private static BackupObligation obligation() {
    return BackupObligation.of(PROJECT, SHANGHAI, BackupTerms.seed());
  }

  @Test
  void a_change_record_never_stored_has_the_initial_version() {
    // rule: CON-07
    assertEquals(Version.of(0), change().version());
    assertEquals(Version.initial(), change().version());
  }

  @Test
  void recording_the_prior_notice_keeps_the_stored_version() {
    // rule: CON-07 — a transition is not a save: the repository stores the next version
    ChangeRecord stored = change().withVersion(Version.of(3));
    ChangeRecord told = stored.noticed(
        ChangeNotice.of(Instant.parse("2026-04-08T02:00:00Z"), ChangeNoticeChannel.PHONE));
    assertEquals(Version.of(3), told.version());
    assertEquals(Optional.of(ChangeNotice.of(Instant.parse("2026-04-08T02:00:00Z"),
        ChangeNoticeChannel.PHONE)), told.priorNotice());
  }

  @Test
  void with_version_replaces_only_the_version_and_takes_part_in_equality() {
    // rule: CON-07
    ChangeRecord fresh = change();
    ChangeRecord stored = fresh.withVersion(Version.of(2));
    assertEquals(Version.of(2), stored.version());
    assertNotEquals(fresh, stored);
    assertEquals(fresh, stored.withVersion(Version.initial()));
    assertEquals(fresh.hashCode(), stored.withVersion(Version.initial()).hashCode());
    assertEquals(fresh.id(), stored.id());
    assertEquals(fresh.scriptReferences(), stored.scriptReferences());
    assertEquals(change().withVersion(Version.of(2)), stored);
  }

  @Test
  void a_backup_obligation_never_stored_has_the_initial_version() {
    // rule: CON-08
    assertEquals(Version.of(0), obligation().version());
  }

  @Test
  void recording_a_backup_keeps_the_stored_version() {
    // rule: CON-08
    BackupObligation stored = obligation().withVersion(Version.of(5));
    BackupObligation recorded = stored.record(FIRST);
    assertEquals(Version.of(5), recorded.version());
    assertEquals(List.of(FIRST), recorded.backups());
    // Recording it again answers the same value.
    assertEquals(recorded, recorded.record(FIRST));
    assertEquals(Version.of(5), recorded.record(SECOND).version());
  }

  @Test
  void a_backup_obligations_version_takes_part_in_equality_and_hash() {
    // rule: CON-08
    BackupObligation fresh = obligation().record(FIRST);
    BackupObligation stored = fresh.withVersion(Version.of(1));
    assertEquals(Version.of(1), stored.version());
    assertNotEquals(fresh, stored);
    assertEquals(fresh, stored.withVersion(Version.initial()));
    assertEquals(fresh.hashCode(), stored.withVersion(Version.initial()).hashCode());
    assertEquals(obligation().record(FIRST).withVersion(Version.of(1)), stored);
    assertEquals(obligation().record(FIRST).withVersion(Version.of(1)).hashCode(),
        stored.hashCode());
    assertEquals(stored.backups(), fresh.backups());
    assertEquals(PROJECT, stored.project());
    assertEquals(BackupTerms.seed(), stored.terms());
    assertThrows(NullPointerException.class, () -> fresh.withVersion(null));
  }

  @Test
  void the_latest_backup_at_an_instant_is_the_last_taken_at_or_before_it() {
    // rule: CON-08 — recorded out of order: kept oldest first
    BackupObligation both = obligation().record(SECOND).record(FIRST);
    Instant first = Instant.parse("2026-04-07T17:00:00Z");
    Instant second = Instant.parse("2026-04-08T17:00:00Z");
    assertEquals(Optional.empty(), both.latestAt(first.minusNanos(1000)));
    assertEquals(Optional.of(FIRST), both.latestAt(first));
    assertEquals(Optional.of(FIRST), both.latestAt(second.minusNanos(1000)));
    assertEquals(Optional.of(SECOND), both.latestAt(second));
    assertEquals(Optional.of(SECOND), both.latestAt(Instant.parse("2026-06-01T00:00:00Z")));
    assertEquals(Optional.empty(), obligation().latestAt(second));
    assertThrows(NullPointerException.class, () -> both.latestAt(null));
  }

  @Test
  void the_latest_of_two_backups_taken_at_one_instant_is_the_last_by_what_then_reference() {
    // rule: CON-08 — the database and the application backed up together at 01:00
    Instant at = Instant.parse("2026-04-07T17:00:00Z");
    BackupRecord app = BackupRecord.of(at, "app-server", "NAS-1/0408-app.tar");
    BackupObligation both = obligation().record(FIRST).record(app);
    // "app-server" sorts before "orders-db".
    assertEquals(List.of(app, FIRST), both.backups());
    assertEquals(Optional.of(FIRST), both.latestAt(at));
  }
}
