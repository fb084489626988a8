package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.complaint.RoutingLedger;
import org.aftersales.core.complaint.StepFigures;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WeeklySchedule;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.rules.sla.WorkingHours;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The routing form against the rules module's seed complaint procedure
 * ({@code SeedServiceLevels.COMPLAINT_PROCEDURE}, {@code COMPLAINT_STEPS}) on the Shanghai office
 * calendar of the seed: Monday to Friday 09:00–12:00 and 13:30–18:00, 7 h 30 min a working day,
 * so ½ day is 3 h 45 min. November 2026 has no public holiday; 2 November is a Monday. Expected
 * instants are worked out by hand in the comments.
 */
class RoutingLedgerSeedTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ServiceLevelPolicy SEED = ServiceLevels.seed(SeedServiceLevels.COMPLAINT_PROCEDURE,
      WorkingCalendar.builder(SHANGHAI).weekly(WeeklySchedule.builder()
          .from(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, WorkingHours.parse("09:00-12:00"),
              WorkingHours.parse("13:30-18:00"))
          .build()).build()).build();
  static final Instant MON_0900 = sh("2026-11-02T09:00");

  static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  static RoutingLedger accepted(ServiceZone market) {
    return RoutingLedger.accepted(SeedServiceLevels.COMPLAINT_STEPS, market, MON_0900);
  }

  @Test
  @Tag("CMP-05")
  @DisplayName("registration ½ day from Mon 09:00 is due 14:15; QA handed over Mon 14:00 is due "
      + "Tue 14:00; manufacturing handed over late on Thu 10:00 is due Fri 10:00")
  void eachStepFromItsOwnHandOver() {
    // rule: CMP-05 — ½ day: 09–12 3 h + 13:30–14:15. QA 7 h 30: Mon 14–18 4 h, Tue 09–12 3 h,
    // 13:30–14:00. Manufacturing: Thu 10–12 2 h, 13:30–18 4 h 30, Fri 09–10 1 h.
    RoutingLedger ledger = accepted(ServiceZone.DOMESTIC)
        .handOver(Milestone.COMPLAINT_REGISTRATION, MON_0900)
        .complete(sh("2026-11-02T12:00"))
        .handOver(Milestone.QA_ANALYSIS, sh("2026-11-02T14:00"))
        .complete(sh("2026-11-03T11:00"))
        .handOver(Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-05T10:00"));
    List<StepFigures> f = ledger.stepFigures(SEED, sh("2026-11-05T17:00"));
    assertEquals(sh("2026-11-02T14:15"), f.get(0).due());
    assertEquals(Duration.ofMinutes(45), f.get(0).remaining());
    assertEquals(sh("2026-11-03T14:00"), f.get(1).due());
    // QA: Mon 14–18 4 h + Tue 09–11 2 h = 6 h of 7 h 30.
    assertEquals(Duration.ofHours(6), f.get(1).elapsed());
    assertTrue(f.get(1).onTime());
    assertEquals(sh("2026-11-06T10:00"), f.get(2).due());
    // Thu 10–12 2 h + 13:30–17 3 h 30 = 5 h 30 used, 2 h left.
    assertEquals(Duration.ofMinutes(330), f.get(2).elapsed());
    assertEquals(Duration.ofHours(2), f.get(2).remaining());
  }

  @Test
  @Tag("CMP-05")
  @DisplayName("a return from R&D to QA keeps R&D's time on its own entry")
  void returnKeepsTime() {
    // rule: CMP-05 — R&D Wed 09–12 and 13:30–15:00 = 4 h 30 of 7 h 30, 3 h left, on time.
    RoutingLedger ledger = accepted(ServiceZone.DOMESTIC)
        .handOver(Milestone.COMPLAINT_REGISTRATION, MON_0900)
        .complete(sh("2026-11-02T12:00"))
        .handOver(Milestone.QA_ANALYSIS, sh("2026-11-02T14:00"))
        .complete(sh("2026-11-03T11:00"))
        .handOver(Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-03T13:30"))
        .complete(sh("2026-11-03T18:00"))
        .handOver(Milestone.RND_OPINION, sh("2026-11-04T09:00"))
        .returnTo(Milestone.QA_ANALYSIS, sh("2026-11-04T15:00"), "cause not proven");
    List<StepFigures> f = ledger.stepFigures(SEED, sh("2026-11-04T16:00"));
    assertEquals(Duration.ofMinutes(270), f.get(3).elapsed());
    assertEquals(Duration.ofHours(3), f.get(3).remaining());
    assertEquals(sh("2026-11-04T15:00"), f.get(4).start());
    assertEquals(Duration.ofHours(1), f.get(4).elapsed());
  }

  @Test
  @Tag("CMP-05")
  @DisplayName("sales negotiation from Mon 9 Nov 09:00: domestic 5 days to Fri 13 Nov 18:00, "
      + "overseas 12 to Tue 24 Nov 18:00")
  void negotiationByMarket() {
    // rule: CMP-05 — 5 working days Mon..Fri; 12 = two weeks + Mon 23 and Tue 24.
    Instant mon = sh("2026-11-09T09:00");
    List<Milestone> route = List.of(Milestone.SALES_NEGOTIATION);
    assertEquals(sh("2026-11-13T18:00"), RoutingLedger.accepted(route, ServiceZone.DOMESTIC, mon)
        .handOver(Milestone.SALES_NEGOTIATION, mon).stepFigures(SEED, mon).get(0).due());
    assertEquals(sh("2026-11-24T18:00"), RoutingLedger.accepted(route, ServiceZone.OVERSEAS, mon)
        .handOver(Milestone.SALES_NEGOTIATION, mon).stepFigures(SEED, mon).get(0).due());
  }

  @Test
  @Tag("CMP-06")
  @DisplayName("the case accepted Mon 2 Nov 09:00 closes by Wed 18 Nov 18:00 domestic, Tue 24 "
      + "Nov 18:00 overseas")
  void overallThirteenAndSeventeenDays() {
    // rule: CMP-06 — 13 working days: 2–6, 9–13, 16–18 Nov; 17: then 19, 20, 23, 24 Nov.
    // Read Thu 19 Nov 09:00: the domestic case is late (13 × 7 h 30 used, none left).
    Instant thu = sh("2026-11-19T09:00");
    StepFigures domestic = accepted(ServiceZone.DOMESTIC).overall(SEED, thu);
    StepFigures overseas = accepted(ServiceZone.OVERSEAS).overall(SEED, thu);
    assertEquals(sh("2026-11-18T18:00"), domestic.due());
    assertEquals(Duration.ofMinutes(13 * 450), domestic.elapsed());
    assertEquals(sh("2026-11-24T18:00"), overseas.due());
    assertEquals(Duration.ofMinutes(4 * 450), overseas.remaining());
    assertTrue(overseas.onTime());
    // 09:00 the next working morning equals the due instant in working time, and a clock read
    // at its due instant is on time only if the instant is not after it: Thu 09:00 is after.
    assertFalse(domestic.onTime());
  }
}
