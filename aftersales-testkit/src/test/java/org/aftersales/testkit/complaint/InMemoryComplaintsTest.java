package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.shared.Outbox;
import org.junit.jupiter.api.Test;

/** The in-memory adapter passes the Complaints contract. // rule: CMP-01, CMP-10 */
class InMemoryComplaintsTest extends ComplaintsContract {

  private final InMemoryComplaints storage = InMemoryComplaints.create();

  @Override
  protected Complaints freshAdapter() {
    return storage.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return storage.outbox();
  }

  @Test
  void separate_storages_do_not_see_each_other() {
    ComplaintCase stored = storage.save(ComplaintFixtures.anOpenCase(), List.of());
    assertEquals(Optional.empty(), InMemoryComplaints.create().find(stored.number()));
    assertEquals("InMemoryComplaints[1 cases]", storage.toString());
  }
}
