package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.service.Billing;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistered;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.core.shared.Violation;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Registering calls in the 叫修登记簿 through the public API with the in-memory adapters: 业务员应即将
 * 客户的名称、地址、电话、商品型号等，登记于"叫修登记簿"上 (P2 §8, SVC-02); the job's category, A 有费服务,
 * B 合同服务, C 免费服务 or D 一般行政工作 (P2 §6, SVC-01), follows from the unit's entitlement; outside
 * the warranty a quote (零配件、人员出差) comes first (P11 §二.2, SVC-15).
 *
 * <p>// rule: SVC-01, SVC-02, SVC-15
 */
class ServiceRequestRegistrationTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = Instant.parse("2026-11-02T02:00:00.987654321Z");

  final InMemoryServiceRequests requests = InMemoryServiceRequests.create();
  final InMemoryEntitlements erp = InMemoryEntitlements.create()
      .grant("CNC-450", "SN-C", Entitlement.underWarrantyUntil(LocalDate.of(2027, 3, 31)))
      .grant("CNC-450", "SN-B", Entitlement.underContract(ContractId.of("MC-2026-017")))
      .grant("CNC-450", "SN-D", Entitlement.internal())
      .grant("CNC-450", "SN-BC", Entitlement.builder().contract(ContractId.of("MC-2026-018"))
          .warrantyUntil(LocalDate.of(2027, 3, 31)).build());
  final ServiceRequestRegistration registration = new ServiceRequestRegistration(requests, erp,
      SeedPolicies.seed(SeedServiceLevels.DISPATCH), TestValidators.commandValidator(), TestClock.at(NOW, SHANGHAI));

  static Instant sh(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  static RegisterServiceRequest call(String requestId, String serial) {
    return new RegisterServiceRequest(RequestId.of(requestId), ServiceRequestId.of("SR-" + requestId),
        sh(2, 9, 30), "上海精密机械有限公司", "上海市浦东新区张江路 88 号", "021-5080 1234", "CNC-450",
        serial, ServiceZone.CITY, ServiceChannel.PHONE, "主轴运转十分钟后停转");
  }

  List<DomainEvent> relayed() {
    RecordingEventPublisher publisher = new RecordingEventPublisher();
    new EventRelay(requests.outbox(), publisher).relayAll(100, 100);
    return publisher.events();
  }

  @Test
  void a_call_is_registered_with_customer_address_phone_and_product_model() {
    // rule: SVC-02
    ServiceRequest r = registration.register(call("r-1", "SN-C"));
    assertEquals("上海精密机械有限公司", r.customerName());
    assertEquals("上海市浦东新区张江路 88 号", r.address());
    assertEquals("021-5080 1234", r.phone());
    assertEquals("CNC-450", r.productModel());
    assertEquals(ServiceRequestStatus.REGISTERED, r.status());
    assertEquals(1, r.version().value());
    assertEquals(List.of(r), requests.open(10));
    // Received 09:30 in Shanghai = 01:30 UTC; recorded at the clock's time, to the microsecond.
    assertEquals(List.of(new ServiceRequestRegistered(ServiceRequestId.of("SR-r-1"),
        ServiceCategory.C, Billing.FREE_UNDER_WARRANTY, ServiceZone.CITY,
        Instant.parse("2026-11-02T01:30:00Z"), Instant.parse("2026-11-02T02:00:00.987654Z"))),
        relayed());
  }

  @Test
  void each_category_follows_from_the_units_entitlement() {
    // rule: SVC-01 — A 有费服务, B 合同服务, C 免费服务, D 一般行政工作
    Map<String, ServiceCategory> expected = Map.of("SN-UNKNOWN", ServiceCategory.A,
        "SN-B", ServiceCategory.B, "SN-C", ServiceCategory.C, "SN-D", ServiceCategory.D,
        "SN-BC", ServiceCategory.B);
    expected.forEach((serial, category) -> assertEquals(category,
        registration.register(call("r-" + serial, serial)).category(), serial));
  }

  @Test
  void outside_warranty_and_contract_the_job_is_paid_and_quoted_first() {
    // rule: SVC-15 — 对保修期外的产品，通过销售中心报价（包括零配件，人员出差等）
    ServiceRequest paid = registration.register(call("r-a", "SN-NOT-KNOWN"));
    assertEquals(ServiceCategory.A, paid.category());
    assertEquals(Billing.PAID_AFTER_QUOTE, paid.billing());
    assertTrue(paid.billing().quoteFirst());
    ServiceRequest free = registration.register(call("r-c", "SN-C"));
    assertEquals(Billing.FREE_UNDER_WARRANTY, free.billing());
    assertFalse(free.billing().quoteFirst());
    assertFalse(free.billing().isPaid());
  }

  @Test
  void a_unit_under_both_contract_and_warranty_is_served_under_the_contract() {
    // rule: SVC-01 — the seed is silent on the overlap; the library's precedence: contract first
    ServiceRequest r = registration.register(call("r-bc", "SN-BC"));
    assertEquals(ServiceCategory.B, r.category());
    assertEquals(Billing.CONTRACT, r.billing());
  }

  /** The SVC-02 fields, each made missing (null) in turn, with their English and Chinese text. */
  @Test
  void every_required_field_of_the_register_is_refused_when_missing_naming_the_field_in_english_and_chinese() {
    // rule: SVC-02
    RegisterServiceRequest ok = call("r-m", "SN-C");
    Map<String, UnaryOperator<RegisterServiceRequest>> missing = Map.of(
        "customerName", c -> with(c, null, c.address(), c.phone(), c.productModel()),
        "address", c -> with(c, c.customerName(), null, c.phone(), c.productModel()),
        "phone", c -> with(c, c.customerName(), c.address(), null, c.productModel()),
        "productModel", c -> with(c, c.customerName(), c.address(), c.phone(), null));
    missing.forEach((field, blankOut) -> {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> registration.register(blankOut.apply(ok)), field);
      assertEquals(List.of(field), e.violations().stream().map(Violation::path).toList());
      Violation v = e.violations().get(0);
      assertEquals(field + ": must not be blank (rejected value: \"null\")",
          v.render(Locale.ENGLISH));
      assertEquals(field + "：不能为空白（被拒绝的值：“null”）", v.render(Locale.SIMPLIFIED_CHINESE));
    });
    assertEquals(0, requests.size());
    assertEquals(List.of(), relayed());
  }

  @Test
  void blank_fields_a_missing_zone_and_an_impossible_received_time_are_all_reported_together() {
    // rule: SVC-02
    RegisterServiceRequest bad = new RegisterServiceRequest(RequestId.of("r-bad"),
        ServiceRequestId.of("SR-bad"), Instant.parse("0026-11-02T01:30:00Z"), " ", " ", " ", " ",
        " ", null, null, "x".repeat(4001));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registration.register(bad));
    assertEquals(List.of("address", "channel", "customerName", "phone", "problem", "productModel",
        "productSerial", "receivedAt", "zone"),
        e.violations().stream().map(Violation::path).sorted().toList());
    assertEquals(0, requests.size());
  }

  @Test
  void registering_again_with_the_same_request_id_returns_the_stored_request_and_no_second_event() {
    // rule: SVC-02 — idempotent by request ID
    ServiceRequest first = registration.register(call("r-1", "SN-C"));
    ServiceRequest again = registration.register(call("r-1", "SN-C"));
    assertEquals(first, again);
    assertEquals(1, requests.size());
    assertEquals(1, relayed().size());
  }

  @Test
  void the_same_request_id_with_other_content_is_refused_and_nothing_changes() {
    // rule: SVC-02
    ServiceRequest first = registration.register(call("r-1", "SN-C"));
    RegisterServiceRequest other = call("r-1", "SN-B");
    assertThrows(DuplicateRequestException.class, () -> registration.register(other));
    assertEquals(List.of(first), requests.all());
  }

  @Test
  void a_service_request_id_already_used_by_another_registration_is_refused_naming_the_field() {
    // rule: SVC-02
    registration.register(call("r-1", "SN-C"));
    RegisterServiceRequest c = call("r-2", "SN-B");
    RegisterServiceRequest sameId = new RegisterServiceRequest(c.requestId(),
        ServiceRequestId.of("SR-r-1"), c.receivedAt(), c.customerName(), c.address(), c.phone(),
        c.productModel(), c.productSerial(), c.zone(), c.channel(), c.problem());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> registration.register(sameId));
    assertEquals("serviceRequestId", e.violations().get(0).path());
    assertEquals(1, requests.size());
    assertEquals(1, relayed().size());
  }

  private static RegisterServiceRequest with(RegisterServiceRequest c, String customerName,
      String address, String phone, String productModel) {
    return new RegisterServiceRequest(c.requestId(), c.serviceRequestId(), c.receivedAt(),
        customerName, address, phone, productModel, c.productSerial(), c.zone(), c.channel(),
        c.problem());
  }
}
