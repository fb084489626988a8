package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;

/**
 * Command: a finished-goods return slip (成品退货单) for part of a decided return or reprocessing,
 * CMP-15, CMP-16; a return may be split across several slips, never beyond the approved quantity.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case, decided
 * @param kind {@link RemedyKind#RETURN} or {@link RemedyKind#REPROCESSING}, a line of the decided
 *     remedy
 * @param slipNumber the slip's number, 1 to 64 characters of plain text, unique within the case
 * @param quantity the pieces the slip covers, at least 1
 */
public record IssueReturnSlip(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull RemedyKind kind,
    @NotBlank @Size(max = 64) @PlainText String slipNumber,
    @Positive long quantity) implements ComplaintCommand {}
