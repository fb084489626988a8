package org.aftersales.testkit.complaint;

import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.shared.Outbox;

/**
 * An adapter on the port's default reminder-check methods (no checks kept) still passes the whole
 * Complaints contract, the reminder tests expecting every case in progress due: an adopter's
 * existing adapter stays correct, only slower. // rule: CMP-01, CMP-19
 */
class FullScanComplaintsTest extends ComplaintsContract {

  private final InMemoryComplaints storage = InMemoryComplaints.create();

  @Override
  protected Complaints freshAdapter() {
    return FullScanComplaints.over(storage.freshInstanceOverSameStorage());
  }

  @Override
  protected Outbox outbox() {
    return storage.outbox();
  }

  @Override
  protected boolean keepsReminderChecks() {
    return false;
  }
}
