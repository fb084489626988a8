package org.aftersales.testkit.contract;

import static org.aftersales.testkit.contract.HandoverRemindersTest.OFFICE;
import static org.aftersales.testkit.contract.HandoverRemindersTest.SHANGHAI;
import static org.aftersales.testkit.contract.HandoverRemindersTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.HandoverDocument;
import org.aftersales.core.contract.HandoverItem;
import org.aftersales.core.contract.HandoverTerms;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.PropertySales;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.obligation.HandoverRegister;
import org.aftersales.core.obligation.HandoverReminders;
import org.aftersales.core.obligation.ObligationRunReport;
import org.aftersales.core.obligation.ProjectReminderSettings;
import org.aftersales.core.obligation.PropertyAfterSales;
import org.aftersales.core.obligation.PropertyReminders;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A project handover and a property sale through their commands and reminder runs under a fault
 * at every port call, with retries: the handover opened, documented, reminded of its join-by day
 * and, still missing documents, of being overdue, then completed; the sale registered, delivered
 * and accepted, reminded of an instalment, the move-in notice and the title documents. No
 * notice is lost or recorded twice, every stored handover and sale equals the fault-free run's,
 * in autocommit and in a host transaction; the relay delivers every notice at least once.
 * // rule: CON-03, CON-09 — tag: reliability
 */
