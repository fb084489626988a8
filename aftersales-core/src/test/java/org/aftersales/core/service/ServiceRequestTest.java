package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.contract.ContractId;
import java.util.Optional;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.core.shared.Violation;
import org.junit.jupiter.api.Test;

/**
 * The service request aggregate and the category its entitlement gives: A paid 有费服务, B contract
 * 合同服务, C free in warranty 免费服务, D internal 一般行政工作 (SVC-01); outside the warranty a
 * quote comes first (SVC-15); the 叫修登记簿 records customer, address, phone, product (SVC-02).
 *
 * <p>// rule: SVC-01, SVC-02, SVC-15
 */
class ServiceRequestTest {

  static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00.123456Z");
  static final Instant RECORDED = Instant.parse("2026-11-02T02:00:05Z");
  static final LocalDate WARRANTY_END = LocalDate.of(2027, 3, 31);
  static final ContractId CONTRACT = ContractId.of("MC-2026-017");

  /** A policy with no targets at all: requests registered under it are promised nothing. */
  static final ServiceLevelPolicy NO_PROMISES = new ServiceLevelPolicy() {
    @Override
    public Optional<ServiceLevelTarget> targetFor(ServiceLevelKey key) {
      return Optional.empty();
    }

    @Override
    public BusinessCalendar calendarFor(ServiceLevelTarget target) {
      throw new AssertionError("no target, no calendar");
    }
  };

  static RegisterServiceRequest command() {
    return new RegisterServiceRequest(RequestId.of("r-1"), ServiceRequestId.of("SR-1"), RECEIVED,
        "Shanghai Precision Ltd.", "88 Zhangjiang Rd, Pudong", "+86 21 5080 1234", "CNC-450",
        "SN-0042", ServiceZone.CITY, ServiceChannel.HOTLINE, "Spindle stops after 10 minutes");
  }

  static Entitlement entitlement(boolean internal, boolean contract, boolean warranty) {
    Entitlement.Builder b = Entitlement.builder().internalJob(internal);
    if (contract) {
      b.contract(CONTRACT);
    }
    if (warranty) {
      b.warrantyUntil(WARRANTY_END);
    }
    return b.build();
  }

  @Test
  void every_combination_of_entitlements_gives_the_category_of_the_precedence_internal_contract_warranty() {
    // rule: SVC-01 — the eight combinations, expected categories written out by hand:
    // internal? contract? warranty? -> category
    Object[][] table = {
        {false, false, false, ServiceCategory.A},
        {false, false, true, ServiceCategory.C},
        {false, true, false, ServiceCategory.B},
        {false, true, true, ServiceCategory.B},
        {true, false, false, ServiceCategory.D},
        {true, false, true, ServiceCategory.D},
        {true, true, false, ServiceCategory.D},
        {true, true, true, ServiceCategory.D},
    };
    for (Object[] row : table) {
      Entitlement e = entitlement((Boolean) row[0], (Boolean) row[1], (Boolean) row[2]);
      assertEquals(row[3], e.category(), () -> "internal/contract/warranty " + row[0] + "/"
          + row[1] + "/" + row[2]);
    }
  }

  @Test
  void the_factories_name_the_four_plain_cases() {
    // rule: SVC-01
    assertEquals(ServiceCategory.A, Entitlement.none().category());
    assertEquals(ServiceCategory.C, Entitlement.underWarrantyUntil(WARRANTY_END).category());
    assertEquals(ServiceCategory.B, Entitlement.underContract(CONTRACT).category());
    assertEquals(ServiceCategory.D, Entitlement.internal().category());
    assertFalse(Entitlement.none().internalJob());
  }

  @Test
  void outside_warranty_and_contract_the_job_is_paid_and_a_quote_comes_first() {
    // rule: SVC-15
    Billing billing = Entitlement.none().billing();
    assertEquals(Billing.PAID_AFTER_QUOTE, billing);
    assertTrue(billing.isPaid());
    assertTrue(billing.quoteFirst());
  }

  @Test
  void within_warranty_and_internal_work_nothing_is_charged_and_no_quote_is_needed() {
    // rule: SVC-15, SVC-01 — 免费保证期间内，免向客户收取服务费用 (P2 §6.3)
    assertEquals(Billing.FREE_UNDER_WARRANTY, Entitlement.underWarrantyUntil(WARRANTY_END).billing());
    assertEquals(Billing.INTERNAL, Entitlement.internal().billing());
    for (Billing b : List.of(Billing.FREE_UNDER_WARRANTY, Billing.INTERNAL)) {
      assertFalse(b.isPaid(), b.name());
      assertFalse(b.quoteFirst(), b.name());
    }
  }

