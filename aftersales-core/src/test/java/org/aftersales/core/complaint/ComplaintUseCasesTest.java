package org.aftersales.core.complaint;

import static org.aftersales.core.complaint.ComplaintLifecycleTest.DECIDED_AT;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.NUMBER;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.POLICY;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.RECEIVED;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.allowanceAndReturn;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.cny;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.decided;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.open;
import static org.aftersales.core.complaint.ComplaintLifecycleTest.ours;
import static org.aftersales.core.complaint.ComplaintSamples.ANYONE;
import static org.aftersales.core.complaint.ComplaintSamples.PROCEDURE;
import static org.aftersales.core.complaint.ComplaintSamples.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.numbering.SeriesId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every complaint use case after the registration — {@link ComplaintHandling},
 * {@link ComplaintDecisions}, {@link ComplaintOutcomes}, {@link ComplaintClosure} — over a
 * map-backed {@link Complaints}: the change is stored with its events in the outbox, a repeat is
 * answered from the stored case, a request ID reused for other content is refused, refusals come
 * before any port call, and a lost race is answered with the stored case only if it holds this very
 * command.
 *
 * <p>// rule: CMP-03, CMP-04, CMP-05, CMP-07, CMP-09, CMP-12, CMP-15, CMP-16, CMP-17, CMP-18,
 * SUR-05
 */
class ComplaintUseCasesTest {

  /** The use cases' clock, with nanoseconds the stored events must not carry. */
  static final Instant NOW = Instant.parse("2026-11-12T03:00:00.123456789Z");
  /** {@link #NOW} to the microsecond, as events record it. */
  static final Instant RECORDED = Instant.parse("2026-11-12T03:00:00.123456Z");
  static final RequestId RID = RequestId.of("cmd-1");
  static final DocumentNumber UNKNOWN = DocumentNumber.of(SeriesId.COMPLAINTS, "261199",
      "2026-11", LocalDate.of(2026, 11, 1), 99);
  static final Instant CLOSED_AT = Instant.parse("2026-11-10T08:00:00Z");
  static final List<Milestone> ROUTE = PROCEDURE.route();
  static final CommandValidator VALIDATOR = new CommandValidator(Validation.byDefaultProvider()
      .configure().messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator());

  final CaseStore store = new CaseStore();
  final UseCases useCases = new UseCases(store);

  /** The four use case classes over one store and clock. */
  record UseCases(ComplaintHandling handling, ComplaintDecisions decisions,
      ComplaintOutcomes outcomes, ComplaintClosure closure) {
    UseCases(Complaints store) {
      this(new ComplaintHandling(store, VALIDATOR, Clock.fixed(NOW, ZoneOffset.UTC)),
          new ComplaintDecisions(store, ANYONE, VALIDATOR, Clock.fixed(NOW, ZoneOffset.UTC)),
          new ComplaintOutcomes(store, VALIDATOR, Clock.fixed(NOW, ZoneOffset.UTC)),
          new ComplaintClosure(store, PROCEDURE, POLICY, VALIDATOR,
              Clock.fixed(NOW, ZoneOffset.UTC)));
    }
  }

  /** A command under a request ID for a case number. */
  interface CommandOf {
    ComplaintCommand of(RequestId requestId, DocumentNumber number);
  }

  /**
   * One use case method: the state the case is in before, the command (and one with other
   * content), how to call it, the first event it saves (written out by hand) and how many events.
   */
  record Scenario(String name, UnaryOperator<ComplaintCase> before, CommandOf command,
      CommandOf other, BiFunction<UseCases, ComplaintCommand, ComplaintCase> call,
      BiFunction<DocumentNumber, ComplaintCommand, DomainEvent> firstEvent, int eventCount) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Instant hours(long h) {
    return RECEIVED.plusSeconds(3_600 * h);
  }

  static ComplaintCase firstStepDone(ComplaintCase c) {
    return c.progressed(new CompleteComplaintStep(id(), NUMBER, ROUTE.get(0), hours(1)), hours(1))
        .state();
  }

  static ComplaintCase secondStepOpen(ComplaintCase c) {
    return firstStepDone(c).progressed(new HandOverComplaint(id(), NUMBER, ROUTE.get(1),
        hours(2)), hours(2)).state();
  }

  static ComplaintCase routed(ComplaintCase c) {
    return ComplaintSamples.finished(c, hours(5));
  }

  static ComplaintCase decidedWith(ComplaintCase c, ComplaintOutcome outcome) {
    return decided(c, outcome);
  }

