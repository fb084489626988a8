package org.aftersales.examples.postgres.json;

import java.time.Clock;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.service.InMemoryEntitlements;
import org.aftersales.testkit.service.InMemoryServiceRequests;
import org.aftersales.testkit.service.ServiceArbitraries;
import org.aftersales.testkit.service.ServiceFixtures;

/**
 * A service request (服务请求) in every state the testkit's generated lives reach, and every event
 * they store, is read back equal to what was written: Chinese text, microsecond instants,
 * money, optional parts present and absent.
 *
 * <p>// rule: SVC-02, SVC-03, SVC-05, SVC-06, SVC-13, SVC-14, SVC-15, SVC-16 (the states stored)
 */
class AftersalesJsonServiceProperties {

  final Clock clock = Clock.fixed(Instant.parse("2028-01-01T00:00:00.123456Z"),
      ServiceFixtures.SHANGHAI);

  @Provide
  Arbitrary<ServiceArbitraries.Lifecycle> lives() {
    return ServiceArbitraries.lifecycles();
  }

  @Property(seed = "20261130", tries = 60)
  void every_state_of_a_generated_life_and_its_events_round_trip(
      @ForAll("lives") ServiceArbitraries.Lifecycle life) {
    for (int steps = 0; steps <= life.steps().size(); steps++) {
      ServiceArbitraries.Lifecycle prefix = new ServiceArbitraries.Lifecycle(life.entitlement(),
          life.registration(), life.path(), life.steps().subList(0, steps));
      InMemoryServiceRequests requests = InMemoryServiceRequests.create();
      InMemoryEntitlements erp = prefix.grantTo(
          InMemoryEntitlements.create(ServiceFixtures.SHANGHAI));
      ServiceRequest state = prefix.runOn(ServiceFixtures.seedRegistration(requests, erp, clock),
          ServiceFixtures.seedDispatch(requests, clock),
          ServiceFixtures.seedCompletion(requests, clock),
          ServiceFixtures.seedWorkshop(requests, clock));
      RoundTrip.check(ServiceRequest.class, state);
      for (OutboxEvent e : requests.outbox().all()) {
        RoundTrip.checkEvent(e);
        RoundTrip.check(OutboxEvent.class, e);
      }
    }
  }
}
