package org.aftersales.testkit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.service.AgreeArrivalTime;
import org.aftersales.core.service.ArrivalTimeAgreed;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.CommitResolutionTime;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.InspectRepair;
import org.aftersales.core.service.InvoiceDue;
import org.aftersales.core.service.ItemReturned;
import org.aftersales.core.service.ItemTakenToWorkshop;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.OpenRepairCard;
import org.aftersales.core.service.PaymentCollectedOnSite;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.RecordRepair;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.RepairCardOpened;
import org.aftersales.core.service.RepairInspected;
import org.aftersales.core.service.RepairQuoted;
import org.aftersales.core.service.RepairRecorded;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ResolutionTimeCommitted;
import org.aftersales.core.service.ReturnItem;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceReportFiled;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestClosed;
import org.aftersales.core.service.ServiceRequestCompletion;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestRegistered;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.ServiceRequestWorkshop;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.service.TakeItemToWorkshop;
import org.aftersales.core.service.TechnicianAssigned;
import org.aftersales.core.service.VoucherSigned;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.DuplicateRequestException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.NotFoundException;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.rules.sla.SeedServiceLevels;
import org.aftersales.testkit.validation.TestValidators;

/**
 * The whole life of a paid service request as jqwik action chains: any sequence of commands —
 * register, dispatch, quote, report, sign, close, take to the workshop, open a repair card, record
 * the repair, inspect, return, commit a resolution time, agree the customer's arrival time —
 * valid or not (a blank or missing field, a negative estimate, a wrong receipt), repeated or not,
 * reusing request IDs, through the use cases on the in-memory adapter. After every command the request and the outbox agree with a model written here,
 * independently of the aggregate:
 * <ul>
 *   <li>each command is accepted, answered as a repeat, or refused exactly when the model says
 *       (with the model's rule ID);</li>
 *   <li>never closed without a signed voucher and a service report (SVC-03, SVC-16);</li>
 *   <li>the quote first (SVC-15): the paid job's report and workshop repair are refused until
 *       the sales centre's quote is recorded, and a stored report or repair has one; a quote is
 *       never replaced;</li>
 *   <li>never two repair cards, never a card without the item in the workshop (SVC-05);</li>
 *   <li>deadlines never moved: the arrival promised at registration (the seed's 6 working hours
 *       in the city: 09:00 → 16:30, SVC-11), the repair card's promised time and the committed
 *       resolution time stay as first stored (SVC-14), and so does the agreed arrival time, which
 *       under these budget levels is only recorded (SVC-13);</li>
 *   <li>a refused command or a repeat changes nothing stored;</li>
 *   <li>the outbox holds exactly the events of the accepted changes: one batch per stored
 *       version, of the kinds the model expects for the command.</li>
 * </ul>
 * // rule: SVC-02, SVC-03, SVC-04, SVC-05, SVC-06, SVC-07, SVC-11, SVC-13, SVC-14, SVC-15,
 * SVC-16
 */
class ServiceRequestLifeProperties {

  static final ServiceRequestId SR = ServiceRequestId.of("SR-1");
  static final Currency CNY = Currency.getInstance("CNY");

