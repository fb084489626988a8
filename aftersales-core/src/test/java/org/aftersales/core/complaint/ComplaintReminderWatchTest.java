package org.aftersales.core.complaint;

import static org.aftersales.core.servicelevel.OfficeCalendar.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The complaint reminders' domain work and use case on core's own seed policy
 * ({@link SeedRoutingPolicy}: the office calendar Monday to Friday 09:00–12:00 and 13:00–17:00,
 * 7 h a day, ½ day 3 h 30), with the investigation report's 3 working days added. Every case is
 * accepted Monday 2 November 2026 09:00 Shanghai. Hand-worked instants:
 * <ul>
 *   <li>QA handed over Mon 13:30: due Tue 13:30 (Mon 13:30–17 3 h 30, Tue 09–12 3 h, 13:00–13:30);
 *       level 1 (+3 h 30) Tue 17:00; level 2 (+7 h) Wed 13:30;</li>
 *   <li>the report (3 days from Mon 09:00): Wed 4 Nov 17:00; the overall limit (13 days):
 *       2–6, 9–13, 16–18 Nov → Wed 18 Nov 17:00.</li>
 * </ul>
 * // rule: CMP-19, CMP-04, CMP-05, CMP-06
 */
class ComplaintReminderWatchTest {

  static final Instant ACCEPTED = sh("2026-11-02T09:00");

  /** The seed routing policy with the investigation report (3 working days) and optional swaps. */
  static final class Policy implements ServiceLevelPolicy {
    final SeedRoutingPolicy seed = new SeedRoutingPolicy();
    final Map<Milestone, Budget> overrides;

    Policy(Map<Milestone, Budget> overrides) {
      this.overrides = overrides;
    }

    @Override
    public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
      Milestone m = key.milestone();
      Budget budget = overrides.get(m);
      if (budget == null && m.equals(Milestone.INVESTIGATION_REPORT)) {
        budget = Budget.workingDays(3);
      }
      if (budget != null && budget.equals(Budget.workingDays(99))) {
        // A target that is not a budget: the report due by the end of the working day.
        return Optional.of(ServiceLevelTarget.builder().ruleId(RuleId.of("CMP-04")).milestone(m)
            .rule(new DeadlineRule.ByEndOfWorkingDay()).build());
      }
      if (budget == null) {
        return seed.targetFor(key);
      }
      if (budget.isZero()) {
        return Optional.empty();
      }
      return Optional.of(ServiceLevelTarget.builder().ruleId(RuleId.of("CMP-04")).milestone(m)
          .rule(new DeadlineRule.WithinBudget(budget))
          .addWarningFraction(new BigDecimal("0.5")).build());
    }

