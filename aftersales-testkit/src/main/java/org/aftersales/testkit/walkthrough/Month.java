package org.aftersales.testkit.walkthrough;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintDecisions;
import org.aftersales.core.complaint.ComplaintHandling;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.ComplaintPenalties;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminders;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.FileInvestigationReport;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.PostComplaintPenalty;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.ObligationFulfilment;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.obligation.ContractObligations;
import org.aftersales.core.obligation.ObligationReminders;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PenaltySettlement;
import org.aftersales.core.penalty.PenaltySettlementReport;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.InspectRepair;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.OpenRepairCard;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.RecordRepair;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ReturnItem;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceLevelSweep;
import org.aftersales.core.service.ServiceLevelSweepSettings;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestCompletion;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestWorkshop;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.service.TakeItemToWorkshop;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.complaint.AmountSeverityAuthority;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.aftersales.testkit.complaint.InMemoryComplaints;
import org.aftersales.testkit.contract.ContractFixtures;
import org.aftersales.testkit.contract.InMemoryContracts;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.numbering.InMemoryNumberSequences;
import org.aftersales.testkit.penalty.InMemoryPenaltyAccounts;
import org.aftersales.testkit.service.InMemoryEntitlements;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;

/**
 * The simulated month, on one in-memory database and one fixed clock. Service calls (SVC-03…
 * SVC-11): four calls registered against the seed's dispatch levels (SVC-11: on site within 6
 * working hours in the city, 7 in the suburbs) on a Shanghai office calendar with one holiday and
 * one make-up working day (调休), one call late and escalated, one workshop repair. Complaints
 * (CMP-01, CMP-05, CMP-19): four cases numbered 年月流水 from 16 November to 1 December, one
 * urged for an overdue QA step, then decided with CNY 10 000 split by ratio and base points
 * (CMP-08, PEN-02, PEN-06) and settled at the month's end under the 50 % cap with the rest
 * carried over (PEN-04, PEN-08). Contracts (CON-01, CON-04, CON-05): a maintenance contract
 * ending 31 December gets its expiry notice on 30 November. The service-level sweep, the
 * complaint reminders and the obligation reminders run on every full hour, as a host's scheduler
 * would.
 */
