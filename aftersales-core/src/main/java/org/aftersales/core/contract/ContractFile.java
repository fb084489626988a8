package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.shared.Changed;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Version;
import org.immutables.value.Value;

/**
 * A contract's file (合同档案): the {@link ServiceContract} with what was done about the
 * obligations its {@link ObligationSchedule} creates — fulfilments (履约记录: who, when, the
 * document), dispositions (a missed obligation carried over to another day or written off) and
 * the follow-up assignments of CON-01 and CON-02, the monthly inspection reports of CON-04 —
 * each keyed by {@link Obligation#key()}. It is
 * the aggregate the {@link Contracts} port stores, with an optimistic {@link Version}.
 *
 * <h2>The rule for a skipped or moved obligation</h2>
 * Nothing happens to a missed obligation by itself: once its effective due day has passed it is
 * {@link ObligationStatus#OVERDUE} (missed, 漏办), reminded once and reported, until one of three
 * explicit decisions — fulfilled late ({@link ObligationStatus#FULFILLED_LATE}), carried over to a
 * day inside the contract ({@link DispositionKind#CARRIED_OVER}, again and again if need be; due
 * and reminded afresh for that day) or written off with a reason
 * ({@link DispositionKind#WRITTEN_OFF}, final). A visit may also be moved before its date the same
 * way. A fulfilled obligation cannot be carried over or written off, and a written-off one cannot
 * be fulfilled.
 *
 * <p>Invariants, checked on every instance: every key is one of this contract's
 * ({@code <length>:<contract ID>/}); no obligation both fulfilled and written off; a carried-over
 * day inside the contract; follow-ups only for {@link ObligationKind#EXPIRY_NOTICE} and
 * {@link ObligationKind#FREE_PERIOD_END_REPORT}. Immutable and thread-safe; transitions return a
 * {@link Changed} with the next state and its events.
 */
@Value.Immutable
@DomainValueStyle
public abstract class ContractFile {

  /** The kind code of the aggregate in event IDs ({@code contract}). */
  public static final String KIND_CODE = "contract";

  /** The aggregate's name in messages, in both languages. */
  public static final LocalizableMessage KIND = MessageBundle.CORE.message("core.contract.kind");

  ContractFile() {}

  /**
   * The contract.
   *
   * @return the contract
   */
  public abstract ServiceContract contract();

  /**
   * The stored version: {@link Version#initial()} for a file never stored.
   *
   * @return the version
   */
  @Value.Default
  public Version version() {
    return Version.initial();
  }

  /**
   * The fulfilled obligations, by key, in the order fulfilled.
   *
   * @return the fulfilments
   */
  public abstract Map<String, ObligationFulfilment> fulfilments();

  /**
   * The latest disposition of each obligation carried over or written off, by key.
   *
   * @return the dispositions
   */
  public abstract Map<String, ObligationDisposition> dispositions();

  /**
   * The follow-up assignments, by the key of the expiry notice or free-period report they follow
   * up; the latest assignment of each.
   *
   * @return the assignments
   */
  public abstract Map<String, FollowUpAssignment> followUps();

  /**
   * The monthly inspection reports (月度巡检报告, CON-04), by the key of the inspection they
   * fulfil; one per system per month.
   *
   * @return the reports
   */
  public abstract Map<String, InspectionReport> inspectionReports();

  /**
   * The same file with the version the repository stored it as; for adapters.
   *
   * @param storedVersion the stored version
   * @return the file with that version
   */
  public abstract ContractFile withVersion(Version storedVersion);

  @Value.Check
  void check() {
    String prefix = keyPrefix(contract().id());
    for (String key : fulfilments().keySet()) {
      requireOwn("fulfilments", prefix, key);
    }
    for (Map.Entry<String, ObligationDisposition> e : dispositions().entrySet()) {
      requireOwn("dispositions", prefix, e.getKey());
      ObligationDisposition d = e.getValue();
      if (d.kind() == DispositionKind.WRITTEN_OFF && fulfilments().containsKey(e.getKey())) {
        throw InvalidInputException.of("dispositions",
            message("core.contract.fulfilledAndWrittenOff"), e.getKey());
      }
      if (d.kind() == DispositionKind.CARRIED_OVER && !contract().covers(d.due())) {
        throw InvalidInputException.of("dispositions",
            message("core.contract.dueOutsideContract", "start", contract().start(), "end",
                contract().end()), d.due());
      }
    }
    for (Map.Entry<String, InspectionReport> e : inspectionReports().entrySet()) {
      requireOwn("inspectionReports", prefix, e.getKey());
      ObligationFulfilment f = fulfilments().get(e.getKey());
      if (f == null || !f.document().equals(e.getValue().document())) {
        throw InvalidInputException.of("inspectionReports",
            message("core.contract.reportWithoutFulfilment"), e.getKey());
      }
    }
    for (String key : followUps().keySet()) {
      requireOwn("followUps", prefix, key);
      String kind = key.substring(prefix.length(), key.indexOf('/', prefix.length()));
      if (!kind.equals(ObligationKind.EXPIRY_NOTICE.name())
          && !kind.equals(ObligationKind.FREE_PERIOD_END_REPORT.name())) {
        throw InvalidInputException.of("followUps",
            message("core.contract.noFollowUp"), key);
      }
    }
  }

