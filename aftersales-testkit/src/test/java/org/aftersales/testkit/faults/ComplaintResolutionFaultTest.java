package org.aftersales.testkit.faults;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.BookReturnedQuantity;
import org.aftersales.core.complaint.CloseComplaint;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintClosure;
import org.aftersales.core.complaint.ComplaintDecisions;
import org.aftersales.core.complaint.ComplaintHandling;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.ComplaintOutcomes;
import org.aftersales.core.complaint.ComplaintPenalties;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.Complaints;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.CustomerReply;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.IssueReturnSlip;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.PlaceReceivableHold;
import org.aftersales.core.complaint.PostComplaintPenalty;
import org.aftersales.core.complaint.ProofDocument;
import org.aftersales.core.complaint.ReceiveReturnedGoods;
import org.aftersales.core.complaint.RecordAllowanceCertificate;
import org.aftersales.core.complaint.RecordCustomerVisit;
import org.aftersales.core.complaint.RecordProof;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.RemedyKind;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.complaint.AmountSeverityAuthority;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.testkit.complaint.ComplaintFixtures;
import org.aftersales.testkit.complaint.InMemoryComplaints;
import org.aftersales.testkit.penalty.InMemoryPenaltyAccounts;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.validation.TestValidators;

/**
 * A complaint decided, executed, closed and charged — every use case after the routing — under a
 * fault at every port call, then a retry: nothing lost, nothing done twice, the same stored case,
 * ledgers and delivered events as without faults. // rule: CMP-07, CMP-09, CMP-15, CMP-16,
 * CMP-17, CMP-18, SUR-05, PEN-07
 */
