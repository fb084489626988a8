package org.aftersales.rules.workreport;

import static org.aftersales.rules.workreport.RepairRecords.LI;
import static org.aftersales.rules.workreport.RepairRecords.SHANGHAI;
import static org.aftersales.rules.workreport.RepairRecords.WANG;
import static org.aftersales.rules.workreport.RepairRecords.repair;
import static org.aftersales.rules.workreport.RepairRecords.shanghai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.workreport.RepairRecord;
import org.aftersales.core.workreport.RepeatRepair;
import org.junit.jupiter.api.Test;

/**
 * Repeat repairs (SVC-17, P11 §三.6, §四.2.4): the same fault on the same unit repaired again within
 * 30 calendar days in Shanghai; a repeat through the technician's fault becomes a REPEAT_REPAIR
 * fine case for the first repair's technician. // rule: SVC-17, PEN-11
 */
class WindowRepeatRepairPolicyTest {

  final WindowRepeatRepairPolicy seed = WindowRepeatRepairPolicy.seed(SHANGHAI);

  static List<String> pairs(List<RepeatRepair> repeats) {
    return repeats.stream().map(r -> r.first().serviceRequestId().value() + ">"
        + r.repeat().serviceRequestId().value()).toList();
  }

  @Test
  void the_window_is_30_calendar_days_between_the_closing_dates_in_shanghai() {
    // rule: SVC-17 — closed 2 Oct 23:59 Shanghai; 1 Nov 00:00 is day 30 (a repeat), 2 Nov 00:00
    // is day 31 (a new fault). The time of day does not matter, only the dates.
    RepairRecord first = repair("SR-1", "SN-1", "F-07", shanghai(10, 2, 23, 59), WANG, true);
    assertEquals(List.of("SR-1>SR-2"), pairs(seed.repeats(List.of(first,
        repair("SR-2", "SN-1", "F-07", shanghai(11, 1, 23, 59), LI, false)))));
    assertEquals(List.of(), pairs(seed.repeats(List.of(first,
        repair("SR-2", "SN-1", "F-07", shanghai(11, 2, 0, 0), LI, false)))));
    // 2 Oct 16:00 UTC is already 3 Oct in Shanghai: counted from 3 Oct, 2 Nov is day 30.
    RepairRecord utcLate = repair("SR-3", "SN-1", "F-07",
        java.time.Instant.parse("2026-10-02T16:00:00Z"), WANG, true);
    assertEquals(List.of("SR-3>SR-4"), pairs(seed.repeats(List.of(utcLate,
        repair("SR-4", "SN-1", "F-07", shanghai(11, 2, 23, 59), LI, false)))));
  }

  @Test
  void another_unit_or_another_fault_is_no_repeat() {
    // rule: SVC-17
    RepairRecord first = repair("SR-1", "SN-1", "F-07", shanghai(11, 2, 9, 0), WANG, true);
    assertEquals(List.of(), seed.repeats(List.of(first,
        repair("SR-2", "SN-2", "F-07", shanghai(11, 3, 9, 0), LI, false),
        repair("SR-3", "SN-1", "F-08", shanghai(11, 3, 9, 0), LI, false))));
  }

  @Test
  void a_repeat_through_the_technicians_fault_is_fined_to_the_first_repairs_technician() {
    // rule: SVC-17, PEN-11 — 因个人原因造成同一问题重复修理: wang's repair SR-1 failed through his
    // fault; li's SR-2 did not; three repairs are two repeats, one fined.
    List<RepairRecord> records = List.of(
        repair("SR-3", "SN-1", "F-07", shanghai(11, 20, 9, 0), WANG, false),
        repair("SR-1", "SN-1", "F-07", shanghai(11, 2, 9, 0), WANG, true),
        repair("SR-2", "SN-1", "F-07", shanghai(11, 10, 9, 0), LI, false));
    assertEquals(List.of("SR-1>SR-2", "SR-2>SR-3"), pairs(seed.repeats(records)));
    List<FineCase> fines = seed.fineCases(records);
    assertEquals(1, fines.size());
    assertEquals(FineKind.REPEAT_REPAIR, fines.get(0).kind());
    assertEquals(Optional.of(WANG), fines.get(0).responsible());
    assertEquals(shanghai(11, 10, 9, 0), fines.get(0).occurredAt());
  }

