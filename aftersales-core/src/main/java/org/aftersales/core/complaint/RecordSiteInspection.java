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
 * Command: record the joint site inspection at the customer (会同现场确认), CMP-03: QA goes with
 * manufacturing; if QA cannot go, the general manager appoints someone; a report to the general
 * manager follows. It may have taken place before the case was accepted (the form did not exist
 * yet); it is recorded on the case once.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case
 * @param inspectedAt when the inspection took place; in the supported range; truncated to whole
 *     microseconds
 * @param inspector who inspected for QA: a QA person, or the person the general manager appointed
 *     when QA could not go
 * @param appointedByGeneralManager true if {@code inspector} was appointed by the general manager
 *     because QA could not go
 * @param manufacturingInspector who went for manufacturing
 * @param findings what was found, 1 to 4 000 characters of plain text
 */
public record RecordSiteInspection(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull @SupportedInstant Instant inspectedAt,
    @NotNull PersonId inspector,
    boolean appointedByGeneralManager,
    @NotNull PersonId manufacturingInspector,
    @NotBlank @Size(max = 4000) @PlainText String findings) implements ComplaintCommand {

  /**
   * Truncates the instant to the stored precision ({@link TimePrecision}); every field is
   * validated at the use case's boundary, not here, so that all problems are reported together.
   *
   * @param requestId the request ID
   * @param number the case
   * @param inspectedAt the inspection instant
   * @param inspector the QA inspector or the appointee
   * @param appointedByGeneralManager whether the inspector was appointed
   * @param manufacturingInspector the manufacturing inspector
   * @param findings the findings
   */
  public RecordSiteInspection {
    inspectedAt = inspectedAt == null ? null : TimePrecision.stored(inspectedAt);
  }
}
