package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintCommand;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.complaint.ReturnComplaintStep;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.servicelevel.ServiceZone;

/**
 * What {@link ComplaintArbitraries} promises: every generated command is accepted by the real use
 * case (over the in-memory adapters and the test validator), numbers roll over with the Shanghai
 * month, and the edge cases come often (checked with jqwik's coverage on a fixed seed).
 */
class ComplaintArbitrariesProperties {

  /** The number the seed's numbering gives the first case of November 2026 in a fresh store. */
  static final DocumentNumber FIRST_OF_NOVEMBER = DocumentNumber.of(SeriesId.COMPLAINTS, "261101",
      "2026-11", LocalDate.of(2026, 11, 1), 1);

  @Property(tries = 60, seed = "13")
  void every_registration_is_accepted_and_numbered_in_its_shanghai_month(
      @ForAll("batches") List<RegisterComplaint> batch) {
    // rule: CMP-01, CMP-02 — 年月流水: yyMM of the acceptance in Shanghai, then the month's serial.
    ComplaintFixtures.UseCases desk = ComplaintFixtures.useCases();
    Map<String, Integer> serials = new HashMap<>();
    for (RegisterComplaint r : batch) {
      ComplaintCase c = desk.registration().register(r);
      ZonedDateTime local = r.receivedAt().atZone(ComplaintFixtures.SHANGHAI);
      String month = String.format(Locale.ROOT, "%02d%02d", local.getYear() % 100,
          local.getMonthValue());
      int serial = serials.merge(month, 1, Integer::sum);
      assertEquals(month + String.format(Locale.ROOT, "%02d", serial), c.number().text());
      assertEquals(ComplaintStatus.OPEN, c.status());
    }
    Statistics.label("months in a batch").collect(serials.size() > 1 ? "several" : "one");
    Statistics.label("months in a batch")
        .coverage(k -> k.check("several").percentage(p -> p > 30));
  }

  @Property(tries = 400, seed = "13")
  void acceptance_instants_sit_on_month_ends_and_office_hour_edges_often(
      @ForAll("instants") Instant at) {
    // rule: CMP-01 — month ends roll the serial over; office-hour edges start the clocks.
    LocalDateTime local = LocalDateTime.ofInstant(at, ComplaintFixtures.SHANGHAI);
    boolean monthEdge = local.getDayOfMonth() == 1
        || local.getDayOfMonth() == local.toLocalDate().lengthOfMonth();
    boolean hourEdge = List.of("00:00", "08:59:59", "09:00", "11:59:59", "12:00", "13:30",
        "17:59:59", "18:00", "23:59:59.999999").contains(local.toLocalTime().toString());
    assertTrue(!local.toLocalDate().isBefore(LocalDate.of(2026, 1, 1))
        && local.toLocalDate().isBefore(LocalDate.of(2028, 1, 1)));
    assertEquals(0, at.getNano() % 1_000, "whole microseconds");
    Statistics.label("month edge").collect(monthEdge);
    Statistics.label("hour edge").collect(hourEdge);
    Statistics.label("month edge").coverage(k -> k.check(true).percentage(p -> p > 40));
    Statistics.label("hour edge").coverage(k -> k.check(true).percentage(p -> p > 30));
  }

  @Property(tries = 300, seed = "13")
  void texts_stay_within_their_limit_and_reach_both_ends(@ForAll("descriptions") String text) {
    // rule: CMP-02 — a description is 1 to 4 000 characters of plain text, Chinese included.
    assertTrue(!text.isBlank() && text.length() <= 4_000);
    assertEquals(text.length(), text.codePointCount(0, text.length()));
    Statistics.label("length").collect(text.length() == 1 ? "one" : text.length() == 4_000
        ? "limit" : "between");
    Statistics.label("chinese").collect(text.chars().anyMatch(c -> c >= 0x4e00));
    Statistics.label("length").coverage(k -> {
      k.check("one").percentage(p -> p > 5);
      k.check("limit").percentage(p -> p > 10);
    });
    Statistics.label("chinese").coverage(k -> k.check(true).percentage(p -> p > 50));
  }

  @Property(tries = 300, seed = "13")
  void intakes_cover_both_markets_and_an_undetermined_return(
      @ForAll("intakes") ComplaintIntake intake) {
    // rule: CMP-02 — quantities within the delivered one; a return may be undetermined.
    assertTrue(intake.defectiveQuantity() <= intake.deliveredQuantity());
    assertTrue(intake.demandedReturn().quantity() <= intake.deliveredQuantity());
    Statistics.label("market").collect(intake.market().equals(ServiceZone.OVERSEAS));
    Statistics.label("undetermined").collect(intake.demandedReturn().undetermined());
    Statistics.label("market").coverage(k -> k.check(true).percentage(p -> p > 30));
    Statistics.label("undetermined").coverage(k -> k.check(true).percentage(p -> p > 15));
  }

