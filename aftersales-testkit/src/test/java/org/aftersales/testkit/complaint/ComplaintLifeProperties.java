package org.aftersales.testkit.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.CloseComplaint;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintClosure;
import org.aftersales.core.complaint.ComplaintDecisions;
import org.aftersales.core.complaint.ComplaintHandling;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.ComplaintPenalties;
import org.aftersales.core.complaint.ComplaintProcedure;
import org.aftersales.core.complaint.ComplaintRegistration;
import org.aftersales.core.complaint.ComplaintReminderReport;
import org.aftersales.core.complaint.ComplaintReminderSettings;
import org.aftersales.core.complaint.ComplaintReminders;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.ComplaintStatus;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.CustomerReply;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.PostComplaintPenalty;
import org.aftersales.core.complaint.RecordCustomerVisit;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.ReopenRejectedComplaint;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.complaint.ReturnComplaintStep;
import org.aftersales.core.complaint.RoutingEntry;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.penalty.PenaltyLedgerPosting;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.AftersalesException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.rules.complaint.AmountSeverityAuthority;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.aftersales.testkit.notification.InMemoryNoticeLog;
import org.aftersales.testkit.penalty.InMemoryPenaltyAccounts;
import org.aftersales.testkit.store.InMemoryDatabase;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Any sequence of complaint commands — valid or not, repeated, in any order, with time passing —
 * through the public use cases on one in-memory database keeps the case's promises: no case is
 * closed without a decision, a case's number never changes, a refused command changes nothing
 * (state and outbox), no reminder is lost (every step overdue at the last run has its urge) or
 * sent twice (every event reaches the outbox once), and the penalty ledgers hold exactly the
 * decided amounts of the cases posted, to the fen. // rule: CMP-01, CMP-07, CMP-09, CMP-10,
 * CMP-19, PEN-07
 */
class ComplaintLifeProperties {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final Currency CNY = Currency.getInstance("CNY");

  /** What a command does to the world; one of these per action. */
  enum Kind { REGISTER, ROUTE, RETURN, DECIDE, VISIT, CLOSE, REJECT, POST_PENALTY, WAIT, REPEAT,
    REMIND }

  /** One command: its kind, which case (by registration index) and a variant. */
  record Command(Kind kind, int caseIndex, int variant) {}

  /** The world, the model and the invariants. */
  static final class Life {
    final InMemoryDatabase db = InMemoryDatabase.create();
    final InMemoryComplaints complaints = InMemoryComplaints.over(db);
    final InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.over(db);
    final TestClock clock = TestClock.at(
        LocalDateTime.parse("2026-11-02T09:00").atZone(SHANGHAI).toInstant(), SHANGHAI);
    final ComplaintProcedure procedure = ComplaintProcedure.seed();
    final ComplaintRegistration registration = new ComplaintRegistration(complaints,
        SequenceNumbering.of(NumberingScheme.seed(SHANGHAI), db.numberSequences()), procedure,
        TestValidators.commandValidator(), clock);
    final ComplaintHandling handling = new ComplaintHandling(complaints,
        TestValidators.commandValidator(), clock);
    final ComplaintDecisions decisions = new ComplaintDecisions(complaints,
        AmountSeverityAuthority.seed(CNY), TestValidators.commandValidator(), clock);
    final ComplaintClosure closure = new ComplaintClosure(complaints, procedure,
        ComplaintFixtures.SEED_POLICY, TestValidators.commandValidator(), clock);
    final InMemoryNoticeLog log = InMemoryNoticeLog.over(db);
    final ComplaintReminders reminders = new ComplaintReminders(complaints, log,
        ComplaintFixtures.SEED_POLICY, ComplaintReminderSettings.seed(), clock);
    /** When the reminders last ran, if they did. */
    Instant remindedAt;
    int urges;
    final ComplaintPenalties penalties = new ComplaintPenalties(complaints,
        LargestRemainderAllocation.seed(),
        new PenaltyPosting(accounts, TestValidators.commandValidator(), clock),
        TestValidators.commandValidator(), SHANGHAI);

    /** Registration request IDs in order; the number first stored under each. */
    final List<RequestId> registered = new ArrayList<>();
    final Map<RequestId, DocumentNumber> numbers = new HashMap<>();
    /** The decided amount of every case whose penalties were posted, by case number text. */
    final Map<String, Money> posted = new HashMap<>();
    /** The last command that was accepted, for REPEAT. */
    Function<Life, Object> last;
    int ids;
    int refused;
    int closed;
    int rejected;

