package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a {@link PromiseRecompute} call did (重算结果).
 *
 * @param examined how many open requests were examined
 * @param changed the audit events of the requests this call changed, in the order of
 *     {@link ServiceRequests#open}; unmodifiable
 */
public record RecomputeReport(int examined, List<PromisesRecomputed> changed) {

  /**
   * Checks and copies the fields.
   *
   * @param examined how many were examined
   * @param changed the changes
   */
  public RecomputeReport {
    changed = List.copyOf(requireNonNull(changed, "changed"));
  }
}
