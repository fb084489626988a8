package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotNull;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.RequestId;

/**
 * Command: the customer's stamped proof document for a return or an allowance (退货证明 / 折让证明),
 * CMP-18: one of the three accepted for a return, one of the two for an allowance.
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case, decided
 * @param kind the remedy line it proves
 * @param proof the document
 */
public record RecordProof(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull RemedyKind kind,
    @NotNull ProofDocument proof) implements ComplaintCommand {}
