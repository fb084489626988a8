package org.aftersales.testkit.workreport;

import static org.aftersales.testkit.workreport.Jobs.SHANGHAI;
import static org.aftersales.testkit.workreport.Jobs.shanghai;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.workreport.AvailabilityLapse;
import org.aftersales.core.workreport.AvailabilityLog;
import org.aftersales.core.workreport.AvailabilityViolations;
import org.aftersales.core.workreport.LapseKind;
import org.aftersales.core.workreport.ServiceHours;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Recording three lapses — two in the hours, one outside — under a fault at every port call, with
 * retries: each recorded once, each violation fined once. // rule: SVC-19 — tag: reliability
 */
class AvailabilityFaultTest extends FaultInjectionContract<AvailabilityFaultTest.World> {

  /** The use case and the log. */
  record World(AvailabilityViolations violations, InMemoryAvailabilityLog log) {}

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryAvailabilityLog log = InMemoryAvailabilityLog.over(database);
    return new World(new AvailabilityViolations(faults.wrap(AvailabilityLog.class, log),
        ServiceHours.seed(SHANGHAI), TestValidators.commandValidator(),
        Clock.fixed(shanghai(11, 5, 12, 0), SHANGHAI)), log);
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("unanswered at 10:00", w -> w.violations().record(AvailabilityViolationsTest
            .lapse("c-1", LapseKind.HOTLINE_UNANSWERED, shanghai(11, 2, 10, 0),
                shanghai(11, 2, 10, 0)))),
        new Step<>("phone off overnight", w -> w.violations().record(AvailabilityViolationsTest
            .lapse("c-2", LapseKind.PHONE_OFF, shanghai(11, 2, 21, 0), shanghai(11, 3, 9, 0)))),
        new Step<>("refused at 23:00", w -> w.violations().record(AvailabilityViolationsTest
            .lapse("c-3", LapseKind.PHONE_CALL_REFUSED, shanghai(11, 2, 23, 0),
                shanghai(11, 2, 23, 0)))));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(world.log().all().stream()
        .sorted(Comparator.comparing(AvailabilityLapse::eventId)).toList(), delivered);
  }
}
