package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One job in a day's dispatch queue (派工队列): the undispatched request, the working day it
 * belongs to, and whether it was carried over from an earlier working day (SVC-10).
 *
 * @param request the request, {@link ServiceRequestStatus#REGISTERED}
 * @param workingDate the working day the request belongs to: the date, in the calendar's zone, of
 *     the first working moment at or after its call
 * @param carriedOver whether that day is before the queue's day: the job was not dispatched by the
 *     end of its own working day
 */
public record DispatchQueueEntry(ServiceRequest request, LocalDate workingDate,
    boolean carriedOver) {

  /**
   * Checks the fields.
   *
   * @param request the request
   * @param workingDate its working day
   * @param carriedOver whether carried over
   */
  public DispatchQueueEntry {
    requireNonNull(request, "request");
    requireNonNull(workingDate, "workingDate");
  }
}
