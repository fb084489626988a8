package org.aftersales.core.complaint;

import static org.aftersales.core.servicelevel.OfficeCalendar.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The routing form of a complaint with the seed's budgets on the Shanghai office calendar
 * (Monday to Friday 09:00–12:00 and 13:00–17:00, 7 h a working day; ½ day is 3 h 30 min).
 * 2 November 2026 is a Monday. Every expected instant and duration is worked out by hand in the
 * comments.
 */
class RoutingLedgerTest {

  static final SeedRoutingPolicy POLICY = new SeedRoutingPolicy();
  static final Instant MON_0900 = sh("2026-11-02T09:00");

  static RoutingLedger domestic() {
    return RoutingLedger.accepted(SeedRoutingPolicy.STEPS, ServiceZone.DOMESTIC, MON_0900);
  }

  /** Registered Mon 09:00–12:00, QA Mon 14:00 – Tue 11:00. */
  static RoutingLedger throughQa() {
    return domestic().handOver(Milestone.COMPLAINT_REGISTRATION, MON_0900)
        .complete(sh("2026-11-02T12:00"))
        .handOver(Milestone.QA_ANALYSIS, sh("2026-11-02T14:00"))
        .complete(sh("2026-11-03T11:00"));
  }

  static StepFigures lastFigures(RoutingLedger ledger, Instant at) {
    List<StepFigures> all = ledger.stepFigures(POLICY, at);
    return all.get(all.size() - 1);
  }

  @Nested
  @Tag("CMP-05")
  @DisplayName("CMP-05: each step's clock starts at its own hand-over")
  class StepClocks {

    @Test
    @DisplayName("the GM office's ½ day from Mon 09:00 is due Mon 13:30; done at 12:00 it is on "
        + "time with 30 min left")
    void registrationHalfDay() {
      // rule: CMP-05 — 09:00–12:00 is 3 h, 13:00–13:30 the remaining 30 min of 3 h 30 min.
      RoutingLedger ledger = domestic().handOver(Milestone.COMPLAINT_REGISTRATION, MON_0900)
          .complete(sh("2026-11-02T12:00"));
      StepFigures f = ledger.stepFigures(POLICY, sh("2026-11-02T12:00")).get(0);
      assertEquals(Budget.workingDays(new BigDecimal("0.5")), f.budget());
      assertEquals(MON_0900, f.start());
      assertEquals(sh("2026-11-02T13:30"), f.due());
      assertEquals(Duration.ofHours(3), f.elapsed());
      assertEquals(Duration.ofMinutes(30), f.remaining());
      assertTrue(f.onTime());
    }

    @Test
    @DisplayName("QA handed over Mon 14:00 has until Tue 14:00; completed Tue 15:00 it is 1 h late")
    void qaOneDayFromItsHandOver() {
      // rule: CMP-05 — Mon 14–17 is 3 h, Tue 09–12 3 h, 13–14 the 7th hour: due Tue 14:00.
      RoutingLedger ledger = domestic().handOver(Milestone.COMPLAINT_REGISTRATION, MON_0900)
          .complete(sh("2026-11-02T12:00"))
          .handOver(Milestone.QA_ANALYSIS, sh("2026-11-02T14:00"))
          .complete(sh("2026-11-03T15:00"));
      StepFigures qa = lastFigures(ledger, sh("2026-11-03T15:00"));
      assertEquals(Milestone.QA_ANALYSIS, qa.step());
      assertEquals(sh("2026-11-02T14:00"), qa.start());
      assertEquals(sh("2026-11-03T14:00"), qa.due());
      assertEquals(Duration.ofHours(8), qa.elapsed());
      assertEquals(Duration.ofHours(-1), qa.remaining());
      assertFalse(qa.onTime());
    }

