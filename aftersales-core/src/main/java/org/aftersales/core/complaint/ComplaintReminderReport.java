package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;

/**
 * What one run of the {@link ComplaintReminders} did (催办巡检结果), CMP-19.
 *
 * @param at the run's instant
 * @param casesRead how many cases in progress the run read (those due for a check)
 * @param closedCasesRead how many closed cases (in the lookback) the run audited
 * @param alreadyRecorded how many of the reminders due were found recorded already (by an earlier
 *     run, or by another node first)
 * @param recorded the notices this run recorded, in the order recorded; unmodifiable
 * @param digests the digests this run recorded, one per recipient at most; unmodifiable
 */
public record ComplaintReminderReport(Instant at, int casesRead, int closedCasesRead,
    int alreadyRecorded, List<Notice> recorded, List<Notice> digests) {

  /**
   * Checks and copies the fields.
   *
   * @param at the run's instant
   * @param casesRead cases in progress read
   * @param closedCasesRead closed cases audited
   * @param alreadyRecorded reminders due but recorded before
   * @param recorded the notices recorded
   * @param digests the digests recorded
   */
  public ComplaintReminderReport {
    requireNonNull(at, "at");
    recorded = List.copyOf(requireNonNull(recorded, "recorded"));
    digests = List.copyOf(requireNonNull(digests, "digests"));
  }

  /**
   * How many urges (催办单) to a department this run recorded: level 0.
   *
   * @return the count
   */
  public long urges() {
    return recorded.stream().filter(n -> n.kind().equals(NoticeKind.URGE) && level(n) == 0)
        .count();
  }

  /**
   * How many escalated urges this run recorded: level 1 or more.
   *
   * @return the count
   */
  public long escalations() {
    return recorded.stream().filter(n -> n.kind().equals(NoticeKind.URGE) && level(n) > 0)
        .count();
  }

  /**
   * How many inquiries (洽办单) this run recorded.
   *
   * @return the count
   */
  public long inquiries() {
    return recorded.stream().filter(n -> n.kind().equals(NoticeKind.INQUIRY)).count();
  }

  private static long level(Notice n) {
    return n.parameters().get("level") instanceof Long l ? l : 0L;
  }
}
