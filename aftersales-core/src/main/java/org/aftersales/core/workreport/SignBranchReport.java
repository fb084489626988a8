package org.aftersales.core.workreport;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the branch manager signs a branch's supervisor daily report (经理核阅签章), after which it
 * is forwarded to the service department (转送服务部), SVC-09, P2 §17. Every field is required.
 *
 * @param requestId the client's request ID; sending the same command again returns the report as
 *     this command signed it, with no second change
 * @param branch the branch (分公司) whose report it is
 * @param report the supervisor's team daily report as the manager reviewed it
 * @param manager the branch manager (经理) who signs; not the report's supervisor
 * @param serviceDepartment the service department (服务部) the report is forwarded to
 * @param signedAt when the manager signed (business timestamp), in the supported range; truncated
 *     to whole microseconds on construction ({@link TimePrecision})
 */
public record SignBranchReport(
    @NotNull RequestId requestId,
    @NotNull UnitId branch,
    @NotNull TeamDailyReport report,
    @NotNull PersonId manager,
    @NotNull UnitId serviceDepartment,
    @NotNull @SupportedInstant Instant signedAt) {

  /**
   * Truncates {@code signedAt} to the stored precision; every field is validated at the use
   * case's boundary.
   *
   * @param requestId the request ID
   * @param branch the branch
   * @param report the report
   * @param manager the manager
   * @param serviceDepartment the service department
   * @param signedAt when the manager signed
   */
  public SignBranchReport {
    signedAt = signedAt == null ? null : TimePrecision.stored(signedAt);
  }
}