  @Test
  void under_a_contract_the_fee_is_the_contracts_and_no_quote_is_needed() {
    // rule: SVC-01 — 依商品保养合同书的规定，而向客户收取服务费用 (P2 §6.2)
    Billing billing = Entitlement.underContract(CONTRACT).billing();
    assertEquals(Billing.CONTRACT, billing);
    assertTrue(billing.isPaid());
    assertFalse(billing.quoteFirst());
  }

  @Test
  void registering_records_the_call_as_given_categorised_by_its_entitlement_with_one_event() {
    // rule: SVC-02, SVC-01
    Changed<ServiceRequest> c = ServiceRequest.register(command(),
        Entitlement.underWarrantyUntil(WARRANTY_END), NO_PROMISES, RECORDED);
    ServiceRequest r = c.state();
    assertEquals(ServiceRequestId.of("SR-1"), r.id());
    assertEquals(RequestId.of("r-1"), r.requestId());
    assertEquals(RECEIVED, r.receivedAt());
    assertEquals("Shanghai Precision Ltd.", r.customerName());
    assertEquals("88 Zhangjiang Rd, Pudong", r.address());
    assertEquals("+86 21 5080 1234", r.phone());
    assertEquals("CNC-450", r.productModel());
    assertEquals("SN-0042", r.productSerial());
    assertEquals(ServiceZone.CITY, r.zone());
    assertEquals(ServiceChannel.HOTLINE, r.channel());
    assertEquals("Spindle stops after 10 minutes", r.problem());
    assertEquals(ServiceCategory.C, r.category());
    assertEquals(Billing.FREE_UNDER_WARRANTY, r.billing());
    assertEquals(ServiceRequestStatus.REGISTERED, r.status());
    assertTrue(r.isOpen());
    assertEquals(Version.initial(), r.version());
    assertEquals(List.of(new ServiceRequestRegistered(ServiceRequestId.of("SR-1"),
        ServiceCategory.C, Billing.FREE_UNDER_WARRANTY, ServiceZone.CITY, RECEIVED, RECORDED)),
        c.events());
    assertEquals(command(), r.registeredBy());
  }

  @Test
  void the_received_time_is_kept_to_the_microsecond() {
    RegisterServiceRequest nanos = new RegisterServiceRequest(RequestId.of("r"),
        ServiceRequestId.of("S"), Instant.parse("2026-11-02T02:00:00.123456789Z"), "c", "a", "p",
        "m", "s", ServiceZone.CITY, ServiceChannel.PHONE, "x");
    assertEquals(Instant.parse("2026-11-02T02:00:00.123456Z"), nanos.receivedAt());
  }

  @Test
  void a_request_whose_category_or_billing_disagrees_with_its_entitlement_cannot_exist() {
    // rule: SVC-01, SVC-15
    ServiceRequest r = ServiceRequest.register(command(), Entitlement.none(), NO_PROMISES, RECORDED).state();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ((ImmutableServiceRequest) r).withCategory(ServiceCategory.C));
    assertEquals(List.of("category"), e.violations().stream().map(Violation::path).toList());
    InvalidInputException billing = assertThrows(InvalidInputException.class,
        () -> ((ImmutableServiceRequest) r).withBilling(Billing.FREE_UNDER_WARRANTY));
    assertEquals(List.of("billing"), billing.violations().stream().map(Violation::path).toList());
    assertTrue(e.getMessage(Locale.ENGLISH).contains("A"), e.getMessage(Locale.ENGLISH));
  }

  @Test
  void blank_text_is_refused_naming_every_blank_field() {
    // rule: SVC-02
    RegisterServiceRequest blank = new RegisterServiceRequest(RequestId.of("r"),
        ServiceRequestId.of("S"), RECEIVED, " ", " ", " ", " ", " ", ServiceZone.CITY,
        ServiceChannel.PHONE, " ");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ServiceRequest.register(blank, Entitlement.none(), NO_PROMISES, RECORDED));
    assertEquals(List.of("address", "customerName", "phone", "problem", "productModel",
        "productSerial"), e.violations().stream().map(Violation::path).sorted().toList());
  }

  @Test
  void only_a_closed_request_is_not_open() {
    assertTrue(ServiceRequestStatus.REGISTERED.isOpen());
    assertFalse(ServiceRequestStatus.CLOSED.isOpen());
    ServiceRequest r = ServiceRequest.register(command(), Entitlement.none(), NO_PROMISES, RECORDED).state();
    assertFalse(ServiceRequestFixtures.closed(r, RECORDED).isOpen());
  }
}
