package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.contract.HandoverTerms;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectHandovers;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.junit.jupiter.api.Test;

/**
 * The in-memory project handover store keeps the port's contract, and its own helpers answer what
 * is stored.
 * // rule: CON-03
 */
class InMemoryProjectHandoversTest extends ProjectHandoversContract {

  private final InMemoryProjectHandovers adapter =
      InMemoryProjectHandovers.over(InMemoryDatabase.create());

  @Override
  protected ProjectHandovers freshAdapter() {
    return adapter.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return adapter.outbox();
  }

  private static ProjectHandover handover(String project) {
    return ProjectHandover.of(ProjectId.of(project), LocalDate.of(2027, 3, 15),
        ZoneId.of("Asia/Shanghai"), HandoverTerms.seed());
  }

  @Test
  void a_store_of_its_own_lists_its_handovers_by_project_and_describes_itself() {
    InMemoryProjectHandovers own = InMemoryProjectHandovers.create();
    assertEquals("InMemoryProjectHandovers[0 stored]", own.toString());
    ProjectHandover b = own.save(handover("XM-B"), List.of());
    ProjectHandover a = own.save(handover("XM-A"), List.of());
    assertEquals(List.of(a, b), own.all());
    assertEquals(List.of(a, b), own.freshInstanceOverSameStorage().all());
    assertEquals("InMemoryProjectHandovers[2 stored]", own.toString());
  }

  @Test
  void stores_over_different_databases_share_nothing() {
    InMemoryProjectHandovers one = InMemoryProjectHandovers.create();
    InMemoryProjectHandovers other = InMemoryProjectHandovers.create();
    one.save(handover("XM-A"), List.of());
    assertEquals(List.of(), other.all());
    assertEquals(List.of(), other.dueBetween(LocalDate.of(2027, 2, 15),
        LocalDate.of(2027, 2, 16), 10));
    // rule: CON-03 — accepted 15 March 2027: joins by 15 February, answered for that day alone.
    assertEquals(1, one.dueBetween(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 16), 10)
        .size());
  }
}
