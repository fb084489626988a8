package org.aftersales.examples.postgres.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.PostgresStore;
import org.aftersales.examples.postgres.TestDatabase;
import org.aftersales.testkit.validation.TestValidators;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes, each with a pool of its own, posting different complaint cases to the
 * same person at once: the optimistic version makes every posting land, none lost. // rule: PEN-07
 */
class JdbcPenaltyAccountsOnTwoNodesTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Instant AT = Instant.parse("2026-11-30T10:15:30.123456Z");

  @Test
  void eight_threads_on_two_nodes_post_sixteen_cases_to_one_person_and_all_are_stored()
      throws Exception {
    PersonId person = PersonId.of("E1001");
    try (PostgresStore a = TestDatabase.node("p3_penalty_nodes", 4);
        PostgresStore b = TestDatabase.node("p3_penalty_nodes", 4)) {
      List<PenaltyPosting> nodes = List.of(posting(a), posting(b));
      ExecutorService pool = Executors.newFixedThreadPool(8);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      try {
        for (int i = 0; i < 16; i++) {
          PenaltyPosting node = nodes.get(i % 2);
          String caseId = "2611" + (10 + i);
          done.add(pool.submit(() -> {
            start.await();
            return node.post(new PostPenalty(RequestId.of("decide-" + caseId), caseId,
                YearMonth.of(2026, 11), DeductionKind.COMPLAINT, List.of(new PersonAmount(person,
                    Money.of(new BigDecimal("100.01"), CNY)))));
          }));
        }
        start.countDown();
        for (Future<?> f : done) {
          f.get(90, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      PersonPenaltyLedger stored = new JdbcPenaltyAccounts(b.transactions(),
          JdbcPenaltyAccountsTest.JSON).find(person).orElseThrow();
      assertEquals(16, stored.postings().size());
      // 16 × 100.01, by hand.
      assertEquals(Money.of(new BigDecimal("1600.16"), CNY), stored.postedTotal());
      assertEquals(16L, stored.version().value());
    }
  }

  private static PenaltyPosting posting(PostgresStore node) {
    return new PenaltyPosting(new JdbcPenaltyAccounts(node.transactions(),
        JdbcPenaltyAccountsTest.JSON), TestValidators.commandValidator(),
        Clock.fixed(AT, ZoneOffset.UTC));
  }
}
