package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;

/**
 * Command: the warehouse received returned goods against a return slip (收料), CMP-16; receptions
 * may be partial.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case, decided
 * @param slipNumber the slip the goods came under
 * @param quantity the pieces received, at least 1
 */
public record ReceiveReturnedGoods(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotBlank @Size(max = 64) @PlainText String slipNumber,
    @Positive long quantity) implements ComplaintCommand {}
