package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The gap report and recoverability against a brute-force reading of the backups (CON-08):
 * backups at random minutes over 70 days around a two-month window, seed terms.
 */
class BackupGapProperties {

  static final Instant AT = BackupObligationTest.sh("2026-05-31T12:00:00");
  static final Instant WINDOW_START = BackupObligationTest.sh("2026-03-31T12:00:00");
  static final Duration DAY = Duration.ofDays(1);

  @Property(tries = 300)
  @Tag("CON-08")
  void everyInstantWithoutABackupWithinADayLiesInAGapAndGapsHoldNoBackup(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 70 * 1440) Integer> minutes,
      @ForAll @IntRange(min = 0, max = 61 * 1440) int askedMinute) {
    // rule: CON-08 — minute 0 is 31 March 12:00 Shanghai (the window's start), 70 days ahead
    // reach past the question's time so some backups are after it
    BackupObligation obligation = BackupObligation.of(ProjectId.of("P"),
        BackupObligationTest.SHANGHAI, BackupTerms.seed());
    for (int minute : minutes) {
      obligation = obligation.record(BackupRecord.of(
          WINDOW_START.plus(Duration.ofMinutes(minute)), "db", "b" + minute));
    }
    List<BackupGap> gaps = obligation.gaps(AT);
    Instant t = WINDOW_START.plus(Duration.ofMinutes(askedMinute));

    boolean backupWithinADay = minutes.stream()
        .map(m -> WINDOW_START.plus(Duration.ofMinutes(m)))
        .anyMatch(b -> !b.isBefore(t) && !b.isAfter(t.plus(DAY)));
    boolean uncovered = !backupWithinADay && t.plus(DAY).isBefore(AT);
    boolean inGap = gaps.stream().anyMatch(g -> g.contains(t));
    assertTrue(!uncovered || inGap, () -> t + " has no backup within a day but no gap: " + gaps);

    for (BackupGap gap : gaps) {
      assertTrue(gap.length().compareTo(DAY) > 0);
      assertTrue(!gap.from().isBefore(WINDOW_START) && !gap.to().isAfter(AT));
      assertTrue(minutes.stream().map(m -> WINDOW_START.plus(Duration.ofMinutes(m)))
          .noneMatch(b -> b.isAfter(gap.from()) && b.isBefore(gap.to())));
    }

    boolean expectedRecoverable = minutes.stream()
        .map(m -> WINDOW_START.plus(Duration.ofMinutes(m)))
        .anyMatch(b -> !b.isBefore(t) && !b.isAfter(AT));
    assertEquals(expectedRecoverable, obligation.recoverable(t, AT));
  }
}