  @Property(tries = 80, seed = "13")
  void every_routing_sequence_is_accepted_and_completes_the_route(
      @ForAll("routings") List<ComplaintCommand> commands) {
    // rule: CMP-05 — hand-over to the next step, completion of the open one, return to an
    // earlier one; the sequence ends with the route completed.
    ComplaintFixtures.UseCases desk = ComplaintFixtures.useCases();
    ComplaintCase c = desk.registration().register(ComplaintFixtures.registerComplaint().build());
    assertEquals(FIRST_OF_NOVEMBER, c.number());
    for (ComplaintCommand command : commands) {
      if (command instanceof HandOverComplaint h) {
        c = desk.handling().handOver(h);
      } else if (command instanceof CompleteComplaintStep s) {
        c = desk.handling().completeStep(s);
      } else {
        c = desk.handling().returnStep((ReturnComplaintStep) command);
      }
    }
    assertTrue(c.routing().isFinished());
    long returns = commands.stream().filter(ReturnComplaintStep.class::isInstance).count();
    Statistics.label("returns").collect(returns > 0);
    Statistics.label("returns").coverage(k -> k.check(true).percentage(p -> p > 20));
    // rule: CMP-05, CMP-04 — the gaps straddle the step budgets: some routes have a step beyond
    // its budget (urged), others none.
    boolean late = c.routing().stepFigures(ComplaintFixtures.SEED_POLICY,
        c.routing().latestInstant()).stream().anyMatch(f -> !f.onTime());
    Statistics.label("a step beyond its budget").collect(late);
    Statistics.label("a step beyond its budget").coverage(k -> {
      k.check(true).percentage(p -> p > 10);
      k.check(false).percentage(p -> p > 10);
    });
  }

  @Property(tries = 120, seed = "13")
  void every_decision_is_accepted_and_its_ratios_add_up_to_one(
      @ForAll("decisions") Tuple2<Long, DecideComplaint> claimedAndDecision) {
    // rule: CMP-07, CMP-08, CMP-14 — decided after the route; ratios add up to exactly 1.
    ComplaintFixtures.UseCases desk = ComplaintFixtures.useCases();
    long claimed = claimedAndDecision.get1();
    DecideComplaint d = claimedAndDecision.get2();
    ComplaintCase open = desk.registration().register(ComplaintFixtures.registerComplaint()
        .intake(ComplaintFixtures.intake().defectiveQuantity(claimed)
            .demandedReturn(DemandedReturn.none()).build())
        .build());
    assertEquals(FIRST_OF_NOVEMBER, open.number());
    desk.routed(open);
    ComplaintCase decided = desk.decisions().decide(d);
    assertEquals(ComplaintStatus.DECIDED, decided.status());
    List<ResponsibilityLine> lines = d.responsibility().lines();
    if (d.responsibility().isOurs()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (ResponsibilityLine l : lines) {
        sum = sum.add(l.ratio());
      }
      assertEquals(0, BigDecimal.ONE.compareTo(sum));
    }
    Statistics.label("lines").collect(!d.responsibility().isOurs() ? "not ours"
        : lines.size() == 1 ? "one" : "several");
    Statistics.label("lines").coverage(k -> {
      k.check("not ours").percentage(p -> p > 5);
      k.check("several").percentage(p -> p > 15);
    });
  }

  @Provide
  Arbitrary<List<RegisterComplaint>> batches() {
    return ComplaintArbitraries.registrationBatches(6);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return ComplaintArbitraries.receivedInstants();
  }

  @Provide
  Arbitrary<String> descriptions() {
    return ComplaintArbitraries.texts(4_000);
  }

  @Provide
  Arbitrary<ComplaintIntake> intakes() {
    return ComplaintArbitraries.intakes();
  }

  @Provide
  Arbitrary<List<ComplaintCommand>> routings() {
    return ComplaintArbitraries.routings(FIRST_OF_NOVEMBER, ComplaintFixtures.receivedAt(),
        ComplaintProcedure.seed().route());
  }

  @Provide
  Arbitrary<Tuple2<Long, DecideComplaint>> decisions() {
    // Routed by UseCases.routed: six steps of half an hour from 10:00, so done at 13:00.
    Instant routedAt = ComplaintFixtures.shanghai("2026-11-02T13:00");
    return Arbitraries.longs().between(1, 2_000).flatMap(claimed ->
        Combinators.combine(Arbitraries.just(claimed),
                ComplaintArbitraries.decisions(FIRST_OF_NOVEMBER, claimed, routedAt))
            .as(Tuple::of));
  }
}
