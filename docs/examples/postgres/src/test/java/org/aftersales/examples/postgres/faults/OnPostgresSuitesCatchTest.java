package org.aftersales.examples.postgres.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.examples.postgres.events.JdbcOutbox;
import org.aftersales.examples.postgres.numbering.JdbcNumberSequences;
import org.aftersales.testkit.faults.StorageFaultInjectionContract;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;

/**
 * The suites over PostgreSQL prove something: wired to an adapter that breaks a promise the
 * suite checks, they fail — and exactly where that promise matters. The broken wirings run as
 * static nested subclasses (Surefire does not run those on their own); their generated tests are
 * run here one by one. // rule: CMP-01 — tag: reliability
 */
class OnPostgresSuitesCatchTest {

  /** Numbers drawn in a transaction of their own, which a host's rollback does not return. */
  static final class OwnTransactionNumbers extends ComplaintRegistrationOnPostgresFaultTest {
    @Override
    NumberSequences numberSequences(PostgresUnitOfWork storage) {
      return JdbcNumberSequences.ownTransaction(storage.dataSource());
    }
  }

  /**
   * A relay whose node name changes at every read, as if each run were another node: it cannot
   * re-take its own claims, so a batch whose publishing failed waits for the lease to end.
   */
  static final class NewNodeEveryRead extends PenaltyLedgerOnPostgresFaultTest {
    @Override
    protected Outbox outbox(PostgresUnitOfWork storage) {
      AtomicInteger reads = new AtomicInteger();
      return new Outbox() {
        @Override
        public List<OutboxEvent> undelivered(int max) {
          return node(reads.incrementAndGet()).undelivered(max);
        }

        @Override
        public void markDelivered(EventId eventId) {
          node(reads.get()).markDelivered(eventId);
        }

        private Outbox node(int n) {
          return new JdbcOutbox(storage.connections(), JSON, "relay-" + n);
        }
      };
    }
  }

  @Test
  void own_transaction_numbers_lose_serials_under_a_host_rollback_but_never_a_case_or_an_event()
      throws Exception {
    OwnTransactionNumbers suite = new OwnTransactionNumbers();
    // Autocommit compares numbers by the case that carries them: a lost serial is allowed.
    assertEquals(List.of(), failures(suite,
        "a_fault_at_any_port_call_then_a_retry_loses_nothing_and_does_nothing_twice"));
    // In a host transaction the numbers must be exact: a registration that fails after its draw
    // is rolled back, but the serial stays drawn, so the retry's case gets the next one.
    List<String> failed = failures(suite,
        "in_a_host_transaction_a_fault_rolls_everything_back_and_the_retry_is_exact");
    assertTrue(failed.contains("register r-1: call 2 fails BEFORE"), failed.toString());
    assertTrue(failed.contains("register r-2: call 1 fails AFTER"), failed.toString());
    // Before the draw, nothing is lost: the same test passes.
    assertFalse(failed.contains("register r-1: call 0 fails BEFORE"), failed.toString());
    assertFalse(failed.contains("register r-1: after the commit"), failed.toString());
  }

  @Test
  void a_relay_that_cannot_retake_its_own_claims_fails_the_relay_tests() throws Exception {
    List<String> failed = failures(new NewNodeEveryRead(),
        "a_failing_relay_or_publisher_delivers_every_event_at_least_once_later");
    // Call 0 reads (and claims) the batch, call 1 publishes its first event: failed before it
    // reaches the publisher, the event stays claimed by the first "node" for 30 s.
    assertTrue(failed.contains("relay call 1 fails BEFORE"), failed.toString());
    // A failed read claims nothing (BEFORE): the next read takes the batch.
    assertFalse(failed.contains("relay call 0 fails BEFORE"), failed.toString());
  }

  /** Runs one test factory of {@code suite}, every generated test; the names of those failing. */
  @SuppressWarnings("unchecked")
  private static List<String> failures(StorageFaultInjectionContract<?, ?> suite, String factory)
      throws Exception {
    Method method = StorageFaultInjectionContract.class.getDeclaredMethod(factory);
    method.setAccessible(true);
    List<String> failed = new ArrayList<>();
    for (DynamicTest test : ((Stream<DynamicTest>) method.invoke(suite)).toList()) {
      try {
        test.getExecutable().execute();
      } catch (Throwable e) {
        failed.add(test.getDisplayName());
      }
    }
    return failed;
  }
}
