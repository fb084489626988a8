package org.aftersales.examples.postgres.faults;

import static org.aftersales.testkit.complaint.ComplaintFixtures.anIntake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintDecided;
import org.aftersales.core.complaint.ComplaintDecisions;
import org.aftersales.core.complaint.ComplaintHandling;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintProgressed;
import org.aftersales.core.complaint.ComplaintRegistered;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintRejected;
import org.aftersales.core.complaint.ComplaintReopened;
import org.aftersales.core.complaint.ComplaintVoided;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.ReopenRejectedComplaint;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.complaint.VoidComplaint;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.examples.postgres.complaint.JdbcComplaints;
import org.aftersales.examples.postgres.numbering.JdbcNumberSequences;
import org.aftersales.rules.complaint.AmountSeverityAuthority;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.testkit.faults.FaultInjector;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Registering two complaint cases (numbers drawn from {@link JdbcNumberSequences}), routing one
 * through every step of the seed's route, deciding it, reopening it after the customer rejects
 * the decision and voiding the other — the testkit's ComplaintRegistrationFaultTest scenario — on
 * {@link JdbcComplaints}, the gapless number sequences and the JDBC outbox, under a fault at every
 * port call, with retries: no case twice, no number twice, no event lost or doubled; in a host
 * transaction the numbers too are exactly the fault-free run's.
 * // rule: CMP-01, CMP-10 — tag: reliability
 */
