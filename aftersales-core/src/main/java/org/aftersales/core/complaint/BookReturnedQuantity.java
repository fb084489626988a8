package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;

/**
 * Command: book the actually returned quantity (转帐), CMP-16. Without a reason it is booked only
 * when it is short of the approved return quantity or above it by no more than the
 * over-acceptance ratio; with a reason it records the explicit decision to book a larger excess.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case, decided
 * @param reason empty to book within the ratio; else the decision's reason, at most
 *     {@value ComplaintQuantities#MAX_REASON_LENGTH} characters of plain text
 */
public record BookReturnedQuantity(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull @Size(max = ComplaintQuantities.MAX_REASON_LENGTH) @PlainText String reason)
    implements ComplaintCommand {}
