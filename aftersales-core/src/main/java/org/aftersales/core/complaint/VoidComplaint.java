package org.aftersales.core.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.aftersales.core.numbering.DocumentNumber;

/**
 * Command: void a complaint case (作废). The case keeps its number and stays stored.
 *
 * @param number the case
 * @param reason why, 1 to 1 000 characters
 */
public record VoidComplaint(
    @NotNull DocumentNumber number,
    @NotBlank @Size(max = 1000) String reason) {}
