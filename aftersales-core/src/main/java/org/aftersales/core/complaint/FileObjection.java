package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotNull;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.RequestId;

/**
 * Command: a department that disagrees with the decision files a formal objection (签呈), CMP-12.
 * It is kept on the case and reported to the general manager; it does not undo the decision
 * (see docs/complaint-cases.md).
 *
 * @param requestId the client's request ID, unique within the case
 * @param number the case, decided or closed
 * @param objection the objecting department, who filed it, when and why
 */
public record FileObjection(
    @NotNull RequestId requestId,
    @NotNull DocumentNumber number,
    @NotNull Objection objection) implements ComplaintCommand {}
