package org.aftersales.testkit.complaint;

import static org.aftersales.testkit.complaint.ComplaintHandlingTest.SEED;
import static org.aftersales.testkit.complaint.ComplaintHandlingTest.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintReminder;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminderWatch;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.RoutingLedger;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Version;
import org.aftersales.rules.sla.SeedServiceLevels;

/**
 * The reminders count due instants without a full clock (no warnings, no elapsed time); these
 * properties check them against the independent paths of the routing ledger
 * ({@link RoutingLedger#stepFigures}, {@link RoutingLedger#overall}) and a full
 * {@link org.aftersales.core.servicelevel.ServiceLevelClock} from the policy, for cases accepted
 * at any minute of November 2026 on the seed's Shanghai calendar, in either market, at any step.
 */
class ComplaintReminderDueProperties {

  final ComplaintReminderWatch watch =
      new ComplaintReminderWatch(SEED, ComplaintReminderSettings.seed());

  @Property(tries = 300)
  void every_urge_names_the_due_instant_the_ledger_and_the_clock_compute(
      @ForAll @IntRange(min = 0, max = 29 * 24 * 60) int acceptedMinute,
      @ForAll boolean overseas,
      @ForAll @IntRange(min = 0, max = 5) int stepsDone,
      @ForAll @IntRange(min = 1, max = 3000) int minutesPerStep) {
    // rule: CMP-19, CMP-04, CMP-05, CMP-06
    ServiceZone market = overseas ? ServiceZone.OVERSEAS : ServiceZone.DOMESTIC;
    Instant accepted = sh("2026-11-01T00:00").plus(Duration.ofMinutes(acceptedMinute));
    List<Milestone> route = SeedServiceLevels.COMPLAINT_STEPS;
    RoutingLedger ledger = RoutingLedger.accepted(route, market, accepted)
        .handOver(route.get(0), accepted);
    Instant t = accepted;
    for (int i = 1; i <= stepsDone; i++) {
      t = t.plus(Duration.ofMinutes(minutesPerStep));
      ledger = ledger.complete(t).handOver(route.get(i), t);
    }
    ComplaintCase c = ComplaintCase.builder().number(ComplaintFixtures.aNumber())
        .requestId(ComplaintFixtures.aRequestId()).receivedAt(accepted)
        .intake(ComplaintHandlingTest.intake(market, ComplaintSeverity.GENERAL, true))
        .routing(ledger).status(ComplaintStatus.OPEN).version(Version.initial()).build();
    // Ninety days on, everything open is overdue: one urge at level 0 each for the open step, the
    // overall limit and the missing report.
    Instant at = accepted.plus(Duration.ofDays(90));
    Map<String, Object> dueByStep = new HashMap<>();
    for (ComplaintReminder r : watch.urgesDue(c, at)) {
      if (r.level() == 0) {
        dueByStep.put((String) r.parameters().get("milestone"), r.parameters().get("due"));
      }
    }
    assertEquals(3, dueByStep.size(), dueByStep::toString);
    assertEquals(ledger.stepFigures(SEED, at).get(stepsDone).due(),
        dueByStep.get(route.get(stepsDone).code()));
    assertEquals(ledger.overall(SEED, at).due(),
        dueByStep.get(Milestone.COMPLAINT_CLOSURE.code()));
    assertEquals(SEED.startClock(ServiceLevelKey.of(Milestone.INVESTIGATION_REPORT, market),
        accepted).orElseThrow().due().orElseThrow(),
        dueByStep.get(Milestone.INVESTIGATION_REPORT.code()));
  }
}
