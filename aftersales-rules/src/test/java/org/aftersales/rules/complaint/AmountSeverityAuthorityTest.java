package org.aftersales.rules.complaint;

import static org.aftersales.core.complaint.ApprovalLevel.DEPUTY_GENERAL_MANAGER;
import static org.aftersales.core.complaint.ApprovalLevel.GENERAL_MANAGER;
import static org.aftersales.core.complaint.ApprovalLevel.SALES_MANAGER;
import static org.aftersales.core.complaint.ComplaintSeverity.GENERAL;
import static org.aftersales.core.complaint.ComplaintSeverity.SERIOUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Currency;
import java.util.Locale;
import org.aftersales.core.complaint.ApprovalAuthorityPolicy;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The approval authority decides the level by amount band and severity (CMP-07, SUR-04), at the
 * edges of the bands, and refuses what it cannot decide.
 */
class AmountSeverityAuthorityTest {

  static final Currency CNY = Currency.getInstance("CNY");
  static final ApprovalAuthorityPolicy SEED = AmountSeverityAuthority.seed(CNY);

  static Money m(String text) {
    return Money.parse(text);
  }

  static Violation refused(Executable bad) {
    InvalidInputException e = assertThrows(InvalidInputException.class, bad);
    return e.violations().get(0);
  }

  @Test
  void a_general_case_goes_to_the_sales_manager_up_to_5000_yuan_inclusive() {
    // rule: CMP-07 — assumed seed bands CNY 5 000 / 50 000, both inclusive.
    assertEquals(SALES_MANAGER, SEED.requiredFor(m("CNY 0.00"), GENERAL));
    assertEquals(SALES_MANAGER, SEED.requiredFor(m("CNY 5000.00"), GENERAL));
    assertEquals(DEPUTY_GENERAL_MANAGER, SEED.requiredFor(m("CNY 5000.01"), GENERAL));
  }

  @Test
  void a_general_case_goes_to_the_deputy_up_to_50000_yuan_inclusive_and_above_to_the_gm() {
    // rule: CMP-07
    assertEquals(DEPUTY_GENERAL_MANAGER, SEED.requiredFor(m("CNY 50000.00"), GENERAL));
    assertEquals(GENERAL_MANAGER, SEED.requiredFor(m("CNY 50000.01"), GENERAL));
    assertEquals(GENERAL_MANAGER, SEED.requiredFor(m("CNY 99999999999.99"), GENERAL));
  }

  @Test
  void a_serious_case_goes_at_least_to_the_deputy_general_manager_whatever_its_amount() {
    // rule: CMP-07, SUR-04 — 情节重大者应即提呈副总经理.
    assertEquals(DEPUTY_GENERAL_MANAGER, SEED.requiredFor(m("CNY 0.00"), SERIOUS));
    assertEquals(DEPUTY_GENERAL_MANAGER, SEED.requiredFor(m("CNY 5000.00"), SERIOUS));
    assertEquals(DEPUTY_GENERAL_MANAGER, SEED.requiredFor(m("CNY 50000.00"), SERIOUS));
    assertEquals(GENERAL_MANAGER, SEED.requiredFor(m("CNY 50000.01"), SERIOUS));
  }

