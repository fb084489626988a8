package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Property after-sales (房产售后, P1, P9): payment reminders from the contract's schedule, the
 * move-in notice after completion acceptance, title documents within three months of delivery.
 */
@Tag("CON-09")
class PropertySaleTest {

  static final ContractId CONTRACT = ContractId.of("HT-2026-0088");

  static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  static PropertySale instalments() {
    return PropertySale.of(CONTRACT, PropertyPaymentMethod.INSTALMENTS,
        List.of(d("2026-01-31"), d("2026-04-30"), d("2026-07-31")),
        PropertyAfterSalesTerms.seed());
  }

  @Test
  void instalments_the_move_in_notice_and_the_title_documents_are_listed_in_due_order() {
    // rule: CON-09 — accepted 15 June: notice the same day (立即); delivered 30 November:
    // title documents by 30 November + 3 months = 28 February 2027 (clamped)
    PropertySale sale = instalments().completionAccepted(d("2026-06-15"))
        .delivered(d("2026-11-30"));
    assertEquals(List.of(
        new PropertyReminder(PropertyReminderKind.PAYMENT_DUE, d("2026-01-31"),
            "HT-2026-0088/CON-09/payment/1"),
        new PropertyReminder(PropertyReminderKind.PAYMENT_DUE, d("2026-04-30"),
            "HT-2026-0088/CON-09/payment/2"),
        new PropertyReminder(PropertyReminderKind.MOVE_IN_NOTICE, d("2026-06-15"),
            "HT-2026-0088/CON-09/move-in/1"),
        new PropertyReminder(PropertyReminderKind.PAYMENT_DUE, d("2026-07-31"),
            "HT-2026-0088/CON-09/payment/3"),
        new PropertyReminder(PropertyReminderKind.TITLE_DOCUMENTS, d("2027-02-28"),
            "HT-2026-0088/CON-09/title/1")), sale.reminders());
  }

  @Test
  void a_window_includes_its_first_day_and_excludes_its_end() {
    // rule: CON-09 — [30 April, 31 July): instalment 2 and the move-in notice, not instalment 3
    PropertySale sale = instalments().completionAccepted(d("2026-06-15"));
    assertEquals(List.of("HT-2026-0088/CON-09/payment/2", "HT-2026-0088/CON-09/move-in/1"),
        sale.reminders(d("2026-04-30"), d("2026-07-31")).stream().map(PropertyReminder::key)
            .toList());
    assertEquals(List.of(), sale.reminders(d("2026-05-01"), d("2026-05-01")));
  }

  @Test
  void the_sale_tells_its_terms_and_the_days_of_acceptance_and_delivery_once_they_happened() {
    // rule: CON-09 — what an adapter stores to rebuild the sale
    assertEquals(PropertyAfterSalesTerms.seed(), instalments().terms());
    assertEquals(Optional.empty(), instalments().completionAcceptance());
    assertEquals(Optional.empty(), instalments().delivery());
    PropertySale sale = instalments().completionAccepted(d("2026-06-15"))
        .delivered(d("2026-11-30"));
    assertEquals(Optional.of(d("2026-06-15")), sale.completionAcceptance());
    assertEquals(Optional.of(d("2026-11-30")), sale.delivery());
  }

  @Test
  void nothing_of_acceptance_or_delivery_is_reminded_before_they_happen() {
    // rule: CON-09
    assertEquals(3, instalments().reminders().size());
    assertTrue(instalments().reminders().stream()
        .allMatch(r -> r.kind() == PropertyReminderKind.PAYMENT_DUE));
  }

