package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.VoidComplaint;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Complaints} port (投诉案件库契约测试), as tests any adapter can run:
 * extend this class in your test sources and implement {@link #freshAdapter()}.
 *
 * <pre>{@code
 * class JdbcComplaintsTest extends ComplaintsContract {
 *   @Override protected Complaints freshAdapter() { return new JdbcComplaints(dataSource); }
 * }
 * }</pre>
 *
 * The tests use fresh numbers and request IDs ({@link ComplaintFixtures}), so they need no
 * clean-up between them. // rule: CMP-01, CMP-10
 */
public abstract class ComplaintsContract {

  /** For subclasses. */
  protected ComplaintsContract() {}

  /**
   * A NEW adapter instance over the SAME underlying storage each time it is called: the contract
   * stores through one instance and reads back through another.
   *
   * @return an adapter
   */
  protected abstract Complaints freshAdapter();

  @Test
  void a_saved_case_reads_back_equal_through_a_fresh_adapter_at_the_next_version() {
    ComplaintCase created = ComplaintFixtures.anOpenCase();
    ComplaintCase stored = freshAdapter().save(created);
    assertEquals(Version.of(1), stored.version());
    assertEquals(created.withVersion(Version.of(1)), stored);
    Complaints reader = freshAdapter();
    assertEquals(Optional.of(stored), reader.find(created.number()));
    assertEquals(Optional.of(stored), reader.findByRequestId(created.requestId()));
  }

  @Test
  void unknown_numbers_and_request_ids_are_not_found() {
    assertEquals(Optional.empty(), freshAdapter().find(ComplaintFixtures.aNumber()));
    assertEquals(Optional.empty(), freshAdapter().findByRequestId(ComplaintFixtures.aRequestId()));
  }

  @Test
  void a_save_with_a_stale_version_is_refused_and_writes_nothing() {
    Complaints adapter = freshAdapter();
    ComplaintCase v1 = adapter.save(ComplaintFixtures.anOpenCase());
    ComplaintCase v2 = adapter.save(v1.voided(new VoidComplaint(v1.number(), "customer withdrew"),
        Instant.parse("2026-11-03T02:00:00Z")).state());
    assertEquals(Version.of(2), v2.version());
    ConcurrentUpdateException stale = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(v1));
    assertEquals(Version.of(1), stale.expected());
    assertEquals(Optional.of(Version.of(2)), stale.actual());
    assertEquals(Optional.of(v2), freshAdapter().find(v1.number()));
  }

  @Test
  void a_new_case_whose_number_is_already_stored_is_refused() {
    Complaints adapter = freshAdapter();
    ComplaintCase created = ComplaintFixtures.anOpenCase();
    ComplaintCase stored = adapter.save(created);
    assertThrows(ConcurrentUpdateException.class, () -> freshAdapter().save(created));
    assertEquals(Optional.of(stored), freshAdapter().find(created.number()));
  }

  @Test
  void a_case_that_was_never_stored_cannot_be_updated() {
    ComplaintCase phantom = ComplaintFixtures.anOpenCase().withVersion(Version.of(3));
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> freshAdapter().save(phantom));
    assertEquals(Optional.empty(), e.actual());
    assertEquals(Optional.empty(), freshAdapter().find(phantom.number()));
  }

  @Test
  void a_request_id_belongs_to_one_case_only() {
    ComplaintCase first = freshAdapter().save(ComplaintFixtures.anOpenCase());
    ComplaintCase other = ComplaintCase.builder()
        .number(ComplaintFixtures.aNumber()).requestId(first.requestId())
        .receivedAt(first.receivedAt()).customerName("Another customer").description("Other")
        .status(first.status()).version(Version.initial()).build();
    assertThrows(DuplicateRequestException.class, () -> freshAdapter().save(other));
    assertEquals(Optional.empty(), freshAdapter().find(other.number()));
    assertEquals(Optional.of(first), freshAdapter().findByRequestId(first.requestId()));
  }

  @Test
  void of_many_concurrent_saves_of_one_version_exactly_one_succeeds() throws Exception {
    ComplaintCase v1 = freshAdapter().save(ComplaintFixtures.anOpenCase());
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String reason = "reason " + i;
        results.add(pool.submit(() -> {
          start.await();
          try {
            freshAdapter().save(v1.voided(new VoidComplaint(v1.number(), reason), v1.receivedAt()).state());
            return true;
          } catch (ConcurrentUpdateException lost) {
            return false;
          }
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> r : results) {
        won += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(1, won);
      assertEquals(Version.of(2), freshAdapter().find(v1.number()).orElseThrow().version());
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    }
  }
}
