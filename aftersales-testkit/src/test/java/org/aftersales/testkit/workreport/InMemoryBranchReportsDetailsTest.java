package org.aftersales.testkit.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.TeamDailyReport;
import org.aftersales.core.workreport.WorkReports;
import org.junit.jupiter.api.Test;

/** What the in-memory branch reports say beyond the contract. // rule: SVC-09 */
class InMemoryBranchReportsDetailsTest {

  @Test
  void a_refused_save_names_the_expected_and_the_stored_version() {
    // rule: SVC-09
    TeamDailyReport team = new WorkReports(Jobs.SHANGHAI).teamDay(PersonId.of("sup"),
        LocalDate.of(2026, 11, 2), List.of());
    BranchReport report = BranchReport.builder().branch(UnitId.of("suzhou"))
        .day(LocalDate.of(2026, 11, 2)).report(team).manager(PersonId.of("mgr"))
        .signedAt(Instant.parse("2026-11-03T01:00:00Z")).serviceDepartment(UnitId.of("dept"))
        .requestId(RequestId.of("s-1")).version(Version.of(3)).build();
    InMemoryBranchReports reports = InMemoryBranchReports.create();
    ConcurrentUpdateException none = assertThrows(ConcurrentUpdateException.class,
        () -> reports.save(report, List.of()));
    assertEquals(Optional.empty(), none.actual());
    assertEquals(Version.of(3), none.expected());
    reports.save(report.withVersion(Version.initial()), List.of());
    ConcurrentUpdateException stale = assertThrows(ConcurrentUpdateException.class,
        () -> reports.save(report, List.of()));
    assertEquals(Optional.of(Version.of(1)), stale.actual());
  }
}
