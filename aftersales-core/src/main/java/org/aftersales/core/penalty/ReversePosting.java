package org.aftersales.core.penalty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.PlainText;
import org.aftersales.core.shared.RequestId;

/**
 * Command: reverse one posting of a person's penalty ledger (罚款冲销), explicitly and audited —
 * e.g. after a decision was withdrawn. The time recorded is the use case's clock.
 *
 * <p>Idempotent by request ID: sending it again after the reversal was stored returns the stored
 * ledger; the same request ID with another reason or author is refused as a duplicate request.
 *
 * @param requestId the client's request ID
 * @param person whose ledger
 * @param caseId the case whose posting is reversed
 * @param reversedBy who reverses it
 * @param reason why, 1 to 500 characters of {@link PlainText plain text}
 */
public record ReversePosting(
    @NotNull RequestId requestId,
    @NotNull PersonId person,
    @NotNull String caseId,
    @NotNull PersonId reversedBy,
    @NotBlank @Size(max = 500) @PlainText String reason) {}
