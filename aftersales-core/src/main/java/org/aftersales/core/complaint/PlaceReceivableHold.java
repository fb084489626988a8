package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotNull;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;

/**
 * Command: flag the receivable under complaint on the case's order and part (CMP-17) so the
 * host's receivable-recovery bonus (货款回收奖金) excludes it while the case is in progress; the
 * hold is released when the case closes.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case, in progress
 * @param amount the receivable under complaint, more than 0
 */
public record PlaceReceivableHold(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull Money amount) implements ComplaintCommand {}
