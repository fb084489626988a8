package org.aftersales.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.service.Entitlements;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.rules.sla.ServiceLevels;
import org.aftersales.rules.sla.WorkingCalendar;
import org.aftersales.testkit.contract.ContractFixtures;
import org.aftersales.testkit.service.InMemoryEntitlements;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * The README's "first call" example, line for line (ReadmePagesTest checks the README's block is
 * this one): the call an adopter makes first, registering a repair call over their own adapters.
 * Here the adapters are the testkit's in-memory ones; expected values are worked out by hand.
 */
class ReadmeFirstCallTest {

  @Test
  void the_first_call_registers_a_repair_call_due_six_office_hours_later() {
    // rule: SVC-02, SVC-11
    // What the README calls "yours": the adapters, the office calendar, the validator, the clock.
    ServiceRequests requests = InMemoryServiceRequests.create();
    Entitlements entitlements = InMemoryEntitlements.create(ContractFixtures.SHANGHAI);
    // Monday to Friday 09:00–12:00 and 13:30–18:00 in Shanghai.
    WorkingCalendar officeCalendar = ContractFixtures.seedCalendar();
    CommandValidator validator = TestValidators.commandValidator();
    Clock clock = TestClock.at(Instant.parse("2026-11-20T07:31:00Z"), ContractFixtures.SHANGHAI);

    // --- README begins ---
    ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
        entitlements, ServiceLevels.seed(SeedServiceLevels.DISPATCH, officeCalendar).build(),
        validator, clock);

    ServiceRequest call = registration.register(new RegisterServiceRequest(
        RequestId.of("erp-call-4711"), ServiceRequestId.of("SR-4711"),
        Instant.parse("2026-11-20T07:30:00Z"), "上海精工机械有限公司", "浦东新区张江路 88 号",
        "021-5080-1234", "CNC-300", "SN-88341", ServiceZone.CITY, ServiceChannel.PHONE, "主轴异响"));
    call.arrivalDue(); // Monday 23 November 14:00 in Shanghai: 6 office hours (SVC-11)
    // --- README ends ---

    // Received Friday 20 November 15:30 in Shanghai. Office hours left that Friday: 15:30–18:00,
    // 2.5 h; Monday 23 November 09:00–12:00 gives 3 h more (5.5 h); the last 0.5 h runs from
    // 13:30 to 14:00 — 06:00 UTC.
    assertEquals(Optional.of(Instant.parse("2026-11-23T06:00:00Z")), call.arrivalDue());
    assertEquals(Optional.of(call), requests.find(ServiceRequestId.of("SR-4711")));
    // Nothing under warranty or contract is known for SN-88341: a paid call (SVC-01 category A).
    assertEquals(ServiceCategory.A, call.category());
  }
}