    RequestId id(String prefix) {
      return RequestId.of(prefix + "-" + (++ids));
    }

    Instant now() {
      return clock.instant();
    }

    Optional<ComplaintCase> caseAt(int index) {
      if (registered.isEmpty()) {
        return Optional.empty();
      }
      // The registration's case, or the latest case it continues as after rejections.
      ComplaintCase c = complaints.findByRequestId(registered.get(index % registered.size()))
          .orElseThrow();
      while (c.rejectedBy().isPresent()) {
        c = complaints.find(c.rejectedBy().get()).orElseThrow();
      }
      return Optional.of(c);
    }

    /** Applies a command; a refusal must leave the whole store as it was. */
    Life apply(Command command) {
      List<ComplaintCase> casesBefore = complaints.all();
      List<OutboxEvent> outboxBefore = complaints.outbox().all();
      List<PersonPenaltyLedger> ledgersBefore = accounts.all();
      Function<Life, Object> call = call(command);
      if (call == null) {
        return this;
      }
      try {
        call.apply(this);
        if (command.kind() != Kind.REPEAT) {
          last = call;
        }
      } catch (AftersalesException refusal) {
        refused++;
        assertEquals(casesBefore, complaints.all(), "a refused " + command + " changed a case");
        assertEquals(outboxBefore, complaints.outbox().all(), "a refused " + command
            + " wrote an event");
        assertEquals(ledgersBefore, accounts.all(), "a refused " + command
            + " changed a ledger");
      }
      return this;
    }

    private Function<Life, Object> call(Command command) {
      Optional<ComplaintCase> target = caseAt(command.caseIndex());
      int v = command.variant();
      switch (command.kind()) {
        case REGISTER: {
          RequestId requestId = v == 0 && !registered.isEmpty()
              ? registered.get(command.caseIndex() % registered.size()) : id("reg");
          RegisterComplaint r = new RegisterComplaint(requestId, now(), intake(v));
          return l -> {
            ComplaintCase c = l.registration.register(r);
            if (!l.numbers.containsKey(requestId)) {
              l.registered.add(requestId);
              l.numbers.put(requestId, c.number());
            }
            return c;
          };
        }
        case WAIT:
          return l -> l.clock.advance(Duration.ofMinutes(30L + 170L * v));
        case REMIND:
          return l -> {
            ComplaintReminderReport report = l.reminders.run();
            l.remindedAt = l.now();
            l.urges += (int) report.urges();
            return report;
          };
        case REPEAT:
          return last;
        default:
          break;
      }
      if (target.isEmpty()) {
        return null;
      }
      ComplaintCase c = target.get();
      DocumentNumber n = c.number();
      switch (command.kind()) {
        case ROUTE: {
          List<RoutingEntry> entries = c.routing().entries();
          RoutingEntry lastEntry = entries.isEmpty() ? null : entries.get(entries.size() - 1);
          if (lastEntry != null && lastEntry.isOpen()) {
            CompleteComplaintStep done = new CompleteComplaintStep(id("done"), n,
                lastEntry.step(), now());
            return l -> l.handling.completeStep(done);
          }
          List<Milestone> route = c.routing().route();
          int next = lastEntry == null ? 0 : route.indexOf(lastEntry.step()) + 1;
          // Past the end of the route the hand-over is refused (CMP-05): a refusal to check.
          Milestone step = route.get(Math.min(next, route.size() - 1));
          HandOverComplaint h = new HandOverComplaint(id("to"), n, step, now());
          return l -> l.handling.handOver(h);
        }
        case RETURN: {
          ReturnComplaintStep r = new ReturnComplaintStep(id("back"), n,
              c.routing().route().get(0), now(), "the form is incomplete");
          return l -> l.handling.returnStep(r);
        }
        case DECIDE: {
          DecideComplaint d = decision(n, v);
          return l -> l.decisions.decide(d);
        }
        case VISIT: {
          RecordCustomerVisit visit = new RecordCustomerVisit(id("visit"), n, now(),
              PersonId.of("SUP-1"), v % 2 == 0, "visited");
          return l -> l.handling.recordCustomerVisit(visit);
        }
        case CLOSE: {
          CloseComplaint close = new CloseComplaint(id("close"), n, now(),
              v % 2 == 0 ? CustomerReply.WRITTEN : CustomerReply.PHONE);
          return l -> {
            ComplaintCase result = l.closure.close(close);
            l.closed++;
            return result;
          };
        }
        case REJECT: {
          ReopenRejectedComplaint r = new ReopenRejectedComplaint(id("reject"), n, now(),
              "the customer rejects the decision");
          return l -> {
            ComplaintCase result = l.registration.reopenAfterRejection(r);
            l.rejected++;
            return result;
          };
        }
        case POST_PENALTY:
          return l -> {
            List<PersonPenaltyLedger> ledgers = l.penalties.post(
                new PostComplaintPenalty(n, List.of()));
            DecideComplaint d = l.complaints.find(n).orElseThrow().decision().orElseThrow();
            if (!ledgers.isEmpty()) {
              l.posted.put(n.text(), d.amount());
            }
            return ledgers;
          };
        default:
          throw new IllegalStateException(command.toString());
      }
    }