  private static void requireOwn(String path, String prefix, String key) {
    if (!key.startsWith(prefix) || key.indexOf('/', prefix.length()) < 0) {
      throw InvalidInputException.of(path, message("core.contract.keyOfAnother"), key);
    }
  }

  private static String keyPrefix(ContractId id) {
    return id.value().length() + ":" + id.value() + "/";
  }

  private static LocalizableMessage message(String key, Object... arguments) {
    return MessageBundle.CORE.message(key, arguments);
  }

  /**
   * A new file of a contract, never stored, with nothing recorded.
   *
   * @param contract the contract
   * @return the file, version 0
   */
  public static ContractFile open(ServiceContract contract) {
    return builder().contract(contract).build();
  }

  /**
   * A builder, for adapters rebuilding a stored file; use cases start from {@link #open}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContractFile}. */
  public static final class Builder extends ImmutableContractFile.Builder {
    Builder() {}
  }

  /**
   * The contract's identifier; the file's identity.
   *
   * @return the contract ID
   */
  public ContractId id() {
    return contract().id();
  }

  /**
   * The fulfilment of an obligation.
   *
   * @param obligation an obligation of this contract
   * @return the fulfilment, or empty if it is not fulfilled
   */
  public Optional<ObligationFulfilment> fulfilment(Obligation obligation) {
    return Optional.ofNullable(fulfilments().get(obligation.key()));
  }

  /**
   * The latest disposition of an obligation.
   *
   * @param obligation an obligation of this contract
   * @return the disposition, or empty if it was neither carried over nor written off
   */
  public Optional<ObligationDisposition> disposition(Obligation obligation) {
    return Optional.ofNullable(dispositions().get(obligation.key()));
  }

  /**
   * The follow-up assignment of an expiry notice or free-period report.
   *
   * @param obligation the expiry notice or free-period report
   * @return the latest assignment, or empty
   */
  public Optional<FollowUpAssignment> followUp(Obligation obligation) {
    return Optional.ofNullable(followUps().get(obligation.key()));
  }

  /**
   * The day an obligation is due: the day it was last carried over to, else the schedule's.
   *
   * @param obligation an obligation of this contract
   * @return the effective due day, a calendar date of the business's zone
   */
  public LocalDate effectiveDue(Obligation obligation) {
    ObligationDisposition d = dispositions().get(obligation.key());
    // A write-off names the effective due day it was written off at, so an obligation carried
    // over and then written off keeps the day it was last carried over to.
    return d != null ? d.due() : obligation.due();
  }

