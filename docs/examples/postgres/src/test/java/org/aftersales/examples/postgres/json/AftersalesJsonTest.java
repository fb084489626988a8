package org.aftersales.examples.postgres.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintRegistered;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.servicelevel.Budget;
import org.aftersales.core.servicelevel.Pause;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.aftersales.testkit.service.ServiceFixtures;
import org.aftersales.testkit.service.ServiceRequestStates;
import org.junit.jupiter.api.Test;

/**
 * The stored form's promises that the round-trip properties do not show: its shape for the value
 * types, the precision it keeps, and how it refuses a bad document.
 */
class AftersalesJsonTest {

  private final AftersalesJson json = new AftersalesJson();

  @Test
  void money_is_its_amount_as_text_and_its_currency_so_scale_and_precision_survive() {
    Money m = Money.of(new BigDecimal("12.30"), Currency.getInstance("CNY"));
    assertEquals("{\"amount\":\"12.30\",\"currency\":\"CNY\"}", json.write(m));
    Money big = Money.of(new BigDecimal("123456789012345678.91"), Currency.getInstance("CNY"));
    Money back = json.read(json.write(big), Money.class);
    assertEquals(new BigDecimal("123456789012345678.91"), back.amount());
    assertEquals(2, json.read("{\"amount\":\"12.30\",\"currency\":\"CNY\"}", Money.class)
        .amount().scale());
  }

  @Test
  void identifiers_are_their_text_and_versions_their_number() {
    assertEquals("\"tech-王\"", json.write(PersonId.of("tech-王")));
    assertEquals(PersonId.of("tech-王"), json.read("\"tech-王\"", PersonId.class));
    assertEquals("7", json.write(Version.of(7)));
    assertEquals(Version.of(7), json.read("7", Version.class));
  }

  @Test
  void instants_are_iso_text_to_the_microsecond_and_chinese_text_is_kept() {
    // rule: instants at the library's precision (whole microseconds) survive; CMP-01 numbers
    DocumentNumber number = DocumentNumber.of(SeriesId.of("CMP"), "261107", "2026-11",
        java.time.LocalDate.of(2026, 11, 1), 7);
    ComplaintRegistered e = new ComplaintRegistered(number,
        Instant.parse("2026-11-30T23:59:59.999999Z"), Instant.parse("2026-12-01T00:00:00.000001Z"));
    String text = json.write(e);
    assertTrue(text.contains("\"2026-11-30T23:59:59.999999Z\""), text);
    assertEquals(e, json.read(text, ComplaintRegistered.class));
    ServiceRequest r = ServiceFixtures.aServiceRequest();
    String stored = json.write(r);
    assertTrue(stored.contains(ServiceFixtures.CUSTOMER_NAME), stored);
    assertEquals(r, json.read(stored, ServiceRequest.class));
  }

  @Test
  void vocabulary_entries_are_their_code_and_names_and_read_back_as_the_seeded_entry() {
    String text = json.write(ServiceZone.CITY);
    assertTrue(text.startsWith("{\"code\":\"CITY\""), text);
    assertTrue(ServiceZone.CITY == json.read(text, ServiceZone.class));
    ServiceZone own = ServiceZone.of("ISLANDS", "islands", "海岛");
    assertEquals(own, json.read(json.write(own), ServiceZone.class));
    assertEquals("海岛", json.read(json.write(own), ServiceZone.class).displayName().chinese());
  }

  @Test
  void budgets_of_every_unit_and_pauses_open_and_ended_round_trip() {
    // rule: SVC-01 … SVC-04 (the budgets the service levels count in)
    for (Budget b : List.of(Budget.workingHours(4), Budget.workingMinutes(90),
        Budget.workingDays(new BigDecimal("1.5")), Budget.calendarDays(3),
        Budget.elapsed(java.time.Duration.ofHours(24)), Budget.elapsedHours(2))) {
      RoundTrip.check(Budget.class, b);
    }
    Instant start = Instant.parse("2026-11-02T01:00:00.000001Z");
    RoundTrip.check(Pause.class, Pause.openSince(start));
    RoundTrip.check(Pause.class, Pause.between(start, start.plusSeconds(3600)));
  }

  @Test
  void a_list_of_outbox_events_reads_back_through_a_type_reference() {
    ComplaintCase c = ComplaintFixtures.anOpenCase();
    List<OutboxEvent> events = List.of(new OutboxEvent(EventId.of("e-1"),
        new ComplaintRegistered(c.number(), Instant.parse("2026-11-02T02:00:00.000001Z"),
            Instant.parse("2026-11-02T02:00:00.000002Z"))));
    String text = json.write(events);
    assertTrue(text.contains("\"@type\":\"org.aftersales.core.complaint.ComplaintRegistered\""),
        text);
    assertEquals(events, json.read(text, new TypeReference<List<OutboxEvent>>() {}));
  }

  @Test
  void a_bad_document_is_refused_naming_the_type_and_the_path() {
    String stored = json.write(ServiceFixtures.aServiceRequest());
    String badMoney = json.write(Money.of(new BigDecimal("1.00"), Currency.getInstance("CNY")))
        .replace("CNY", "XYZ");
    IllegalStateException money = assertThrows(IllegalStateException.class,
        () -> json.read(badMoney, Money.class));
    assertTrue(money.getMessage().startsWith("cannot read a org.aftersales.core.shared.Money"),
        money.getMessage());

    String badPhone = stored.replaceFirst("\"phone\":\"[^\"]*\"", "\"phone\":42");
    assertTrue(badPhone.contains("\"phone\":42"), badPhone);
    IllegalStateException phone = assertThrows(IllegalStateException.class,
        () -> json.read(badPhone, ServiceRequest.class));
    assertTrue(phone.getMessage().startsWith(
        "cannot read a org.aftersales.core.service.ServiceRequest at $.phone"), phone.getMessage());

    String unknown = stored.replaceFirst("\\{", "{\"surplus\":1,");
    IllegalStateException surplus = assertThrows(IllegalStateException.class,
        () -> json.read(unknown, ServiceRequest.class));
    assertTrue(surplus.getMessage().contains("surplus"), surplus.getMessage());

    String dispatched = json.write(ServiceRequestStates.dispatched(
        ServiceFixtures.aServiceRequest(), ServiceFixtures.ASSIGNED_AT));
    String badId = dispatched.replaceFirst("\"technician\":\"[^\"]*\"", "\"technician\":\" \"");
    IllegalStateException id = assertThrows(IllegalStateException.class,
        () -> json.read(badId, ServiceRequest.class));
    assertTrue(id.getMessage().contains("ServiceRequest at $.technician"), id.getMessage());

    String missing = json.write(new ComplaintRegistered(ComplaintFixtures.aNumber(),
        Instant.parse("2026-11-02T02:00:00Z"), Instant.parse("2026-11-02T02:00:00Z")))
        .replaceFirst("\"number\":\\{[^}]*\\},?", "");
    IllegalStateException gone = assertThrows(IllegalStateException.class,
        () -> json.read(missing, ComplaintRegistered.class));
    assertTrue(gone.getMessage().contains("ComplaintRegistered"), gone.getMessage());
  }
}
