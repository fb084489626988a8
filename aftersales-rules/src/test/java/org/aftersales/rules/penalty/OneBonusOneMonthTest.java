package org.aftersales.rules.penalty;

import static org.aftersales.rules.penalty.DeductionFixtures.CNY;
import static org.aftersales.rules.penalty.DeductionFixtures.FEB;
import static org.aftersales.rules.penalty.DeductionFixtures.JAN;
import static org.aftersales.rules.penalty.DeductionFixtures.WANG;
import static org.aftersales.rules.penalty.DeductionFixtures.cny;
import static org.aftersales.rules.penalty.DeductionFixtures.none;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.penalty.AdministrativeCause;
import org.aftersales.core.penalty.AdministrativePenalty;
import org.aftersales.core.penalty.Assessment;
import org.aftersales.core.penalty.CaseDeduction;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.DemeritKind;
import org.aftersales.core.penalty.PenaltyAccount;
import org.aftersales.core.penalty.Settlement;
import org.junit.jupiter.api.Test;

/**
 * One bonus, one month, with the seed's numbers: a warning 400, a minor demerit 800 per base point,
 * a major demerit the whole bonus (PEN-04), fines of 50, 20, 10 and 100 per occurrence (PEN-11),
 * complaint cases capped at 50 % of the bonus (PEN-08). Amounts worked out by hand in the comments.
 *
 * <p>// rule: PEN-04, PEN-07, PEN-08, PEN-11
 */
class OneBonusOneMonthTest {

  static final CappedDeduction SEED = CappedDeduction.seed();
  static final DemeritConversion DEMERITS = DemeritConversion.seed(CNY);

  static Assessment item(String ref, String cny, DeductionKind kind) {
    return new Assessment(ref, WANG, cny(cny), JAN, kind);
  }

  @Test
  void a_warning_a_minor_demerit_four_fines_and_a_complaint_share_one_bonus_of_3000() {
    // rule: PEN-04, PEN-08, PEN-11 — bonus 3 000: warning 400 + minor demerit 800 (1 base point)
    // = 1 200; fines 50 + 20 + 10 + 100 = 180; 1 620 left, the complaint's cap 1 500: the case
    // (2 000) gives 1 500 and carries 500. Total 2 880 ≤ 3 000.
    String warning = DEMERITS.deduction(new AdministrativePenalty(WANG,
        AdministrativeCause.WRONG_SHIPMENT, DemeritKind.WARNING, 1), BasePoints.of(1),
        cny("3000.00")).amount().toPlainString();
    String minor = DEMERITS.deduction(new AdministrativePenalty(WANG,
        AdministrativeCause.LATE_DELIVERY, DemeritKind.MINOR_DEMERIT, 1), BasePoints.of(1),
        cny("3000.00")).amount().toPlainString();
    assertEquals("400.00", warning);
    assertEquals("800.00", minor);
    Settlement jan = SEED.settleMonth(PenaltyAccount.open(WANG, CNY), JAN, cny("3000.00"),
        List.of(item("W-1", warning, DeductionKind.ADMINISTRATIVE),
            item("M-1", minor, DeductionKind.ADMINISTRATIVE),
            item("F-LEFT", "50.00", DeductionKind.FINE), item("F-REPORT", "20.00", DeductionKind.FINE),
            item("F-PHONE", "10.00", DeductionKind.FINE), item("F-HQ", "100.00", DeductionKind.FINE),
            item("261107", "2000.00", DeductionKind.COMPLAINT)));
    assertEquals(List.of(
        new CaseDeduction("M-1", cny("800.00"), DeductionKind.ADMINISTRATIVE),
        new CaseDeduction("W-1", cny("400.00"), DeductionKind.ADMINISTRATIVE),
        new CaseDeduction("F-HQ", cny("100.00"), DeductionKind.FINE),
        new CaseDeduction("F-LEFT", cny("50.00"), DeductionKind.FINE),
        new CaseDeduction("F-PHONE", cny("10.00"), DeductionKind.FINE),
        new CaseDeduction("F-REPORT", cny("20.00"), DeductionKind.FINE),
        new CaseDeduction("261107", cny("1500.00"), DeductionKind.COMPLAINT)),
        jan.statement().deductions());
    assertEquals(cny("2880.00"), jan.statement().deducted());
    assertEquals(cny("1500.00"), jan.statement().cap());
    assertEquals(cny("500.00"), jan.account().outstanding());
  }

  @Test
  void a_major_demerit_takes_the_whole_bonus_and_everything_else_waits_for_next_month() {
    // rule: PEN-04, PEN-08 — January: the major demerit is the bonus (3 000); the fine of 50 and
    // the complaint of 1 000 carry. February, bonus 3 000: the fine 50 first, then the complaint
    // 1 000 (under the cap of 1 500 and the 2 950 left).
    Settlement jan = SEED.settleMonth(PenaltyAccount.open(WANG, CNY), JAN, cny("3000.00"),
        List.of(item("D-1", "3000.00", DeductionKind.ADMINISTRATIVE),
            item("F-1", "50.00", DeductionKind.FINE),
            item("261107", "1000.00", DeductionKind.COMPLAINT)));
    assertEquals(List.of(new CaseDeduction("D-1", cny("3000.00"), DeductionKind.ADMINISTRATIVE)),
        jan.statement().deductions());
    assertEquals(cny("1050.00"), jan.account().outstanding());
    Settlement feb = SEED.settleMonth(jan.account(), FEB, cny("3000.00"), none());
    assertEquals(List.of(new CaseDeduction("F-1", cny("50.00"), DeductionKind.FINE),
        new CaseDeduction("261107", cny("1000.00"), DeductionKind.COMPLAINT)),
        feb.statement().deductions());
    assertEquals(cny("0.00"), feb.account().outstanding());
  }

  @Test
  void fines_beyond_the_bonus_are_carried_over_like_complaint_cases() {
    // rule: PEN-11, PEN-08 — bonus 120: the fines of 100 and 50 take 120; 30 of the second carry.
    Settlement jan = SEED.settleMonth(PenaltyAccount.open(WANG, CNY), JAN, cny("120.00"),
        List.of(item("F-1", "100.00", DeductionKind.FINE), item("F-2", "50.00", DeductionKind.FINE),
            item("261107", "10.00", DeductionKind.COMPLAINT)));
    assertEquals(cny("120.00"), jan.statement().deducted());
    assertEquals(cny("40.00"), jan.account().outstanding());
  }
}
