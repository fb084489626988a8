package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.SupportedInstant;
import org.aftersales.core.shared.TimePrecision;

/**
 * Command: the service supervisor (or a delegate) visited the complaining customer (客户拜访),
 * SUR-05 — every complaining customer is visited, whatever the severity; by default a case is not
 * closed before the visit is recorded ({@link ComplaintProcedure#visitBeforeClosure()}).
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case
 * @param visitedAt when; in the supported range; truncated to whole microseconds
 * @param visitor who visited
 * @param delegate true if the visitor went as the supervisor's delegate
 * @param notes what was said, 1 to 4 000 characters of plain text
 */
public record RecordCustomerVisit(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull @SupportedInstant Instant visitedAt,
    @NotNull PersonId visitor,
    boolean delegate,
    @NotBlank @Size(max = 4000) @PlainText String notes) implements ComplaintCommand {

  /**
   * Truncates the instant to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param number the case
   * @param visitedAt the visit instant
   * @param visitor the visitor
   * @param delegate whether a delegate visited
   * @param notes the notes
   */
  public RecordCustomerVisit {
    visitedAt = visitedAt == null ? null : TimePrecision.stored(visitedAt);
  }
}
