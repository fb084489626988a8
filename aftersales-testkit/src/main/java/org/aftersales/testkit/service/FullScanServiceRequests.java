package org.aftersales.testkit.service;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;

/**
 * The {@link ServiceRequests} port (叫修登记簿) as an adapter written before the sweep's checks
 * existed: over another adapter's storage it implements only the abstract methods and keeps every
 * default — every open request is due for every run of the sweep (the full scan), checks and
 * resets are ignored. The reference a scheduled sweep is compared with (the same notices, read
 * from every open request), and what an adopter's adapter on the defaults behaves like: it passes
 * {@link ServiceRequestsContract} with {@code keepsSweepChecks()} false. Thread-safe if the
 * wrapped adapter is.
 */
public final class FullScanServiceRequests implements ServiceRequests {

  private final ServiceRequests stored;

  private FullScanServiceRequests(ServiceRequests stored) {
    this.stored = stored;
  }

  /**
   * The full scan over {@code stored}: every call but the sweep's check methods goes to it.
   *
   * @param stored the adapter whose storage is read and written
   * @return the port on its default check methods
   */
  public static FullScanServiceRequests over(ServiceRequests stored) {
    return new FullScanServiceRequests(requireNonNull(stored, "stored"));
  }

  @Override
  public Optional<ServiceRequest> find(ServiceRequestId id) {
    return stored.find(id);
  }

  @Override
  public Optional<ServiceRequest> findByRequestId(RequestId requestId) {
    return stored.findByRequestId(requestId);
  }

  @Override
  public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
    return stored.save(request, events);
  }

  @Override
  public List<ServiceRequest> open(int max) {
    return stored.open(max);
  }

  @Override
  public List<ServiceRequest> dueBefore(Instant instant, int max) {
    return stored.dueBefore(instant, max);
  }

  @Override
  public List<ServiceRequest> byTechnician(PersonId technician, LocalDate day, ZoneId zone,
      int max) {
    return stored.byTechnician(technician, day, zone, max);
  }

  @Override
  public List<ServiceRequest> closedBetween(Instant from, Instant to, int max) {
    return stored.closedBetween(from, to, max);
  }

  @Override
  public List<ServiceRequest> inWorkshop(int max) {
    return stored.inWorkshop(max);
  }
}
