package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;

/**
 * Command: void a complaint case (作废). The case keeps its number and stays stored.
 *
 * <p>Idempotent by request ID: sending it again after the case was voided by it returns the voided
 * case; the same request ID with another reason is refused as a duplicate request. The voided case
 * stores the request ID ({@link ComplaintCase#voidRequestId()}), so the repeat is recognised from
 * the stored case itself, whatever failed after the save.
 *
 * @param requestId the client's request ID
 * @param number the case
 * @param reason why, 1 to 1 000 characters of {@link PlainText plain text}
 */
public record VoidComplaint(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotBlank @Size(max = 1000) @PlainText String reason) {}
