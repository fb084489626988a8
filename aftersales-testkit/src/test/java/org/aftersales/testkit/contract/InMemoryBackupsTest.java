package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupTerms;
import org.aftersales.core.contract.Backups;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.junit.jupiter.api.Test;

/**
 * The in-memory backup store keeps the port's contract, and its own helpers answer what is
 * stored.
 * // rule: CON-08
 */
class InMemoryBackupsTest extends BackupsContract {

  private final InMemoryBackups adapter = InMemoryBackups.over(InMemoryDatabase.create());

  @Override
  protected Backups freshAdapter() {
    return adapter.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return adapter.outbox();
  }

  @Test
  void a_store_of_its_own_lists_its_obligations_by_project_and_describes_itself() {
    // rule: CON-08
    InMemoryBackups own = InMemoryBackups.create();
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    BackupObligation b = own.save(
        BackupObligation.of(ProjectId.of("XM-2"), shanghai, BackupTerms.seed()), List.of());
    BackupObligation a = own.save(
        BackupObligation.of(ProjectId.of("XM-1"), shanghai, BackupTerms.seed()), List.of());
    assertEquals(List.of(a, b), own.stored());
    assertEquals("InMemoryBackups[2 stored]", own.toString());
    assertEquals(List.of(a, b), own.freshInstanceOverSameStorage().stored());
  }
}
