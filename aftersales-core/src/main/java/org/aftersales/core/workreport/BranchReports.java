package org.aftersales.core.workreport;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;

/**
 * The stored, signed branch reports (分公司日报表): the repository port the host implements. The
 * testkit has an in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>One report per branch and day. {@link #save} stores a report only if the stored version is
 *       the one it carries ({@link org.aftersales.core.shared.Version#initial()} for a new one — a
 *       second new report for the same branch and day is refused), as the next version;
 *       otherwise {@link ConcurrentUpdateException} and nothing written.</li>
 *   <li>The change's events go to the outbox in the same transaction as the report.</li>
 *   <li>Reports are never deleted and read back equal through any adapter instance.</li>
 * </ul>
 */
@Port
public interface BranchReports {

  /**
   * The signed report of a branch and day.
   *
   * @param branch the branch
   * @param day the business day
   * @return the report, or empty if not signed yet
   */
  Optional<BranchReport> find(UnitId branch, LocalDate day);

  /**
   * Stores {@code report}, expecting the stored version to be {@code report.version()}, and
   * appends {@code events} to the outbox, atomically.
   *
   * @param report the report
   * @param events the change's events with their IDs; may be empty
   * @return the report as stored, with the next version
   * @throws ConcurrentUpdateException if another version is stored (or one already for a new
   *     report); nothing is written
   */
  BranchReport save(BranchReport report, List<OutboxEvent> events);
}
