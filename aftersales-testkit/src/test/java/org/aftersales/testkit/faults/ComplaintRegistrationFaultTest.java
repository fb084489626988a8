package org.aftersales.testkit.faults;

import static org.aftersales.testkit.complaint.ComplaintFixtures.anIntake;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintRegistered;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintReopened;
import org.aftersales.core.complaint.ComplaintVoided;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.ReopenRejectedComplaint;
import org.aftersales.core.complaint.VoidComplaint;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.testkit.complaint.InMemoryComplaints;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Registering, reopening and voiding complaint cases under a fault at every port call, with
 * retries: no case twice, no number twice, no event lost or doubled, in autocommit and in a host
 * transaction. // rule: CMP-01, CMP-10 — tag: reliability
 */
class ComplaintRegistrationFaultTest
    extends FaultInjectionContract<ComplaintRegistrationFaultTest.World> {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The use cases and the repository they store in. */
  record World(ComplaintRegistration registration, InMemoryComplaints complaints) {}

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryComplaints complaints = InMemoryComplaints.over(database);
    NumberSequences sequences = faults.wrap(NumberSequences.class, database.numberSequences());
    ComplaintRegistration registration = new ComplaintRegistration(
        faults.wrap(Complaints.class, complaints),
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), sequences), ComplaintProcedure.seed(),
        TestValidators.commandValidator(),
        Clock.fixed(Instant.parse("2026-11-03T01:02:03.123456789Z"), SHANGHAI));
    return new World(registration, complaints);
  }

  static Instant sh(int day, int hour) {
    return ZonedDateTime.of(2026, 11, day, hour, 0, 0, 0, SHANGHAI).toInstant();
  }

  @Override
  protected List<Step<World>> scenario() {
    RegisterComplaint first = new RegisterComplaint(RequestId.of("r-1"), sh(2, 10), anIntake("Shanghai Precision Ltd.", "Solder mask peeling on batch 4411"));
    RegisterComplaint second = new RegisterComplaint(RequestId.of("r-2"), sh(2, 11), anIntake("Suzhou Motors", "Late delivery of the repaired pump"));
    return List.of(
        new Step<>("register r-1", w -> w.registration().register(first)),
        new Step<>("register r-2", w -> w.registration().register(second)),
        new Step<>("reopen r-1 as r-3", w -> w.registration().reopenAfterRejection(
            new ReopenRejectedComplaint(RequestId.of("r-3"), numberOf(w, "r-1"), sh(3, 9),
                "The customer rejects the replacement offer"))),
        new Step<>("void r-2 with r-4", w -> w.registration().voidComplaint(
            new VoidComplaint(RequestId.of("r-4"), numberOf(w, "r-2"), "Registered twice"))));
  }

  private static DocumentNumber numberOf(World w, String requestId) {
    return w.complaints().findByRequestId(RequestId.of(requestId)).orElseThrow().number();
  }

  /** A case with every number replaced by the request ID of the case that carries it. */
  record CaseView(String requestId, String status, String customer, String description,
      String reopenedFrom, String voidReason, String voidRequestId, Instant receivedAt,
      Instant voidedAt, long version) {}

  @Override
  protected Object observeResult(World world, Object result) {
    return view((ComplaintCase) result, requestIdsByNumber(world));
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    Map<DocumentNumber, String> ids = requestIdsByNumber(world);
    List<Object> out = new ArrayList<>();
    world.complaints().all().stream().map(c -> view(c, ids))
        .sorted(java.util.Comparator.comparing(CaseView::requestId)).forEach(out::add);
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
    return List.of(world.complaints().all(), delivered);
  }

  private static Map<DocumentNumber, String> requestIdsByNumber(World world) {
    Map<DocumentNumber, String> ids = new HashMap<>();
    world.complaints().all().forEach(c -> ids.put(c.number(), c.requestId().value()));
    return ids;
  }

  private static CaseView view(ComplaintCase c, Map<DocumentNumber, String> ids) {
    return new CaseView(c.requestId().value(), c.status().name(), c.customerName(),
        c.description(), c.reopenedFrom().map(ids::get).orElse(null), c.voidReason().orElse(null),
        c.voidRequestId().map(RequestId::value).orElse(null), c.receivedAt(),
        c.voidedAt().orElse(null), c.version().value());
  }

  private static DocumentNumber numberIn(DomainEvent event) {
    if (event instanceof ComplaintRegistered r) {
      return r.number();
    }
    if (event instanceof ComplaintReopened r) {
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
    ComplaintVoided v = (ComplaintVoided) event;
    return "voided " + ids.get(v.number()) + " " + v.reason() + " " + v.occurredAt();
  }
}