class ComplaintRegistrationOnPostgresFaultTest
    extends OnPostgresFaultContract<ComplaintRegistrationOnPostgresFaultTest.World> {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The request IDs of the cases the scenario registers (r-3 is r-1 reopened). */
  static final List<String> CASES = List.of("r-1", "r-2", "r-3");

  /** The use cases, the unwrapped adapter to observe and the storage. */
  record World(ComplaintRegistration registration, ComplaintHandling handling,
      ComplaintDecisions decisions, JdbcComplaints complaints, PostgresUnitOfWork storage) {

    /** The stored cases, in the order of {@link #CASES}, those not (yet) stored left out. */
    List<ComplaintCase> all() {
      return CASES.stream().map(id -> complaints.findByRequestId(RequestId.of(id)))
          .flatMap(Optional::stream).toList();
    }
  }

  @Override
  protected World newWorld(PostgresUnitOfWork storage, FaultInjector faults) {
    JdbcComplaints complaints = new JdbcComplaints(storage.connections(), JSON);
    NumberSequences sequences = faults.wrap(NumberSequences.class, numberSequences(storage));
    Complaints port = faults.wrap(Complaints.class, complaints);
    Clock clock = Clock.fixed(Instant.parse("2026-11-03T01:02:03.123456789Z"), SHANGHAI);
    ComplaintRegistration registration = new ComplaintRegistration(port,
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences), ComplaintProcedure.seed(),
        TestValidators.commandValidator(), clock);
    return new World(registration,
        new ComplaintHandling(port, TestValidators.commandValidator(), clock),
        new ComplaintDecisions(port, AmountSeverityAuthority.seed(Currency.getInstance("CNY")),
            TestValidators.commandValidator(), clock),
        complaints, storage);
  }

  /**
   * The number sequences the registration draws from: the gapless ones, which join the host's
   * transaction (a subclass shows what the own-transaction ones change).
   *
   * @param storage the run's storage
   * @return the sequences
   */
  NumberSequences numberSequences(PostgresUnitOfWork storage) {
    return JdbcNumberSequences.gapless(storage.connections());
  }

  static Instant sh(int day, int hour) {
    return ZonedDateTime.of(2026, 11, day, hour, 0, 0, 0, SHANGHAI).toInstant();
  }

  @Override
  protected List<Step<World>> scenario() {
    RegisterComplaint first = new RegisterComplaint(RequestId.of("r-1"), sh(2, 10),
        anIntake("上海精密电子有限公司", "第4411批次阻焊层脱落"));
    RegisterComplaint second = new RegisterComplaint(RequestId.of("r-2"), sh(2, 11),
        anIntake("Suzhou Motors", "Late delivery of the repaired pump"));
    return List.of(
        new Step<>("register r-1", w -> w.registration().register(first)),
        new Step<>("register r-2", w -> w.registration().register(second)),
        new Step<>("route r-1 through every step",
            ComplaintRegistrationOnPostgresFaultTest::routeFirst),
        new Step<>("decide r-1", w -> w.decisions().decide(new DecideComplaint(
            RequestId.of("r-1-decision"), numberOf(w, "r-1"), sh(3, 8), PersonId.of("SM-1"),
            ApprovalLevel.SALES_MANAGER,
            Money.of(new BigDecimal("1000"), Currency.getInstance("CNY")),
            ComplaintOutcome.remedy(RemedyLine.replacement(120)),
            Responsibility.ours(FaultCause.MANUFACTURING, "Re-calibrate the oven", true,
                ResponsibilityLine.of(UnitId.of("PRESS-2"), BigDecimal.ONE)),
            List.of(), OverAcceptanceRatio.seed()))),
        new Step<>("reopen r-1 as r-3", w -> w.registration().reopenAfterRejection(
            new ReopenRejectedComplaint(RequestId.of("r-3"), numberOf(w, "r-1"), sh(3, 9),
                "The customer rejects the replacement offer"))),
        new Step<>("void r-2 with r-4", w -> w.registration().voidComplaint(
            new VoidComplaint(RequestId.of("r-4"), numberOf(w, "r-2"), "Registered twice"))));
  }

  /**
   * Hands r-1 over and completes each step of the seed's route on 2 November, a minute apart;
   * every command is idempotent, so the whole step may be retried after a fault.
   */
  private static ComplaintCase routeFirst(World w) {
    DocumentNumber n = numberOf(w, "r-1");
    List<Milestone> route = ComplaintProcedure.seed().route();
    Instant t = sh(2, 10);
    ComplaintCase c = null;
    for (int i = 0; i < route.size(); i++) {
      if (i > 0) {
        t = t.plusSeconds(60);
        c = w.handling().handOver(new HandOverComplaint(RequestId.of("r-1-to-" + i), n,
            route.get(i), t));
      }
      t = t.plusSeconds(60);
      c = w.handling().completeStep(new CompleteComplaintStep(RequestId.of("r-1-done-" + i), n,
          route.get(i), t));
    }
    return c;
  }

  private static DocumentNumber numberOf(World w, String requestId) {
    return w.complaints().findByRequestId(RequestId.of(requestId)).orElseThrow().number();
  }

  /** A case with every number replaced by the request ID of the case that carries it. */
  record CaseView(String requestId, String status, String customer, String description,
      String reopenedFrom, String voidReason, String voidRequestId, Instant receivedAt,
      Instant voidedAt, long version, String rejectedBy, Instant closedAt, int handled) {}

  @Override
  protected Object observeResult(World world, Object result) {
    return view((ComplaintCase) result, requestIdsByNumber(world));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    Map<DocumentNumber, String> ids = requestIdsByNumber(world);
    List<Object> out = new ArrayList<>();
    world.all().stream().map(c -> view(c, ids))
        .sorted(Comparator.comparing(CaseView::requestId)).forEach(out::add);
    out.add(world.storage().rowCounts());
    for (OutboxEvent e : delivered) {
      String[] id = e.eventId().value().split("/");
      // kind / series:number / version / index — the number replaced by its case's request ID
      out.add(id[0] + "/" + ids.get(numberIn(e.event())) + "/" + id[2] + "/" + id[3] + " "
          + eventView(e.event(), ids));
    }
    return out;
  }

  @Override
  protected Object observeExactly(World world, List<OutboxEvent> delivered) {
    return List.of(world.all(), world.storage().rowCounts(), delivered);
  }

  private static Map<DocumentNumber, String> requestIdsByNumber(World world) {
    Map<DocumentNumber, String> ids = new HashMap<>();
    world.all().forEach(c -> ids.put(c.number(), c.requestId().value()));
    return ids;
  }

  private static CaseView view(ComplaintCase c, Map<DocumentNumber, String> ids) {
    return new CaseView(c.requestId().value(), c.status().name(), c.customerName(),
        c.description(), c.reopenedFrom().map(ids::get).orElse(null), c.voidReason().orElse(null),
        c.voidRequestId().map(RequestId::value).orElse(null), c.receivedAt(),
        c.voidedAt().orElse(null), c.version().value(), c.rejectedBy().map(ids::get).orElse(null),
        c.closedAt().orElse(null), c.handled().size());
  }

  private static DocumentNumber numberIn(DomainEvent event) {
    if (event instanceof ComplaintRegistered r) {
      return r.number();
    }
    if (event instanceof ComplaintReopened r) {
      return r.number();
    }
    if (event instanceof ComplaintProgressed p) {
      return p.number();
    }
    if (event instanceof ComplaintDecided d) {
      return d.number();
    }
    if (event instanceof ComplaintRejected r) {
      return r.number();
    }
    return ((ComplaintVoided) event).number();
  }

  private static String eventView(DomainEvent event, Map<DocumentNumber, String> ids) {
    if (event instanceof ComplaintRegistered r) {
      return "registered " + ids.get(r.number()) + " " + r.receivedAt() + " " + r.occurredAt();
    }
    if (event instanceof ComplaintReopened r) {
      return "reopened " + ids.get(r.number()) + " from " + ids.get(r.original()) + " "
          + r.occurredAt();
    }
    if (event instanceof ComplaintProgressed p) {
      return "progressed " + ids.get(p.number()) + " " + p.command().requestId().value() + " "
          + p.occurredAt();
    }
    if (event instanceof ComplaintDecided d) {
      return "decided " + ids.get(d.number()) + " " + d.decision().amount() + " "
          + d.occurredAt();
    }
    if (event instanceof ComplaintRejected r) {
      return "rejected " + ids.get(r.number()) + " as " + ids.get(r.reopenedAs()) + " "
          + r.rejectedAt() + " " + r.occurredAt();
    }
    ComplaintVoided v = (ComplaintVoided) event;
    return "voided " + ids.get(v.number()) + " " + v.reason() + " " + v.occurredAt();
  }
}