class HandoverAndPropertyFaultTest
    extends FaultInjectionContract<HandoverAndPropertyFaultTest.World> {

  static final ProjectId PROJECT = ProjectId.of("XM-2027-03");
  static final ContractId SALE = ContractId.of("GF-2026-118");
  static final PersonId WANG = PersonId.of("wang");
  static final PersonId LI = PersonId.of("li");

  /** The use cases at their instants, wired to wrapped ports, and the stores to observe. */
  record World(HandoverRegister register, PropertyAfterSales afterSales,
      PropertyReminders december18, PropertyReminders january29, HandoverReminders february15,
      HandoverReminders march30, InMemoryProjectHandovers handovers, InMemoryPropertySales sales,
      InMemoryNoticeLog log) {}

  static HandoverItem item(HandoverDocument document) {
    return HandoverItem.of(document, WANG, sh("2027-02-20T10:00"), "DMS/" + document.name());
  }

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryProjectHandovers handovers = InMemoryProjectHandovers.over(database);
    InMemoryPropertySales sales = InMemoryPropertySales.over(database);
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    ProjectHandovers wrappedHandovers = faults.wrap(ProjectHandovers.class, handovers);
    PropertySales wrappedSales = faults.wrap(PropertySales.class, sales);
    NoticeLog wrappedLog = faults.wrap(NoticeLog.class, log);
    // Pages of one: every run also reads the (empty) page after its one handover or sale.
    ProjectReminderSettings pagesOfOne = ProjectReminderSettings.seed()
        .withPaging(Duration.ofDays(35), 1);
    return new World(
        new HandoverRegister(wrappedHandovers, at("2027-03-31T10:00")),
        new PropertyAfterSales(wrappedSales),
        new PropertyReminders(wrappedSales, wrappedLog, pagesOfOne, OFFICE,
            at("2026-12-18T10:00")),
        new PropertyReminders(wrappedSales, wrappedLog, pagesOfOne, OFFICE,
            at("2027-01-29T10:00")),
        new HandoverReminders(wrappedHandovers, wrappedLog, pagesOfOne, OFFICE,
            at("2027-02-15T10:00")),
        new HandoverReminders(wrappedHandovers, wrappedLog, pagesOfOne, OFFICE,
            at("2027-03-30T10:00")),
        handovers, sales, log);
  }

  private static TestClock at(String local) {
    return TestClock.at(sh(local), SHANGHAI);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("open the handover accepted 15 March 2027", w -> w.register().open(
            ProjectHandover.of(PROJECT, LocalDate.of(2027, 3, 15), SHANGHAI,
                HandoverTerms.seed()))),
        new Step<>("record the technical documents", w -> w.register().recordDocument(PROJECT,
            item(HandoverDocument.TECHNICAL_DOCUMENTS))),
        new Step<>("register the sale (instalments 1 Dec 2026, 1 Mar 2027)",
            w -> w.afterSales().register(PropertySale.of(SALE, PropertyPaymentMethod.INSTALMENTS,
                List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)),
                PropertyAfterSalesTerms.seed()))),
        new Step<>("delivered 30 Nov 2026", w -> w.afterSales().delivered(SALE,
            LocalDate.of(2026, 11, 30))),
        new Step<>("completion accepted 18 Dec 2026", w -> w.afterSales().completionAccepted(SALE,
            LocalDate.of(2026, 12, 18))),
        new Step<>("property run 18 Dec 2026 (instalment, move-in)",
            w -> w.december18().run()),
        new Step<>("property run 29 Jan 2027 (title documents)", w -> w.january29().run()),
        new Step<>("handover run 15 Feb 2027 (join notice)", w -> w.february15().run()),
        new Step<>("record the external boundary", w -> w.register().recordDocument(PROJECT,
            item(HandoverDocument.EXTERNAL_BOUNDARY))),
        new Step<>("handover run 30 Mar 2027 (overdue, two documents missing)",
            w -> w.march30().run()),
        new Step<>("record the open issues", w -> w.register().recordDocument(PROJECT,
            item(HandoverDocument.OPEN_ISSUES_AND_SCHEDULE))),
        new Step<>("record the internal boundary", w -> w.register().recordDocument(PROJECT,
            item(HandoverDocument.INTERNAL_BOUNDARY))),
        new Step<>("complete 31 Mar 2027", w -> w.register().complete(PROJECT, LI)));
  }

  @Override
  protected Object observeResult(World world, Object result) {
    // What a run records depends on what a failed attempt recorded before it; the log after
    // the run does not.
    return result instanceof ObligationRunReport ? sorted(world.log().all()) : result;
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(world.handovers().all(), world.sales().all(), sorted(world.log().all()),
        delivered.stream().sorted(Comparator.comparing(e -> e.eventId().value())).toList());
  }

  private static List<Notice> sorted(List<Notice> notices) {
    return notices.stream().sorted(Comparator.comparing(Notice::key)).toList();
  }

  @Test
  void the_fault_free_scenario_records_the_five_notices_worked_out_by_hand() {
    // rule: CON-03, CON-09 — property: instalment due 1 December reminded 24 November (caught up
    // by the 18 December run, whose lookback reaches 13 November), move-in 18 December, title
    // documents 28 February 2027 reminded 29 January; handover: join by 15 February, due by Mon
    // 29 March (its own working day), overdue 29 + 1 = 30 March with OPEN_ISSUES_AND_SCHEDULE
    // and INTERNAL_BOUNDARY missing.
    InMemoryDatabase database = InMemoryDatabase.create();
    World world = newWorld(database, FaultInjector.over(database));
    for (Step<World> step : scenario()) {
      step.action().apply(world);
    }
    List<String> notices = world.log().all().stream()
        .map(n -> n.occurredAt() + " " + n.kind().code() + " " + n.key().step() + " "
            + n.key().occurrence()).toList();
    assertEquals(List.of(
        sh("2026-12-18T10:00") + " PROPERTY_REMINDER payment.role:MARKETING 1@2026-12-01",
        sh("2026-12-18T10:00") + " PROPERTY_REMINDER move-in.role:MARKETING 1@2026-12-18",
        sh("2027-01-29T10:00") + " PROPERTY_REMINDER title.role:MARKETING 1@2027-02-28",
        sh("2027-02-15T10:00") + " HANDOVER_JOIN join.role:AFTER_SALES_LEAD 2027-02-15",
        sh("2027-03-30T10:00") + " HANDOVER_OVERDUE overdue.role:AFTER_SALES_LEAD 2027-03-29"),
        notices);
    assertEquals("OPEN_ISSUES_AND_SCHEDULE,INTERNAL_BOUNDARY",
        world.log().all().get(4).parameters().get("missing"));
    ProjectHandover done = world.handovers().find(PROJECT).orElseThrow();
    assertEquals(List.of(Instant.parse("2027-03-31T02:00:00Z")),
        done.completedAt().stream().toList());
  }

  @Test
  void the_port_calls_of_the_commands_and_runs_are_the_documented_ones_in_order() {
    // rule: CON-03, CON-09 — a command reads, then saves; a run in pages of one reads its page,
    // asks the log which notices it has, records each new one, then reads the next (empty) page.
    InMemoryDatabase database = InMemoryDatabase.create();
    FaultInjector faults = FaultInjector.over(database);
    World world = newWorld(database, faults);
    List<Step<World>> steps = scenario();
    steps.get(0).action().apply(world);
    steps.get(2).action().apply(world);
    steps.get(4).action().apply(world);
    assertEquals(List.of("ProjectHandovers.find", "ProjectHandovers.save",
        "PropertySales.find", "PropertySales.save", "PropertySales.find", "PropertySales.save"),
        faults.calls());
    int before = faults.calls().size();
    world.december18().run();
    assertEquals(List.of("PropertySales.dueBetween", "NoticeLog.recordedAmong",
        "NoticeLog.recordAllIfAbsent", "PropertySales.dueBetweenAfter"),
        faults.calls().subList(before, faults.calls().size()));
    before = faults.calls().size();
    world.february15().run();
    assertEquals(List.of("ProjectHandovers.dueBetween", "NoticeLog.recordedAmong",
        "NoticeLog.recordAllIfAbsent", "ProjectHandovers.dueBetweenAfter"),
        faults.calls().subList(before, faults.calls().size()));
  }
}
