package org.aftersales.core.workreport;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Port;
import org.aftersales.core.shared.RequestId;

/**
 * The log of hotline and phone availability lapses (热线 / 手机失联登记簿), SVC-19: an append-only
 * port the host implements. The testkit has an in-memory adapter and an abstract contract test.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #append} stores a lapse under its {@link AvailabilityLapse#eventId() ID} once: a
 *       second lapse with a stored ID is refused with {@link DuplicateRequestException} and
 *       nothing is written.</li>
 *   <li>The lapse's events go to the outbox in the same transaction.</li>
 *   <li>Lapses are never changed or deleted and read back equal through any adapter instance.</li>
 * </ul>
 */
@Port
public interface AvailabilityLog {

  /**
   * The lapse recorded under this ID.
   *
   * @param eventId the lapse's ID
   * @return the lapse, or empty
   */
  Optional<AvailabilityLapse> find(RequestId eventId);

  /**
   * Stores a new lapse and appends {@code events} to the outbox, atomically.
   *
   * @param lapse the lapse
   * @param events its events with their IDs; may be empty
   * @return the lapse as stored
   * @throws DuplicateRequestException if a lapse with its ID is stored; nothing is written
   */
  AvailabilityLapse append(AvailabilityLapse lapse, List<OutboxEvent> events);
}