  @Test
  void repairs_closed_at_the_same_microsecond_are_ordered_by_service_request_id() {
    // rule: SVC-17
    RepairRecord b = repair("SR-B", "SN-1", "F-07", shanghai(11, 2, 9, 0), LI, false);
    RepairRecord a = repair("SR-A", "SN-1", "F-07", shanghai(11, 2, 9, 0), WANG, true);
    assertEquals(List.of("SR-A>SR-B"), pairs(seed.repeats(List.of(b, a))));
  }

  @Test
  void the_window_is_configurable_and_never_negative() {
    // rule: SVC-17 — a window of 0 days: the same date only.
    WindowRepeatRepairPolicy sameDay = WindowRepeatRepairPolicy.of(SHANGHAI, 0);
    RepairRecord first = repair("SR-1", "SN-1", "F-07", shanghai(11, 2, 0, 0), WANG, true);
    assertEquals(List.of("SR-1>SR-2"), pairs(sameDay.repeats(List.of(first,
        repair("SR-2", "SN-1", "F-07", shanghai(11, 2, 23, 59), LI, false)))));
    assertEquals(List.of(), sameDay.repeats(List.of(first,
        repair("SR-2", "SN-1", "F-07", shanghai(11, 3, 0, 0), LI, false))));
    assertEquals(30, seed.windowDays());
    assertEquals("WindowRepeatRepairPolicy[30 days, Asia/Shanghai]", seed.toString());
    assertThrows(InvalidInputException.class, () -> WindowRepeatRepairPolicy.of(SHANGHAI, -1));
  }

  @Test
  void a_pair_that_is_not_a_repeat_is_refused() {
    // rule: SVC-17
    RepairRecord first = repair("SR-1", "SN-1", "F-07", shanghai(11, 2, 9, 0), WANG, true);
    assertThrows(InvalidInputException.class, () -> new RepeatRepair(first,
        repair("SR-2", "SN-2", "F-07", shanghai(11, 3, 9, 0), LI, false)));
    assertThrows(InvalidInputException.class, () -> new RepeatRepair(first,
        repair("SR-2", "SN-1", "F-07", shanghai(11, 1, 9, 0), LI, false)));
    assertThrows(InvalidInputException.class, () -> new RepeatRepair(first, first));
    assertEquals(ServiceRequestId.of("SR-1"), new RepeatRepair(first,
        repair("SR-2", "SN-1", "F-07", shanghai(11, 2, 9, 0), LI, false)).first()
        .serviceRequestId());
  }
  @Test
  void the_day_edge_falls_between_two_microseconds_at_shanghai_midnight() {
    // rule: SVC-17 — first closed 2 Oct 10:00; 1 Nov 23:59:59.999999 is still day 30, the next
    // microsecond (2 Nov 00:00 Shanghai = 1 Nov 16:00 UTC) is day 31.
    RepairRecord first = repair("SR-1", "SN-1", "F-07", shanghai(10, 2, 10, 0), WANG, true);
    java.time.Instant midnight = shanghai(11, 2, 0, 0);
    assertEquals(List.of("SR-1>SR-2"), pairs(seed.repeats(List.of(first,
        repair("SR-2", "SN-1", "F-07", midnight.minusNanos(1000), LI, false)))));
    assertEquals(List.of(), seed.repeats(List.of(first,
        repair("SR-2", "SN-1", "F-07", midnight, LI, false))));
    assertEquals(java.time.Instant.parse("2026-11-01T16:00:00Z"), midnight);
  }
}
