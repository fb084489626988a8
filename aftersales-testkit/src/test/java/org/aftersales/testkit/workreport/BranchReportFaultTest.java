package org.aftersales.testkit.workreport;

import static org.aftersales.testkit.workreport.Jobs.SHANGHAI;
import static org.aftersales.testkit.workreport.Jobs.job;
import static org.aftersales.testkit.workreport.Jobs.shanghai;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.workreport.BranchReportSigning;
import org.aftersales.core.workreport.BranchReports;
import org.aftersales.core.workreport.SignBranchReport;
import org.aftersales.core.workreport.TeamDailyReport;
import org.aftersales.core.workreport.WorkReports;
import org.aftersales.testkit.faults.FaultInjectionContract;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Signing two branches' reports under a fault at every port call, with retries: each signed and
 * forwarded once, nothing lost or doubled. // rule: SVC-09 — tag: reliability
 */
class BranchReportFaultTest extends FaultInjectionContract<BranchReportFaultTest.World> {

  /** The use case and the repository. */
  record World(BranchReportSigning signing, InMemoryBranchReports reports) {}

  static final TeamDailyReport REPORT = new WorkReports(SHANGHAI).teamDay(PersonId.of("sup-zhao"),
      LocalDate.of(2026, 11, 2), List.of(job("SR-1", "tech-wang", "sup-zhao", ServiceCategory.A,
          shanghai(11, 2, 9, 0), 90)));

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryBranchReports reports = InMemoryBranchReports.over(database);
    return new World(new BranchReportSigning(faults.wrap(BranchReports.class, reports),
        TestValidators.commandValidator(), SHANGHAI,
        Clock.fixed(shanghai(11, 3, 9, 0), SHANGHAI)), reports);
  }

  static SignBranchReport sign(String requestId, String branch) {
    return new SignBranchReport(RequestId.of(requestId), UnitId.of(branch), REPORT,
        PersonId.of("mgr-qian"), UnitId.of("service-dept"), shanghai(11, 3, 8, 30));
  }

  @Override
  protected List<Step<World>> scenario() {
    return List.of(
        new Step<>("sign Suzhou's report", w -> w.signing().sign(sign("s-1", "suzhou"))),
        new Step<>("sign Wuxi's report", w -> w.signing().sign(sign("s-2", "wuxi"))));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    return List.of(world.reports().all().stream()
        .sorted(java.util.Comparator.comparing(r -> r.key())).toList(), delivered);
  }
}