    static ComplaintIntake intake(int variant) {
      return new ComplaintIntake("Customer " + variant, "Boards peel", "PO-" + variant, "PCB-1",
          2_000, LocalDate.of(2026, 10, 20), 120, "Replace them", DemandedReturn.of(0),
          variant % 2 == 0 ? ServiceZone.DOMESTIC : ServiceZone.OVERSEAS,
          variant % 3 == 0 ? ComplaintSeverity.SERIOUS : ComplaintSeverity.GENERAL, true);
    }

    /**
     * A decision: amounts from CNY 0.01 to 60 000 (across the authority's bands), decided by the
     * general manager or, for some, by a sales manager who may lack the authority; the fault on
     * one person, split 0.5 / 0.5 between two, or not ours.
     */
    DecideComplaint decision(DocumentNumber n, int v) {
      Money amount = Money.of(new BigDecimal(v * 1_234 + 1).movePointLeft(2), CNY);
      Responsibility responsibility = switch (v % 3) {
        case 0 -> Responsibility.ours(FaultCause.MANUFACTURING, "fix it", true,
            ResponsibilityLine.of(UnitId.of("D-1"), PersonId.of("P" + v % 5), BigDecimal.ONE));
        case 1 -> Responsibility.ours(FaultCause.HUMAN_NEGLIGENCE, "retrain", false,
            ResponsibilityLine.of(UnitId.of("D-1"), PersonId.of("P1"), new BigDecimal("0.5")),
            ResponsibilityLine.of(UnitId.of("D-2"), PersonId.of("P2"), new BigDecimal("0.5")));
        default -> Responsibility.none("the customer's storage");
      };
      return new DecideComplaint(id("decide"), n, now(), PersonId.of("D-1"),
          v % 4 == 0 ? ApprovalLevel.SALES_MANAGER : ApprovalLevel.GENERAL_MANAGER, amount,
          ComplaintOutcome.remedy(RemedyLine.replacement(120)), responsibility, List.of(),
          OverAcceptanceRatio.seed());
    }

