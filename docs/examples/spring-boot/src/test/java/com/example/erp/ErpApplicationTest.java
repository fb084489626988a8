package com.example.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.erp.aftersales.ComplaintNumbers;
import com.example.erp.aftersales.PenaltyService;
import com.example.erp.persistence.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.MonthlyStatement;
import org.aftersales.core.penalty.PenaltyPosted;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The whole application over a real PostgreSQL server: complaint numbers across a month boundary
 * in the business zone, and a penalty posted and settled under the monthly cap with the rest
 * carried into the next month. The scheduled relay is off; the test runs it.
 */
@SpringBootTest(properties = {"erp.aftersales.relay.enabled=false", "spring.main.banner-mode=off"})
@RecordApplicationEvents
class ErpApplicationTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestDatabase.url("erp"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  @Autowired ComplaintNumbers complaints;
  @Autowired PenaltyService penalties;
  @Autowired EventRelay relay;
  @Autowired ApplicationEvents events;

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  // rule: CMP-01
  @Test
  void complaints_are_numbered_by_year_month_and_serial_and_a_new_month_starts_at_01() {
    // The seed's pattern {yy}{MM}{serial:2}, months read in Asia/Shanghai (UTC+8).
    assertThat(complaints.numberFor(Instant.parse("2026-11-02T02:00:00Z")).text())
        .isEqualTo("261101");
    assertThat(complaints.numberFor(Instant.parse("2026-11-30T15:59:59Z")).text())
        .isEqualTo("261102"); // 23:59:59 on 30 November in Shanghai
    assertThat(complaints.numberFor(Instant.parse("2026-11-30T16:00:00Z")).text())
        .isEqualTo("261201"); // 00:00 on 1 December in Shanghai: a new month, serial 01
    assertThat(complaints.numberFor(Instant.parse("2026-12-01T01:00:00Z")).text())
        .isEqualTo("261202");
  }

  // rule: PEN-07, PEN-08
  @Test
  void a_penalty_is_deducted_up_to_half_the_bonus_and_the_rest_carried_into_the_next_month() {
    PersonId zhang = PersonId.of("emp-zhang-" + System.nanoTime());
    penalties.post(new PostPenalty(RequestId.of("decide-261107-" + zhang.value()), "261107",
        YearMonth.of(2026, 11), DeductionKind.COMPLAINT,
        List.of(new PersonAmount(zhang, cny("1800.00")))));

    // November: bonus 3 000.00, cap 50 % = 1 500.00; the case's 1 800.00 exceeds it, so
    // 1 500.00 is deducted and 1 800.00 − 1 500.00 = 300.00 carried over.
    MonthlyStatement november = statementOf(zhang,
        penalties.settle(YearMonth.of(2026, 11), Map.of(zhang, cny("3000.00"))).statements());
    assertThat(november.cap()).isEqualTo(cny("1500.00"));
    assertThat(november.deducted()).isEqualTo(cny("1500.00"));
    assertThat(november.outstandingAfter()).isEqualTo(cny("300.00"));

    // December: bonus 1 000.00, cap 500.00 ≥ the 300.00 carried: all of it deducted.
    MonthlyStatement december = statementOf(zhang,
        penalties.settle(YearMonth.of(2026, 12), Map.of(zhang, cny("1000.00"))).statements());
    assertThat(december.cap()).isEqualTo(cny("500.00"));
    assertThat(december.deducted()).isEqualTo(cny("300.00"));
    assertThat(december.outstandingAfter()).isEqualTo(cny("0.00"));

    // The posting's event was stored with the ledger and reaches the ERP through the relay.
    relay.relayAll(100, 100);
    assertThat(events.stream(OutboxEvent.class).map(OutboxEvent::event)
        .filter(PenaltyPosted.class::isInstance).map(PenaltyPosted.class::cast)
        .filter(p -> p.person().equals(zhang)))
        .hasSize(1);
  }

  private static MonthlyStatement statementOf(PersonId person, List<MonthlyStatement> all) {
    return all.stream().filter(s -> s.person().equals(person)).findFirst().orElseThrow();
  }
}
