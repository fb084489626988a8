package org.aftersales.examples.postgres.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes, each with a pool of its own, over one database: a request ID names one
 * case however many nodes store a case for it at once, and of concurrent saves of one version on
 * both nodes exactly one wins. // rule: CMP-01, CMP-10
 */
class JdbcComplaintsOnTwoNodesTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-02T02:00:00.123456Z");

  private static ComplaintCase newCase(long serial, RequestId requestId) {
    DocumentNumber number = DocumentNumber.of(SeriesId.COMPLAINTS,
        String.format(Locale.ROOT, "2611%02d", serial), "2026-11", LocalDate.of(2026, 11, 1),
        serial);
    return ComplaintCase.register(new RegisterComplaint(requestId, RECEIVED,
        ComplaintFixtures.anIntake("Shanghai Precision Ltd.", "Peeling")), number,
        ComplaintProcedure.seed(), RECEIVED).state();
  }

  @Test
  void eight_threads_on_two_nodes_registering_fifty_requests_store_one_case_per_request()
      throws Exception {
    try (PostgresStore a = TestDatabase.node("p3_complaint_nodes", 4);
        PostgresStore b = TestDatabase.node("p3_complaint_nodes", 4)) {
      List<JdbcComplaints> nodes = List.of(
          new JdbcComplaints(a.transactions(), JdbcComplaintsTest.JSON),
          new JdbcComplaints(b.transactions(), JdbcComplaintsTest.JSON));
      int requests = 50;
      int threads = 8;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> stored = new ArrayList<>();
      try {
        for (int t = 0; t < threads; t++) {
          JdbcComplaints node = nodes.get(t % 2);
          int thread = t;
          stored.add(pool.submit(() -> {
            start.await();
            int mine = 0;
            for (int r = 0; r < requests; r++) {
              // Every thread draws its own number for the request, as a retried registration
              // on another node would: only the request ID is shared.
              ComplaintCase c = newCase(1 + r * threads + thread, RequestId.of("req-" + r));
              try {
                node.save(c, List.of());
                mine++;
              } catch (DuplicateRequestException taken) {
                // another thread's case has this request ID
              }
            }
            return mine;
          }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : stored) {
          total += f.get(90, TimeUnit.SECONDS);
        }
        assertEquals(requests, total, "one case per request ID, of 400 attempts");
      } finally {
        pool.shutdownNow();
      }
      for (int r = 0; r < requests; r++) {
        ComplaintCase c = nodes.get(r % 2).findByRequestId(RequestId.of("req-" + r))
            .orElseThrow();
        assertEquals(c, nodes.get((r + 1) % 2).find(c.number()).orElseThrow());
      }
      assertEquals(requests, nodes.get(0).inProgress(Integer.MAX_VALUE).size());
    }
  }

  @Test
  void of_concurrent_saves_of_one_version_on_two_nodes_exactly_one_wins() throws Exception {
    try (PostgresStore a = TestDatabase.node("p3_complaint_versions", 4);
        PostgresStore b = TestDatabase.node("p3_complaint_versions", 4)) {
      List<JdbcComplaints> nodes = List.of(
          new JdbcComplaints(a.transactions(), JdbcComplaintsTest.JSON),
          new JdbcComplaints(b.transactions(), JdbcComplaintsTest.JSON));
      ComplaintCase v1 = nodes.get(0).save(newCase(1, RequestId.of("req-1")), List.of());
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> won = new ArrayList<>();
      try {
        for (int t = 0; t < 8; t++) {
          JdbcComplaints node = nodes.get(t % 2);
          Instant done = RECEIVED.plusSeconds(60 + t);
          won.add(pool.submit(() -> {
            start.await();
            try {
              node.save(ComplaintFixtures.routed(v1, done), List.of());
              return true;
            } catch (ConcurrentUpdateException lost) {
              return false;
            }
          }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> f : won) {
          winners += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertEquals(1, winners);
      } finally {
        pool.shutdownNow();
      }
      assertEquals(2L, nodes.get(1).find(v1.number()).orElseThrow().version().value());
    }
  }
}