  static ComplaintCase slipped(ComplaintCase c) {
    return decidedWith(c, allowanceAndReturn()).progressed(new IssueReturnSlip(id(), NUMBER,
        RemedyKind.RETURN, "TH-1", 70), DECIDED_AT).state();
  }

  static ComplaintCase received(ComplaintCase c) {
    return slipped(c).progressed(new ReceiveReturnedGoods(id(), NUMBER, "TH-1", 70), DECIDED_AT)
        .state();
  }

  static ComplaintCase replacedAndVisited(ComplaintCase c) {
    return decidedWith(c, ComplaintOutcome.remedy(RemedyLine.replacement(120))).progressed(
        new RecordCustomerVisit(id(), NUMBER, DECIDED_AT, PersonId.of("S"), false, "visited"),
        DECIDED_AT).state();
  }

  static DecideComplaint decision(RequestId requestId, DocumentNumber number, String amount) {
    return new DecideComplaint(requestId, number, hours(6), PersonId.of("D-1"),
        ApprovalLevel.GENERAL_MANAGER, cny(amount),
        ComplaintOutcome.remedy(RemedyLine.replacement(120)), ours(), List.of(),
        OverAcceptanceRatio.companyDefault(new BigDecimal("0.05")));
  }

  static BiFunction<DocumentNumber, ComplaintCommand, DomainEvent> progressed() {
    return (n, c) -> new ComplaintProgressed(n, c, RECORDED);
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        new Scenario("handOver", ComplaintUseCasesTest::firstStepDone,
            (r, n) -> new HandOverComplaint(r, n, ROUTE.get(1), hours(2)),
            (r, n) -> new HandOverComplaint(r, n, ROUTE.get(1), hours(3)),
            (u, c) -> u.handling().handOver((HandOverComplaint) c), progressed(), 1),
        new Scenario("completeStep", UnaryOperator.identity(),
            (r, n) -> new CompleteComplaintStep(r, n, ROUTE.get(0), hours(1)),
            (r, n) -> new CompleteComplaintStep(r, n, ROUTE.get(0), hours(2)),
            (u, c) -> u.handling().completeStep((CompleteComplaintStep) c), progressed(), 1),
        new Scenario("returnStep", ComplaintUseCasesTest::secondStepOpen,
            (r, n) -> new ReturnComplaintStep(r, n, ROUTE.get(0), hours(3), "photos missing"),
            (r, n) -> new ReturnComplaintStep(r, n, ROUTE.get(0), hours(3), "no lot number"),
            (u, c) -> u.handling().returnStep((ReturnComplaintStep) c), progressed(), 1),
        new Scenario("recordSiteInspection", UnaryOperator.identity(),
            (r, n) -> new RecordSiteInspection(r, n, hours(1), PersonId.of("QA-1"), true,
                PersonId.of("MF-1"), "Oven 3 runs 8 K cold"),
            (r, n) -> new RecordSiteInspection(r, n, hours(1), PersonId.of("QA-1"), true,
                PersonId.of("MF-1"), "Oven 3 runs 9 K cold"),
            (u, c) -> u.handling().recordSiteInspection((RecordSiteInspection) c), progressed(),
            1),
        new Scenario("fileInvestigationReport", UnaryOperator.identity(),
            (r, n) -> new FileInvestigationReport(r, n, hours(1), PersonId.of("QA-1"), "Cause"),
            (r, n) -> new FileInvestigationReport(r, n, hours(1), PersonId.of("QA-2"), "Cause"),
            (u, c) -> u.handling().fileInvestigationReport((FileInvestigationReport) c),
            progressed(), 1),
        new Scenario("recordCustomerVisit", UnaryOperator.identity(),
            (r, n) -> new RecordCustomerVisit(r, n, hours(1), PersonId.of("S-1"), false, "Met"),
            (r, n) -> new RecordCustomerVisit(r, n, hours(1), PersonId.of("S-1"), true, "Met"),
            (u, c) -> u.handling().recordCustomerVisit((RecordCustomerVisit) c), progressed(), 1),
        new Scenario("decide", ComplaintUseCasesTest::routed,
            (r, n) -> decision(r, n, "8000"),
            (r, n) -> decision(r, n, "7000"),
            (u, c) -> u.decisions().decide((DecideComplaint) c),
            (n, c) -> new ComplaintDecided(n, (DecideComplaint) c, RECORDED), 1),
        new Scenario("fileObjection", c -> decidedWith(c, allowanceAndReturn()),
            (r, n) -> new FileObjection(r, n, new Objection(UnitId.of("RD"), PersonId.of("E1"),
                DECIDED_AT.plusSeconds(60), "Not our layout")),
            (r, n) -> new FileObjection(r, n, new Objection(UnitId.of("RD"), PersonId.of("E1"),
                DECIDED_AT.plusSeconds(60), "Another reason")),
            (u, c) -> u.decisions().fileObjection((FileObjection) c), progressed(), 2),
        new Scenario("placeReceivableHold", UnaryOperator.identity(),
            (r, n) -> new PlaceReceivableHold(r, n, cny("4800")),
            (r, n) -> new PlaceReceivableHold(r, n, cny("4700")),
            (u, c) -> u.outcomes().placeReceivableHold((PlaceReceivableHold) c), progressed(), 1),
        new Scenario("recordAllowanceCertificate", c -> decidedWith(c, allowanceAndReturn()),
            (r, n) -> new RecordAllowanceCertificate(r, n, RemedyKind.ALLOWANCE, "ZR-1"),
            (r, n) -> new RecordAllowanceCertificate(r, n, RemedyKind.ALLOWANCE, "ZR-2"),
            (u, c) -> u.outcomes().recordAllowanceCertificate((RecordAllowanceCertificate) c),
            progressed(), 1),
        new Scenario("issueReturnSlip", c -> decidedWith(c, allowanceAndReturn()),
            (r, n) -> new IssueReturnSlip(r, n, RemedyKind.RETURN, "TH-1", 70),
            (r, n) -> new IssueReturnSlip(r, n, RemedyKind.RETURN, "TH-1", 60),
            (u, c) -> u.outcomes().issueReturnSlip((IssueReturnSlip) c), progressed(), 1),
        new Scenario("receiveReturnedGoods", ComplaintUseCasesTest::slipped,
            (r, n) -> new ReceiveReturnedGoods(r, n, "TH-1", 70),
            (r, n) -> new ReceiveReturnedGoods(r, n, "TH-1", 60),
            (u, c) -> u.outcomes().receiveReturnedGoods((ReceiveReturnedGoods) c), progressed(),
            1),
        new Scenario("bookReturnedQuantity", ComplaintUseCasesTest::received,
            (r, n) -> new BookReturnedQuantity(r, n, ""),
            (r, n) -> new BookReturnedQuantity(r, n, "customer sent more"),
            (u, c) -> u.outcomes().bookReturnedQuantity((BookReturnedQuantity) c), progressed(),
            1),
        new Scenario("recordProof", c -> decidedWith(c, allowanceAndReturn()),
            (r, n) -> new RecordProof(r, n, RemedyKind.RETURN,
                ProofDocument.STAMPED_RETURN_CERTIFICATE),
            (r, n) -> new RecordProof(r, n, RemedyKind.RETURN,
                ProofDocument.STAMPED_ORIGINAL_INVOICE),
            (u, c) -> u.outcomes().recordProof((RecordProof) c), progressed(), 1),
        // CMP-09: the closed event and one copy for each of the seed's five recipients.
        new Scenario("close", ComplaintUseCasesTest::replacedAndVisited,
            (r, n) -> new CloseComplaint(r, n, CLOSED_AT, CustomerReply.WRITTEN),
            (r, n) -> new CloseComplaint(r, n, CLOSED_AT, CustomerReply.PHONE),
            (u, c) -> u.closure().close((CloseComplaint) c),
            (n, c) -> new ComplaintClosed(n, CLOSED_AT, true, RECORDED), 6));
  }

  ComplaintCase given(Scenario s) {
    return store.stored(s.before().apply(open(ComplaintSeverity.GENERAL)));
  }

  List<DomainEvent> outbox() {
    return store.outbox.stream().map(OutboxEvent::event).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void the_change_is_stored_with_its_events_in_the_outbox(Scenario s) {
    // rule: CMP-05 (and the rule of each command) — state and events saved together.
    ComplaintCase before = given(s);
    ComplaintCommand command = s.command().of(RID, NUMBER);
    ComplaintCase result = s.call().apply(useCases, command);
    assertEquals(Version.of(2), result.version());
    assertEquals(Optional.of(result), store.byNumber.values().stream().findFirst());
    assertEquals(Optional.of(command), result.handledUnder(RID));
    assertEquals(before.handled().size() + 1, result.handled().size());
    assertEquals(List.of("find", "save"), store.calls);
    assertEquals(s.eventCount(), store.outbox.size());
    assertEquals(s.firstEvent().apply(NUMBER, command), outbox().get(0));
    assertEquals(EventId.of("complaint/COMPLAINT:261107/2/0"), store.outbox.get(0).eventId());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void the_same_command_again_returns_the_stored_case_without_a_second_save(Scenario s) {
    // rule: CMP-05 — reliability: the first reply was lost, the client retries.
    given(s);
    ComplaintCase first = s.call().apply(useCases, s.command().of(RID, NUMBER));
    store.calls.clear();
    ComplaintCase again = s.call().apply(useCases, s.command().of(RID, NUMBER));
    assertSame(first, again);
    assertEquals(List.of("find"), store.calls);
    assertEquals(s.eventCount(), store.outbox.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void the_same_request_id_with_other_content_is_refused_and_changes_nothing(Scenario s) {
    // rule: CMP-05
    given(s);
    ComplaintCase first = s.call().apply(useCases, s.command().of(RID, NUMBER));
    store.calls.clear();
    DuplicateRequestException e = assertThrows(DuplicateRequestException.class,
        () -> s.call().apply(useCases, s.other().of(RID, NUMBER)));
    assertEquals(RID, e.requestId());
    assertEquals(List.of("find"), store.calls);
    assertSame(first, store.byNumber.get(NUMBER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void an_unknown_case_is_not_found(Scenario s) {
    // rule: CMP-05
    given(s);
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> s.call().apply(useCases, s.command().of(RID, UNKNOWN)));
    assertEquals("261199", e.id());
    assertEquals(List.of("find"), store.calls);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void an_invalid_command_is_refused_before_any_port_call(Scenario s) {
    // rule: CMP-05 — a command without its request ID.
    given(s);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> s.call().apply(useCases, s.command().of(null, NUMBER)));
    assertEquals("requestId", e.violations().get(0).path());
    assertEquals(List.of(), store.calls);
    assertThrows(NullPointerException.class, () -> s.call().apply(useCases, null));
    assertEquals(List.of(), store.calls);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void a_race_lost_to_an_earlier_attempt_of_the_same_command_returns_the_stored_case(Scenario s) {
    // rule: CMP-05 — reliability: the earlier attempt was stored between our find and our save.
    given(s);
    store.sameChangeWinsNextSave = true;
    ComplaintCase result = s.call().apply(useCases, s.command().of(RID, NUMBER));
    assertSame(store.byNumber.get(NUMBER), result);
    assertEquals(Version.of(2), result.version());
    assertEquals(Optional.of(s.command().of(RID, NUMBER)), result.handledUnder(RID));
    assertEquals(List.of("find", "save", "find"), store.calls);
    assertEquals(s.eventCount(), store.outbox.size(), "the winner's events only");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void a_race_lost_to_another_change_rethrows_the_conflict(Scenario s) {
    // rule: CMP-05 — the caller reads the case again and decides anew.
    given(s);
    store.otherChangeWinsNextSave = true;
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> s.call().apply(useCases, s.command().of(RID, NUMBER)));
    assertSame(store.lastConflict, e);
    assertEquals(List.of("find", "save", "find"), store.calls);
    assertEquals(List.of(), store.outbox);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void a_race_lost_to_a_case_that_holds_the_request_id_for_other_content_rethrows_the_conflict(
      Scenario s) {
    // rule: CMP-05 — the stored case has this request ID, but for another command.
    given(s);
    store.sameChangeWinsNextSave = true;
    s.call().apply(useCases, s.command().of(RID, NUMBER));
    ComplaintCase stored = store.byNumber.get(NUMBER);
    // A second client still reads version 1 (without RID); its save conflicts, and the case then
    // found (version 2) holds RID for the first client's command, not for this one.
    CaseStore second = new CaseStore();
    second.stored(s.before().apply(open(ComplaintSeverity.GENERAL)));
    UseCases other = new UseCases(new Complaints() {
      boolean saved;

      @Override
      public Optional<ComplaintCase> find(DocumentNumber number) {
        return saved ? Optional.of(stored) : second.find(number);
      }

      @Override
      public Optional<ComplaintCase> findByRequestId(RequestId requestId) {
        return Optional.empty();
      }

      @Override
      public ComplaintCase save(ComplaintCase complaint, List<OutboxEvent> events) {
        saved = true;
        throw second.lastConflict = new ConcurrentUpdateException(ComplaintCase.KIND, "261107",
            complaint.version(), Version.of(2));
      }

      @Override
      public List<ComplaintCase> inProgress(int max) {
        return List.of();
      }

      @Override
      public List<ComplaintCase> closedBetween(Instant from, Instant to) {
        return List.of();
      }
    });
    ConcurrentUpdateException e = assertThrows(ConcurrentUpdateException.class,
        () -> s.call().apply(other, s.other().of(RID, NUMBER)));
    assertSame(second.lastConflict, e);
  }
}
