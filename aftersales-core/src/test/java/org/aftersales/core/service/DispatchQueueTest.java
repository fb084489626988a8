package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dispatch queue of a working day and its carry-over (SVC-10), across a holiday (Thursday 1
 * and Friday 2 October 2026) and a make-up working day (Sunday 27 September 2026), office hours
 * 09:00–18:00 at UTC+8.
 */
@Tag("SVC-10")
class DispatchQueueTest {

  // rule: SVC-10
  static final ZoneOffset CST = ZoneOffset.ofHours(8);
  static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 10, 1),
      LocalDate.of(2026, 10, 2));
  static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.of(2026, 9, 27));

  /** 09:00–18:00 on weekdays that are not holidays, and on make-up days. */
  static final BusinessCalendar OFFICE = new BusinessCalendar() {
    @Override
    public ZoneId zone() {
      return CST;
    }

    boolean works(LocalDate d) {
      return MAKE_UP.contains(d) || d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()
          && !HOLIDAYS.contains(d);
    }

    @Override
    public boolean isWorkingTime(Instant instant) {
      LocalDateTime t = LocalDateTime.ofInstant(instant, CST);
      return works(t.toLocalDate()) && !t.toLocalTime().isBefore(LocalTime.of(9, 0))
          && t.toLocalTime().isBefore(LocalTime.of(18, 0));
    }

    @Override
    public Instant nextWorkingMoment(Instant instant) {
      if (isWorkingTime(instant)) {
        return instant;
      }
      LocalDateTime t = LocalDateTime.ofInstant(instant, CST);
      LocalDate d = t.toLocalTime().isBefore(LocalTime.of(9, 0)) ? t.toLocalDate()
          : t.toLocalDate().plusDays(1);
      while (!works(d)) {
        d = d.plusDays(1);
      }
      return d.atTime(9, 0).toInstant(CST);
    }

    @Override
    public Instant endOfWorkingDay(Instant instant) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant addWorkingTime(Instant start, Duration workingTime) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Duration workingDayLength() {
      return Duration.ofHours(9);
    }
  };

  static Instant cst(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).toInstant(CST);
  }

  static final ServiceRequest FRIDAY = SweepFixtures.registered("J1", cst(9, 25, 10, 0), null,
      cst(9, 25, 16, 0));
  static final ServiceRequest SATURDAY = SweepFixtures.registered("J2", cst(9, 26, 11, 0), null,
      cst(9, 27, 15, 0));
  static final ServiceRequest BEFORE_HOLIDAY = SweepFixtures.registered("J4", cst(9, 30, 10, 0),
      null, cst(9, 30, 16, 0));
  static final ServiceRequest AFTER_CLOSING = SweepFixtures.registered("J3", cst(9, 30, 20, 0),
      null, cst(10, 5, 15, 0));
  static final ServiceRequest MONDAY = SweepFixtures.registered("J6", cst(10, 5, 9, 30), null,
      cst(10, 5, 14, 0));
  static final ServiceRequest NO_PROMISE = SweepFixtures.registered("J7", cst(10, 5, 9, 0), null,
      null);
  static final ServiceRequest DISPATCHED = SweepFixtures.dispatched("J5", cst(9, 25, 9, 0), null,
      cst(9, 25, 15, 0), cst(9, 25, 9, 30));
  static final ServiceRequest CLOSED = SweepFixtures.closed("J8", cst(9, 25, 9, 0), null, null,
      cst(9, 25, 9, 30));

  static DispatchQueue queue(SweepFakes.Requests requests, SweepFakes.Log log) {
    return new DispatchQueue(requests, log, OFFICE, new SweepPaging(2));
  }

  static SweepFakes.Requests all() {
    return new SweepFakes.Requests(MONDAY, FRIDAY, AFTER_CLOSING, DISPATCHED, BEFORE_HOLIDAY,
        SATURDAY, NO_PROMISE, CLOSED);
  }

  private static List<String> ids(List<DispatchQueueEntry> entries) {
    return entries.stream().map(e -> e.request().id().value() + (e.carriedOver() ? "*" : ""))
        .toList();
  }

  @Test
  void on_the_make_up_sunday_fridays_job_is_carried_over_and_saturdays_call_is_the_days_own() {
    List<DispatchQueueEntry> sunday = queue(all(), new SweepFakes.Log())
        .forDay(LocalDate.of(2026, 9, 27));
    assertEquals(List.of("J1*", "J2"), ids(sunday));
    assertEquals(LocalDate.of(2026, 9, 25), sunday.get(0).workingDate());
    assertEquals(LocalDate.of(2026, 9, 27), sunday.get(1).workingDate());
  }

  @Test
  void after_the_holiday_carried_over_jobs_come_first_oldest_first_then_the_days_by_deadline() {
    // J3 was called after closing on Wednesday 30 September: its working day is Monday 5
    // October, after the holiday and the weekend, so it is Monday's own job, not a carried one.
    List<DispatchQueueEntry> monday = queue(all(), new SweepFakes.Log())
        .forDay(LocalDate.of(2026, 10, 5));
    assertEquals(List.of("J1*", "J2*", "J4*", "J6", "J3", "J7"), ids(monday));
    // On Wednesday 30 September itself J4 and J3 are the day's own jobs (J3 is not yet: its
    // working day is the 5th).
    assertEquals(List.of("J1*", "J2*", "J4"), ids(queue(all(), new SweepFakes.Log())
        .forDay(LocalDate.of(2026, 9, 30))));
  }

  @Test
  void a_holiday_or_a_weekend_has_no_queue() {
    for (LocalDate day : List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 3))) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> queue(all(), new SweepFakes.Log()).forDay(day));
      assertEquals("day", e.violations().get(0).path());
      assertThrows(InvalidInputException.class,
          () -> queue(all(), new SweepFakes.Log()).recordCarryOvers(day));
    }
    assertEquals(500, SweepPaging.defaults().pageSize());
    assertEquals("pageSize", assertThrows(InvalidInputException.class,
        () -> new SweepPaging(0))
        .violations().get(0).path());
  }

  @Test
  void each_carry_over_is_recorded_once_per_job_and_day_at_the_days_opening() {
    SweepFakes.Requests requests = all();
    SweepFakes.Log log = new SweepFakes.Log();
    List<Notice> monday = queue(requests, log).recordCarryOvers(LocalDate.of(2026, 10, 5));
    assertEquals(List.of("service-request/J1/SVC-10/carry-over/2026-10-05",
        "service-request/J2/SVC-10/carry-over/2026-10-05",
        "service-request/J4/SVC-10/carry-over/2026-10-05"),
        monday.stream().map(n -> n.key().text()).toList());
    Notice j1 = monday.get(0);
    assertEquals(NoticeKind.CARRIED_OVER, j1.kind());
    assertEquals(Recipient.role(RecipientRole.SUPERVISOR), j1.recipient());
    assertEquals(cst(10, 5, 9, 0), j1.occurredAt());
    assertEquals(LocalDate.of(2026, 9, 25), j1.parameters().get("from"));
    assertEquals(LocalDate.of(2026, 10, 5), j1.parameters().get("day"));
    assertEquals(cst(9, 25, 10, 0), j1.parameters().get("receivedAt"));
    assertEquals(List.of(), queue(requests, log).recordCarryOvers(LocalDate.of(2026, 10, 5)),
        "recording again records nothing");
    assertEquals(List.of("J1"), queue(requests, log).recordCarryOvers(LocalDate.of(2026, 9, 27))
        .stream().map(n -> n.key().sourceId()).toList(), "another day is another carry-over");
    assertEquals(4, log.recordedBetween(NoticeKind.CARRIED_OVER, cst(9, 1, 0, 0),
        cst(11, 1, 0, 0), 100).size(), "a report counts them");
  }

  @Test
  void a_day_with_nothing_carried_records_nothing_and_calls_no_log() {
    SweepFakes.Requests requests = new SweepFakes.Requests(MONDAY, DISPATCHED);
    SweepFakes.Log log = new SweepFakes.Log();
    assertEquals(List.of(), queue(requests, log).recordCarryOvers(LocalDate.of(2026, 10, 5)));
    assertTrue(log.calls.isEmpty());
    // Four open requests in pages of two: open, openAfter, openAfter (an empty last page).
    SweepFakes.Requests four = new SweepFakes.Requests(MONDAY, FRIDAY, SATURDAY, NO_PROMISE);
    queue(four, log).forDay(LocalDate.of(2026, 10, 5));
    assertEquals(List.of("open", "openAfter", "openAfter"), four.calls);
  }

  @Test
  void the_order_is_the_same_whatever_order_the_requests_come_in_and_ties_go_by_id() {
    ServiceRequest twinA = SweepFixtures.registered("J9a", cst(9, 25, 10, 0), null,
        cst(10, 5, 15, 0));
    ServiceRequest twinB = SweepFixtures.registered("J9b", cst(9, 25, 10, 0), null,
        cst(10, 5, 15, 0));
    ServiceRequest sameDueA = SweepFixtures.registered("K1", cst(10, 5, 9, 45), null,
        cst(10, 5, 14, 0));
    List<ServiceRequest> shuffled = List.of(NO_PROMISE, MONDAY, twinB, sameDueA, BEFORE_HOLIDAY,
        DISPATCHED, twinA, FRIDAY, AFTER_CLOSING, SATURDAY);
    // Carried: J1 and the twins were called at the same minute (by ID: J1 < J9a < J9b), then J2,
    // J4; the day's own: J6 and K1 due 14:00 (J6 called first), J3 due 15:00, J7 promised none.
    assertEquals(List.of("J1*", "J9a*", "J9b*", "J2*", "J4*", "J6", "K1", "J3", "J7"),
        ids(DispatchQueue.order(shuffled, LocalDate.of(2026, 10, 5), OFFICE)));
  }
}