  @Test
  void a_lump_sum_has_one_reminder_and_a_mortgage_is_followed_up_with_the_bank() {
    // rule: CON-09 — 一次性付款: one date; 按揭: press the bank on each scheduled date
    PropertySale lump = PropertySale.of(CONTRACT, PropertyPaymentMethod.LUMP_SUM,
        List.of(d("2026-03-10")), PropertyAfterSalesTerms.seed());
    assertEquals(List.of(new PropertyReminder(PropertyReminderKind.PAYMENT_DUE, d("2026-03-10"),
        "HT-2026-0088/CON-09/payment/1")), lump.reminders());
    PropertySale mortgage = PropertySale.of(CONTRACT, PropertyPaymentMethod.MORTGAGE,
        List.of(d("2026-03-10"), d("2026-03-24")), PropertyAfterSalesTerms.seed());
    assertEquals(List.of(
        new PropertyReminder(PropertyReminderKind.MORTGAGE_FOLLOW_UP, d("2026-03-10"),
            "HT-2026-0088/CON-09/mortgage/1"),
        new PropertyReminder(PropertyReminderKind.MORTGAGE_FOLLOW_UP, d("2026-03-24"),
            "HT-2026-0088/CON-09/mortgage/2")), mortgage.reminders());
    assertEquals(PropertyPaymentMethod.MORTGAGE, mortgage.method());
    assertEquals(CONTRACT, mortgage.contract());
    assertEquals(List.of(d("2026-03-10"), d("2026-03-24")), mortgage.dueDates());
  }

  @Test
  void the_offsets_are_configurable_and_months_clamp_in_a_leap_year() {
    // rule: CON-09 — 3 days after 15 June: 18 June; 100 days after 30 November 2026: 30 + 31
    // + 31 + 28 = 120 days → 10 March 2027; 30 November 2027 + 3 months: 29 February 2028
    PropertySale sale = PropertySale.of(CONTRACT, PropertyPaymentMethod.LUMP_SUM,
        List.of(d("2026-01-05")), new PropertyAfterSalesTerms(Period.ofDays(3),
            Period.ofDays(100))).completionAccepted(d("2026-06-15")).delivered(d("2026-11-30"));
    assertEquals(List.of(d("2026-01-05"), d("2026-06-18"), d("2027-03-10")),
        sale.reminders().stream().map(PropertyReminder::due).toList());
    assertEquals(d("2028-02-29"), instalments().delivered(d("2027-11-30"))
        .reminders(d("2028-01-01"), d("2029-01-01")).get(0).due());
  }

  @Test
  void bad_input_is_refused() {
    // rule: CON-09
    PropertyAfterSalesTerms seed = PropertyAfterSalesTerms.seed();
    assertThrows(InvalidInputException.class,
        () -> PropertySale.of(CONTRACT, PropertyPaymentMethod.INSTALMENTS, List.of(), seed));
    assertThrows(InvalidInputException.class, () -> PropertySale.of(CONTRACT,
        PropertyPaymentMethod.LUMP_SUM, List.of(d("2026-01-01"), d("2026-02-01")), seed));
    assertThrows(InvalidInputException.class, () -> PropertySale.of(CONTRACT,
        PropertyPaymentMethod.INSTALMENTS, List.of(d("2026-02-01"), d("2026-01-01")), seed));
    assertThrows(InvalidInputException.class, () -> PropertySale.of(CONTRACT,
        PropertyPaymentMethod.INSTALMENTS, List.of(d("2026-02-01"), d("2026-02-01")), seed));
    assertThrows(InvalidInputException.class, () -> PropertySale.of(CONTRACT,
        PropertyPaymentMethod.MORTGAGE, List.of(d("2400-01-01")), seed));
    assertThrows(InvalidInputException.class,
        () -> instalments().reminders(d("2026-05-01"), d("2026-04-30")));
    assertThrows(InvalidInputException.class, () -> instalments().delivered(d("2300-11-01")));
    assertThrows(InvalidInputException.class,
        () -> instalments().completionAccepted(d("1800-01-01")));
    assertThrows(InvalidInputException.class,
        () -> new PropertyAfterSalesTerms(Period.ofDays(-1), Period.ofMonths(3)));
    assertThrows(InvalidInputException.class,
        () -> new PropertyAfterSalesTerms(Period.ZERO, Period.ofMonths(-3)));
  }

  @Test
  void equal_sales_have_the_same_schedule_and_events() {
    // rule: CON-09
    assertEquals(instalments().delivered(d("2026-11-30")),
        instalments().delivered(d("2026-11-30")));
    assertEquals(instalments().hashCode(), instalments().hashCode());
    assertNotEquals(instalments(), instalments().delivered(d("2026-11-30")));
    assertNotEquals(instalments().hashCode(), instalments().delivered(d("2026-11-30")).hashCode());
    assertNotEquals(instalments(), instalments().completionAccepted(d("2026-06-15")));
    assertTrue(instalments().toString().contains("INSTALMENTS"));
  }
}
