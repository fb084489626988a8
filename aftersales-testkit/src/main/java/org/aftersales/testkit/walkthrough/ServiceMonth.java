package org.aftersales.testkit.walkthrough;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.core.shared.Money;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.organization.PersonId;
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
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.service.InMemoryEntitlements;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;

/**
 * The service calls of the month (SVC-03…SVC-11): four calls registered against the seed's
 * dispatch levels (SVC-11: on site within 6 working hours in the city, 7 in the suburbs) on a
 * Shanghai office calendar with one holiday and one make-up working day (调休), the service-level
 * sweep run every hour of the month, one call late and escalated, one workshop repair.
 */
final class ServiceMonth {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Currency CNY = Currency.getInstance("CNY");
  /** The company's day off (a Friday) and the Sunday worked in its place with Friday's hours. */
  static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 20);
  static final LocalDate MAKE_UP_DAY = LocalDate.of(2026, 11, 22);

  /** One line of the call register. */
  record Call(ServiceRequest request, Optional<Instant> onSite, boolean breached,
      int escalations) {}

  /** What the month produced: the calls in number order and the sweep's notices by kind. */
  record Result(List<Call> calls, long warnings, long breaches, long escalations) {}

  private final InMemoryDatabase database = InMemoryDatabase.create();
  private final InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
  private final InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
  private final TestClock clock = TestClock.at(sh(1, 0, 0), SHANGHAI);
  private final ServiceRequestRegistration registration;
  private final ServiceRequestDispatch dispatch;
  private final ServiceRequestCompletion completion;
  private final ServiceRequestWorkshop workshop;
  private final ServiceLevelSweep sweep;
  private Instant lastSweep = sh(1, 0, 0);

  ServiceMonth() {
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
  }

  /** An instant of November 2026 in Shanghai. */
  static Instant sh(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  /** Runs the month and reads back what it stored. */
  Result run() {
    onSiteJob("SR-2611-001", "Suzhou Motors", ServiceZone.CITY, sh(2, 9, 0), "tech-wang",
        sh(2, 9, 20), sh(2, 13, 45));
    // Due 7 working hours later, 17:30; the technician gets there the next morning.
    onSiteJob("SR-2611-003", "Kunshan Tooling", ServiceZone.SUBURB, sh(10, 9, 0), "tech-li",
        sh(10, 9, 40), sh(11, 10, 0));
    // Thursday 16:00: 2 h that day, none on the holiday or Saturday, 4 h on the make-up Sunday.
    onSiteJob("SR-2611-002", "Wuxi Plastics", ServiceZone.CITY, sh(19, 16, 0), "tech-zhang",
        sh(19, 16, 30), sh(22, 11, 0));
    workshopJob();
    advanceTo(Instant.parse("2026-11-30T16:00:00Z")); // 1 Dec 00:00 in Shanghai
    List<Call> calls = new ArrayList<>();
    for (ServiceRequest r : requests.all().stream()
        .sorted(Comparator.comparing(r -> r.id().value())).toList()) {
      List<Notice> mine = log.all().stream()
          .filter(n -> n.key().sourceId().equals(r.id().value())).toList();
      calls.add(new Call(r, onSite(r),
          mine.stream().anyMatch(n -> n.kind() == NoticeKind.BREACH),
          (int) mine.stream().filter(n -> n.kind() == NoticeKind.ESCALATION).count()));
    }
    return new Result(calls, count(NoticeKind.PRE_BREACH_WARNING), count(NoticeKind.BREACH),
        count(NoticeKind.ESCALATION));
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
    for (Instant t = lastSweep.plus(Duration.ofHours(1)); !t.isAfter(at);
        t = t.plus(Duration.ofHours(1))) {
      clock.set(t);
      sweep.sweep();
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

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }
}
