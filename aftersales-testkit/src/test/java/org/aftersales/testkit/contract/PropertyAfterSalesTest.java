package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertyReminder;
import org.aftersales.core.contract.PropertyReminderKind;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.contract.PropertySales;
import org.aftersales.core.obligation.PropertyAfterSales;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The property after-sales register (商品房售后登记, P1, P9) on the in-memory store: a sale is
 * registered once with its payment schedule; the completion acceptance starts the move-in notice
 * (竣工验收后立即通知业主) and the delivery the three months for the title documents; a repeat is
 * answered, a corrected day replaces the earlier one, and a refusal writes nothing.
 */
@Tag("CON-09")
class PropertyAfterSalesTest {

  static final ContractId CONTRACT = ContractId.of("GF-2026-118");

  final InMemoryPropertySales store = InMemoryPropertySales.create();
  final PropertyAfterSales register = new PropertyAfterSales(store);

  static PropertySale instalments() {
    return PropertySale.of(CONTRACT, PropertyPaymentMethod.INSTALMENTS,
        List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)),
        PropertyAfterSalesTerms.seed());
  }

  private static PropertyReminder only(PropertySale sale, PropertyReminderKind kind) {
    List<PropertyReminder> of = sale.reminders().stream().filter(r -> r.kind() == kind).toList();
    assertEquals(1, of.size(), kind.name());
    return of.get(0);
  }

  @Test
  void registering_stores_the_sale_and_an_equal_one_again_answers_the_stored_one() {
    // rule: CON-09
    PropertySale first = register.register(instalments());
    assertEquals(Version.of(1), first.version());
    assertEquals(instalments().withVersion(Version.of(1)), first);
    assertEquals(first, register.register(instalments()));
    assertEquals(List.of(first), store.all());
  }

  @Test
  void registering_another_sale_under_a_stored_contract_is_refused_and_writes_nothing() {
    // rule: CON-09 — the same contract paid as a lump sum is another sale.
    PropertySale first = register.register(instalments());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> register.register(PropertySale.of(CONTRACT, PropertyPaymentMethod.LUMP_SUM,
            List.of(LocalDate.of(2026, 12, 1)), PropertyAfterSalesTerms.seed())));
    assertEquals("sale.contract", e.violations().get(0).path());
    assertEquals(List.of(first), store.all());
  }

  @Test
  void the_completion_acceptance_makes_the_move_in_notice_due_that_day() {
    // rule: CON-09 — 竣工验收后立即通知业主: accepted Tue 20 October 2026, notice due that day.
    register.register(instalments());
    PropertySale accepted = register.completionAccepted(CONTRACT, LocalDate.of(2026, 10, 20));
    assertEquals(Version.of(2), accepted.version());
    PropertyReminder moveIn = only(accepted, PropertyReminderKind.MOVE_IN_NOTICE);
    assertEquals(LocalDate.of(2026, 10, 20), moveIn.due());
    assertEquals("GF-2026-118/CON-09/move-in/1", moveIn.key());
    assertEquals(accepted, register.completionAccepted(CONTRACT, LocalDate.of(2026, 10, 20)));
    assertEquals(Optional.of(accepted), store.find(CONTRACT));
  }

  @Test
  void the_delivery_makes_the_title_documents_due_three_months_later() {
    // rule: CON-09 — delivered 30 November 2026: 30 February does not exist, so the limit is
    // 28 February 2027 (2027 is no leap year).
    register.register(instalments());
    PropertySale delivered = register.delivered(CONTRACT, LocalDate.of(2026, 11, 30));
    assertEquals(Version.of(2), delivered.version());
    assertEquals(LocalDate.of(2027, 2, 28),
        only(delivered, PropertyReminderKind.TITLE_DOCUMENTS).due());
    assertEquals(delivered, register.delivered(CONTRACT, LocalDate.of(2026, 11, 30)));
    assertEquals(Version.of(2), store.find(CONTRACT).orElseThrow().version());
  }

  @Test
  void a_corrected_day_replaces_the_earlier_one() {
    // rule: CON-09 — delivery corrected from 30 November to 5 December 2026: title documents
    // due 5 March 2027; acceptance corrected from 20 to 22 October: notice due 22 October.
    register.register(instalments());
    register.delivered(CONTRACT, LocalDate.of(2026, 11, 30));
    register.completionAccepted(CONTRACT, LocalDate.of(2026, 10, 20));
    PropertySale corrected = register.delivered(CONTRACT, LocalDate.of(2026, 12, 5));
    corrected = register.completionAccepted(CONTRACT, LocalDate.of(2026, 10, 22));
    assertEquals(Version.of(5), corrected.version());
    assertEquals(LocalDate.of(2027, 3, 5),
        only(corrected, PropertyReminderKind.TITLE_DOCUMENTS).due());
    assertEquals(LocalDate.of(2026, 10, 22),
        only(corrected, PropertyReminderKind.MOVE_IN_NOTICE).due());
    // Instalments 1 December 2026 and 1 March 2027 stay as they were.
    assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)),
        corrected.reminders().stream().filter(r -> r.kind() == PropertyReminderKind.PAYMENT_DUE)
            .map(PropertyReminder::due).toList());
    assertEquals(Optional.of(corrected), store.find(CONTRACT));
  }

  @Test
  void a_day_outside_the_supported_range_is_refused_and_nothing_is_stored() {
    // rule: CON-09 — dates run from 1900 to 2300: the title documents of a delivery on
    // 15 October 2300 would be due on 15 January 2301; an acceptance in 1899 is before them.
    PropertySale first = register.register(instalments());
    assertThrows(InvalidInputException.class,
        () -> register.delivered(CONTRACT, LocalDate.of(2300, 10, 15)));
    assertThrows(InvalidInputException.class,
        () -> register.completionAccepted(CONTRACT, LocalDate.of(1899, 12, 31)));
    assertEquals(List.of(first), store.all());
  }

  @Test
  void a_contract_without_a_sale_is_not_found() {
    // rule: CON-09
    assertThrows(NotFoundException.class,
        () -> register.completionAccepted(CONTRACT, LocalDate.of(2026, 10, 20)));
    assertThrows(NotFoundException.class,
        () -> register.delivered(CONTRACT, LocalDate.of(2026, 11, 30)));
    assertEquals(List.of(), store.all());
  }

  @Test
  void missing_arguments_are_refused() {
    // rule: CON-09
    assertThrows(NullPointerException.class, () -> new PropertyAfterSales(null));
    assertThrows(NullPointerException.class, () -> register.register(null));
    assertThrows(NullPointerException.class, () -> register.completionAccepted(CONTRACT, null));
    assertThrows(NullPointerException.class,
        () -> register.completionAccepted(null, LocalDate.of(2026, 10, 20)));
    assertThrows(NullPointerException.class, () -> register.delivered(CONTRACT, null));
    assertThrows(NullPointerException.class,
        () -> register.delivered(null, LocalDate.of(2026, 11, 30)));
  }

  /**
   * A store where another node records a completion acceptance just before each of the first
   * {@code races} saves of the register: the register's save then loses the race.
   */
  static class Racing implements PropertySales {
    final InMemoryPropertySales inner;
    final AtomicInteger races;

    Racing(InMemoryPropertySales inner, int races) {
      this.inner = inner;
      this.races = new AtomicInteger(races);
    }

    @Override
    public Optional<PropertySale> find(ContractId id) {
      return inner.find(id);
    }

    @Override
    public PropertySale save(PropertySale sale, List<OutboxEvent> events) {
      int left = races.getAndDecrement();
      if (left > 0) {
        PropertySale current = inner.find(sale.contract()).orElseThrow();
        // The rival's acceptance day: 10, 11, 12 October for the third, second, first race.
        inner.save(current.completionAccepted(LocalDate.of(2026, 10, 9 + left)), List.of());
      }
      return inner.save(sale, events);
    }

    @Override
    public List<PropertySale> dueBetween(LocalDate from, LocalDate to, int max) {
      return inner.dueBetween(from, to, max);
    }

    @Override
    public List<PropertySale> dueBetweenAfter(LocalDate from, LocalDate to, ContractId after,
        int max) {
      return inner.dueBetweenAfter(from, to, after, max);
    }
  }

  @Test
  void a_save_that_loses_a_race_reads_again_and_applies_again() {
    // rule: CON-09 — two races lost (rivals accepted on 11, then 10 October); the third attempt
    // stores our delivery on top of the last rival's acceptance.
    register.register(instalments());
    PropertySale s = new PropertyAfterSales(new Racing(store, 2))
        .delivered(CONTRACT, LocalDate.of(2026, 11, 30));
    assertEquals(Version.of(4), s.version());
    assertEquals(LocalDate.of(2026, 10, 10), only(s, PropertyReminderKind.MOVE_IN_NOTICE).due());
    assertEquals(LocalDate.of(2027, 2, 28), only(s, PropertyReminderKind.TITLE_DOCUMENTS).due());
  }

  @Test
  void a_save_that_keeps_losing_races_gives_up_after_three_attempts() {
    // rule: CON-09 — the rivals' three saves are stored, our delivery is not.
    register.register(instalments());
    assertThrows(ConcurrentUpdateException.class, () -> new PropertyAfterSales(
        new Racing(store, 3)).delivered(CONTRACT, LocalDate.of(2026, 11, 30)));
    PropertySale stored = store.find(CONTRACT).orElseThrow();
    assertEquals(Version.of(4), stored.version());
    assertEquals(0, stored.reminders().stream()
        .filter(r -> r.kind() == PropertyReminderKind.TITLE_DOCUMENTS).count());
  }

  @Test
  void a_registration_that_loses_the_race_to_an_equal_one_answers_the_stored_one() {
    // rule: CON-09 — another node registers the same sale between our read and our save.
    PropertySales racingRegister = new Racing(store, 0) {
      private boolean raced;

      @Override
      public PropertySale save(PropertySale sale, List<OutboxEvent> events) {
        if (!raced) {
          raced = true;
          inner.save(instalments(), List.of());
        }
        return inner.save(sale, events);
      }
    };
    PropertySale s = new PropertyAfterSales(racingRegister).register(instalments());
    assertEquals(Version.of(1), s.version());
    assertEquals(List.of(s), store.all());
  }
}