    @Test
    @DisplayName("a late hand-off to manufacturing on Thu 10:00 leaves it the whole day: due Fri "
        + "10:00")
    void lateHandOffDoesNotEatTheNextBudget() {
      // rule: CMP-05 — QA finished Tue 11:00, manufacturing got the case only Thu 10:00.
      // Thu 10–12 2 h, 13–17 4 h, Fri 09–10 the 7th hour. At Thu 16:00: 2 h + 3 h used, 2 h left.
      RoutingLedger ledger = throughQa()
          .handOver(Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-05T10:00"));
      StepFigures m = lastFigures(ledger, sh("2026-11-05T16:00"));
      assertEquals(sh("2026-11-05T10:00"), m.start());
      assertEquals(sh("2026-11-06T10:00"), m.due());
      assertEquals(Duration.ofHours(5), m.elapsed());
      assertEquals(Duration.ofHours(2), m.remaining());
      assertTrue(m.onTime());
      assertTrue(m.remaining().compareTo(Duration.ZERO) > 0);
    }

    @Test
    @DisplayName("an open step read after its due instant is late")
    void openStepPastDueIsLate() {
      // rule: CMP-05 — manufacturing from Thu 10:00 was due Fri 10:00; at Fri 11:00 1 h over.
      RoutingLedger ledger = throughQa()
          .handOver(Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-05T10:00"));
      StepFigures m = lastFigures(ledger, sh("2026-11-06T11:00"));
      assertEquals(Duration.ofHours(8), m.elapsed());
      assertEquals(Duration.ofHours(-1), m.remaining());
      assertFalse(m.onTime());
    }

    @Test
    @DisplayName("sales negotiation from Mon 9 Nov 09:00: 5 days domestic (Fri 13 Nov 17:00), 12 "
        + "overseas (Tue 24 Nov 17:00)")
    void negotiationByMarket() {
      // rule: CMP-05 — 5 working days Mon..Fri; 12 = two weeks (10) + Mon 23, Tue 24.
      Instant mon = sh("2026-11-09T09:00");
      List<Milestone> route = List.of(Milestone.SALES_NEGOTIATION);
      StepFigures domestic = RoutingLedger.accepted(route, ServiceZone.DOMESTIC, mon)
          .handOver(Milestone.SALES_NEGOTIATION, mon).stepFigures(POLICY, mon).get(0);
      StepFigures overseas = RoutingLedger.accepted(route, ServiceZone.OVERSEAS, mon)
          .handOver(Milestone.SALES_NEGOTIATION, mon).stepFigures(POLICY, mon).get(0);
      assertEquals(Budget.workingDays(5), domestic.budget());
      assertEquals(sh("2026-11-13T17:00"), domestic.due());
      assertEquals(Duration.ofHours(35), domestic.remaining());
      assertEquals(Budget.workingDays(12), overseas.budget());
      assertEquals(sh("2026-11-24T17:00"), overseas.due());
      assertEquals(Duration.ofHours(84), overseas.remaining());
    }
  }

  @Nested
  @Tag("CMP-05")
  @DisplayName("CMP-05: a step returned to an earlier department keeps its time")
  class Returns {

    /** R&D from Wed 09:00, returned to QA at Wed 15:00. */
    RoutingLedger returned() {
      return throughQa()
          .handOver(Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-03T13:00"))
          .complete(sh("2026-11-03T17:00"))
          .handOver(Milestone.RND_OPINION, sh("2026-11-04T09:00"))
          .returnTo(Milestone.QA_ANALYSIS, sh("2026-11-04T15:00"), " cause not proven ");
    }

    @Test
    @DisplayName("R&D's 5 h before the return stay on its own entry, and QA starts a new day at "
        + "the return")
    void returnKeepsElapsed() {
      // rule: CMP-05 — R&D Wed 09–12 and 13–15 = 5 h of 7, 2 h left. QA again from Wed 15:00:
      // Wed 15–17 2 h, Thu 09–12 3 h, 13–15 2 h: due Thu 15:00.
      RoutingLedger ledger = returned();
      List<RoutingEntry> entries = ledger.entries();
      assertEquals(5, entries.size());
      RoutingEntry rnd = entries.get(3);
      assertEquals(RoutingEntry.Ending.RETURNED, rnd.ending());
      assertEquals(Optional.of("cause not proven"), rnd.returnReason());
      assertEquals(Optional.of(sh("2026-11-04T15:00")), rnd.endedAt());
      List<StepFigures> f = ledger.stepFigures(POLICY, sh("2026-11-05T09:00"));
      assertEquals(Duration.ofHours(5), f.get(3).elapsed());
      assertEquals(Duration.ofHours(2), f.get(3).remaining());
      assertTrue(f.get(3).onTime());
      assertEquals(Milestone.QA_ANALYSIS, f.get(4).step());
      assertEquals(sh("2026-11-04T15:00"), f.get(4).start());
      assertEquals(sh("2026-11-05T15:00"), f.get(4).due());
      assertEquals(Duration.ofHours(2), f.get(4).elapsed());
    }

    @Test
    @DisplayName("after a return the route continues from the earlier step: QA, then "
        + "manufacturing again")
    void routeContinuesFromTheReturnedStep() {
      // rule: CMP-05
      RoutingLedger done = returned().complete(sh("2026-11-05T10:00"));
      RuleRefusalException skip = assertThrows(RuleRefusalException.class,
          () -> done.handOver(Milestone.RND_OPINION, sh("2026-11-05T11:00")));
      assertEquals(RuleId.of("CMP-05"), skip.ruleId());
      RoutingLedger again = done.handOver(Milestone.MANUFACTURING_COUNTERMEASURE,
          sh("2026-11-05T11:00"));
      assertEquals(6, again.entries().size());
      assertTrue(again.entries().get(5).isOpen());
    }

    @Test
    @DisplayName("a return must go to an earlier step and give a reason")
    void returnRefusals() {
      // rule: CMP-05
      RoutingLedger qaOpen = domestic().handOver(Milestone.COMPLAINT_REGISTRATION, MON_0900)
          .complete(sh("2026-11-02T12:00"))
          .handOver(Milestone.QA_ANALYSIS, sh("2026-11-02T14:00"));
      Instant at = sh("2026-11-02T15:00");
      assertEquals(RuleId.of("CMP-05"), assertThrows(RuleRefusalException.class,
          () -> qaOpen.returnTo(Milestone.QA_ANALYSIS, at, "again")).ruleId());
      assertEquals(RuleId.of("CMP-05"), assertThrows(RuleRefusalException.class,
          () -> qaOpen.returnTo(Milestone.RND_OPINION, at, "later")).ruleId());
      assertThrows(InvalidInputException.class,
          () -> qaOpen.returnTo(Milestone.COMPLAINT_REGISTRATION, at, "  "));
      assertThrows(RuleRefusalException.class, () -> throughQa()
          .returnTo(Milestone.COMPLAINT_REGISTRATION, sh("2026-11-03T12:00"), "nothing open"));
    }
  }

  @Nested
  @Tag("CMP-06")
  @DisplayName("CMP-06: the overall clock runs from acceptance, 13 / 17 working days")
  class Overall {

    @Test
    @DisplayName("accepted Mon 2 Nov 09:00: domestic due Wed 18 Nov 17:00, overseas Tue 24 Nov "
        + "17:00")
    void overallDue() {
      // rule: CMP-06 — 13 working days: 2–6 Nov (5), 9–13 (10), 16, 17, 18 (13).
      // 17: then 19, 20 (15), 23, 24 (17). At Tue 3 Nov 11:00: Mon 7 h + Tue 2 h = 9 h used.
      Instant tue = sh("2026-11-03T11:00");
      StepFigures domestic = domestic().overall(POLICY, tue);
      StepFigures overseas = RoutingLedger.accepted(SeedRoutingPolicy.STEPS,
          ServiceZone.OVERSEAS, MON_0900).overall(POLICY, tue);
      assertEquals(Milestone.COMPLAINT_CLOSURE, domestic.step());
      assertEquals(MON_0900, domestic.start());
      assertEquals(Budget.workingDays(13), domestic.budget());
      assertEquals(sh("2026-11-18T17:00"), domestic.due());
      assertEquals(Duration.ofHours(9), domestic.elapsed());
      assertEquals(Duration.ofHours(13 * 7 - 9), domestic.remaining());
      assertEquals(Budget.workingDays(17), overseas.budget());
      assertEquals(sh("2026-11-24T17:00"), overseas.due());
      assertEquals(Duration.ofHours(17 * 7 - 9), overseas.remaining());
    }

    @Test
    @DisplayName("a finished route stops the overall clock at the last step's completion")
    void finishedRouteStopsOverall() {
      // rule: CMP-06 — all six steps done by Thu 19 Nov 10:00, a day after the domestic 13 days
      // (due Wed 18 Nov 17:00): 13 × 7 h + 1 h used, late by 1 h, whenever it is read.
      RoutingLedger done = throughQa()
          .handOver(Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-03T13:00"))
          .complete(sh("2026-11-03T17:00"))
          .handOver(Milestone.RND_OPINION, sh("2026-11-04T09:00"))
          .complete(sh("2026-11-04T17:00"))
          .handOver(Milestone.SALES_NEGOTIATION, sh("2026-11-05T09:00"))
          .complete(sh("2026-11-18T12:00"))
          .handOver(Milestone.GM_SYNTHESIS, sh("2026-11-18T13:00"))
          .complete(sh("2026-11-19T10:00"));
      assertTrue(done.isFinished());
      StepFigures overall = done.overall(POLICY, sh("2026-11-30T09:00"));
      assertEquals(Duration.ofHours(13 * 7 + 1), overall.elapsed());
      assertEquals(Duration.ofHours(-1), overall.remaining());
      assertFalse(overall.onTime());
      RuleRefusalException refused = assertThrows(RuleRefusalException.class,
          () -> done.handOver(Milestone.GM_SYNTHESIS, sh("2026-11-30T09:00")));
      assertEquals(RuleId.of("CMP-05"), refused.ruleId());
    }
  }

  @Nested
  @Tag("CMP-05")
  @DisplayName("CMP-05: the form only moves forward along the route")
  class Refusals {

    @Test
    @DisplayName("the first hand-over is to the GM office; skipping a step is refused")
    void onlyTheNextStep() {
      // rule: CMP-05
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> domestic().handOver(Milestone.QA_ANALYSIS, MON_0900));
      assertEquals(RuleId.of("CMP-05"), e.ruleId());
      assertThrows(RuleRefusalException.class, () -> throughQa()
          .handOver(Milestone.RND_OPINION, sh("2026-11-03T12:00")));
    }

    @Test
    @DisplayName("a hand-over while a step is open, or a completion with none open, is refused")
    void openAndNothingOpen() {
      // rule: CMP-05
      RoutingLedger open = domestic().handOver(Milestone.COMPLAINT_REGISTRATION, MON_0900);
      assertThrows(RuleRefusalException.class,
          () -> open.handOver(Milestone.QA_ANALYSIS, sh("2026-11-02T10:00")));
      assertThrows(RuleRefusalException.class, () -> domestic().complete(MON_0900));
      assertThrows(RuleRefusalException.class,
          () -> throughQa().complete(sh("2026-11-03T12:00")));
    }

    @Test
    @DisplayName("instants never go back, a step must be on the route, and a route names each "
        + "step once")
    void badInput() {
      // rule: CMP-05
      RoutingLedger qa = throughQa();
      InvalidInputException back = assertThrows(InvalidInputException.class, () -> qa
          .handOver(Milestone.MANUFACTURING_COUNTERMEASURE, sh("2026-11-03T10:59")));
      assertEquals("at", back.violations().get(0).path());
      assertThrows(InvalidInputException.class,
          () -> qa.stepFigures(POLICY, sh("2026-11-03T10:00")));
      assertThrows(InvalidInputException.class,
          () -> qa.handOver(Milestone.COMPLAINT_CLOSURE, sh("2026-11-03T12:00")));
      assertThrows(InvalidInputException.class, () -> RoutingLedger.accepted(List.of(),
          ServiceZone.DOMESTIC, MON_0900));
      assertThrows(InvalidInputException.class, () -> RoutingLedger.accepted(
          List.of(Milestone.QA_ANALYSIS, Milestone.QA_ANALYSIS), ServiceZone.DOMESTIC, MON_0900));
    }

    @Test
    @DisplayName("a step the policy gives no budget is bad input when figures are asked for")
    void noBudget() {
      // rule: CMP-05 — the approval step is on an adopter's route but has no target.
      Milestone approval = Milestone.of("APPROVAL", "approval", "审批");
      RoutingLedger ledger = RoutingLedger.accepted(List.of(approval), ServiceZone.DOMESTIC,
          MON_0900).handOver(approval, MON_0900);
      assertThrows(InvalidInputException.class, () -> ledger.stepFigures(POLICY, MON_0900));
    }
  }
}