final class Month {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Currency CNY = Currency.getInstance("CNY");
  /** The company's day off (a Friday) and the Sunday worked in its place with Friday's hours. */
  static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 20);
  static final LocalDate MAKE_UP_DAY = LocalDate.of(2026, 11, 22);

  /** One line of the call register. */
  record Call(ServiceRequest request, Optional<Instant> onSite, boolean breached,
      int escalations) {}

  /** One line of the complaint register: the case and the reminders recorded for it. */
  record Complaint(ComplaintCase complaint, List<Notice> reminders) {}

  /** One line of the penalty ledger: a person's base points (if in a group) and statement. */
  record Penalty(PersonId person, String unit, Optional<BasePoints> basePoints,
      MonthlyStatement statement) {}

  /**
   * What the month produced: the calls and the complaints in number order, the sweep's notices
   * by kind, the November penalty statements in person order, the contract notices in the order
   * recorded.
   */
  record Result(List<Call> calls, List<Complaint> complaints, long warnings, long breaches,
      long escalations, List<Penalty> penalties, List<Notice> contractNotices) {}

  /** The maintenance contract (维保合同) that ends with the year: its expiry notice is due. */
  static final ContractId CONTRACT = ContractId.of("CT-2026-017");

  /** The press group: three members whose base points (基本点数) split the group's share. */
  static final OrganizationUnit PRESS = OrganizationUnit.builder().id(UnitId.of("G-PRESS"))
      .level(UnitLevel.GROUP).kind(DepartmentKind.MANUFACTURING)
      .addMember(new Member(PersonId.of("E100"), BasePoints.parse("1.2")))
      .addMember(new Member(PersonId.of("E101"), BasePoints.parse("1")))
      .addMember(new Member(PersonId.of("E102"), BasePoints.parse("0.8")))
      .build();

  /** The QA department, whose inspector Q2001 carries a share personally. */
  static final UnitId QA = UnitId.of("D-QA");

  /** November's efficiency bonuses from payroll (CNY), the base of the 50 % cap (PEN-08). */
  static final Map<PersonId, Money> BONUSES = Map.of(PersonId.of("E100"), cny("3000.00"),
      PersonId.of("E101"), cny("5000.00"), PersonId.of("E102"), cny("2000.00"),
      PersonId.of("Q2001"), cny("6000.00"));

  private final InMemoryDatabase database = InMemoryDatabase.create();
  private final InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
  private final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
  private final TestClock clock = TestClock.at(sh(1, 0, 0), SHANGHAI);
  private final ServiceRequestRegistration registration;
  private final ServiceRequestDispatch dispatch;
  private final ServiceRequestCompletion completion;
  private final ServiceRequestWorkshop workshop;
  private final ServiceLevelSweep sweep;
  private final InMemoryComplaints complaints = InMemoryComplaints.over(database);
  private final ComplaintRegistration complaintRegistration;
  private final ComplaintHandling complaintHandling;
  private final ComplaintReminders reminders;
  private final InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.over(database);
  private final ComplaintDecisions decisions;
  private final ComplaintPenalties penalties;
  private final PenaltySettlement settlement;
  private final InMemoryContracts contracts = InMemoryContracts.over(database);
  private final ContractObligations obligations;
  private final ObligationReminders obligationReminders;
  private Instant lastSweep = sh(1, 0, 0);

  Month() {
    WorkingCalendar calendar = WorkingCalendar.builder(SHANGHAI)
        .weekly(WeeklySchedule.builder().from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY,
            WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:30-18:00")).build())
        .holiday(HOLIDAY, "Company day")
        .makeUpDay(MAKE_UP_DAY, "Company day (make-up)", DayOfWeek.FRIDAY)
        .build();
    registration = new ServiceRequestRegistration(requests, InMemoryEntitlements.create(),
        ServiceLevels.seed(SeedServiceLevels.DISPATCH, calendar).build(),
        TestValidators.commandValidator(), clock);
    dispatch = new ServiceRequestDispatch(requests, TestValidators.commandValidator(), clock);
    completion = new ServiceRequestCompletion(requests, OnSiteCollection.seed(), SHANGHAI,
        TestValidators.commandValidator(), clock);
    workshop = new ServiceRequestWorkshop(requests, OnSiteCollection.seed(), SHANGHAI,
        TestValidators.commandValidator(), clock);
    sweep = new ServiceLevelSweep(requests, log, ServiceLevelSweepSettings.seed(), clock);
    complaintRegistration = new ComplaintRegistration(complaints,
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), InMemoryNumberSequences.create()),
        ComplaintProcedure.seed().withRoute(SeedServiceLevels.COMPLAINT_STEPS),
        TestValidators.commandValidator(), clock);
    complaintHandling = new ComplaintHandling(complaints, TestValidators.commandValidator(),
        clock);
    decisions = new ComplaintDecisions(complaints, AmountSeverityAuthority.seed(CNY),
        TestValidators.commandValidator(), clock);
    penalties = new ComplaintPenalties(complaints, LargestRemainderAllocation.seed(),
        new PenaltyPosting(accounts, TestValidators.commandValidator(), clock),
        TestValidators.commandValidator(), SHANGHAI);
    settlement = new PenaltySettlement(accounts, CappedDeduction.seed(), clock);
    obligations = ContractFixtures.seedCommands(contracts, clock);
    obligationReminders = new ObligationReminders(contracts, log,
        ContractFixtures.seedSchedule(), ContractFixtures.seedSettings(), calendar, clock);
    reminders = new ComplaintReminders(complaints, log,
        ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE, calendar).build(),
        ComplaintReminderSettings.seed(), clock);
  }

  /** An instant of November 2026 in Shanghai. */
  static Instant sh(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  /** Runs the month and reads back what it stored. */
  Result run() {
    advanceTo(sh(2, 8, 0));
    obligations.register(ContractFixtures.maintenanceContract().id(CONTRACT)
        .covering(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)).build());
    onSiteJob("SR-2611-001", "Suzhou Motors", ServiceZone.CITY, sh(2, 9, 0), "tech-wang",
        sh(2, 9, 20), sh(2, 13, 45));
    // Due 7 working hours later, 17:30; the technician gets there the next morning.
    onSiteJob("SR-2611-002", "Kunshan Tooling", ServiceZone.SUBURB, sh(10, 9, 0), "tech-li",
        sh(10, 9, 40), sh(11, 10, 0));
    complaintWithAnUrge();
    // Thursday 16:00: 2 h that day, none on the holiday or Saturday, 4 h on the make-up Sunday.
    onSiteJob("SR-2611-003", "Wuxi Plastics", ServiceZone.CITY, sh(19, 16, 0), "tech-zhang",
        sh(19, 16, 30), sh(22, 11, 0));
    workshopJob();
    complaintsAcrossTheMonthEnd();
    // The month-end settlement (月结) on the first morning of December.
    advanceTo(ZonedDateTime.of(2026, 12, 1, 11, 0, 0, 0, SHANGHAI).toInstant());
    PenaltySettlementReport november = settlement.settle(YearMonth.of(2026, 11), BONUSES);
    advanceTo(Instant.parse("2026-12-01T04:00:00Z")); // 1 December 12:00 in Shanghai
    List<Call> calls = new ArrayList<>();
    for (ServiceRequest r : requests.all().stream()
        .sorted(Comparator.comparing(r -> r.id().value())).toList()) {
      List<Notice> mine = log.all().stream()
          .filter(n -> n.key().sourceId().equals(r.id().value())).toList();
      calls.add(new Call(r, onSite(r),
          mine.stream().anyMatch(n -> n.kind() == NoticeKind.BREACH),
          (int) mine.stream().filter(n -> n.kind() == NoticeKind.ESCALATION).count()));
    }
    List<Complaint> cases = new ArrayList<>();
    for (ComplaintCase c : complaints.all().stream()
        .sorted(Comparator.comparing(c -> c.number().text())).toList()) {
      cases.add(new Complaint(c, log.all().stream()
          .filter(n -> ComplaintReminders.REMINDER_KINDS.contains(n.kind())
              && n.key().sourceId().equals(c.sourceId()))
          .toList()));
    }
    List<Penalty> ledger = new ArrayList<>();
    for (MonthlyStatement st : november.statements().stream()
        .sorted(Comparator.comparing(st -> st.person().value())).toList()) {
      Optional<BasePoints> points = PRESS.members().stream()
          .filter(m -> m.person().equals(st.person())).map(Member::basePoints).findFirst();
      ledger.add(new Penalty(st.person(), points.isPresent() ? PRESS.id().value() : QA.value(),
          points, st));
    }
    return new Result(calls, cases, count(NoticeKind.PRE_BREACH_WARNING),
        count(NoticeKind.BREACH), count(NoticeKind.ESCALATION), ledger,
        log.all().stream().filter(n -> n.key().sourceKind().equals("contract-obligation"))
            .toList());
  }

  private long count(NoticeKind kind) {
    return log.all().stream().filter(n -> n.kind() == kind).count();
  }

  // The model records no separate arrival: the first thing done on site is it (ServiceLevelWatch).
  private static Optional<Instant> onSite(ServiceRequest r) {
    return Stream.of(r.reportFiling().map(FileServiceReport::filedAt), r.voucherSignedAt(),
            r.workshopIntake().map(TakeItemToWorkshop::takenAt))
        .flatMap(Optional::stream).min(Comparator.naturalOrder());
  }

  /** Sweeps on every full hour up to {@code at}, then sets the clock to {@code at}. */
  private void advanceTo(Instant at) {
    if (at.isBefore(clock.instant())) {
      throw new IllegalStateException("the month runs forward: " + at + " is before "
          + clock.instant());
    }
    for (Instant t = lastSweep.plus(Duration.ofHours(1)); !t.isAfter(at);
        t = t.plus(Duration.ofHours(1))) {
      clock.set(t);
      sweep.sweep();
      reminders.run();
      obligationReminders.run();
      lastSweep = t;
    }
    clock.set(at);
  }

  private void onSiteJob(String id, String customer, ServiceZone zone, Instant received,
      String technician, Instant dispatched, Instant done) {
    ServiceRequestId sr = ServiceRequestId.of(id);
    advanceTo(received);
    registration.register(new RegisterServiceRequest(RequestId.of("reg-" + id), sr, received,
        customer, "1 Xinghu St", "0512-6288 0000", "CNC-450", "SN-" + id, zone,
        ServiceChannel.HOTLINE, "Spindle overheats"));
    advanceTo(dispatched);
    dispatch.assign(new AssignTechnician(RequestId.of("dis-" + id), sr, PersonId.of(technician),
        PersonId.of("sup-zhao"), dispatched));
    // A paid job (no warranty on file): the sales centre quotes before the work (SVC-15).
    Instant quoted = dispatched.plus(Duration.ofMinutes(10));
    advanceTo(quoted);
    completion.quote(new QuoteRepair(RequestId.of("quo-" + id), sr, cny("260.00"),
        cny("40.00"), PersonId.of("sales-sun"), quoted));
    advanceTo(done);
    completion.fileReport(new FileServiceReport(RequestId.of("rep-" + id), sr,
        PersonId.of(technician), new ServiceReport("worn spindle bearing", "bearing replaced",
            List.of(new ReplacedPart("BRG-6205", 1, cny("260.00"))), 90, cny("40.00"),
            "satisfied"), done));
    completion.signVoucher(new SignVoucher(RequestId.of("sig-" + id), sr, customer, done));
    completion.close(new CloseServiceRequest(RequestId.of("clo-" + id), sr,
        PersonId.of("clerk-liu"), done));
  }

  /** A paid repair through the workshop (SVC-05…SVC-07), from a call on Monday 23 November. */
  private void workshopJob() {
    ServiceRequestId sr = ServiceRequestId.of("SR-2611-004");
    Money motor = cny("880.00");
    advanceTo(sh(23, 9, 0));
    registration.register(new RegisterServiceRequest(RequestId.of("reg-4"), sr, sh(23, 9, 0),
        "Changzhou Pumps", "8 Tongjiang Rd", "0519-8111 0000", "PUMP-200", "SN-P200-17",
        ServiceZone.CITY, ServiceChannel.HOTLINE, "Motor does not start"));
    advanceTo(sh(23, 9, 30));
    dispatch.assign(new AssignTechnician(RequestId.of("dis-4"), sr, PersonId.of("tech-wang"),
        PersonId.of("sup-zhao"), sh(23, 9, 30)));
    advanceTo(sh(23, 14, 0));
    workshop.takeIn(new TakeItemToWorkshop(RequestId.of("in-4"), sr, "RC-0042", "Ms Zhou",
        sh(23, 14, 0)));
    advanceTo(sh(23, 15, 0));
    completion.quote(new QuoteRepair(RequestId.of("quo-4"), sr, motor, cny("40.00"),
        PersonId.of("sales-sun"), sh(23, 15, 0)));
    advanceTo(sh(23, 16, 0));
    workshop.openRepairCard(new OpenRepairCard(RequestId.of("card-4"), sr, "CARD-7",
        PersonId.of("tech-wang"), sh(25, 18, 0), sh(23, 16, 0)));
    advanceTo(sh(24, 11, 0));
    workshop.recordRepair(new RecordRepair(RequestId.of("fix-4"), sr, 150,
        List.of(new ReplacedPart("MOTOR-3", 1, motor)), sh(24, 11, 0)));
    advanceTo(sh(24, 14, 0));
    workshop.inspect(new InspectRepair(RequestId.of("chk-4"), sr, PersonId.of("sup-zhao"),
        sh(24, 14, 0)));
    advanceTo(sh(24, 14, 30));
    completion.fileReport(new FileServiceReport(RequestId.of("rep-4"), sr,
        PersonId.of("tech-wang"), new ServiceReport("motor burnt out", "motor replaced",
            List.of(new ReplacedPart("MOTOR-3", 1, motor)), 150, cny("40.00"), "satisfied"),
        sh(24, 14, 30)));
    advanceTo(sh(25, 10, 0));
    workshop.returnItem(new ReturnItem(RequestId.of("ret-4"), sr, "RC-0042", "Ms Zhou",
        PersonId.of("clerk-liu"), sh(25, 10, 0)));
  }

  /**
   * A complaint routed with one urge (CMP-05, CMP-19): accepted Monday 16 November 10:00; the
   * registration step (½ working day, due 15:15) done at 14:00 and handed to QA, whose working
   * day runs to Tuesday 14:00; QA finishes at 15:30, after the 15:00 run urged it and before the
   * first escalation (+ ½ day, 17:45). The investigation report (3 working days) is filed with it;
   * the overall limit (13 working days) falls in December, after the month.
   */
  private void complaintWithAnUrge() {
    ComplaintCase first = complaint("cmp-1", sh(16, 10, 0), "Nanjing Circuits",
        "Solder mask peeling on batch 4411");
    step(first, Milestone.COMPLAINT_REGISTRATION, sh(16, 14, 0));
    complaintHandling.handOver(new HandOverComplaint(RequestId.of("cmp-1-qa"), first.number(),
        Milestone.QA_ANALYSIS, sh(16, 14, 0)));
    advanceTo(sh(17, 15, 30));
    complaintHandling.fileInvestigationReport(new FileInvestigationReport(
        RequestId.of("cmp-1-report"), first.number(), sh(17, 15, 30), PersonId.of("qa-chen"),
        "Cause: curing oven at 140 °C"));
    step(first, Milestone.QA_ANALYSIS, sh(17, 15, 30));
    // The rest of the route on Wednesday, half an hour a step, all in time.
    Instant t = sh(18, 9, 0);
    for (Milestone next : List.of(Milestone.MANUFACTURING_COUNTERMEASURE,
        Milestone.RND_OPINION, Milestone.SALES_NEGOTIATION, Milestone.GM_SYNTHESIS)) {
      advanceTo(t);
      complaintHandling.handOver(new HandOverComplaint(
          RequestId.of("cmp-1-" + next.code()), first.number(), next, t));
      t = t.plus(Duration.ofMinutes(30));
      step(first, next, t);
    }
    // Thursday 10:00 the general manager decides CNY 10 000 (above the sales manager's 5 000,
    // CMP-07): 0.6 on the press group, 0.4 on the inspector Q2001 personally (CMP-08).
    advanceTo(sh(19, 10, 0));
    decisions.decide(new DecideComplaint(RequestId.of("cmp-1-decision"), first.number(),
        sh(19, 10, 0), PersonId.of("gm-wu"), ApprovalLevel.GENERAL_MANAGER, cny("10000.00"),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)),
        Responsibility.ours(FaultCause.MANUFACTURING, "Re-calibrate the curing oven", true,
            ResponsibilityLine.of(PRESS.id(), new BigDecimal("0.6")),
            ResponsibilityLine.of(QA, PersonId.of("Q2001"), new BigDecimal("0.4"))),
        List.of(), OverAcceptanceRatio.seed()));
    penalties.post(new PostComplaintPenalty(first.number(), List.of(PRESS)));
  }

  /**
   * Complaints numbered 年月流水 by their acceptance date in Shanghai (CMP-01) across the month
   * end: the second and third cases of November (27th and 30th), then the first of December.
   */
  private void complaintsAcrossTheMonthEnd() {
    ComplaintCase second = complaint("cmp-2", sh(27, 15, 0), "Hangzhou Relays",
        "Relay coils open after 200 h");
    step(second, Milestone.COMPLAINT_REGISTRATION, sh(27, 16, 0));
    expiryNoticeSent();
    ComplaintCase third = complaint("cmp-3", sh(30, 16, 0), "Ningbo Sensors",
        "Connector pins bent on delivery");
    step(third, Milestone.COMPLAINT_REGISTRATION, sh(30, 17, 0));
    Instant december = ZonedDateTime.of(2026, 12, 1, 9, 30, 0, 0, SHANGHAI).toInstant();
    ComplaintCase fourth = complaint("cmp-4", december, "Nanjing Circuits",
        "Wrong revision label on 40 boards");
    step(fourth, Milestone.COMPLAINT_REGISTRATION, december.plus(Duration.ofMinutes(30)));
  }

  /**
   * CON-01: the expiry notice of the contract ending 31 December is due one month before its last
   * day, Monday 30 November, issued to the service centre at the day's opening (09:00); the
   * centre writes to the customer at 10:00, records the obligation fulfilled and the renewal's
   * follow-up is assigned, so it is not reminded as overdue. The month's inspection, optimisation report and revisit are left open:
   * the reminders call them due on the 23rd and overdue on 1 December.
   */
  private void expiryNoticeSent() {
    advanceTo(sh(30, 10, 0));
    String obligation = log.all().stream()
        .filter(n -> n.kind() == NoticeKind.CONTRACT_EXPIRY)
        .map(n -> String.valueOf(n.parameters().get("obligation"))).findFirst()
        .orElseThrow(() -> new IllegalStateException("no expiry notice by 30 November 10:00"));
    obligations.fulfil(CONTRACT, obligation, ObligationFulfilment.of(PersonId.of("svc-centre"),
        sh(30, 10, 0), "LETTER-2611-30"));
    // CON-01: the renewal is followed up by the salesperson the service manager names; with the
    // notice sent and the follow-up assigned the obligation is settled.
    obligations.assignFollowUp(CONTRACT, obligation, PersonId.of("sales-sun"),
        PersonId.of("mgr-qian"));
  }

  private ComplaintCase complaint(String id, Instant at, String customer, String description) {
    advanceTo(at);
    return complaintRegistration.register(new RegisterComplaint(RequestId.of(id), at,
        ComplaintFixtures.anIntake(customer, description)));
  }

  private void step(ComplaintCase c, Milestone step, Instant at) {
    advanceTo(at);
    complaintHandling.completeStep(new CompleteComplaintStep(
        RequestId.of(c.number().text() + "-" + step.code()), c.number(), step, at));
  }

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }
}
