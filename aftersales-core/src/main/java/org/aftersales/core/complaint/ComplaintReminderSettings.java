package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * How the {@link ComplaintReminders} urge and inquire (催办与洽办配置), CMP-19.
 *
 * @param departments the department each step of the route belongs to: an overdue step is urged
 *     to its department; a step not listed is urged to the {@link RecipientRole#GM_OFFICE GM
 *     office}, which keeps the routing form; unmodifiable
 * @param ladder the escalation levels of an urge, numbered 1, 2, … in order, their working days
 *     after the due instant not decreasing; may be empty (no escalation); unmodifiable
 * @param closedLookback how far back (elapsed time) a run looks for closed cases to audit,
 *     positive:
 *     a run finds the cases closed in {@code [at - closedLookback, at)}, so a scheduler that was
 *     down for less than this misses no inquiry
 * @param pageSize how many cases in progress one read fetches, 1 or more
 * @param digestBatch how many notices awaiting a digest one run lists at most, 1 or more (the rest
 *     wait for the next run)
 */
public record ComplaintReminderSettings(Map<Milestone, RecipientRole> departments,
    List<ComplaintReminderLevel> ladder, Duration closedLookback, int pageSize, int digestBatch) {

  /** Days of the default closed-case lookback (the seed is silent). */
  public static final int DEFAULT_LOOKBACK_DAYS = 31;
  /** Default page size. */
  public static final int DEFAULT_PAGE_SIZE = 500;
  /** Default digest batch. */
  public static final int DEFAULT_DIGEST_BATCH = 10_000;

  /**
   * Checks and copies the fields.
   *
   * @param departments the department of each step
   * @param ladder the escalation levels
   * @param closedLookback how far back closed cases are audited, positive
   * @param pageSize cases per read, 1 or more
   * @param digestBatch notices listed per run at most, 1 or more
   * @throws InvalidInputException if a level is out of order or earlier than the one before (path
   *     {@code ladder[i]}), the lookback is not positive, or a size is less than 1
   */
  public ComplaintReminderSettings {
    departments = Map.copyOf(requireNonNull(departments, "departments"));
    ladder = List.copyOf(requireNonNull(ladder, "ladder"));
    requireNonNull(closedLookback, "closedLookback");
    BigDecimal previous = BigDecimal.ZERO;
    for (int i = 0; i < ladder.size(); i++) {
      ComplaintReminderLevel level = ladder.get(i);
      if (level.level() != i + 1) {
        throw InvalidInputException.of("ladder[" + i + "]", MessageBundle.CORE.message(
            "core.reminder.levelOutOfOrder", "expected", i + 1), level.level());
      }
      if (level.workingDaysOverdue().compareTo(previous) < 0) {
        throw InvalidInputException.of("ladder[" + i + "]", MessageBundle.CORE.message(
            "core.reminder.levelEarlier", "previous", previous), level.workingDaysOverdue());
      }
      previous = level.workingDaysOverdue();
    }
    if (closedLookback.isNegative() || closedLookback.isZero()) {
      throw InvalidInputException.of("closedLookback",
          MessageBundle.CORE.message("core.reminder.notPositive"), closedLookback);
    }
    requireAtLeastOne("pageSize", pageSize);
    requireAtLeastOne("digestBatch", digestBatch);
  }

  private static void requireAtLeastOne(String path, int value) {
    if (value < 1) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), value);
    }
  }

  /**
   * The defaults. PCB §14 says only that the GM office issues an urge (催办单) to the departments
   * concerned for an overdue case and an inquiry (洽办单) for a case closed late; the rest are the
   * library's documented choices (docs/complaint-reminders.md):
   * <ul>
   *   <li>departments along the form's route (CMP-05): registration and synthesis → GM office
   *       (总经理室), QA analysis → quality assurance (品保), countermeasure → manufacturing (制造),
   *       opinion → R&amp;D (研发), negotiation → sales (业务);</li>
   *   <li>level 1 to the GM office ½ working day after the due instant, level 2 to the general
   *       manager (总经理) 1 working day after it;</li>
   *   <li>closed cases audited {@value #DEFAULT_LOOKBACK_DAYS} days back, pages of
   *       {@value #DEFAULT_PAGE_SIZE} cases, digests of at most {@value #DEFAULT_DIGEST_BATCH}
   *       notices.</li>
   * </ul>
   *
   * @return the settings
   */
  public static ComplaintReminderSettings seed() {
    return new ComplaintReminderSettings(
        Map.of(Milestone.COMPLAINT_REGISTRATION, RecipientRole.GM_OFFICE,
            Milestone.QA_ANALYSIS, RecipientRole.QUALITY_ASSURANCE,
            Milestone.MANUFACTURING_COUNTERMEASURE, RecipientRole.MANUFACTURING,
            Milestone.RND_OPINION, RecipientRole.RESEARCH_AND_DEVELOPMENT,
            Milestone.SALES_NEGOTIATION, RecipientRole.SALES,
            Milestone.GM_SYNTHESIS, RecipientRole.GM_OFFICE),
        List.of(new ComplaintReminderLevel(1, new BigDecimal("0.5"), RecipientRole.GM_OFFICE),
            new ComplaintReminderLevel(2, BigDecimal.ONE, RecipientRole.GENERAL_MANAGER)),
        Duration.ofDays(DEFAULT_LOOKBACK_DAYS), DEFAULT_PAGE_SIZE, DEFAULT_DIGEST_BATCH);
  }

  /**
   * The department a step belongs to.
   *
   * @param step a step of the route
   * @return its department, or the GM office for a step not listed
   */
  public RecipientRole departmentOf(Milestone step) {
    return departments.getOrDefault(requireNonNull(step, "step"), RecipientRole.GM_OFFICE);
  }

  /**
   * The same settings with another ladder.
   *
   * @param other the levels
   * @return the settings
   */
  public ComplaintReminderSettings withLadder(List<ComplaintReminderLevel> other) {
    return new ComplaintReminderSettings(departments, other, closedLookback, pageSize,
        digestBatch);
  }

  /**
   * The same settings with another page size.
   *
   * @param size cases per read, 1 or more
   * @return the settings
   */
  public ComplaintReminderSettings withPageSize(int size) {
    return new ComplaintReminderSettings(departments, ladder, closedLookback, size, digestBatch);
  }

  /**
   * The same settings with another closed-case lookback.
   *
   * @param lookback how far back, positive
   * @return the settings
   */
  public ComplaintReminderSettings withClosedLookback(Duration lookback) {
    return new ComplaintReminderSettings(departments, ladder, lookback, pageSize, digestBatch);
  }
}
