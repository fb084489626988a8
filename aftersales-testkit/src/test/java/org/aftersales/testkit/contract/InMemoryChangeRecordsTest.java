package org.aftersales.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.aftersales.core.contract.ChangeId;
import org.aftersales.core.contract.ChangeRecord;
import org.aftersales.core.contract.ChangeRecords;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.junit.jupiter.api.Test;

/**
 * The in-memory change record store keeps the port's contract, and its own helpers answer what is
 * stored.
 * // rule: CON-07
 */
class InMemoryChangeRecordsTest extends ChangeRecordsContract {

  private final InMemoryChangeRecords adapter =
      InMemoryChangeRecords.over(InMemoryDatabase.create());

  @Override
  protected ChangeRecords freshAdapter() {
    return adapter.freshInstanceOverSameStorage();
  }

  @Override
  protected Outbox outbox() {
    return adapter.outbox();
  }

  static ChangeRecord change(String id) {
    Instant start = Instant.parse("2026-04-10T14:00:00Z");
    ChangeRecord.Builder builder = ChangeRecord.builder();
    builder.id(ChangeId.of(id)).project(ProjectId.of("XM-2026-07")).what("升级中间件")
        .impact("应用重启约十分钟").scope("全部用户").windowStart(start)
        .windowEnd(start.plusSeconds(3600));
    return builder.build();
  }

  @Test
  void a_store_of_its_own_lists_its_records_by_change_id_and_describes_itself() {
    // rule: CON-07
    InMemoryChangeRecords own = InMemoryChangeRecords.create();
    ChangeRecord b = own.save(change("BG-2"), List.of());
    ChangeRecord a = own.save(change("BG-1"), List.of());
    assertEquals(List.of(a, b), own.all());
    assertEquals("InMemoryChangeRecords[2 stored]", own.toString());
    assertEquals(List.of(a, b), own.freshInstanceOverSameStorage().all());
  }
}