  /**
   * The obligations of this contract whose effective due day lies in {@code [from, to)}: those the
   * schedule puts there and that were not carried over elsewhere, and those carried over into it
   * (also if written off there afterwards) — in the schedule's order, the carried-over ones after
   * the others.
   *
   * @param schedule the contract's obligation schedule
   * @param from the first day (inclusive), a calendar date of the business's zone
   * @param to the day after the last (exclusive), not before {@code from}
   * @return the obligations; unmodifiable
   * @throws InvalidInputException if {@code to} is before {@code from}
   */
  public List<Obligation> obligationsDue(ObligationSchedule schedule, LocalDate from,
      LocalDate to) {
    requireNonNull(schedule, "schedule");
    List<Obligation> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (Obligation o : schedule.due(contract(), from, to)) {
      if (effectiveDue(o).equals(o.due())) {
        out.add(o);
        listed.add(o.key());
      }
    }
    // Only a disposition naming a day of the window for an obligation not listed yet needs the
    // whole contract's schedule: not one written off (or carried over) on its scheduled day.
    Set<String> movedIn = new HashSet<>();
    for (Map.Entry<String, ObligationDisposition> e : dispositions().entrySet()) {
      ObligationDisposition d = e.getValue();
      if (!listed.contains(e.getKey()) && !d.due().isBefore(from) && d.due().isBefore(to)) {
        movedIn.add(e.getKey());
      }
    }
    if (!movedIn.isEmpty()) {
      // A carried-over obligation is found where the schedule put it: anywhere in the contract.
      ServiceContract c = contract();
      for (Obligation o : schedule.due(c, c.start(), c.end().plusDays(1))) {
        if (movedIn.contains(o.key()) && !effectiveDue(o).equals(o.due())) {
          out.add(o);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The obligation of this contract with the given key, as its schedule creates it over the
   * whole contract.
   *
   * @param schedule the contract's obligation schedule
   * @param key the obligation's key, {@link Obligation#key()}
   * @return the obligation, or empty if the schedule creates none with that key
   */
  public Optional<Obligation> obligation(ObligationSchedule schedule, String key) {
    requireNonNull(schedule, "schedule");
    requireNonNull(key, "key");
    ServiceContract c = contract();
    if (!key.startsWith(keyPrefix(c.id()))) {
      return Optional.empty();
    }
    for (Obligation o : schedule.due(c, c.start(), c.end().plusDays(1))) {
      if (o.key().equals(key)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * Where an obligation stands on {@code today}.
   *
   * @param obligation an obligation of this contract
   * @param today the business day asked about
   * @param zone the business zone, which turns the fulfilment's instant into its day
   * @return the status
   */
  public ObligationStatus status(Obligation obligation, LocalDate today, ZoneId zone) {
    requireNonNull(today, "today");
    requireNonNull(zone, "zone");
    ObligationFulfilment f = fulfilments().get(obligation.key());
    LocalDate due = effectiveDue(obligation);
    if (f != null) {
      return LocalDate.ofInstant(f.at(), zone).isAfter(due)
          ? ObligationStatus.FULFILLED_LATE : ObligationStatus.FULFILLED;
    }
    ObligationDisposition d = dispositions().get(obligation.key());
    if (d != null && d.kind() == DispositionKind.WRITTEN_OFF) {
      return ObligationStatus.WRITTEN_OFF;
    }
    return today.isAfter(due) ? ObligationStatus.OVERDUE : ObligationStatus.PENDING;
  }

  /**
   * Whether nothing more is to be done about an obligation: fulfilled (for an expiry notice or a
   * free-period report also with its follow-up assigned) or written off.
   *
   * @param obligation an obligation of this contract
   * @return true if it is settled
   */
  public boolean settled(Obligation obligation) {
    String key = obligation.key();
    ObligationDisposition d = dispositions().get(key);
    if (d != null && d.kind() == DispositionKind.WRITTEN_OFF) {
      return true;
    }
    return fulfilments().containsKey(key)
        && (!needsFollowUp(obligation.kind()) || followUps().containsKey(key));
  }

  /**
   * Whether an obligation of {@code kind} needs a follow-up assignment: the expiry notice
   * (CON-01) and the free-period report (CON-02).
   *
   * @param kind the kind
   * @return true for those two kinds
   */
  public static boolean needsFollowUp(ObligationKind kind) {
    return kind == ObligationKind.EXPIRY_NOTICE || kind == ObligationKind.FREE_PERIOD_END_REPORT;
  }

  /**
   * Records that an obligation was fulfilled. Fulfilling it again with the same record changes
   * nothing (no event); a late fulfilment is allowed and reported as
   * {@link ObligationStatus#FULFILLED_LATE}.
   *
   * @param obligation an obligation of this contract (as its schedule generated it)
   * @param fulfilment who, when, the document
   * @param at when it is recorded (the use case's clock)
   * @return the next state and its event ({@link ObligationFulfilled}), or this file and no event
   * @throws RuleRefusalException (the obligation's rule) if it was fulfilled with another record
   *     or written off
   * @throws InvalidInputException if the obligation is another contract's
   */
  public Changed<ContractFile> fulfil(Obligation obligation, ObligationFulfilment fulfilment,
      Instant at) {
    requireOwnObligation(obligation);
    requireNonNull(fulfilment, "fulfilment");
    ObligationFulfilment existing = fulfilments().get(obligation.key());
    if (fulfilment.equals(existing)) {
      return new Changed<>(this, List.of());
    }
    if (existing != null) {
      throw refusal(obligation.rule(), "core.contract.alreadyFulfilled", obligation);
    }
    requireNotWrittenOff(obligation);
    Map<String, ObligationFulfilment> next = new LinkedHashMap<>(fulfilments());
    next.put(obligation.key(), fulfilment);
    ContractFile file = builder().contract(contract()).version(version())
        .putAllFulfilments(next).putAllDispositions(dispositions()).putAllFollowUps(followUps())
        .putAllInspectionReports(inspectionReports()).build();
    return Changed.of(file, new ObligationFulfilled(id(), obligation.key(), obligation.kind(),
        fulfilment, at));
  }

  /**
   * Records a monthly inspection fulfilled by its report (CON-04): the report must be for the
   * inspection's system and month (the month of its scheduled due day) and cover every area of
   * the checklist; the fulfilment is the report's inspector, instant and document. The same
   * report again changes nothing (no event).
   *
   * @param obligation a {@link ObligationKind#MONTHLY_INSPECTION} of this contract
   * @param report the monthly inspection report
   * @param checklist the checklist of the contract's system category
   * @param at when it is recorded (the use case's clock)
   * @return the next state and its events ({@link ObligationFulfilled},
   *     {@link InspectionReported}), or this file and no event
   * @throws RuleRefusalException (CON-04) if the report does not cover the checklist, or the
   *     inspection is fulfilled otherwise or written off
   * @throws InvalidInputException if the obligation is another contract's or not an inspection,
   *     or the report is for another system or month
   */
  public Changed<ContractFile> fulfilInspection(Obligation obligation, InspectionReport report,
      InspectionChecklist checklist, Instant at) {
    requireOwnObligation(obligation);
    requireNonNull(report, "report");
    requireNonNull(checklist, "checklist");
    if (obligation.kind() != ObligationKind.MONTHLY_INSPECTION) {
      throw InvalidInputException.of("obligation",
          message("core.contract.notAnInspection"), obligation.key());
    }
    if (!obligation.systems().equals(List.of(report.system()))) {
      throw InvalidInputException.of("report.system",
          message("core.contract.reportOfOtherSystem", "system", obligation.systems().get(0)),
          report.system());
    }
    java.time.YearMonth month = java.time.YearMonth.from(obligation.due());
    if (!report.month().equals(month)) {
      throw InvalidInputException.of("report.month",
          message("core.contract.reportOfOtherMonth", "month", month), report.month());
    }
    if (report.equals(inspectionReports().get(obligation.key()))) {
      return new Changed<>(this, List.of());
    }
    report.requireCovers(checklist);
    Changed<ContractFile> fulfilled = fulfil(obligation,
        ObligationFulfilment.of(report.inspectedBy(), report.inspectedAt(), report.document()),
        at);
    Map<String, InspectionReport> reports = new LinkedHashMap<>(inspectionReports());
    reports.put(obligation.key(), report);
    ContractFile state = fulfilled.state();
    ContractFile file = builder().contract(contract()).version(version())
        .putAllFulfilments(state.fulfilments()).putAllDispositions(dispositions())
        .putAllFollowUps(followUps()).putAllInspectionReports(reports).build();
    List<DomainEvent> events = new ArrayList<>(fulfilled.events());
    events.add(new InspectionReported(id(), obligation.key(), report, at));
    return new Changed<>(file, events);
  }

  /**
   * Carries an obligation over to another day inside the contract, or writes it off; the
   * explicit rule for a visit skipped or moved (see the class comment). Recording the same
   * decision again changes nothing (no event).
   *
   * @param obligation an obligation of this contract
   * @param disposition carried over (to a day inside the contract) or written off (at its
   *     effective due day)
   * @param at when it is recorded (the use case's clock)
   * @return the next state and its event ({@link ObligationCarriedOver} or
   *     {@link ObligationWrittenOff}), or this file and no event
   * @throws RuleRefusalException (the obligation's rule) if it is fulfilled or written off
   * @throws InvalidInputException if the obligation is another contract's, a carried-over day is
   *     outside the contract, or a write-off names another day than the effective due day
   */
  public Changed<ContractFile> dispose(Obligation obligation, ObligationDisposition disposition,
      Instant at) {
    requireOwnObligation(obligation);
    requireNonNull(disposition, "disposition");
    if (disposition.equals(dispositions().get(obligation.key()))) {
      return new Changed<>(this, List.of());
    }
    if (fulfilments().containsKey(obligation.key())) {
      throw refusal(obligation.rule(), "core.contract.alreadyFulfilled", obligation);
    }
    requireNotWrittenOff(obligation);
    if (disposition.kind() == DispositionKind.WRITTEN_OFF
        && !disposition.due().equals(effectiveDue(obligation))) {
      throw InvalidInputException.of("disposition.due",
          message("core.contract.writeOffDue", "due", effectiveDue(obligation)),
          disposition.due());
    }
    if (disposition.kind() == DispositionKind.CARRIED_OVER
        && !contract().covers(disposition.due())) {
      throw InvalidInputException.of("disposition.due",
          message("core.contract.dueOutsideContract", "start", contract().start(), "end",
              contract().end()), disposition.due());
    }
    Map<String, ObligationDisposition> next = new LinkedHashMap<>(dispositions());
    next.put(obligation.key(), disposition);
    ContractFile file = builder().contract(contract()).version(version())
        .putAllFulfilments(fulfilments()).putAllDispositions(next).putAllFollowUps(followUps())
        .putAllInspectionReports(inspectionReports()).build();
    DomainEvent event = disposition.kind() == DispositionKind.CARRIED_OVER
        ? new ObligationCarriedOver(id(), obligation.key(), obligation.kind(), disposition, at)
        : new ObligationWrittenOff(id(), obligation.key(), obligation.kind(), disposition, at);
    return Changed.of(file, event);
  }

  /**
   * Assigns someone to follow up an expiry notice (CON-01: pursue the renewal) or a free-period
   * report (CON-02: the sales director's sales follow-up). A new assignment replaces the previous
   * one; the same assignment again changes nothing (no event).
   *
   * @param obligation the expiry notice or free-period report of this contract
   * @param assignment who, by whom, when
   * @param at when it is recorded (the use case's clock)
   * @return the next state and its event ({@link FollowUpAssigned}), or this file and no event
   * @throws RuleRefusalException (the obligation's rule) if it is written off
   * @throws InvalidInputException if the obligation is another contract's or of another kind
   */
  public Changed<ContractFile> assignFollowUp(Obligation obligation,
      FollowUpAssignment assignment, Instant at) {
    requireOwnObligation(obligation);
    requireNonNull(assignment, "assignment");
    if (!needsFollowUp(obligation.kind())) {
      throw InvalidInputException.of("obligation", message("core.contract.noFollowUp"),
          obligation.key());
    }
    if (assignment.equals(followUps().get(obligation.key()))) {
      return new Changed<>(this, List.of());
    }
    requireNotWrittenOff(obligation);
    Map<String, FollowUpAssignment> next = new LinkedHashMap<>(followUps());
    next.put(obligation.key(), assignment);
    ContractFile file = builder().contract(contract()).version(version())
        .putAllFulfilments(fulfilments()).putAllDispositions(dispositions()).putAllFollowUps(next)
        .putAllInspectionReports(inspectionReports()).build();
    return Changed.of(file, new FollowUpAssigned(id(), obligation.key(), obligation.kind(),
        assignment, at));
  }

  /**
   * The outbox events of a save of this file: IDs from {@link #KIND_CODE}, the contract's ID and
   * the version the save stores.
   *
   * @param events the change's events, in order
   * @return the outbox events
   */
  public List<OutboxEvent> outboxEventsOfSave(List<? extends DomainEvent> events) {
    return OutboxEvent.of(KIND_CODE, id().value(), version().next(), events);
  }

  private void requireOwnObligation(Obligation obligation) {
    requireNonNull(obligation, "obligation");
    if (!obligation.contract().equals(id())) {
      throw InvalidInputException.of("obligation", message("core.contract.keyOfAnother"),
          obligation.key());
    }
  }

  private void requireNotWrittenOff(Obligation obligation) {
    ObligationDisposition d = dispositions().get(obligation.key());
    if (d != null && d.kind() == DispositionKind.WRITTEN_OFF) {
      throw refusal(obligation.rule(), "core.contract.writtenOff", obligation);
    }
  }

  private static RuleRefusalException refusal(RuleId rule, String key, Obligation obligation) {
    return new RuleRefusalException(rule, message(key, "obligation", obligation.key()));
  }

  /**
   * E.g. {@code ContractFile[C-1 v3: 12 fulfilled, 1 disposed, 1 follow-ups]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "ContractFile[" + id().value() + " v" + version().value() + ": "
        + fulfilments().size() + " fulfilled, " + dispositions().size() + " disposed, "
        + followUps().size() + " follow-ups]";
  }
}
