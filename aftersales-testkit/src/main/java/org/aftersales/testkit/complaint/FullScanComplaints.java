package org.aftersales.testkit.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;

/**
 * The {@link Complaints} port (投诉案件库) as an adapter written before the reminder checks
 * existed: over another adapter's storage it implements only the abstract methods and keeps every
 * default — every case in progress is due for every reminder run (the full scan), checks and
 * resets are ignored. The reference a scheduled reminder run is compared with (the same urges,
 * read from every case in progress), and what an adopter's adapter on the defaults behaves like:
 * it passes {@link ComplaintsContract} with {@code keepsReminderChecks()} false. Thread-safe if
 * the wrapped adapter is.
 */
public final class FullScanComplaints implements Complaints {

  private final Complaints stored;

  private FullScanComplaints(Complaints stored) {
    this.stored = stored;
  }

  /**
   * The full scan over {@code stored}: every call but the reminder-check methods goes to it.
   *
   * @param stored the adapter whose storage is read and written
   * @return the port on its default check methods
   */
  public static FullScanComplaints over(Complaints stored) {
    return new FullScanComplaints(requireNonNull(stored, "stored"));
  }

  @Override
  public Optional<ComplaintCase> find(DocumentNumber number) {
    return stored.find(number);
  }

  @Override
  public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
    return stored.findByRequestId(requestId);
  }

  @Override
  public ComplaintCase save(ComplaintCase complaint, List<OutboxEvent> events) {
    return stored.save(complaint, events);
  }

  @Override
  public List<ComplaintCase> inProgress(int max) {
    return stored.inProgress(max);
  }

  @Override
  public List<ComplaintCase> closedBetween(Instant from, Instant to) {
    return stored.closedBetween(from, to);
  }
}