class ComplaintResolutionFaultTest
    extends FaultInjectionContract<ComplaintResolutionFaultTest.World> {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Currency CNY = Currency.getInstance("CNY");

  /** The use cases and the stores they write. */
  record World(ComplaintRegistration registration, ComplaintHandling handling,
      ComplaintDecisions decisions, ComplaintOutcomes outcomes, ComplaintClosure closure,
      ComplaintPenalties penalties, InMemoryComplaints complaints,
      InMemoryPenaltyAccounts accounts) {}

  @Override
  protected World newWorld(InMemoryDatabase database, FaultInjector faults) {
    InMemoryComplaints complaints = InMemoryComplaints.over(database);
    InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.over(database);
    Complaints port = faults.wrap(Complaints.class, complaints);
    PenaltyAccounts ledgers = faults.wrap(PenaltyAccounts.class, accounts);
    NumberSequences sequences = faults.wrap(NumberSequences.class, database.numberSequences());
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T01:02:03.123456Z"), SHANGHAI);
    ComplaintProcedure procedure = ComplaintProcedure.seed();
    return new World(
        new ComplaintRegistration(port, SequenceNumbering.of(NumberingScheme.seed(SHANGHAI),
            sequences), procedure, TestValidators.commandValidator(), clock),
        new ComplaintHandling(port, TestValidators.commandValidator(), clock),
        new ComplaintDecisions(port, AmountSeverityAuthority.seed(CNY),
            TestValidators.commandValidator(), clock),
        new ComplaintOutcomes(port, TestValidators.commandValidator(), clock),
        new ComplaintClosure(port, procedure, ComplaintFixtures.SEED_POLICY,
            TestValidators.commandValidator(), clock),
        new ComplaintPenalties(port, LargestRemainderAllocation.seed(),
            new PenaltyPosting(ledgers, TestValidators.commandValidator(), clock),
            TestValidators.commandValidator(), SHANGHAI),
        complaints, accounts);
  }

  static Instant sh(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  static RequestId id(String text) {
    return RequestId.of(text);
  }

  private static DocumentNumber number(World w) {
    return w.complaints().findByRequestId(id("r-1")).orElseThrow().number();
  }

  /** Routes r-1 along the seed's route on Mon 2 Nov, half an hour a step; idempotent. */
  private static ComplaintCase route(World w) {
    DocumentNumber n = number(w);
    List<Milestone> route = ComplaintProcedure.seed().route();
    Instant t = sh("2026-11-02T09:00");
    ComplaintCase c = null;
    for (int i = 0; i < route.size(); i++) {
      if (i > 0) {
        c = w.handling().handOver(new HandOverComplaint(id("to-" + i), n, route.get(i), t));
      }
      t = t.plusSeconds(1_800);
      c = w.handling().completeStep(new CompleteComplaintStep(id("done-" + i), n, route.get(i),
          t));
    }
    return c;
  }

  @Override
  protected List<Step<World>> scenario() {
    ComplaintIntake intake = new ComplaintIntake("Shanghai Precision Ltd.", "Peeling boards",
        "PO-2026-0815", "PCB-4411-A", 2_000, LocalDate.of(2026, 10, 20), 120, "Credit or return",
        DemandedReturn.of(70), ServiceZone.DOMESTIC, ComplaintSeverity.GENERAL, true);
    return List.of(
        new Step<>("register", w -> w.registration().register(
            new RegisterComplaint(id("r-1"), sh("2026-11-02T09:00"), intake))),
        new Step<>("route", ComplaintResolutionFaultTest::route),
        new Step<>("decide", w -> w.decisions().decide(new DecideComplaint(id("decide"),
            number(w), sh("2026-11-03T10:00"), PersonId.of("DGM-1"),
            ApprovalLevel.DEPUTY_GENERAL_MANAGER, Money.of(new BigDecimal("8000.00"), CNY),
            ComplaintOutcome.remedy(RemedyLine.allowance(50,
                Money.of(new BigDecimal("2000"), CNY)), RemedyLine.returnOf(70)),
            Responsibility.ours(FaultCause.MANUFACTURING, "Re-calibrate the oven", true,
                ResponsibilityLine.of(UnitId.of("D-1"), PersonId.of("P1"), new BigDecimal("0.6")),
                ResponsibilityLine.of(UnitId.of("D-2"), PersonId.of("P2"), new BigDecimal("0.4"))),
            List.of(), OverAcceptanceRatio.customer(new BigDecimal("0.05"))))),
        new Step<>("hold", w -> w.outcomes().placeReceivableHold(new PlaceReceivableHold(
            id("hold"), number(w), Money.of(new BigDecimal("4800"), CNY)))),
        new Step<>("certificate", w -> w.outcomes().recordAllowanceCertificate(
            new RecordAllowanceCertificate(id("cert"), number(w), RemedyKind.ALLOWANCE, "ZR-1"))),
        new Step<>("slip", w -> w.outcomes().issueReturnSlip(new IssueReturnSlip(id("slip"),
            number(w), RemedyKind.RETURN, "TH-1", 70))),
        new Step<>("receive 40", w -> w.outcomes().receiveReturnedGoods(
            new ReceiveReturnedGoods(id("recv-1"), number(w), "TH-1", 40))),
        new Step<>("receive 31", w -> w.outcomes().receiveReturnedGoods(
            new ReceiveReturnedGoods(id("recv-2"), number(w), "TH-1", 31))),
        new Step<>("book", w -> w.outcomes().bookReturnedQuantity(
            new BookReturnedQuantity(id("book"), number(w), ""))),
        new Step<>("proofs", w -> {
          w.outcomes().recordProof(new RecordProof(id("proof-r"), number(w), RemedyKind.RETURN,
              ProofDocument.STAMPED_RETURN_CERTIFICATE));
          return w.outcomes().recordProof(new RecordProof(id("proof-a"), number(w),
              RemedyKind.ALLOWANCE, ProofDocument.STAMPED_ALLOWANCE_CERTIFICATE));
        }),
        new Step<>("visit", w -> w.handling().recordCustomerVisit(new RecordCustomerVisit(
            id("visit"), number(w), sh("2026-11-09T10:00"), PersonId.of("SUP-1"), false,
            "Explained the remedy"))),
        new Step<>("close", w -> w.closure().close(new CloseComplaint(id("close"), number(w),
            sh("2026-11-10T16:00"), CustomerReply.WRITTEN))),
        new Step<>("penalties", w -> w.penalties().post(new PostComplaintPenalty(number(w),
            List.of()))));
  }

  /** The case without its number, and the ledgers. */
  record View(String status, List<String> handled, Instant closedAt, boolean complete,
      long booked, List<String> ledgers) {}

  private static View view(World w) {
    ComplaintCase c = w.complaints().findByRequestId(id("r-1")).orElseThrow();
    List<String> ledgers = new ArrayList<>();
    for (PersonPenaltyLedger l : w.accounts().all()) {
      ledgers.add(l.person().value() + " " + l.postedTotal() + " v" + l.version().value());
    }
    ledgers.sort(String::compareTo);
    return new View(c.status().name(),
        c.handled().stream().map(h -> h.requestId().value()).toList(),
        c.closedAt().orElse(null), c.outcome().map(ComplaintOutcome::isComplete).orElse(false),
        c.quantities().map(q -> q.booked().orElse(-1)).orElse(-1L), ledgers);
  }

  @Override
  protected Object observeResult(World world, Object result) {
    if (result instanceof ComplaintCase c) {
      return c.status() + " " + c.handled().size() + " v" + c.version().value();
    }
    return String.valueOf(((List<?>) result).size());
  }

  @Override
  protected Object observe(World world, List<OutboxEvent> delivered) {
    String numbered = "COMPLAINT:" + number(world).text();
    List<Object> out = new ArrayList<>();
    out.add(view(world));
    for (OutboxEvent e : delivered) {
      out.add(e.eventId().value().replace(numbered, "r-1") + " "
          + e.event().getClass().getSimpleName());
    }
    return out;
  }
}