    @Override
    public BusinessCalendar calendarFor(ServiceLevelTarget target) {
      return SeedRoutingPolicy.OFFICE;
    }
  }

  static final Policy POLICY = new Policy(Map.of());
  static int serial = 100;

  static DocumentNumber number() {
    serial++;
    return DocumentNumber.of(SeriesId.COMPLAINTS, "2611" + serial, "2026-11",
        LocalDate.of(2026, 11, 1), serial);
  }

  static ComplaintCase open(RoutingLedger ledger) {
    return ComplaintCase.builder().number(number()).requestId(RequestId.of("r-" + serial))
        .receivedAt(ACCEPTED).intake(ComplaintSamples.intake("Customer", "Complaint"))
        .routing(ledger).status(ComplaintStatus.OPEN).version(Version.initial()).build();
  }

  static ComplaintCase withReport(ComplaintCase c, String filedAt) {
    return ComplaintCase.builder().number(c.number()).requestId(c.requestId())
        .receivedAt(c.receivedAt()).intake(c.intake()).routing(c.routing())
        .addHandled(new FileInvestigationReport(RequestId.of("report-" + c.number().text()),
            c.number(), sh(filedAt), PersonId.of("QA-01"), "Cause"))
        .status(c.status()).version(c.version()).build();
  }

  /**
   * {@code c} closed at {@code at}: the rest of its route completed, the case decided and the
   * customer visited at the routing form's latest instant (steps already routed keep their
   * figures), closed with a written answer.
   */
  static ComplaintCase closed(ComplaintCase c, Instant at) {
    Instant t = c.routing().latestInstant();
    ComplaintCase decided = ComplaintSamples.finished(c, t);
    decided = decided.decided(ComplaintSamples.decision(decided, t), ComplaintSamples.ANYONE, t)
        .state();
    decided = decided.progressed(new RecordCustomerVisit(ComplaintSamples.id(), c.number(), t,
        PersonId.of("SUP-1"), false, "visited"), t).state();
    return decided.closed(new CloseComplaint(ComplaintSamples.id(), c.number(), at,
        CustomerReply.WRITTEN), ComplaintSamples.PROCEDURE, POLICY, at).state();
  }

  static RoutingLedger accepted() {
    return RoutingLedger.accepted(SeedRoutingPolicy.STEPS, ServiceZone.DOMESTIC, ACCEPTED)
        .handOver(Milestone.COMPLAINT_REGISTRATION, ACCEPTED);
  }

  /** Registration done and QA handed over Mon 13:30. */
  static RoutingLedger atQa() {
    Instant t = sh("2026-11-02T13:30");
    return accepted().complete(t).handOver(Milestone.QA_ANALYSIS, t);
  }

  final ComplaintReminderWatch watch =
      new ComplaintReminderWatch(POLICY, ComplaintReminderSettings.seed());

  static List<String> steps(List<ComplaintReminder> reminders) {
    return reminders.stream().map(r -> r.key().step() + "/" + r.key().occurrence() + " → "
        + r.recipient().text()).toList();
  }

  @Nested
  class Urges {

    @Test
    void an_open_step_is_urged_only_strictly_after_its_due_instant() {
      ComplaintCase c = withReport(open(atQa()), "2026-11-02T15:00");
      assertEquals(List.of(), watch.urgesDue(c, sh("2026-11-03T13:30")));
      List<ComplaintReminder> due = watch.urgesDue(c, sh("2026-11-03T13:30").plusNanos(1000));
      assertEquals(List.of("QA_ANALYSIS.urge/entry-1 → role:QUALITY_ASSURANCE"), steps(due));
      ComplaintReminder r = due.get(0);
      assertEquals(NoticeKind.URGE, r.kind());
      assertEquals(0, r.level());
      assertEquals(new NoticeKey("complaint", c.sourceId(), RuleId.of("CMP-19"),
          "QA_ANALYSIS.urge", "entry-1"), r.key());
      assertEquals(Map.of("complaint", c.number().text(), "due", sh("2026-11-03T13:30"),
          "entry", 1L, "level", 0L, "milestone", "QA_ANALYSIS"), r.parameters());
    }

    @Test
    void levels_fire_strictly_after_the_due_instant_plus_their_working_days() {
      ComplaintCase c = withReport(open(atQa()), "2026-11-02T15:00");
      assertEquals(1, watch.urgesDue(c, sh("2026-11-03T17:00")).size());
      List<ComplaintReminder> one = watch.urgesDue(c, sh("2026-11-04T09:00"));
      assertEquals(List.of("QA_ANALYSIS.urge/entry-1 → role:QUALITY_ASSURANCE",
          "QA_ANALYSIS.escalation-1/entry-1 → role:GM_OFFICE"), steps(one));
      assertEquals(1, one.get(1).level());
      assertEquals(1L, one.get(1).parameters().get("level"));
      assertEquals(2, watch.urgesDue(c, sh("2026-11-04T13:30")).size());
      List<ComplaintReminder> two = watch.urgesDue(c, sh("2026-11-04T13:31"));
      assertEquals("QA_ANALYSIS.escalation-2/entry-1 → role:GENERAL_MANAGER",
          steps(two).get(2));
      assertEquals(2, two.get(2).level());
    }

    @Test
    void a_completed_step_awaiting_its_hand_over_is_not_urged() {
      ComplaintCase c = withReport(open(atQa().complete(sh("2026-11-03T10:00"))),
          "2026-11-02T15:00");
      assertEquals(List.of(), watch.urgesDue(c, sh("2026-11-06T10:00")));
    }

    @Test
    void a_form_without_entries_is_measured_only_against_the_overall_limit() {
      ComplaintCase c = withReport(open(RoutingLedger.accepted(SeedRoutingPolicy.STEPS,
          ServiceZone.DOMESTIC, ACCEPTED)), "2026-11-02T15:00");
      assertEquals(List.of(), watch.urgesDue(c, sh("2026-11-18T17:00")));
      assertEquals(List.of("COMPLAINT_CLOSURE.urge/overall → role:GM_OFFICE"),
          steps(watch.urgesDue(c, sh("2026-11-18T17:01"))));
      assertEquals(Map.of("complaint", c.number().text(), "due", sh("2026-11-18T17:00"),
          "level", 0L, "milestone", "COMPLAINT_CLOSURE"),
          watch.urgesDue(c, sh("2026-11-18T17:01")).get(0).parameters());
    }

    @Test
    void the_report_is_urged_to_qa_until_filed_and_not_at_all_without_a_target() {
      ComplaintCase c = open(RoutingLedger.accepted(SeedRoutingPolicy.STEPS,
          ServiceZone.DOMESTIC, ACCEPTED));
      assertEquals(List.of(), watch.urgesDue(c, sh("2026-11-04T17:00")));
      assertEquals(List.of("INVESTIGATION_REPORT.urge/report → role:QUALITY_ASSURANCE"),
          steps(watch.urgesDue(c, sh("2026-11-04T17:01"))));
      assertEquals(List.of(), watch.urgesDue(withReport(c, "2026-11-05T09:00"),
          sh("2026-11-05T10:00")));
      ComplaintReminderWatch noReport = new ComplaintReminderWatch(
          new Policy(Map.of(Milestone.INVESTIGATION_REPORT, Budget.workingDays(0))),
          ComplaintReminderSettings.seed());
      assertEquals(List.of(), noReport.urgesDue(c, sh("2026-11-05T10:00")));
      ComplaintReminderWatch notABudget = new ComplaintReminderWatch(
          new Policy(Map.of(Milestone.INVESTIGATION_REPORT, Budget.workingDays(99))),
          ComplaintReminderSettings.seed());
      assertEquals(List.of(), notABudget.urgesDue(c, sh("2026-11-05T10:00")));
    }

    @Test
    void the_registration_step_is_entry_zero() {
      // Registration ½ day from Mon 09:00: 09–12 3 h, 13:00–13:30 → due Mon 13:30.
      ComplaintCase c = withReport(open(accepted()), "2026-11-02T10:00");
      assertEquals(List.of(), watch.urgesDue(c, sh("2026-11-02T13:30")));
      List<ComplaintReminder> due = watch.urgesDue(c, sh("2026-11-02T13:31"));
      assertEquals(List.of("COMPLAINT_REGISTRATION.urge/entry-0 → role:GM_OFFICE"), steps(due));
      assertEquals(0L, due.get(0).parameters().get("entry"));
    }

    @Test
    void a_case_not_in_progress_is_not_urged() {
      ComplaintCase c = open(atQa());
      assertEquals(List.of(), watch.urgesDue(closed(c, sh("2026-11-03T09:00")),
          sh("2026-11-20T10:00")));
    }

    @Test
    void a_step_without_a_department_goes_to_the_gm_office() {
      ComplaintReminderSettings settings = new ComplaintReminderSettings(Map.of(), List.of(),
          Duration.ofDays(1), 1, 1);
      ComplaintCase c = withReport(open(atQa()), "2026-11-02T15:00");
      assertEquals(List.of("QA_ANALYSIS.urge/entry-1 → role:GM_OFFICE"),
          steps(new ComplaintReminderWatch(POLICY, settings)
              .urgesDue(c, sh("2026-11-06T10:00"))));
    }

    @Test
    void a_policy_without_a_budget_for_the_open_step_or_the_closure_is_refused() {
      ComplaintCase c = withReport(open(atQa()), "2026-11-02T15:00");
      ComplaintReminderWatch noQa = new ComplaintReminderWatch(
          new Policy(Map.of(Milestone.QA_ANALYSIS, Budget.workingDays(0))),
          ComplaintReminderSettings.seed());
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> noQa.urgesDue(c, sh("2026-11-03T10:00")));
      assertEquals("policy", e.violations().get(0).path());
      ComplaintReminderWatch noClosure = new ComplaintReminderWatch(
          new Policy(Map.of(Milestone.COMPLAINT_CLOSURE, Budget.workingDays(0))),
          ComplaintReminderSettings.seed());
      assertThrows(InvalidInputException.class,
          () -> noClosure.urgesDue(c, sh("2026-11-03T10:00")));
    }

    @Test
    void working_hours_and_calendar_day_budgets_count_as_the_clock_does() {
      // QA 7 working hours: the same instant as 1 working day, Tue 13:30. The closure 20
      // calendar days from Mon 2 Nov 09:00: Sun 22 Nov 09:00.
      ComplaintReminderWatch other = new ComplaintReminderWatch(new Policy(Map.of(
          Milestone.QA_ANALYSIS, Budget.workingHours(7),
          Milestone.COMPLAINT_CLOSURE, Budget.calendarDays(20))),
          ComplaintReminderSettings.seed().withLadder(List.of()));
      ComplaintCase c = withReport(open(atQa()), "2026-11-02T15:00");
      assertEquals(List.of(), other.urgesDue(c, sh("2026-11-03T13:30")));
      assertEquals(1, other.urgesDue(c, sh("2026-11-03T13:31")).size());
      List<ComplaintReminder> late = other.urgesDue(c, sh("2026-11-22T09:01"));
      assertEquals(List.of("QA_ANALYSIS.urge/entry-1 → role:QUALITY_ASSURANCE",
          "COMPLAINT_CLOSURE.urge/overall → role:GM_OFFICE"), steps(late));
      assertEquals(sh("2026-11-22T09:00"), late.get(1).parameters().get("due"));
      assertEquals(1, other.urgesDue(c, sh("2026-11-22T09:00")).size());
    }

    @Test
    void a_fractional_level_is_rounded_down_to_the_nanosecond() {
      // 1/3 of a 7 h day is 2 h 20 min exactly; due Tue 13:30 → level 1 at Tue 15:50.
      ComplaintReminderWatch thirds = new ComplaintReminderWatch(POLICY,
          ComplaintReminderSettings.seed().withLadder(List.of(new ComplaintReminderLevel(1,
              new BigDecimal("0.333333333333333333333"), RecipientRole.GM_OFFICE))));
      ComplaintCase c = withReport(open(atQa()), "2026-11-02T15:00");
      assertEquals(1, thirds.urgesDue(c, sh("2026-11-03T15:49:59.999")).size());
      assertEquals(2, thirds.urgesDue(c, sh("2026-11-03T15:50")).size());
    }
  }

  @Nested
  class NextChecks {

    /** The next check's instant, or "never". */
    String next(ComplaintCase c, String local) {
      ReminderCheck check = watch.nextCheck(c, sh(local));
      assertEquals(c.number(), check.number());
      assertEquals(c.version(), check.version());
      return check.next().map(Object::toString).orElse("never");
    }

    @Test
    void the_next_check_is_the_earliest_threshold_not_yet_passed_then_never() {
      // rule: CMP-19 — report filed: the QA step (due Tue 13:30, level 1 Tue 17:00, level 2 Wed
      // 13:30) and the overall limit (Wed 18 Nov 17:00, level 1 +3 h 30 = Thu 19 Nov 13:30,
      // level 2 +7 h = Thu 17:00).
      ComplaintCase c = withReport(open(atQa()), "2026-11-02T15:00");
      assertEquals(sh("2026-11-03T13:30").toString(), next(c, "2026-11-02T14:00"));
      assertEquals(sh("2026-11-03T13:30").toString(), next(c, "2026-11-03T13:30"),
          "at the due instant nothing fires yet: the threshold itself");
      assertEquals(sh("2026-11-03T17:00").toString(), next(c, "2026-11-03T14:00"));
      assertEquals(sh("2026-11-04T13:30").toString(), next(c, "2026-11-04T09:00"));
      assertEquals(sh("2026-11-18T17:00").toString(), next(c, "2026-11-04T14:00"));
      assertEquals(sh("2026-11-19T13:30").toString(), next(c, "2026-11-19T09:00"));
      assertEquals(sh("2026-11-19T17:00").toString(), next(c, "2026-11-19T14:00"));
      assertEquals("never", next(c, "2026-11-20T09:00"));
    }

    @Test
    void a_missing_report_and_an_open_step_count_as_thresholds_too() {
      // rule: CMP-19, CMP-04 — without the report, its due instant Wed 4 Nov 17:00 comes after
      // the QA ladder's top (Wed 13:30).
      assertEquals(sh("2026-11-04T17:00").toString(), next(open(atQa()), "2026-11-04T14:00"));
      // A completed step awaiting its hand-over is no threshold: the overall limit is next.
      ComplaintCase waiting = withReport(open(atQa().complete(sh("2026-11-02T15:00"))),
          "2026-11-02T15:00");
      assertEquals(sh("2026-11-18T17:00").toString(), next(waiting, "2026-11-02T16:00"));
    }

    @Test
    void a_case_no_longer_in_progress_is_never_checked_again() {
      // rule: CMP-19 — its inquiry comes from the closed cases of the lookback.
      ComplaintCase c = closed(withReport(open(atQa()), "2026-11-02T15:00"),
          sh("2026-11-05T10:00"));
      assertEquals("never", next(c, "2026-11-05T11:00"));
    }

    @Test
    void a_check_keeps_whole_microseconds_toward_the_past_and_is_due_strictly_after() {
      // rule: CMP-19
      ComplaintCase c = open(atQa());
      Instant t = sh("2026-11-03T13:30");
      ReminderCheck check = ReminderCheck.at(c.number(), c.version(), t.plusNanos(999));
      assertEquals(Optional.of(t), check.next());
      assertFalse(check.isDueAt(t));
      assertTrue(check.isDueAt(t.plusNanos(1)));
      ReminderCheck never = ReminderCheck.never(c.number(), c.version());
      assertEquals(Optional.empty(), never.next());
      assertFalse(never.isDueAt(Instant.MAX));
      assertEquals(never, ReminderCheck.at(c.number(), c.version(), Instant.MAX));
      assertThrows(NullPointerException.class, () -> ReminderCheck.at(c.number(), null, t));
    }
  }

  @Nested
  class Inquiries {

    @Test
    void a_case_closed_after_its_overall_due_gets_one_inquiry_naming_the_late_steps_once() {
      // Registration due Mon 13:30, done 15:00 (late); returned to from QA and done again late.
      Instant t = sh("2026-11-02T15:00");
      RoutingLedger ledger = accepted().complete(t).handOver(Milestone.QA_ANALYSIS, t)
          .returnTo(Milestone.COMPLAINT_REGISTRATION, sh("2026-11-02T16:00"), "missing data")
          .complete(sh("2026-11-03T16:00"));
      ComplaintCase c = closed(open(ledger), sh("2026-11-18T17:01"));
      ComplaintReminder inquiry = watch.inquiryDue(c).orElseThrow();
      assertEquals(NoticeKind.INQUIRY, inquiry.kind());
      assertEquals(Recipient.role(RecipientRole.GM_OFFICE), inquiry.recipient());
      assertEquals(new NoticeKey("complaint", c.sourceId(), RuleId.of("CMP-19"),
          "COMPLAINT_CLOSURE.inquiry", "closed"), inquiry.key());
      assertEquals(Map.of("closedAt", sh("2026-11-18T17:01"), "complaint", c.number().text(),
          "due", sh("2026-11-18T17:00"), "lateSteps", "COMPLAINT_REGISTRATION"),
          inquiry.parameters());
    }

    @Test
    void a_case_closed_at_its_due_instant_or_not_closed_gets_none() {
      assertEquals(Optional.empty(),
          watch.inquiryDue(closed(open(atQa()), sh("2026-11-18T17:00"))));
      assertEquals(Optional.empty(), watch.inquiryDue(open(atQa())));
    }
  }

  /** A notice log in memory with a call log; can refuse the next digest or hide records. */
  static class Log implements NoticeLog {
    final Map<NoticeKey, Notice> notices = new java.util.LinkedHashMap<>();
    final Set<NoticeKey> digested = new HashSet<>();
    final List<String> calls = new ArrayList<>();
    int refuseDigests;
    boolean blindRecordedAmong;

    @Override
    public boolean recordIfAbsent(Notice notice) {
      calls.add("recordIfAbsent");
      return notices.putIfAbsent(notice.key(), notice) == null;
    }

    @Override
    public Set<NoticeKey> recordedAmong(java.util.Collection<NoticeKey> keys) {
      calls.add("recordedAmong");
      Set<NoticeKey> out = new HashSet<>(keys);
      out.retainAll(blindRecordedAmong ? Set.of() : notices.keySet());
      return out;
    }

    @Override
    public Optional<Notice> find(NoticeKey key) {
      return Optional.ofNullable(notices.get(key));
    }

    @Override
    public List<Notice> awaitingDigest(int max) {
      calls.add("awaitingDigest");
      return notices.values().stream().filter(n -> n.delivery() == Delivery.IN_DIGEST)
          .filter(n -> !digested.contains(n.key())).limit(max).toList();
    }

    @Override
    public List<Notice> awaitingDigest(java.util.Set<NoticeKind> kinds, int max) {
      calls.add("awaitingDigest");
      return notices.values().stream().filter(n -> n.delivery() == Delivery.IN_DIGEST)
          .filter(n -> kinds.contains(n.kind()))
          .filter(n -> !digested.contains(n.key())).limit(max).toList();
    }

    @Override
    public boolean recordDigest(Notice digest, List<NoticeKey> listed) {
      calls.add("recordDigest");
      if (refuseDigests > 0) {
        refuseDigests--;
        return false;
      }
      if (notices.containsKey(digest.key())) {
        return false;
      }
      notices.put(digest.key(), digest);
      digested.addAll(listed);
      return true;
    }

    @Override
    public List<Notice> recordedBetween(NoticeKind kind, Instant from, Instant to, int max) {
      return List.of();
    }
  }

  @Nested
  class UseCase {

    final ComplaintRegistrationTest.FakeComplaints complaints =
        new ComplaintRegistrationTest.FakeComplaints();
    final Log log = new Log();

    ComplaintReminders reminders(int pageSize, String at) {
      return new ComplaintReminders(complaints, log, POLICY,
          ComplaintReminderSettings.seed().withPageSize(pageSize),
          Clock.fixed(sh(at), ZoneOffset.UTC));
    }

    void store(ComplaintCase c) {
      complaints.save(c, List.of());
    }

    @Test
    void a_run_reads_every_page_records_each_reminder_once_and_digests_per_recipient() {
      // Three cases at QA (due Tue 13:30), reports filed; at Wed 09:00 each has its urge and
      // level 1 (Tue 17:00): 6 notices, digests to QA and the GM office.
      for (int i = 0; i < 3; i++) {
        store(withReport(open(atQa()), "2026-11-02T15:00"));
      }
      ComplaintReminderReport report = reminders(2, "2026-11-04T09:00").run();
      // Pages of two: the first page's four reminders, then the second page's two; no closed
      // case, so no log call for them; two digests.
      assertEquals(List.of("recordedAmong", "recordIfAbsent", "recordIfAbsent", "recordIfAbsent",
          "recordIfAbsent", "recordedAmong", "recordIfAbsent", "recordIfAbsent", "awaitingDigest",
          "recordDigest", "recordDigest"), log.calls);
      assertEquals(sh("2026-11-04T09:00"), report.at());
      assertEquals(3, report.casesRead());
      assertEquals(0, report.closedCasesRead());
      assertEquals(0, report.alreadyRecorded());
      assertEquals(6, report.recorded().size());
      assertEquals(3L, report.urges());
      assertEquals(3L, report.escalations());
      assertEquals(0L, report.inquiries());
      assertTrue(report.recorded().stream().allMatch(n -> n.delivery() == Delivery.IN_DIGEST
          && n.occurredAt().equals(sh("2026-11-04T09:00"))));
      assertEquals(List.of("role:GM_OFFICE", "role:QUALITY_ASSURANCE"),
          report.digests().stream().map(d -> d.recipient().text()).toList());
      Notice qa = report.digests().get(1);
      assertEquals(ComplaintReminders.DIGEST_KIND, qa.kind());
      assertEquals(Delivery.IMMEDIATE, qa.delivery());
      assertEquals(3L, qa.parameters().get("count"));
      Notice first = report.recorded().get(0);
      assertEquals(first.key().text(), qa.parameters().get("notice-000000"));
      assertEquals(new NoticeKey("reminder-digest", "role:QUALITY_ASSURANCE",
          RuleId.of("CMP-19"), "digest", first.key().digest()), qa.key());

      log.calls.clear();
      ComplaintReminderReport again = reminders(2, "2026-11-04T09:30").run();
      // Keys the log has are not offered again.
      assertEquals(List.of("recordedAmong", "recordedAmong", "awaitingDigest"), log.calls);
      assertEquals(List.of(), again.recorded());
      assertEquals(6, again.alreadyRecorded());
      assertEquals(List.of(), again.digests());
    }

    @Test
    void a_run_with_nothing_due_only_looks_for_notices_awaiting_a_digest() {
      store(withReport(open(atQa()), "2026-11-02T15:00"));
      ComplaintReminderReport report = reminders(5, "2026-11-03T13:00").run();
      assertEquals(List.of("awaitingDigest"), log.calls);
      assertEquals(1, report.casesRead());
      assertEquals(List.of(), report.digests());
    }

    @Test
    void digests_refused_three_times_are_left_for_the_next_run() {
      store(withReport(open(atQa()), "2026-11-02T15:00"));
      log.refuseDigests = 5;
      ComplaintReminderReport report = reminders(5, "2026-11-03T14:00").run();
      assertEquals(3, log.calls.stream().filter("recordDigest"::equals).count());
      assertEquals(List.of(), report.digests());
      assertEquals(1, log.awaitingDigest(10).size());
    }

    @Test
    void a_reminder_another_node_records_first_counts_as_already_recorded() {
      store(withReport(open(atQa()), "2026-11-02T15:00"));
      log.blindRecordedAmong = true;
      reminders(5, "2026-11-03T14:00").run();
      ComplaintReminderReport raced = reminders(5, "2026-11-03T14:00").run();
      assertEquals(List.of(), raced.recorded());
      assertEquals(1, raced.alreadyRecorded());
    }

    @Test
    void closed_cases_in_the_lookback_are_audited_page_by_page() {
      store(closed(open(atQa()), sh("2026-11-19T09:00")));
      store(closed(open(atQa()), sh("2026-11-19T10:00")));
      // Closed at the run's own instant: outside [at - lookback, at), read by the next run.
      store(closed(open(atQa()), sh("2026-11-19T11:00")));
      ComplaintReminderReport report = reminders(1, "2026-11-19T11:00").run();
      assertEquals(2, report.closedCasesRead());
      assertEquals(2L, report.inquiries());
      assertEquals(0, report.casesRead());
      assertEquals(1, report.digests().size());
      assertEquals(2L, report.digests().get(0).parameters().get("count"));
      assertEquals(2, log.calls.stream().filter("recordedAmong"::equals).count());
    }

    @Test
    void other_notices_awaiting_a_digest_are_left_and_a_refused_digest_is_retried() {
      Notice other = new Notice(new NoticeKey("service-request", "SR-1", RuleId.of("SVC-08"),
          "ARRIVAL.breach", "x"), NoticeKind.BREACH, Recipient.role(RecipientRole.SUPERVISOR),
          Delivery.IN_DIGEST, sh("2026-11-03T09:00"), new java.util.TreeMap<>());
      log.recordIfAbsent(other);
      store(withReport(open(atQa()), "2026-11-02T15:00"));
      log.refuseDigests = 1;
      ComplaintReminderReport report = reminders(5, "2026-11-03T14:00").run();
      // The first digest was refused: the run read the awaiting notices again and listed them.
      assertEquals(2, log.calls.stream().filter("awaitingDigest"::equals).count());
      assertEquals(1, report.digests().size());
      assertEquals("role:QUALITY_ASSURANCE", report.digests().get(0).recipient().text());
      assertEquals(List.of(other), log.awaitingDigest(10));
    }
  }

  @Nested
  class Settings {

    @Test
    void the_seed_maps_each_step_to_its_department_and_climbs_to_the_general_manager() {
      ComplaintReminderSettings seed = ComplaintReminderSettings.seed();
      assertEquals(RecipientRole.GM_OFFICE, seed.departmentOf(Milestone.COMPLAINT_REGISTRATION));
      assertEquals(RecipientRole.QUALITY_ASSURANCE, seed.departmentOf(Milestone.QA_ANALYSIS));
      assertEquals(RecipientRole.MANUFACTURING,
          seed.departmentOf(Milestone.MANUFACTURING_COUNTERMEASURE));
      assertEquals(RecipientRole.RESEARCH_AND_DEVELOPMENT,
          seed.departmentOf(Milestone.RND_OPINION));
      assertEquals(RecipientRole.SALES, seed.departmentOf(Milestone.SALES_NEGOTIATION));
      assertEquals(RecipientRole.GM_OFFICE, seed.departmentOf(Milestone.GM_SYNTHESIS));
      assertEquals(List.of(
          new ComplaintReminderLevel(1, new BigDecimal("0.5"), RecipientRole.GM_OFFICE),
          new ComplaintReminderLevel(2, BigDecimal.ONE, RecipientRole.GENERAL_MANAGER)),
          seed.ladder());
      assertEquals(Duration.ofDays(31), seed.closedLookback());
      assertEquals(500, seed.pageSize());
      assertEquals(10_000, seed.digestBatch());
      ComplaintReminderSettings changed = seed.withPageSize(7)
          .withClosedLookback(Duration.ofDays(2)).withLadder(List.of());
      assertEquals(new ComplaintReminderSettings(seed.departments(), List.of(),
          Duration.ofDays(2), 7, 10_000), changed);
    }

    @Test
    void bad_settings_are_refused_with_their_paths() {
      ComplaintReminderSettings seed = ComplaintReminderSettings.seed();
      assertEquals("ladder[0]", path(() -> seed.withLadder(List.of(
          new ComplaintReminderLevel(2, BigDecimal.ONE, RecipientRole.GM_OFFICE)))));
      InvalidInputException skipped = assertThrows(InvalidInputException.class,
          () -> seed.withLadder(List.of(
              new ComplaintReminderLevel(1, BigDecimal.ONE, RecipientRole.GM_OFFICE),
              new ComplaintReminderLevel(3, BigDecimal.ONE, RecipientRole.GM_OFFICE))));
      assertTrue(skipped.getMessage().contains("must be level 2"), skipped.getMessage());
      assertEquals("ladder[1]", path(() -> seed.withLadder(List.of(
          new ComplaintReminderLevel(1, BigDecimal.ONE, RecipientRole.GM_OFFICE),
          new ComplaintReminderLevel(2, new BigDecimal("0.99"), RecipientRole.GM_OFFICE)))));
      seed.withLadder(List.of(
          new ComplaintReminderLevel(1, BigDecimal.ZERO, RecipientRole.GM_OFFICE),
          new ComplaintReminderLevel(2, BigDecimal.ZERO, RecipientRole.GM_OFFICE)));
      assertEquals("closedLookback", path(() -> seed.withClosedLookback(Duration.ZERO)));
      assertEquals("closedLookback", path(() -> seed.withClosedLookback(Duration.ofDays(-1))));
      seed.withClosedLookback(Duration.ofNanos(1));
      assertEquals("pageSize", path(() -> seed.withPageSize(0)));
      seed.withPageSize(1);
      assertEquals("digestBatch", path(() -> new ComplaintReminderSettings(Map.of(), List.of(),
          Duration.ofDays(1), 1, 0)));
      assertEquals("level", path(() -> new ComplaintReminderLevel(0, BigDecimal.ONE,
          RecipientRole.GM_OFFICE)));
      assertEquals("workingDaysOverdue", path(() -> new ComplaintReminderLevel(1,
          new BigDecimal("-0.01"), RecipientRole.GM_OFFICE)));
    }

    private String path(Runnable r) {
      return assertThrows(InvalidInputException.class, r::run).violations().get(0).path();
    }
  }
}
