package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;

/**
 * Command: the sales allowance certificate (销货折让证明单) that executes a decided allowance or
 * compensation, CMP-15.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case, decided
 * @param kind {@link RemedyKind#ALLOWANCE} or {@link RemedyKind#COMPENSATION}, a line of the
 *     decided remedy
 * @param certificateNumber the certificate's number, 1 to 64 characters of plain text
 */
public record RecordAllowanceCertificate(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull RemedyKind kind,
    @NotBlank @Size(max = 64) @PlainText String certificateNumber) implements ComplaintCommand {}