  static Instant sh(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SeedPolicies.SHANGHAI).toInstant();
  }

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  /** The kinds of step; each keeps its accepted command on the request. */
  enum Kind { REGISTER, DISPATCH, QUOTE, REPORT, SIGN, CLOSE, TAKE_IN, CARD, REPAIR, INSPECT,
    RETURN, COMMIT, AGREE }

  /** What happened to one command, by the model or by the use cases. */
  enum Outcome { ACCEPTED, REPEAT, DUPLICATE, REFUSED, NOT_FOUND, INVALID }

  /** A command of the life, with its kind and its variant (0 or 1: another request ID). */
  record Command(Kind kind, int variant, boolean invalid, Object value) {}

  static Command command(Kind kind, int variant, boolean invalid) {
    String rid = kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + variant;
    RequestId id = RequestId.of(rid);
    PersonId person = invalid ? null : PersonId.of("p-" + variant);
    Object value = switch (kind) {
      case REGISTER -> new RegisterServiceRequest(id, SR, sh(2, 9, 0),
          invalid ? " " : "Shanghai Precision Ltd.", "88 Zhangjiang Rd", "021-5080 1234",
          "CNC-450", "SN-1", ServiceZone.CITY, ServiceChannel.HOTLINE, "Spindle stops");
      case DISPATCH -> new AssignTechnician(id, SR, PersonId.of("tech-" + variant), person,
          sh(2, 9, 30));
      // Variant 0 quotes parts 276.00 and travel 60.00, variant 1 travel 760.00; invalid: a
      // negative parts estimate.
      case QUOTE -> new QuoteRepair(id, SR, invalid ? cny("-1.00") : cny("276.00"),
          variant == 0 ? cny("60.00") : cny("760.00"), PersonId.of("sales-" + variant),
          sh(2, 9, 20));
      // Variant 0 charges 336.00 (collected on site), variant 1 1 036.00 (invoiced).
      case REPORT -> new FileServiceReport(id, SR, PersonId.of("tech-" + variant),
          new ServiceReport(invalid ? "" : "worn bearing", "bearing replaced",
              List.of(new ReplacedPart("BRG-6204", 2, cny("138.00"))), 90,
              variant == 0 ? cny("60.00") : cny("760.00"), "satisfied"), sh(2, 12, 0));
      case SIGN -> new SignVoucher(id, SR, invalid ? "" : "Mr Chen", sh(2, 12, 30));
      case CLOSE -> new CloseServiceRequest(id, SR, person, sh(2, 15, 0));
      case TAKE_IN -> new TakeItemToWorkshop(id, SR, "RC-" + variant, invalid ? "" : "Mr Chen",
          sh(2, 11, 0));
      case CARD -> new OpenRepairCard(id, SR, invalid ? " " : "CARD-" + variant,
          PersonId.of("tech-1"), sh(4, 17, 0).plusSeconds(3600L * variant), sh(2, 11, 30));
      case REPAIR -> new RecordRepair(id, SR, invalid ? -1 : 60 + variant, List.of(),
          sh(3, 10, 0));
      case INSPECT -> new InspectRepair(id, SR, person, sh(3, 11, 0));
      // Variant 1 hands back the other receipt: right only if the item was taken in under it.
      case RETURN -> new ReturnItem(id, SR, "RC-" + variant, "Mr Chen",
          invalid ? null : PersonId.of("clerk-1"), sh(3, 15, 0));
      case COMMIT -> new CommitResolutionTime(id, SR, PersonId.of("tech-1"),
          sh(5, 12, 0).plusSeconds(3600L * variant), invalid ? "" : "bearing on order",
          sh(2, 17, 0));
      case AGREE -> new AgreeArrivalTime(id, SR, sh(4, 14, 0).plusSeconds(3600L * variant),
          person, sh(2, 9, 10));
    };
    return new Command(kind, variant, invalid, value);
  }

  /** The use cases over one in-memory repository, and the model of what they should store. */
  static final class Life {
    final InMemoryServiceRequests requests = InMemoryServiceRequests.create();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"),
        SeedPolicies.SHANGHAI);
    final ServiceRequestRegistration registration = new ServiceRequestRegistration(requests,
        InMemoryEntitlements.create(), SeedPolicies.seed(SeedServiceLevels.DISPATCH),
        TestValidators.commandValidator(), clock);
    final ServiceRequestDispatch dispatch = new ServiceRequestDispatch(requests,
        TestValidators.commandValidator(), clock, SeedPolicies.seed(SeedServiceLevels.DISPATCH));
    final ServiceRequestCompletion completion = new ServiceRequestCompletion(requests,
        OnSiteCollection.seed(), SeedPolicies.SHANGHAI, TestValidators.commandValidator(), clock);
    final ServiceRequestWorkshop workshop = new ServiceRequestWorkshop(requests,
        OnSiteCollection.seed(), SeedPolicies.SHANGHAI, TestValidators.commandValidator(),
        clock);
    /** The model: the accepted command of each step. */
    final Map<Kind, Command> accepted = new EnumMap<>(Kind.class);
    final List<String> log = new ArrayList<>();

    @Override
    public String toString() {
      return String.join("; ", log);
    }

    /** The model's verdict on {@code c}, from the steps accepted so far. */
    Outcome expected(Command c) {
      if (c.invalid()) {
        return Outcome.INVALID;
      }
      Command earlier = accepted.get(c.kind());
      if (earlier != null && earlier.value().equals(c.value())) {
        return Outcome.REPEAT;
      }
      if (earlier != null && earlier.variant() == c.variant()) {
        return Outcome.DUPLICATE;
      }
      if (c.kind() == Kind.REGISTER) {
        // Another request ID for the same service request ID: refused as bad input.
        return earlier == null ? Outcome.ACCEPTED : Outcome.INVALID;
      }
      if (!has(Kind.REGISTER)) {
        return Outcome.NOT_FOUND;
      }
      boolean dispatched = has(Kind.DISPATCH);
      boolean closed = has(Kind.CLOSE) || has(Kind.RETURN);
      boolean inWorkshop = has(Kind.TAKE_IN) && !has(Kind.RETURN);
      boolean onSite = dispatched && !has(Kind.TAKE_IN) && !closed;
      boolean allowed = switch (c.kind()) {
        case REGISTER -> false;
        case DISPATCH -> !dispatched;
        // Registered, dispatched or in the workshop, once: every request here is a paid job
        // (no entitlement: category A), so it has something to quote (SVC-15).
        case QUOTE -> !closed && !has(Kind.QUOTE);
        case REPORT -> (onSite || inWorkshop) && !has(Kind.REPORT);
        case SIGN -> onSite && !has(Kind.SIGN);
        case CLOSE -> onSite && has(Kind.SIGN) && has(Kind.REPORT);
        case TAKE_IN -> onSite && !has(Kind.SIGN);
        case CARD -> inWorkshop && !has(Kind.CARD);
        case REPAIR -> inWorkshop && has(Kind.CARD) && !has(Kind.REPAIR);
        case INSPECT -> inWorkshop && has(Kind.REPAIR) && !has(Kind.INSPECT);
        case RETURN -> inWorkshop && has(Kind.INSPECT) && has(Kind.REPORT);
        case COMMIT -> !closed && !has(Kind.COMMIT);
        // Registered or dispatched (not in the workshop, not closed), once (SVC-13).
        case AGREE -> !closed && !inWorkshop && !has(Kind.AGREE);
      };
      if (allowed && c.kind() == Kind.RETURN
          && accepted.get(Kind.TAKE_IN).variant() != c.variant()) {
        return Outcome.INVALID; // not the receipt that was issued
      }
      if (allowed && (c.kind() == Kind.REPORT || c.kind() == Kind.REPAIR)
          && !has(Kind.QUOTE)) {
        return Outcome.REFUSED; // the paid job's quote comes first (SVC-15)
      }
      return allowed ? Outcome.ACCEPTED : Outcome.REFUSED;
    }

    /** The rule a refusal of {@code c} names, as the catalog files each step. */
    RuleId ruleOf(Command c) {
      return RuleId.of(switch (c.kind()) {
        case DISPATCH -> "SVC-02";
        case SIGN -> "SVC-03";
        case CLOSE -> has(Kind.DISPATCH) && !has(Kind.TAKE_IN) && !has(Kind.CLOSE)
            && has(Kind.SIGN) ? "SVC-16" : "SVC-03";
        case QUOTE -> "SVC-15";
        // Refused for its step's state (SVC-16, SVC-06), else for the missing quote (SVC-15).
        case REPORT -> reportable() && !has(Kind.REPORT) ? "SVC-15" : "SVC-16";
        case REPAIR -> has(Kind.TAKE_IN) && !has(Kind.RETURN) && has(Kind.CARD)
            && !has(Kind.REPAIR) ? "SVC-15" : "SVC-06";
        case TAKE_IN, CARD -> "SVC-05";
        case INSPECT -> "SVC-06";
        case RETURN -> has(Kind.TAKE_IN) && !has(Kind.RETURN) && has(Kind.INSPECT) ? "SVC-16"
            : "SVC-06";
        case COMMIT -> "SVC-14";
        case AGREE -> "SVC-13";
        case REGISTER -> "none";
      });
    }

    /** Dispatched and open, on site or in the workshop: where a report is filed. */
    boolean reportable() {
      return has(Kind.DISPATCH) && !has(Kind.CLOSE) && !has(Kind.RETURN);
    }

    boolean has(Kind kind) {
      return accepted.containsKey(kind);
    }

    /** The kinds of event the model expects from accepting {@code c}. */
    List<Class<? extends DomainEvent>> eventsOf(Command c) {
      return switch (c.kind()) {
        case REGISTER -> List.of(ServiceRequestRegistered.class);
        case DISPATCH -> List.of(TechnicianAssigned.class);
        case QUOTE -> List.of(RepairQuoted.class);
        case REPORT -> List.of(ServiceReportFiled.class);
        case SIGN -> List.of(VoucherSigned.class);
        // 2 × 138.00 + 60.00 = 336.00 ≤ 500.00 on site; + 760.00 = 1 036.00 invoiced.
        case CLOSE -> List.of(ServiceRequestClosed.class,
            accepted.get(Kind.REPORT).variant() == 0 ? PaymentCollectedOnSite.class
                : InvoiceDue.class);
        case TAKE_IN -> List.of(ItemTakenToWorkshop.class);
        case CARD -> List.of(RepairCardOpened.class);
        case REPAIR -> List.of(RepairRecorded.class);
        case INSPECT -> List.of(RepairInspected.class);
        case RETURN -> List.of(ItemReturned.class, ServiceRequestClosed.class, InvoiceDue.class);
        case COMMIT -> List.of(ResolutionTimeCommitted.class, Notice.class);
        case AGREE -> List.of(ArrivalTimeAgreed.class);
      };
    }

    Object send(Command c) {
      Object v = c.value();
      return switch (c.kind()) {
        case REGISTER -> registration.register((RegisterServiceRequest) v);
        case DISPATCH -> dispatch.assign((AssignTechnician) v);
        case QUOTE -> completion.quote((QuoteRepair) v);
        case REPORT -> completion.fileReport((FileServiceReport) v);
        case SIGN -> completion.signVoucher((SignVoucher) v);
        case CLOSE -> completion.close((CloseServiceRequest) v);
        case TAKE_IN -> workshop.takeIn((TakeItemToWorkshop) v);
        case CARD -> workshop.openRepairCard((OpenRepairCard) v);
        case REPAIR -> workshop.recordRepair((RecordRepair) v);
        case INSPECT -> workshop.inspect((InspectRepair) v);
        case RETURN -> workshop.returnItem((ReturnItem) v);
        case COMMIT -> completion.commitResolutionTime((CommitResolutionTime) v);
        case AGREE -> dispatch.agreeArrivalTime((AgreeArrivalTime) v);
      };
    }

    /** Sends {@code c} and checks the outcome, the stored request and the outbox. */
    void apply(Command c) {
      log.add(c.kind() + "/" + c.variant() + (c.invalid() ? "/invalid" : ""));
      Outcome expected = expected(c);
      Optional<ServiceRequest> before = requests.find(SR);
      List<OutboxEvent> outboxBefore = requests.outbox().all();
      Outcome actual;
      RuleId rule = null;
      try {
        send(c);
        actual = requests.outbox().all().size() > outboxBefore.size() ? Outcome.ACCEPTED
            : Outcome.REPEAT;
      } catch (DuplicateRequestException e) {
        actual = Outcome.DUPLICATE;
      } catch (RuleRefusalException e) {
        actual = Outcome.REFUSED;
        rule = e.ruleId();
      } catch (NotFoundException e) {
        actual = Outcome.NOT_FOUND;
      } catch (InvalidInputException e) {
        actual = Outcome.INVALID;
      }
      assertEquals(expected, actual, "outcome of " + log.get(log.size() - 1));
      if (actual == Outcome.REFUSED) {
        assertEquals(ruleOf(c), rule, "rule of " + log.get(log.size() - 1));
      }
      List<OutboxEvent> outbox = requests.outbox().all();
      if (actual != Outcome.ACCEPTED) {
        assertEquals(before, requests.find(SR), "nothing stored changes");
        assertEquals(outboxBefore, outbox, "no event");
        return;
      }
      ServiceRequest after = requests.find(SR).orElseThrow();
      List<OutboxEvent> added = outbox.subList(outboxBefore.size(), outbox.size());
      String prefix = "service-request/SR-1/" + after.version().value() + "/";
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < added.size(); i++) {
        ids.add(prefix + i);
      }
      assertEquals(ids, added.stream().map(e -> e.eventId().value()).toList(),
          "one batch, of the new version");
      assertEquals(eventsOf(c), added.stream().map(e -> e.event().getClass()).toList());
      accepted.put(c.kind(), c);
    }

    /** The invariants of the stored request, checked after every command. */
    void invariants() {
      Optional<ServiceRequest> stored = requests.find(SR);
      if (stored.isEmpty()) {
        assertTrue(requests.outbox().all().isEmpty());
        return;
      }
      ServiceRequest r = stored.get();
      if (r.status() == ServiceRequestStatus.CLOSED) {
        assertTrue(r.report().isPresent() && r.voucherSignedBy().isPresent(),
            "closed only with a report and a signed voucher");
      }
      assertTrue(r.quote().isPresent() || r.report().isEmpty() && r.repairRecord().isEmpty(),
          "a paid job's report or repair only after its quote (SVC-15)");
      assertEquals(first(RepairQuoted.class, RepairQuoted::travelEstimate),
          r.quote().map(QuoteRepair::travelEstimate), "the quote never replaced, nor dropped");
      long cards = count(RepairCardOpened.class);
      assertTrue(cards <= 1 && cards - count(RepairRecorded.class) >= 0, "never two cards");
      assertTrue(!r.hasOpenRepairCard() || r.isInWorkshop(), "an open card is in the workshop");
      assertEquals(Optional.of(sh(2, 16, 30)), r.arrivalDue(), "arrival promise never moved");
      assertEquals(Optional.empty(), r.responseDue());
      assertEquals(first(RepairCardOpened.class, RepairCardOpened::promisedBy),
          r.repairPromisedBy(), "the repair card's promise never moved");
      assertEquals(first(ResolutionTimeCommitted.class, ResolutionTimeCommitted::resolveBy),
          r.resolutionCommittedFor(), "the committed time never moved");
      assertEquals(first(ArrivalTimeAgreed.class, ArrivalTimeAgreed::requestedArrival),
          r.requestedArrival(), "the agreed arrival time never moved, nor dropped");
      assertEquals(r.version().value(), requests.outbox().all().stream()
          .map(e -> e.eventId().value().split("/")[2]).distinct().count(),
          "one batch of events per stored version");
    }

    long count(Class<? extends DomainEvent> kind) {
      return requests.outbox().all().stream().filter(e -> kind.isInstance(e.event())).count();
    }

    <E extends DomainEvent, T> Optional<T> first(Class<E> kind, Function<E, T> time) {
      return requests.outbox().all().stream().map(OutboxEvent::event).filter(kind::isInstance)
          .map(kind::cast).map(time).findFirst();
    }
  }

  /** Commands of every kind: mostly valid, two request IDs each, one in eight invalid. */
  static Action.Independent<Life> send() {
    Arbitrary<Command> commands = net.jqwik.api.Combinators.combine(
        Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(0, 7).map(n -> n == 0))
        .as(ServiceRequestLifeProperties::command);
    return new Action.Independent<>() {
      @Override
      public Arbitrary<Transformer<Life>> transformer() {
        return commands.map(c -> Transformer.mutate(c.kind() + "/" + c.variant()
            + (c.invalid() ? "/invalid" : ""), life -> life.apply(c)));
      }
    };
  }

  /** The happy paths, so that long lives are common: the next step the model would accept. */
  static Action.Dependent<Life> next() {
    return new Action.Dependent<>() {
      @Override
      public Arbitrary<Transformer<Life>> transformer(Life life) {
        List<Command> acceptable = new ArrayList<>();
        for (Kind kind : Kind.values()) {
          for (int variant = 0; variant < 2; variant++) {
            Command c = command(kind, variant, false);
            if (life.expected(c) == Outcome.ACCEPTED) {
              acceptable.add(c);
            }
          }
        }
        if (acceptable.isEmpty()) {
          return Arbitraries.just(Transformer.noop());
        }
        return Arbitraries.of(acceptable).map(c -> Transformer.mutate("next " + c.kind() + "/"
            + c.variant(), l -> l.apply(c)));
      }
    };
  }

  @Provide
  Arbitrary<ActionChain<Life>> lives() {
    return ActionChain.<Life>startWith(Life::new)
        .withAction(8, next())
        .withAction(4, send())
        // Lives of every length: some end before either closure.
        .withAction(1, Action.just(Transformer.endOfChain()))
        .withMaxTransformations(30);
  }

  @Property(tries = 300)
  void any_sequence_of_commands_keeps_the_request_s_invariants(@ForAll("lives")
      ActionChain<Life> chain) {
    // rule: SVC-03, SVC-05, SVC-14, SVC-16
    Life life = chain.withInvariant("stored request", Life::invariants).run();
    // Not vacuous: both closures and the open states are reached in a fair share of the lives.
    Statistics.label("length").collect(chain.transformations().size() / 10 * 10);
    Statistics.label("end").collect(life.has(Kind.CLOSE) ? "closed on site"
        : life.has(Kind.RETURN) ? "returned from the workshop"
        : life.has(Kind.TAKE_IN) ? "in the workshop" : "open");
    Statistics.label("end").coverage(c -> {
      c.check("closed on site").percentage(p -> p >= 5);
      c.check("returned from the workshop").percentage(p -> p >= 5);
      c.check("in the workshop").percentage(p -> p >= 5);
    });
    // The agreed arrival time (SVC-13) is accepted in a fair share of the lives, too.
    Statistics.label("arrival time agreed").collect(life.has(Kind.AGREE));
    Statistics.label("arrival time agreed").coverage(
        c -> c.check(true).percentage(p -> p >= 5));
  }
}