    void invariants() {
      Money ledgerTotal = Money.zero(CNY);
      Map<String, Money> byCase = new HashMap<>();
      for (PersonPenaltyLedger ledger : accounts.all()) {
        for (String caseId : posted.keySet()) {
          Optional<PenaltyLedgerPosting> p = ledger.posting(caseId);
          p.ifPresent(x -> byCase.merge(caseId, x.amount(), Money::plus));
        }
        ledgerTotal = ledgerTotal.plus(ledger.postedTotal());
      }
      Money decidedTotal = Money.zero(CNY);
      for (Map.Entry<String, Money> e : posted.entrySet()) {
        assertEquals(e.getValue(), byCase.get(e.getKey()),
            "the ledgers hold case " + e.getKey() + "'s decided amount to the fen");
        decidedTotal = decidedTotal.plus(e.getValue());
      }
      assertEquals(decidedTotal, ledgerTotal, "no money outside the posted cases");
      // Reminders: every notice reaches the outbox once; every step that was overdue at the last
      // run (by the routing form's own figures) has its urge.
      Map<String, Long> deliveries = new HashMap<>();
      for (OutboxEvent e : complaints.outbox().all()) {
        deliveries.merge(e.eventId().value(), 1L, Long::sum);
      }
      deliveries.forEach((eventId, count) -> assertEquals(1L, count, "twice: " + eventId));
      if (remindedAt != null) {
        for (ComplaintCase c : complaints.all()) {
          if (!c.status().inProgress() || c.routing().entries().isEmpty()) {
            continue;
          }
          int last = c.routing().entries().size() - 1;
          RoutingEntry open = c.routing().entries().get(last);
          if (!open.isOpen() || open.handedOverAt().isAfter(remindedAt)
              || c.routing().latestInstant().isAfter(remindedAt)) {
            continue;
          }
          Instant due = c.routing().stepFigures(ComplaintFixtures.SEED_POLICY, remindedAt)
              .get(last).due();
          if (remindedAt.isAfter(due)) {
            NoticeKey key = new NoticeKey(ComplaintCase.KIND_CODE, c.sourceId(),
                RuleId.of("CMP-19"), open.step().code() + ".urge", "entry-" + last);
            assertTrue(log.find(key).isPresent(), "missed urge " + key.text());
          }
        }
      }
      for (ComplaintCase c : complaints.all()) {
        if (c.status() == ComplaintStatus.CLOSED) {
          assertTrue(c.decision().isPresent(), "closed without a decision: " + c.number());
          assertTrue(c.closure().isPresent() || c.rejection().isPresent());
        }
        assertEquals(numbers.getOrDefault(c.requestId(), c.number()), c.number(),
            "a case's number never changes");
      }
    }
  }

  static Action.Independent<Life> send() {
    Arbitrary<Command> commands = Combinators.combine(Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 47))
        .as(Command::new);
    return new Action.Independent<>() {
      @Override
      public Arbitrary<Transformer<Life>> transformer() {
        return commands.map(c -> Transformer.mutate(c.toString(), life -> life.apply(c)));
      }
    };
  }

  /** Mostly the happy path's next step, so that decisions, closures and rejections are common. */
  static Action.Dependent<Life> forward() {
    return new Action.Dependent<>() {
      @Override
      public Arbitrary<Transformer<Life>> transformer(Life life) {
        Arbitrary<Command> next = Combinators.combine(
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 47))
            .as((i, v) -> {
              Optional<ComplaintCase> c = life.caseAt(i);
              Kind kind = c.isEmpty() ? Kind.REGISTER
                  : c.get().status() == ComplaintStatus.OPEN && !c.get().routing().isFinished()
                      ? Kind.ROUTE
                  : c.get().status() == ComplaintStatus.OPEN ? Kind.DECIDE
                  : c.get().status() == ComplaintStatus.DECIDED
                      ? (c.get().customerVisits().isEmpty() ? Kind.VISIT
                          : v % 3 == 0 ? Kind.POST_PENALTY : v % 3 == 1 ? Kind.REJECT : Kind.CLOSE)
                  : v % 3 == 0 ? Kind.POST_PENALTY : v % 3 == 1 ? Kind.REMIND : Kind.REGISTER;
              return new Command(kind, i, v);
            });
        return next.map(c -> Transformer.mutate("next " + c, l -> l.apply(c)));
      }
    };
  }

  @Provide
  Arbitrary<ActionChain<Life>> lives() {
    return ActionChain.<Life>startWith(Life::new)
        .withAction(10, forward())
        .withAction(4, send())
        .withMaxTransformations(60);
  }

  @Property(tries = 150)
  void no_sequence_of_commands_breaks_a_cases_promises(@ForAll("lives") ActionChain<Life> chain) {
    // rule: CMP-01, CMP-07, CMP-09, CMP-10, CMP-19, PEN-07
    Life life = chain.withInvariant("case and ledger", Life::invariants).run();
    Statistics.label("closed").collect(life.closed > 0);
    Statistics.label("rejected").collect(life.rejected > 0);
    Statistics.label("posted").collect(!life.posted.isEmpty());
    Statistics.label("refused").collect(life.refused > 0);
    Statistics.label("urged").collect(life.urges > 0);
    Statistics.label("urged").coverage(c -> c.check(true).percentage(p -> p >= 5));
    Statistics.label("closed").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("rejected").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("posted").coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("refused").coverage(c -> c.check(true).percentage(p -> p >= 10));
  }
}
