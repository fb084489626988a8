package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.servicelevel.Milestone;

/**
 * A promised deadline kept on a service request (承诺时限): the milestone that must be reached and
 * the instant it is due, as computed once by the service-level policy in force at registration
 * (SVC-11…SVC-13). The {@link ServiceLevelSweep} watches promises for warnings, breaches and
 * escalations (SVC-08).
 *
 * @param milestone what must be reached, e.g. {@link Milestone#ARRIVAL_ON_SITE}
 * @param due when it is due; reached at or before it is on time
 */
public record Promise(Milestone milestone, Instant due) {

  /**
   * Checks the fields.
   *
   * @param milestone what must be reached
   * @param due when it is due
   */
  public Promise {
    requireNonNull(milestone, "milestone");
    requireNonNull(due, "due");
  }
}
