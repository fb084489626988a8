package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.DeductionFixtures.CNY;
import static org.aftersales.rules.penalty.DeductionFixtures.JPY;
import static org.aftersales.rules.penalty.DeductionFixtures.LI;
import static org.aftersales.rules.penalty.DeductionFixtures.USD;
import static org.aftersales.rules.penalty.DeductionFixtures.WANG;
import static org.aftersales.rules.penalty.DeductionFixtures.cny;
import static org.aftersales.rules.penalty.DeductionFixtures.money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.Aggravation;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineDecision;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.penalty.FinePolicy;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fine schedule for machinery service (PEN-11), the service hotline (PEN-12) and verified
 * service complaints (CMP-20): amounts per occurrence, major demerits, doubling for repeats and
 * aggravations, and the group lead paying for an unidentified person. Runs under two JVM defaults
 * (tag jvm-defaults).
 *
 * <p>// rule: PEN-11, PEN-12, CMP-20
 */
@Tag("jvm-defaults")
class FineScheduleTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final FineSchedule SEED = FineSchedule.seed(CNY, SHANGHAI);
  static final PersonId LEAD = PersonId.of("P-3003");
  static final OrganizationUnit GROUP = OrganizationUnit.builder().id(UnitId.of("SVC-G1"))
      .level(UnitLevel.GROUP).kind(DepartmentKind.SERVICE)
      .addMember(new Member(WANG, BasePoints.of(1))).addMember(new Member(LEAD, BasePoints.of(2)))
      .lead(LEAD).build();
  static final OrganizationUnit LEADERLESS = OrganizationUnit.builder().id(UnitId.of("SVC-G2"))
      .level(UnitLevel.GROUP).kind(DepartmentKind.SERVICE)
      .addMember(new Member(LI, BasePoints.of(1))).build();
  static final FineKind NIGHT_CALL = FineKind.of("NIGHT_CALL", "night call", "夜间呼叫");

  /** Tuesday 17 November 2026, 10:00 in Shanghai: inside every service hours of the seed. */
  static final Instant MORNING = at(LocalTime.of(10, 0));

  /** That Tuesday at a local time in Shanghai. */
  static Instant at(LocalTime time) {
    return LocalDate.of(2026, 11, 17).atTime(time).atZone(SHANGHAI).toInstant();
  }

  /** A case at 10:00 Shanghai time in GROUP; {@code person} null when none was identified. */
  static FineCase.Builder fineCase(FineKind kind, int occurrences, PersonId person, int report,
      Set<Aggravation> aggravations) {
    return fineCase(MORNING, LI.equals(person) ? LEADERLESS : GROUP, kind, occurrences, person,
        report, aggravations);
  }

  /** A case at an instant in a group; {@code person} null when none was identified. */
  static FineCase.Builder fineCase(Instant when, OrganizationUnit group, FineKind kind,
      int occurrences, PersonId person, int report, Set<Aggravation> aggravations) {
    FineCase.Builder b = FineCase.builder().kind(kind).occurredAt(when).occurrences(occurrences)
        .group(group).report(report).addAllAggravations(aggravations);
    if (person != null) {
      b.responsible(person);
    }
    return b;
  }

  static FineCase byWang(FineKind kind, int occurrences) {
    return fineCase(kind, occurrences, WANG, 1, Set.of()).build();
  }

  static FineCase complaint(int report, Set<Aggravation> aggravations) {
    return fineCase(FineKind.VERIFIED_SERVICE_COMPLAINT, 1, WANG, report, aggravations).build();
  }

  static List<RuleId> rules(String... ids) {
    return Arrays.stream(ids).map(RuleId::of).toList();
  }

  static FineDecision.Fine fine(FinePolicy policy, FineCase c) {
    if (policy.decide(c) instanceof FineDecision.Fine fine) {
      return fine;
    }
    throw new AssertionError("a fine expected: " + policy.decide(c));
  }

  @Nested
  class MachineryService {

    @ParameterizedTest
    @CsvSource({"LEFT_SITE_WITHOUT_CALLING_HQ, 50.00", "LATE_ARRIVAL_PERSONAL, 50.00",
        "INCOMPLETE_SERVICE_REPORT, 20.00", "PHONE_OFF, 10.00", "DISOBEYING_HQ, 100.00"})
    void each_occurrence_is_fined_the_scheduled_amount(String code, String perOccurrence) {
      // rule: PEN-11
      FineKind kind = FineKind.of(code, code, code);
      assertEquals(new FineDecision.Fine(WANG, false, cny(perOccurrence), BigDecimal.ONE,
          rules("PEN-11")), SEED.decide(byWang(kind, 1)));
      FineDecision.Fine three = fine(SEED, byWang(kind, 3));
      assertEquals(cny(perOccurrence).multipliedBy(3), three.amount());
      assertEquals(Optional.of(cny(perOccurrence)), SEED.perOccurrence(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUARRELLING_WITH_CUSTOMER", "TAKING_GOODS_FROM_CUSTOMER",
        "PERSONAL_DELAY", "REPEAT_REPAIR"})
    void the_gravest_violations_earn_a_major_demerit_once_a_complaint_is_verified(String code) {
      // rule: PEN-11 — policy 11 §四.2: 因以下原因造成用户投诉的，一经查实，记大过一次. Occurrences,
      // reports and aggravations do not change a major demerit.
      FineKind kind = FineKind.of(code, code, code);
      assertEquals(new FineDecision.MajorDemerit(WANG, false, rules("PEN-11")),
          SEED.decide(fineCase(kind, 1, WANG, 1, Set.of()).verifiedComplaint(true).build()));
      assertEquals(new FineDecision.MajorDemerit(WANG, false, rules("PEN-11")),
          SEED.decide(fineCase(kind, 4, WANG, 3, EnumSet.allOf(Aggravation.class))
              .verifiedComplaint(true).build()));
      assertTrue(SEED.punishedByMajorDemerit(kind));
      assertEquals(Optional.empty(), SEED.perOccurrence(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUARRELLING_WITH_CUSTOMER", "TAKING_GOODS_FROM_CUSTOMER",
        "PERSONAL_DELAY", "REPEAT_REPAIR"})
    void without_a_verified_complaint_the_act_earns_no_major_demerit(String code) {
      // rule: PEN-11 — the clause sanctions the verified complaint, not the act alone.
      FineKind kind = FineKind.of(code, code, code);
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> SEED.decide(byWang(kind, 1)));
      assertEquals("PEN-11", e.ruleId().value());
    }

    @Test
    void a_personal_delay_and_a_late_arrival_are_told_apart_by_the_verified_complaint() {
      // rule: PEN-11 — late arrival for personal reasons: 50 per occurrence, complaint or not;
      // not serving in time for personal reasons: a major demerit, only after a verified complaint.
      assertEquals(cny("50.00"), fine(SEED, byWang(FineKind.LATE_ARRIVAL_PERSONAL, 1)).amount());
      assertEquals(cny("50.00"), fine(SEED, fineCase(FineKind.LATE_ARRIVAL_PERSONAL, 1, WANG, 1,
          Set.of()).verifiedComplaint(true).build()).amount());
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> SEED.decide(byWang(FineKind.PERSONAL_DELAY, 1)));
      assertEquals("Refused by rule PEN-11: PERSONAL_DELAY (not serving a customer in time for"
          + " personal reasons) earns a major demerit only when it caused a customer complaint"
          + " that was verified", e.getMessage(Locale.ENGLISH));
      assertEquals("被规则 PEN-11 拒绝：PERSONAL_DELAY（因个人原因未及时为用户服务）仅在造成用户投诉且一经查实时记大过",
          e.getMessage(Locale.SIMPLIFIED_CHINESE));
      assertEquals(new FineDecision.MajorDemerit(WANG, false, rules("PEN-11")), SEED.decide(
          fineCase(FineKind.PERSONAL_DELAY, 1, WANG, 1, Set.of()).verifiedComplaint(true).build()));
    }

    @Test
    void a_phone_is_fined_for_being_off_from_8_to_22() {
      // rule: PEN-11 — the start counts, the end does not.
      assertFalse(SEED.finedAt(FineKind.PHONE_OFF, at(LocalTime.of(7, 59, 59))));
      assertTrue(SEED.finedAt(FineKind.PHONE_OFF, at(LocalTime.of(8, 0))));
      assertTrue(SEED.finedAt(FineKind.PHONE_OFF, at(LocalTime.of(21, 59, 59))));
      assertFalse(SEED.finedAt(FineKind.PHONE_OFF, at(LocalTime.of(22, 0))));
      assertTrue(SEED.finedAt(FineKind.DISOBEYING_HQ, at(LocalTime.of(3, 0))));
    }

    @Test
    void refused_calls_are_a_violation_of_their_own_fined_10_from_8_to_22() {
      // rule: PEN-11, SVC-19 — 无故关机或拒接电话: both kinds, both 10 per occurrence.
      assertEquals(new FineDecision.Fine(WANG, false, cny("30.00"), BigDecimal.ONE,
          rules("PEN-11")), SEED.decide(byWang(FineKind.PHONE_CALL_REFUSED, 3)));
      assertFalse(SEED.finedAt(FineKind.PHONE_CALL_REFUSED, at(LocalTime.of(7, 59))));
      assertTrue(SEED.finedAt(FineKind.PHONE_CALL_REFUSED, at(LocalTime.of(8, 0))));
      assertFalse(SEED.finedAt(FineKind.PHONE_CALL_REFUSED, at(LocalTime.of(22, 0))));
      assertNotEquals(FineKind.PHONE_OFF, FineKind.PHONE_CALL_REFUSED);
    }

    @Test
    void a_case_outside_its_service_hours_is_refused_when_the_fine_is_decided() {
      // rule: PEN-11, PEN-12, SVC-19 — the case's instant read in the business zone: 23:30 in
      // Shanghai is 15:30 UTC, which would be inside the hours if read in UTC.
      FineCase late = fineCase(at(LocalTime.of(23, 30)), GROUP, FineKind.PHONE_OFF, 1, WANG, 1, Set.of()).build();
      RuleRefusalException e = assertThrows(RuleRefusalException.class, () -> SEED.decide(late));
      assertEquals("PEN-11", e.ruleId().value());
      assertEquals("Refused by rule PEN-11: PHONE_OFF (phone switched off in service hours) at"
          + " 23:30 (Asia/Shanghai) is outside the fined hours 08:00 to 22:00",
          e.getMessage(Locale.ENGLISH));
      assertEquals("被规则 PEN-11 拒绝：PHONE_OFF（服务时间关机）发生于 23:30（Asia/Shanghai），"
          + "不在处罚时段 08:00 至 22:00 内", e.getMessage(Locale.SIMPLIFIED_CHINESE));
      FineSchedule utc = FineSchedule.builder(CNY, ZoneId.of("UTC")).build();
      assertEquals(cny("10.00"), fine(utc, late).amount());
      // 08:30: a phone must be on, the hotline not yet (9:00–22:00, policy 8).
      FineCase hotline = fineCase(at(LocalTime.of(8, 30)), GROUP, FineKind.HOTLINE_UNANSWERED, 1, WANG, 1, Set.of()).build();
      assertEquals("PEN-12", assertThrows(RuleRefusalException.class,
          () -> SEED.decide(hotline)).ruleId().value());
      assertEquals(cny("10.00"), fine(SEED, fineCase(at(LocalTime.of(8, 30)), GROUP, FineKind.PHONE_OFF, 1, WANG, 1, Set.of()).build()).amount());
      // A kind without hours is decided at any time.
      assertEquals(cny("100.00"), fine(SEED, fineCase(at(LocalTime.of(3, 0)), GROUP, FineKind.DISOBEYING_HQ, 1, WANG, 1, Set.of()).build()).amount());
    }

    @Test
    void the_travel_phone_allowance_can_be_withheld_instead_of_the_fine() {
      // rule: PEN-11 — 扣除出差电话费补贴或罚款10元/次: the seed fines; the allowance is configured.
      FineSchedule withheld = FineSchedule.builder(CNY, SHANGHAI)
          .allowanceWithheldFor(Set.of(FineKind.PHONE_OFF, FineKind.PHONE_CALL_REFUSED)).build();
      assertEquals(new FineDecision.AllowanceWithheld(WANG, false, 2, rules("PEN-11")),
          withheld.decide(byWang(FineKind.PHONE_CALL_REFUSED, 2)));
      assertEquals(new FineDecision.AllowanceWithheld(WANG, false, 1, rules("PEN-11")),
          withheld.decide(byWang(FineKind.PHONE_OFF, 1)));
      assertEquals(cny("100.00"), fine(withheld, byWang(FineKind.DISOBEYING_HQ, 1)).amount());
      assertEquals(Set.of(), SEED.allowanceWithheldFor());
      assertNotEquals(SEED, withheld);
    }

    @Test
    void repeats_and_aggravations_do_not_raise_a_machinery_fine_by_default() {
      // rule: PEN-11, CMP-20 — doubling is for complaints.
      FineDecision.Fine phone = fine(SEED, fineCase(FineKind.PHONE_OFF, 1, WANG, 2, Set.of(Aggravation.SKIPPED_INSPECTION)).build());
      assertEquals(cny("10.00"), phone.amount());
      assertEquals(rules("PEN-11"), phone.ruleIds());
    }
  }

  @Nested
  class Hotline {

    @Test
    void an_unanswered_hotline_is_fined_50_each_time() {
      // rule: PEN-12
      assertEquals(new FineDecision.Fine(WANG, false, cny("100.00"), BigDecimal.ONE,
          rules("PEN-12")), SEED.decide(byWang(FineKind.HOTLINE_UNANSWERED, 2)));
      assertEquals(Optional.of(RuleId.of("PEN-12")), SEED.ruleIdOf(FineKind.HOTLINE_UNANSWERED));
    }

    @Test
    void the_hotline_is_fined_from_9_to_22() {
      // rule: PEN-12
      assertFalse(SEED.finedAt(FineKind.HOTLINE_UNANSWERED, at(LocalTime.of(8, 59))));
      assertTrue(SEED.finedAt(FineKind.HOTLINE_UNANSWERED, at(LocalTime.of(9, 0))));
      assertFalse(SEED.finedAt(FineKind.HOTLINE_UNANSWERED, at(LocalTime.of(22, 0))));
    }

    @Test
    void service_hours_can_run_across_midnight() {
      // rule: PEN-12 — configured night duty 22:00 to 06:00.
      FineSchedule night = FineSchedule.builder(CNY, SHANGHAI)
          .fine(NIGHT_CALL, cny("30.00"), RuleId.of("PEN-12"))
          .hours(NIGHT_CALL, LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
      assertTrue(night.finedAt(NIGHT_CALL, at(LocalTime.of(22, 0))));
      assertTrue(night.finedAt(NIGHT_CALL, at(LocalTime.of(0, 0))));
      assertTrue(night.finedAt(NIGHT_CALL, at(LocalTime.of(5, 59))));
      assertFalse(night.finedAt(NIGHT_CALL, at(LocalTime.of(6, 0))));
      assertFalse(night.finedAt(NIGHT_CALL, at(LocalTime.of(12, 0))));
      assertEquals(cny("30.00"), fine(night, fineCase(at(LocalTime.of(23, 0)), GROUP, NIGHT_CALL, 1,
          WANG, 1, Set.of()).build()).amount());
    }
  }

  @Nested
  class VerifiedComplaints {

    @Test
    void a_verified_complaint_fines_the_person_responsible_100_by_assumption() {
      // rule: CMP-20 — the source gives no amount; 100 is the documented default.
      assertEquals(new FineDecision.Fine(WANG, false, cny("100.00"), BigDecimal.ONE,
          rules("CMP-20")), SEED.decide(complaint(1, Set.of())));
    }

    @Test
    void the_same_problem_reported_again_doubles_the_fine_once() {
      // rule: CMP-20 — the second and the fifth report alike: × 2, not 2^(n−1).
      for (int report : List.of(2, 3, 5)) {
        FineDecision.Fine f = fine(SEED, complaint(report, Set.of()));
        assertEquals(cny("200.00"), f.amount());
        assertEquals(new BigDecimal("2"), f.multiplier());
      }
    }

    @Test
    void repeats_compound_when_configured() {
      // rule: CMP-20 — report n is multiplied by 2^(n−1).
      FineSchedule compounding = FineSchedule.builder(CNY, SHANGHAI).compoundRepeats(true).build();
      assertTrue(compounding.compoundsRepeats());
      assertEquals(cny("100.00"), fine(compounding, complaint(1, Set.of())).amount());
      assertEquals(cny("200.00"), fine(compounding, complaint(2, Set.of())).amount());
      assertEquals(cny("400.00"), fine(compounding, complaint(3, Set.of())).amount());
      assertEquals(new BigDecimal("16"), fine(compounding, complaint(5, Set.of())).multiplier());
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> compounding.decide(complaint(101, Set.of())));
      assertEquals("report: must be at most 100 when repeated reports compound: the fine would be"
          + " multiplied by 2 to the power of 100 (rejected value: \"101\")",
          e.violations().get(0).render(Locale.ENGLISH));
      assertEquals("report：重复投诉按倍数累进时不能超过 100：否则罚款将乘以 2 的 100 次方"
          + "（被拒绝的值：“101”）", e.violations().get(0).render(Locale.SIMPLIFIED_CHINESE));
      assertEquals(cny("100.00"),
          fine(compounding, complaint(100, Set.of())).amount().dividedBy(
              new BigDecimal(2).pow(99), RoundingMode.UNNECESSARY));
    }

    @Test
    void a_skipped_inspection_or_backup_or_a_false_report_doubles_the_fine_once() {
      // rule: CMP-20 — several aggravations are one doubling.
      for (Aggravation a : Aggravation.values()) {
        assertEquals(cny("200.00"), fine(SEED, complaint(1, Set.of(a))).amount());
      }
      FineDecision.Fine all = fine(SEED, complaint(1, EnumSet.allOf(Aggravation.class)));
      assertEquals(cny("200.00"), all.amount());
      assertEquals(rules("CMP-20"), all.ruleIds());
    }

    @Test
    void a_repeated_and_aggravated_complaint_is_fined_four_times() {
      // rule: CMP-20
      FineDecision.Fine f = fine(SEED, fineCase(FineKind.VERIFIED_SERVICE_COMPLAINT, 2, WANG, 2, Set.of(Aggravation.FALSE_INSPECTION_REPORT)).build());
      assertEquals(new BigDecimal("4"), f.multiplier());
      assertEquals(cny("800.00"), f.amount());
    }

    @Test
    void with_no_person_identified_the_group_lead_pays_for_a_complaint() {
      // rule: CMP-20 — 无法找到直接责任人的，由售后服务组长乐捐; the decision names CMP-20.
      FineDecision.Fine f = fine(SEED, fineCase(FineKind.VERIFIED_SERVICE_COMPLAINT, 1, null, 1,
          Set.of()).build());
      assertEquals(new FineDecision.Fine(LEAD, true, cny("100.00"), BigDecimal.ONE,
          rules("CMP-20")), f);
      assertEquals(Set.of(FineKind.VERIFIED_SERVICE_COMPLAINT), SEED.leadPaysForUnidentified());
    }

    @Test
    void for_other_kinds_a_fine_without_a_person_is_refused_unless_configured() {
      // rule: PEN-11, CMP-20 — the seed sends only complaint fines to the lead.
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> SEED.decide(fineCase(FineKind.PHONE_OFF, 1, null, 1, Set.of()).build()));
      assertEquals("PEN-11", e.ruleId().value());
      assertEquals("Refused by rule PEN-11: no person responsible for PHONE_OFF (phone switched"
          + " off in service hours) was identified; for this kind the group lead does not pay in"
          + " their place", e.getMessage(Locale.ENGLISH));
      assertEquals("被规则 PEN-11 拒绝：未查明 PHONE_OFF（服务时间关机）的责任人；此类违规不由组长代为承担",
          e.getMessage(Locale.SIMPLIFIED_CHINESE));
      assertThrows(RuleRefusalException.class, () -> SEED.decide(fineCase(
          FineKind.REPEAT_REPAIR, 1, null, 1, Set.of()).verifiedComplaint(true).build()));
      FineSchedule wider = FineSchedule.builder(CNY, SHANGHAI).leadPaysForUnidentified(
          Set.of(FineKind.PHONE_OFF, FineKind.REPEAT_REPAIR)).build();
      assertEquals(new FineDecision.Fine(LEAD, true, cny("10.00"), BigDecimal.ONE,
          rules("PEN-11", "CMP-20")), wider.decide(fineCase(FineKind.PHONE_OFF, 1, null, 1,
          Set.of()).build()));
      assertEquals(new FineDecision.MajorDemerit(LEAD, true, rules("PEN-11", "CMP-20")),
          wider.decide(fineCase(FineKind.REPEAT_REPAIR, 1, null, 1, Set.of())
              .verifiedComplaint(true).build()));
      assertThrows(RuleRefusalException.class, () -> wider.decide(
          fineCase(FineKind.VERIFIED_SERVICE_COMPLAINT, 1, null, 1, Set.of()).build()));
    }

    @Test
    void with_no_person_and_no_lead_the_fine_is_refused_in_both_languages() {
      // rule: CMP-20
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> SEED.decide(fineCase(MORNING, LEADERLESS,
              FineKind.VERIFIED_SERVICE_COMPLAINT, 1, null, 1, Set.of()).build()));
      assertEquals("CMP-20", e.ruleId().value());
      assertEquals("Refused by rule CMP-20: no person responsible for VERIFIED_SERVICE_COMPLAINT"
          + " (verified complaint about the service) was identified, and the group SVC-G2 has no"
          + " lead to pay in their place", e.getMessage(Locale.ENGLISH));
      assertEquals("被规则 CMP-20 拒绝：未能确定 VERIFIED_SERVICE_COMPLAINT（经核实的服务投诉）的责任人，"
          + "而组 SVC-G2 没有可代为承担的组长", e.getMessage(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void the_person_responsible_pays_even_in_a_group_without_a_lead() {
      // rule: CMP-20
      FineDecision.Fine f = fine(SEED, fineCase(FineKind.VERIFIED_SERVICE_COMPLAINT, 1, LI, 1, Set.of()).build());
      assertEquals(LI, f.payer());
      assertFalse(f.paidByLead());
    }

    @Test
    void the_kinds_raised_by_repeats_and_aggravations_can_be_configured() {
      // rule: CMP-20, PEN-12
      FineSchedule wider = FineSchedule.builder(CNY, SHANGHAI).escalatedKinds(
          Set.of(FineKind.VERIFIED_SERVICE_COMPLAINT, FineKind.HOTLINE_UNANSWERED)).build();
      FineDecision.Fine hotline = fine(wider, fineCase(FineKind.HOTLINE_UNANSWERED, 1, WANG, 2, Set.of()).build());
      assertEquals(cny("100.00"), hotline.amount());
      assertEquals(rules("PEN-12", "CMP-20"), hotline.ruleIds());
      FineSchedule none = FineSchedule.builder(CNY, SHANGHAI).escalatedKinds(Set.of()).build();
      assertEquals(cny("100.00"), fine(none, complaint(3, Set.of(Aggravation.SKIPPED_BACKUP)))
          .amount());
    }
  }

  @Nested
  class Configuration {

    @Test
    void the_seed_schedules_twelve_kinds_with_doubling_factors() {
      // rule: PEN-11, PEN-12, CMP-20
      assertEquals(12, SEED.kinds().size());
      assertEquals(SHANGHAI, SEED.zone());
      assertEquals(CNY, SEED.currency());
      assertEquals(new BigDecimal("2"), SEED.repeatFactor());
      assertEquals(new BigDecimal("2"), SEED.aggravationFactor());
      assertFalse(SEED.compoundsRepeats());
      assertEquals(Set.of(FineKind.VERIFIED_SERVICE_COMPLAINT), SEED.escalatedKinds());
      assertEquals(SEED, FineSchedule.builder(CNY, SHANGHAI).build());
      assertEquals(SEED.hashCode(), FineSchedule.builder(CNY, SHANGHAI).build().hashCode());
      assertEquals("FineSchedule[CNY, Asia/Shanghai, 12 kinds, repeat ×2 once, aggravation ×2,"
          + " escalated [VERIFIED_SERVICE_COMPLAINT], lead pays [VERIFIED_SERVICE_COMPLAINT],"
          + " allowance withheld []]", SEED.toString());
      assertEquals(Optional.of(money("50", JPY)),
          FineSchedule.seed(JPY, SHANGHAI).perOccurrence(FineKind.HOTLINE_UNANSWERED));
    }

    @Test
    void an_amount_can_be_changed_and_keeps_its_service_hours() {
      // rule: PEN-11 — every amount is a default.
      FineSchedule own = FineSchedule.builder(CNY, SHANGHAI).fine(FineKind.PHONE_OFF, cny("20.00"), RuleId.of("PEN-11"))
          .build();
      assertEquals(cny("40.00"), fine(own, byWang(FineKind.PHONE_OFF, 2)).amount());
      assertFalse(own.finedAt(FineKind.PHONE_OFF, at(LocalTime.of(7, 0))));
      assertNotEquals(SEED, own);
      FineSchedule allDay = FineSchedule.builder(CNY, SHANGHAI).anyTime(FineKind.PHONE_OFF).build();
      assertTrue(allDay.finedAt(FineKind.PHONE_OFF, at(LocalTime.of(7, 0))));
    }

    @Test
    void a_factor_with_decimals_is_rounded_half_up_once() {
      // rule: CMP-20 — 33.33 × 1.5 = 49.995 → 50.00.
      FineSchedule own = FineSchedule.builder(CNY, SHANGHAI).repeatFactor(new BigDecimal("1.50"))
          .fine(FineKind.VERIFIED_SERVICE_COMPLAINT, cny("33.33"), RuleId.of("CMP-20")).build();
      FineDecision.Fine f = fine(own, complaint(2, Set.of()));
      assertEquals(new BigDecimal("1.5"), f.multiplier());
      assertEquals(cny("50.00"), f.amount());
    }

    @Test
    void an_adopters_own_kind_can_be_scheduled_and_an_unknown_kind_is_refused() {
      // rule: PEN-11
      RuleRefusalException e = assertThrows(RuleRefusalException.class,
          () -> SEED.decide(byWang(NIGHT_CALL, 1)));
      assertEquals("PEN-11", e.ruleId().value());
      assertEquals("Refused by rule PEN-11: the fine schedule has no entry for NIGHT_CALL (night"
          + " call)", e.getMessage(Locale.ENGLISH));
      assertEquals("被规则 PEN-11 拒绝：罚款标准中没有 NIGHT_CALL（夜间呼叫）这一项",
          e.getMessage(Locale.SIMPLIFIED_CHINESE));
      assertThrows(RuleRefusalException.class, () -> SEED.finedAt(NIGHT_CALL, at(LocalTime.NOON)));
      FineSchedule own = FineSchedule.builder(CNY, SHANGHAI).fine(NIGHT_CALL, cny("30.00"), RuleId.of("PEN-12"))
          .without(FineKind.PHONE_OFF).build();
      assertEquals(cny("30.00"), fine(own, byWang(NIGHT_CALL, 1)).amount());
      assertThrows(RuleRefusalException.class, () -> own.decide(byWang(FineKind.PHONE_OFF, 1)));
      FineSchedule empty = FineSchedule.builder(CNY, SHANGHAI).clear().build();
      assertEquals(Set.of(), empty.kinds());
    }

    @Test
    void every_configuration_problem_is_listed_in_both_languages() {
      // rule: PEN-11, CMP-20
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> FineSchedule.builder(CNY, SHANGHAI)
              .fine(FineKind.PHONE_OFF, cny("0.00"), RuleId.of("PEN-11"))
              .fine(FineKind.DISOBEYING_HQ, money("100.00", USD), RuleId.of("PEN-11"))
              .hours(FineKind.HOTLINE_UNANSWERED, LocalTime.of(9, 0), LocalTime.of(9, 0))
              .without(FineKind.LATE_ARRIVAL_PERSONAL)
              .hours(FineKind.LATE_ARRIVAL_PERSONAL, LocalTime.of(8, 0), LocalTime.of(22, 0))
              .repeatFactor(new BigDecimal("0.5"))
              .build());
      assertEquals("Invalid input (5 problem(s)): fines[DISOBEYING_HQ].perOccurrence: must be in"
          + " CNY, the currency of this fine schedule (rejected value: \"USD 100.00\");"
          + " fines[PHONE_OFF].perOccurrence: the fine per occurrence must be greater than zero;"
          + " to stop fining a kind, remove its entry (rejected value: \"CNY 0.00\");"
          + " hours[HOTLINE_UNANSWERED]: the hours start and end at the same time; write e.g."
          + " 08:00 to 22:00, or 22:00 to 06:00 for hours across midnight (rejected value:"
          + " \"09:00-09:00\"); hours[LATE_ARRIVAL_PERSONAL]: service hours are set for"
          + " LATE_ARRIVAL_PERSONAL, which has no entry in the schedule (rejected value:"
          + " \"08:00-22:00\"); repeatFactor: must be 1 or more: a repeat or an aggravation never"
          + " lowers a fine (rejected value: \"0.5\")", e.getMessage(Locale.ENGLISH));
      assertEquals("输入无效（5 个问题）： fines[DISOBEYING_HQ].perOccurrence：必须以 CNY 计，即本罚款标准的货币"
          + "（被拒绝的值：“USD 100.00”）; fines[PHONE_OFF].perOccurrence：每次罚款金额必须大于零；"
          + "若不再对某类违规罚款，请删除该项（被拒绝的值：“CNY 0.00”）; hours[HOTLINE_UNANSWERED]：时段的开始与结束时间相同；"
          + "例如应写 08:00 至 22:00，跨午夜的时段写 22:00 至 06:00（被拒绝的值：“09:00-09:00”）;"
          + " hours[LATE_ARRIVAL_PERSONAL]：为 LATE_ARRIVAL_PERSONAL 设置了服务时间，但罚款标准中没有这一项"
          + "（被拒绝的值：“08:00-22:00”）; repeatFactor：必须大于或等于 1：重复投诉或加重情节不会降低罚款"
          + "（被拒绝的值：“0.5”）", e.getMessage(Locale.SIMPLIFIED_CHINESE));
    }
  }
}