  @Test
  void an_amount_in_a_currency_without_bands_is_refused_by_the_rule() {
    // rule: CMP-07 — no conversion, no guessed level.
    RuleRefusalException e = assertThrows(RuleRefusalException.class,
        () -> SEED.requiredFor(m("USD 1.00"), GENERAL));
    assertEquals("CMP-07", e.ruleId().value());
    assertEquals("Refused by rule CMP-07: no approval authority is configured for USD"
        + " (configured: CNY); amounts are never converted", e.getMessage(Locale.ENGLISH));
    assertEquals("被规则 CMP-07 拒绝：未配置 USD 的核决权限（已配置：CNY）；金额不做币种换算",
        e.getMessage(Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void a_negative_amount_is_refused() {
    // rule: CMP-07
    Violation v = refused(() -> SEED.requiredFor(m("CNY -0.01"), GENERAL));
    assertEquals("amount", v.path());
    assertEquals("must be zero or more", v.message().english());
  }

  @Test
  void the_seed_takes_the_same_figures_in_the_currency_it_is_given() {
    // rule: CMP-07 — 5 000 and 50 000 major units of that currency (yen have no minor unit).
    ApprovalAuthorityPolicy yen = AmountSeverityAuthority.seed(Currency.getInstance("JPY"));
    assertEquals(SALES_MANAGER, yen.requiredFor(m("JPY 5000"), GENERAL));
    assertEquals(DEPUTY_GENERAL_MANAGER, yen.requiredFor(m("JPY 5001"), GENERAL));
    assertEquals(DEPUTY_GENERAL_MANAGER, yen.requiredFor(m("JPY 50000"), GENERAL));
    assertEquals(GENERAL_MANAGER, yen.requiredFor(m("JPY 50001"), GENERAL));
    assertEquals(RuleRefusalException.class, assertThrows(RuleRefusalException.class,
        () -> yen.requiredFor(m("CNY 1.00"), GENERAL)).getClass());
  }

  @Test
  void an_adopter_configures_bands_per_currency_and_minimums_per_severity() {
    // rule: CMP-07 — two currencies; a general case at least to the deputy, a serious one to
    // the GM.
    ApprovalAuthorityPolicy p = AmountSeverityAuthority.builder()
        .bands(m("CNY 1000.00"), m("CNY 20000.00"))
        .bands(m("USD 150.00"), m("USD 3000.00"))
        .minimum(GENERAL, DEPUTY_GENERAL_MANAGER)
        .minimum(SERIOUS, GENERAL_MANAGER)
        .build();
    assertEquals(DEPUTY_GENERAL_MANAGER, p.requiredFor(m("CNY 1.00"), GENERAL));
    assertEquals(DEPUTY_GENERAL_MANAGER, p.requiredFor(m("CNY 20000.00"), GENERAL));
    assertEquals(GENERAL_MANAGER, p.requiredFor(m("CNY 20000.01"), GENERAL));
    assertEquals(GENERAL_MANAGER, p.requiredFor(m("CNY 0.00"), SERIOUS));
    assertEquals(DEPUTY_GENERAL_MANAGER, p.requiredFor(m("USD 150.01"), GENERAL));
    assertEquals(GENERAL_MANAGER, p.requiredFor(m("USD 3000.01"), GENERAL));
  }

  @Test
  void a_serious_minimum_may_be_lowered_so_only_the_amount_decides() {
    // rule: CMP-07 — minimums are configurable both ways.
    ApprovalAuthorityPolicy p = AmountSeverityAuthority.builder()
        .bands(m("CNY 5000.00"), m("CNY 50000.00"))
        .minimum(SERIOUS, SALES_MANAGER)
        .build();
    assertEquals(SALES_MANAGER, p.requiredFor(m("CNY 5000.00"), SERIOUS));
    assertEquals(DEPUTY_GENERAL_MANAGER, p.requiredFor(m("CNY 5000.01"), SERIOUS));
  }

  @Test
  void equal_bounds_leave_the_deputy_no_band_of_amounts() {
    // rule: CMP-07
    ApprovalAuthorityPolicy p = AmountSeverityAuthority.builder()
        .bands(m("CNY 5000.00"), m("CNY 5000.00")).build();
    assertEquals(SALES_MANAGER, p.requiredFor(m("CNY 5000.00"), GENERAL));
    assertEquals(GENERAL_MANAGER, p.requiredFor(m("CNY 5000.01"), GENERAL));
  }

  @Test
  void bands_that_are_negative_reversed_mixed_repeated_or_missing_are_refused() {
    // rule: CMP-07
    Violation negative = refused(() -> AmountSeverityAuthority.builder()
        .bands(m("CNY -1.00"), m("CNY 5.00")));
    assertEquals("salesManagerUpTo", negative.path());
    Violation reversed = refused(() -> AmountSeverityAuthority.builder()
        .bands(m("CNY 5000.00"), m("CNY 4999.99")));
    assertEquals("deputyUpTo", reversed.path());
    assertEquals("must be at least CNY 5000.00, the sales manager's bound",
        reversed.message().english());
    Violation mixed = refused(() -> AmountSeverityAuthority.builder()
        .bands(m("CNY 5000.00"), m("USD 50000.00")));
    assertEquals("deputyUpTo", mixed.path());
    assertEquals("must be in CNY, the currency of the sales manager's bound",
        mixed.message().english());
    Violation twice = refused(() -> AmountSeverityAuthority.builder()
        .bands(m("CNY 1.00"), m("CNY 2.00")).bands(m("CNY 3.00"), m("CNY 4.00")));
    assertEquals("bands", twice.path());
    assertEquals("the bands of CNY are already configured", twice.message().english());
    Violation none = refused(() -> AmountSeverityAuthority.builder().build());
    assertEquals("bands", none.path());
    assertEquals("must configure the bands of at least one currency", none.message().english());
  }

  @Test
  void policies_with_the_same_bands_and_minimums_are_equal() {
    // rule: CMP-07
    AmountSeverityAuthority built = AmountSeverityAuthority.builder()
        .bands(m("CNY 5000.00"), m("CNY 50000.00")).build();
    assertEquals(SEED, built);
    assertEquals(SEED.hashCode(), built.hashCode());
    AmountSeverityAuthority higher = AmountSeverityAuthority.builder()
        .bands(m("CNY 5000.00"), m("CNY 50000.01")).build();
    assertNotEquals(SEED, higher);
    assertNotEquals(SEED.hashCode(), higher.hashCode());
    assertNotEquals(SEED, AmountSeverityAuthority.builder()
        .bands(m("CNY 5000.00"), m("CNY 50000.00")).minimum(SERIOUS, GENERAL_MANAGER).build());
    assertNotEquals(SEED, "AmountSeverityAuthority");
    assertEquals("AmountSeverityAuthority[CNY ≤ 5000.00 / ≤ 50000.00, minimums"
        + " {GENERAL=SALES_MANAGER, SERIOUS=DEPUTY_GENERAL_MANAGER}]", SEED.toString());
  }
}
