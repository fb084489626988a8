package org.aftersales.core.obligation;

import org.aftersales.core.contract.CustomerId;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationStatus;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One obligation as a report lists it (义务执行情况): the obligation, the customer, its effective
 * due day, where it stands on the report's day, and whether it was carried over.
 *
 * @param obligation the obligation as its schedule creates it (its own due day is the scheduled
 *     one)
 * @param customer the contract's customer
 * @param effectiveDue the day it is due: the carried-over day, else the scheduled one (a calendar
 *     date of the business's zone)
 * @param status where it stands on the report's day
 * @param carriedOver whether it was carried over to another day
 */
public record ObligationState(Obligation obligation, CustomerId customer, LocalDate effectiveDue,
    ObligationStatus status, boolean carriedOver) {

  /**
   * Checks the fields.
   *
   * @param obligation the obligation
   * @param customer the customer
   * @param effectiveDue the effective due day
   * @param status the status
   * @param carriedOver whether it was carried over
   */
  public ObligationState {
    requireNonNull(obligation, "obligation");
    requireNonNull(customer, "customer");
    requireNonNull(effectiveDue, "effectiveDue");
    requireNonNull(status, "status");
  }

  /**
   * Whether it was missed: overdue now, fulfilled late, or written off.
   *
   * @return true for {@link ObligationStatus#OVERDUE}, {@link ObligationStatus#FULFILLED_LATE}
   *     and {@link ObligationStatus#WRITTEN_OFF}
   */
  public boolean missed() {
    return status == ObligationStatus.OVERDUE || status == ObligationStatus.FULFILLED_LATE
        || status == ObligationStatus.WRITTEN_OFF;
  }
}
