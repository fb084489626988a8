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
 * Command: the investigation report reaches the general manager (调查报告), CMP-04 — due within
 * 3 working days of acceptance by default (the {@code INVESTIGATION_REPORT} target of the
 * service-level policy). Filed once per case.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case
 * @param filedAt when it reached the general manager; in the supported range, not before the
 *     acceptance; truncated to whole microseconds
 * @param author who wrote it
 * @param summary the report's content or reference, 1 to 4 000 characters of plain text
 */
public record FileInvestigationReport(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull @SupportedInstant Instant filedAt,
    @NotNull PersonId author,
    @NotBlank @Size(max = 4000) @PlainText String summary) implements ComplaintCommand {

  /**
   * Truncates the instant to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param number the case
   * @param filedAt the filing instant
   * @param author the author
   * @param summary the summary
   */
  public FileInvestigationReport {
    filedAt = filedAt == null ? null : TimePrecision.stored(filedAt);
  }
}
