package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Any split of a period into adjacent windows lists every property reminder of the period exactly
 * once (CON-09), in the order of the whole period's list.
 */
class PropertyReminderProperties {

  static final LocalDate BASE = LocalDate.of(2026, 1, 1);

  @Property(tries = 300)
  @Tag("CON-09")
  void adjacentWindowsListEveryReminderOfThePeriodExactlyOnce(
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 1000) Integer> dueDays,
      @ForAll @IntRange(min = 0, max = 1000) int acceptedDay,
      @ForAll @IntRange(min = 0, max = 1000) int deliveredDay,
      @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 1200) Integer> cuts) {
    // rule: CON-09 — the period [BASE, BASE + 1200 days) cut at the generated days
    List<LocalDate> dates = new TreeSet<>(dueDays).stream().map(BASE::plusDays).toList();
    PropertySale sale = PropertySale.of(ContractId.of("HT-1"),
        PropertyPaymentMethod.INSTALMENTS, dates, PropertyAfterSalesTerms.seed())
        .completionAccepted(BASE.plusDays(acceptedDay)).delivered(BASE.plusDays(deliveredDay));
    List<Integer> bounds = new ArrayList<>(new TreeSet<>(cuts));
    bounds.add(0, 0);
    bounds.add(1200);

    List<PropertyReminder> joined = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      joined.addAll(
          sale.reminders(BASE.plusDays(bounds.get(i)), BASE.plusDays(bounds.get(i + 1))));
    }
    assertEquals(sale.reminders(BASE, BASE.plusDays(1200)), joined);
    // independent count: every instalment, the move-in notice, and the title documents when
    // delivery + 3 months falls inside the period (at most day 1000 + 92 < 1200: always)
    assertEquals(dates.size() + 2, joined.size());
  }
}
