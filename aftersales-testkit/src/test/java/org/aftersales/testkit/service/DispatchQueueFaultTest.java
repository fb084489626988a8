package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.NoticeLog;
import org.aftersales.core.service.DispatchQueue;
import org.aftersales.core.service.DispatchQueueEntry;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.service.SweepPaging;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.junit.jupiter.api.Test;

/**
 * The carry-over (SVC-10) on the seed's Shanghai office calendar with the National Day holidays
 * of 1–7 October 2026 and the make-up working Saturday of 10 October: recording the carry-overs
 * of two days under a fault at every port call, with retries — each job carried once per day, in
 * autocommit and in a host transaction — and the queue's order on those days.
 * // rule: SVC-10 — tag: reliability
 */
class DispatchQueueFaultTest extends FaultInjectionContract<DispatchQueueFaultTest.World> {

  static final WorkingCalendar OFFICE = SeedPolicies.officeBuilder()
      .holidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), "National Day")
      .makeUpDay(LocalDate.of(2026, 10, 10), "National Day make-up", java.time.DayOfWeek.MONDAY)
      .build();

  /** The queue over wrapped ports, and the log to observe. */
  record World(DispatchQueue queue, InMemoryNoticeLog log) {}

  static Instant sh(int month, int day, int hour) {
    return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, SeedPolicies.SHANGHAI).toInstant();
  }

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.over(database);
    // Due instants only order the day's own jobs; "promised" sets received-at = due − 6 h.
    requests.save(ServiceLevelSweepFlowTest.promised(1, sh(9, 30, 16), false), List.of());
    requests.save(ServiceLevelSweepFlowTest.promised(2, sh(10, 1, 17), false), List.of());
    requests.save(ServiceLevelSweepFlowTest.promised(3, sh(10, 8, 16), false), List.of());
    requests.save(ServiceLevelSweepFlowTest.promised(4, sh(10, 8, 15), true), List.of());
    InMemoryNoticeLog log = InMemoryNoticeLog.over(database);
    return new World(new DispatchQueue(faults.wrap(ServiceRequests.class, requests),
        faults.wrap(NoticeLog.class, log), OFFICE, new SweepPaging(2)), log);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("carry over into Thursday 8 October",
            w -> w.queue().recordCarryOvers(LocalDate.of(2026, 10, 8))),
        new Step<>("carry over into Friday 9 October",
            w -> w.queue().recordCarryOvers(LocalDate.of(2026, 10, 9))),
        new Step<>("carry over into the make-up Saturday 10 October",
            w -> w.queue().recordCarryOvers(LocalDate.of(2026, 10, 10))));
  }

  @Override
  protected Object observeResult(World world, Object result) {
    return keys(world.log().all());
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(world.log().all().stream().sorted(Comparator.comparing(Notice::key)).toList(),
        delivered.stream().map(e -> e.eventId().value()).sorted().toList());
  }

  private static List<String> keys(List<Notice> notices) {
    return notices.stream().map(n -> n.key().text()).sorted().toList();
  }

  @Test
  void jobs_called_before_the_holiday_come_first_after_it_and_on_the_make_up_day() {
    InMemoryDatabase database = InMemoryDatabase.create();
    World w = newWorld(database, FaultInjector.over(database));
    // SR-1: called Wed 30 Sep 10:00, its own day. SR-2: called Thu 1 Oct 11:00, a holiday: its
    // working day is Thu 8 Oct. SR-3: called Thu 8 Oct 10:00. SR-4 is dispatched.
    assertEquals(List.of("SR-1*", "SR-2", "SR-3"), entries(w.queue()
        .forDay(LocalDate.of(2026, 10, 8))));
    assertEquals(List.of("SR-1*", "SR-2*", "SR-3*"), entries(w.queue()
        .forDay(LocalDate.of(2026, 10, 10))));
    w.queue().recordCarryOvers(LocalDate.of(2026, 10, 8));
    w.queue().recordCarryOvers(LocalDate.of(2026, 10, 10));
    List<Notice> saturday = w.log().recordedBetween(NoticeKind.CARRIED_OVER,
        sh(10, 10, 0), sh(10, 11, 0), 100);
    assertEquals(3, saturday.size());
    assertEquals(sh(10, 10, 9), saturday.get(0).occurredAt(), "the make-up day opens at 09:00");
  }

  private static List<String> entries(List<DispatchQueueEntry> entries) {
    return entries.stream().map(e -> e.request().id().value() + (e.carriedOver() ? "*" : ""))
        .toList();
  }
}
