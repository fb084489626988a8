package org.aftersales.testkit.workreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.aftersales.core.workreport.BranchReport;
import org.aftersales.core.workreport.BranchReportForwarded;
import org.aftersales.core.workreport.BranchReports;
import org.aftersales.core.workreport.CategoryTime;
import org.aftersales.core.workreport.TeamDailyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link BranchReports} port (分公司日报表契约测试): extend it and implement
 * {@link #freshAdapter()} and {@link #outbox()}. It checks that a saved report reads back equal
 * through a fresh instance at the next version; that one branch and day holds one report (a second
 * new one refused, nothing written, events included); that another day or branch is another
 * report; that a stale save is refused; and that the events reach the outbox with the report.
 * Every test uses branch IDs of its own, so no reset is needed. // rule: SVC-09
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class BranchReportsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  /** For subclasses. */
  protected BranchReportsContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called.
   *
   * @return an adapter
   */
  protected abstract BranchReports freshAdapter();

  /**
   * The outbox the adapters write to.
   *
   * @return the outbox
   */
  protected abstract Outbox outbox();

  private static UnitId newBranch() {
    return UnitId.of("branch-" + RUN + "-" + COUNTER.incrementAndGet());
  }

  private static BranchReport report(UnitId branch, LocalDate day, String requestId) {
    Map<ServiceCategory, CategoryTime> totals = Map.of(
        ServiceCategory.A, new CategoryTime(ServiceCategory.A, 1, 90),
        ServiceCategory.B, CategoryTime.none(ServiceCategory.B),
        ServiceCategory.C, CategoryTime.none(ServiceCategory.C),
        ServiceCategory.D, CategoryTime.none(ServiceCategory.D));
    TeamDailyReport team = new TeamDailyReport(PersonId.of("sup-zhao"), day, List.of(), totals);
    return BranchReport.builder().branch(branch).day(day).report(team)
        .manager(PersonId.of("mgr-qian")).signedAt(Instant.parse("2026-11-03T01:00:00.123456Z"))
        .serviceDepartment(UnitId.of("service-dept")).requestId(RequestId.of(requestId))
        .version(Version.initial()).build();
  }

  private List<EventId> outboxIds() {
    return outbox().undelivered(100_000).stream().map(OutboxEvent::eventId).toList();
  }

  @Test
  void a_saved_report_reads_back_equal_through_a_fresh_adapter() {
    UnitId branch = newBranch();
    BranchReport created = report(branch, DAY, "s-1");
    BranchReport stored = freshAdapter().save(created, List.of());
    assertEquals(created.withVersion(Version.of(1)), stored);
    assertEquals(Optional.of(stored), freshAdapter().find(branch, DAY));
    assertEquals(Optional.empty(), freshAdapter().find(branch, DAY.plusDays(1)));
    assertEquals(Optional.empty(), freshAdapter().find(newBranch(), DAY));
  }

  @Test
  void one_branch_and_day_holds_one_report_and_a_refused_save_writes_nothing() {
    UnitId branch = newBranch();
    BranchReport stored = freshAdapter().save(report(branch, DAY, "s-1"), List.of());
    BranchReport second = report(branch, DAY, "s-2");
    OutboxEvent event = second.outboxEventsOfSave(List.of(new BranchReportForwarded(branch, DAY,
        UnitId.of("service-dept"), Instant.parse("2026-11-03T01:00:00Z")))).get(0);
    assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(second, List.of(event)));
    assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(report(branch, DAY, "s-3").withVersion(Version.of(7)),
            List.of(event)));
    assertEquals(Optional.of(stored), freshAdapter().find(branch, DAY));
    assertEquals(0, outboxIds().stream().filter(event.eventId()::equals).count());
    BranchReport nextDay = freshAdapter().save(report(branch, DAY.plusDays(1), "s-4"),
        List.of(event));
    assertEquals(Version.of(1), nextDay.version());
    assertEquals(1, outboxIds().stream().filter(event.eventId()::equals).count());
  }
}
