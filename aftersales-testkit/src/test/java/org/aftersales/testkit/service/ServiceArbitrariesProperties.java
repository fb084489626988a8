package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.Billing;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.Settlement;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;

/**
 * What {@link ServiceArbitraries} promises: every generated registration is accepted by the
 * registration use case and stored as sent; every generated life is accepted step by step by the
 * use cases and ends as its path says, a paid job settled for what its report charges (counted
 * here: parts at quantity × unit price plus travel, the seed's labour rate being zero), on site
 * up to CNY 500.00, on the day of the signature on site or of the return; and the edge cases come
 * often. Fixed seeds, so the coverage is stable.
 *
 * <p>// rule: SVC-02, SVC-03, SVC-05, SVC-06, SVC-13, SVC-14, SVC-15, SVC-16
 */
class ServiceArbitrariesProperties {

  static final Money ON_SITE_LIMIT = ServiceFixtures.cny("500.00");

  final Clock clock = Clock.fixed(Instant.parse("2028-01-01T00:00:00Z"), ServiceFixtures.SHANGHAI);

  @Provide
  Arbitrary<RegisterServiceRequest> registrations() {
    return ServiceArbitraries.registrations();
  }

  @Provide
  Arbitrary<ServiceArbitraries.Lifecycle> lives() {
    return ServiceArbitraries.lifecycles();
  }

  @Property(seed = "20261102", tries = 300)
  void everyRegistrationIsAcceptedAndStoredAsSent(
      @ForAll("registrations") RegisterServiceRequest command) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.create();
    ServiceRequest stored = ServiceFixtures.seedRegistration(requests,
        InMemoryEntitlements.create(), clock).register(command);
    assertEquals(command, stored.registeredBy());
    assertEquals(Optional.of(stored), requests.find(command.serviceRequestId()));
    ZonedDateTime local = command.receivedAt().atZone(ServiceFixtures.SHANGHAI);
    LocalTime time = local.toLocalTime();
    boolean office = local.getDayOfWeek().getValue() <= 5
        && (!time.isBefore(LocalTime.of(9, 0)) && time.isBefore(LocalTime.of(12, 0))
            || !time.isBefore(LocalTime.of(13, 30)) && time.isBefore(LocalTime.of(18, 0)));
    Statistics.label("in office hours").collect(office);
    Statistics.label("office-hour edge")
        .collect(ServiceArbitraries.OFFICE_EDGES.contains(time));
    Statistics.label("weekend").collect(local.getDayOfWeek() == DayOfWeek.SATURDAY
        || local.getDayOfWeek() == DayOfWeek.SUNDAY);
    Statistics.label("month end").collect(local.toLocalDate()
        .equals(local.toLocalDate().withDayOfMonth(local.toLocalDate().lengthOfMonth())));
    Statistics.label("Chinese customer").collect(command.customerName().chars()
        .allMatch(c -> c >= 0x4e00 && c <= 0x9fa5));
    Statistics.label("customer at 200").collect(command.customerName().length() == 200);
    Statistics.label("problem at 4000").collect(command.problem().length() == 4000);
    Statistics.label("zone").collect(command.zone());
    Statistics.label("channel").collect(command.channel());
    Statistics.label("zone").coverage(k -> {
      for (ServiceZone z : ServiceArbitraries.ZONES) {
        k.check(z).count(n -> n >= 10);
      }
    });
    Statistics.label("channel").coverage(k -> {
      for (ServiceChannel c : ServiceChannel.values()) {
        k.check(c).count(n -> n >= 30);
      }
    });
    Statistics.label("in office hours").coverage(k -> k.check(true).percentage(p -> p >= 10));
    Statistics.label("in office hours").coverage(k -> k.check(false).percentage(p -> p >= 30));
    Statistics.label("office-hour edge").coverage(k -> k.check(true).percentage(p -> p >= 15));
    Statistics.label("weekend").coverage(k -> k.check(true).percentage(p -> p >= 20));
    Statistics.label("month end").coverage(k -> k.check(true).percentage(p -> p >= 10));
    Statistics.label("Chinese customer").coverage(k -> k.check(true).percentage(p -> p >= 20));
    Statistics.label("customer at 200").coverage(k -> k.check(true).percentage(p -> p >= 5));
    Statistics.label("problem at 4000").coverage(k -> k.check(true).percentage(p -> p >= 5));
  }

  @Property(seed = "20261103", tries = 300)
  void everyLifeIsAcceptedAndEndsAsItsPathSays(@ForAll("lives") ServiceArbitraries.Lifecycle life) {
    InMemoryServiceRequests requests = InMemoryServiceRequests.create();
    InMemoryEntitlements erp = life.grantTo(InMemoryEntitlements.create(ServiceFixtures.SHANGHAI));
    ServiceRequest last = life.runOn(ServiceFixtures.seedRegistration(requests, erp, clock),
        ServiceFixtures.seedDispatch(requests, clock),
        ServiceFixtures.seedCompletion(requests, clock),
        ServiceFixtures.seedWorkshop(requests, clock));
    assertEquals(life.path().status(), last.status());
    assertEquals(life.entitlement().billing(), last.billing());
    AssignTechnician dispatch = life.steps().stream().filter(AssignTechnician.class::isInstance)
        .map(AssignTechnician.class::cast).findFirst().orElseThrow();
    assertEquals(Optional.of(dispatch.technician()), last.technician());
    boolean paidAndClosed = last.billing() == Billing.PAID_AFTER_QUOTE
        && last.status() == ServiceRequestStatus.CLOSED;
    if (paidAndClosed) {
      Money due = charge(last.report().orElseThrow());
      boolean onSite = life.path() == ServiceArbitraries.Path.CLOSED_ON_SITE
          && !due.isGreaterThan(ON_SITE_LIMIT);
      // Settled on the business day of the voucher's signature on site, of the return otherwise.
      Instant settled = life.path() == ServiceArbitraries.Path.CLOSED_ON_SITE
          ? last.voucherSignedAt().orElseThrow() : last.closedAt().orElseThrow();
      LocalDate day = LocalDate.ofInstant(settled, ServiceFixtures.SHANGHAI);
      assertEquals(Optional.of(new Settlement(onSite, due, day)), last.settlement());
      Statistics.label("collected on site").collect(onSite);
    } else {
      assertTrue(last.settlement().isEmpty());
    }
    Statistics.label("path").collect(life.path());
    Statistics.label("billing").collect(last.billing());
    Statistics.label("path").coverage(k -> {
      for (ServiceArbitraries.Path p : ServiceArbitraries.Path.values()) {
        k.check(p).percentage(x -> x >= 20);
      }
    });
    Statistics.label("billing").coverage(k -> k.check(Billing.PAID_AFTER_QUOTE)
        .percentage(x -> x >= 20));
  }

  /** Parts at quantity × unit price plus travel, in minor units (分). */
  static Money charge(ServiceReport report) {
    long minor = report.travelCost().minorUnits();
    for (ReplacedPart p : report.parts()) {
      minor += p.quantity() * p.unitPrice().minorUnits();
    }
    return Money.ofMinor(minor, report.travelCost().currency());
  }
}
