package org.aftersales.rules.penalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.AdministrativePenaltyPolicy;
import org.aftersales.core.penalty.Aggravation;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineDecision;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.penalty.FinePolicy;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * The fine schedule for service violations (服务违规罚款标准), PEN-11, PEN-12, CMP-20 and the fine
 * side of SVC-19, with the seed's defaults; every entry, factor and choice can be changed with the
 * {@link Builder}.
 *
 * <table>
 *   <caption>Seed schedule (amounts in whole major units of the schedule's currency)</caption>
 *   <tr><th>Kind</th><th>Per occurrence</th><th>Rule</th></tr>
 *   <tr><td>{@link FineKind#LEFT_SITE_WITHOUT_CALLING_HQ}</td><td>50</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#LATE_ARRIVAL_PERSONAL}</td><td>50</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#INCOMPLETE_SERVICE_REPORT}</td><td>20</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#PHONE_OFF}, {@link FineKind#PHONE_CALL_REFUSED} (fined from 08:00 to
 *       22:00)</td><td>10</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#DISOBEYING_HQ}</td><td>100</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#QUARRELLING_WITH_CUSTOMER}, {@link FineKind#TAKING_GOODS_FROM_CUSTOMER},
 *       {@link FineKind#PERSONAL_DELAY}, {@link FineKind#REPEAT_REPAIR}</td><td>a major demerit
 *       (记大过), only when the act caused a verified customer complaint</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#HOTLINE_UNANSWERED} (fined from 09:00 to 22:00)</td><td>50</td>
 *       <td>PEN-12</td></tr>
 *   <tr><td>{@link FineKind#VERIFIED_SERVICE_COMPLAINT}</td><td>100 — an assumption: the source
 *       gives no amount; configure your own</td><td>CMP-20</td></tr>
 * </table>
 *
 * <h2>The fine</h2>
 * {@code fine = per occurrence × occurrences × multiplier}, where the multiplier is 1, times the
 * repeat factor (default 2) when the same problem is reported again ({@link FineCase#report()} of
 * 2 or more), times the aggravation factor (default 2) when the case has any
 * {@link Aggravation} (a skipped inspection or backup, a false inspection report). A repeated and
 * aggravated complaint is fined four times the base. By default:
 * <ul>
 *   <li>a repeated report doubles once, whether it is the second or the fifth report; with
 *       {@link Builder#compoundRepeats(boolean)} the n-th report is multiplied by
 *       {@code repeatFactor^(n−1)} (2, 4, 8, …), up to report {@value #MAX_COMPOUNDED_REPORT};</li>
 *   <li>several aggravations double once, not once each: the source names the causes of one
 *       doubling;</li>
 *   <li>repeat and aggravation apply to {@link FineKind#VERIFIED_SERVICE_COMPLAINT} only, because
 *       CMP-20 speaks of complaints; other kinds ignore {@code report} and {@code aggravations}.
 *       {@link Builder#escalatedKinds(Set)} chooses the kinds.</li>
 * </ul>
 * The product is exact with whole factors; a factor with decimals may make it finer than the
 * minor unit, and then it is rounded once, {@link RoundingMode#HALF_UP}.
 *
 * <h2>Major demerits (policy 11 §四.2)</h2>
 * A kind scheduled as a major demerit gives a {@link FineDecision.MajorDemerit} only when the act
 * caused a customer complaint that was verified ({@link FineCase#verifiedComplaint()}, 一经查实);
 * otherwise the decision is refused (rule of the entry): that clause sanctions the complaint, not
 * the act alone. This is what tells "a delay for personal reasons" (a major demerit after a verified
 * complaint) from "a late arrival for personal reasons" (50 per occurrence, complaint or not).
 * Occurrences, reports and aggravations do not change a major demerit (in money it takes the whole
 * month's bonus, see {@link AdministrativePenaltyPolicy} and {@link DemeritConversion}).
 *
 * <h2>Travel phone allowance (policy 11 §四.7)</h2>
 * A phone switched off or calls refused are sanctioned by "withholding the travel phone allowance
 * or a fine of 10 per occurrence". The seed schedule fines (its amount is stated); for the kinds in
 * {@link Builder#allowanceWithheldFor(Set)} the decision is a
 * {@link FineDecision.AllowanceWithheld} instead, whose amount the host's payroll knows.
 *
 * <h2>Who pays</h2>
 * The responsible person. If none was identified, the lead of the case's group pays for the kinds
 * in {@link Builder#leadPaysForUnidentified(Set)} — by default verified service complaints only, as
 * the seed says of complaints (CMP-20: 无法找到直接责任人的，由售后服务组长乐捐); {@code paidByLead}
 * is then true. For any other kind, or a group without a lead, the decision is refused
 * ({@link RuleRefusalException}): a fine needs a person.
 *
 * <h2>Service hours</h2>
 * A phone switched off or calls refused are fined from 08:00 to 22:00 (PEN-11, policy 11), an
 * unanswered hotline from 09:00 to 22:00 (PEN-12, policy 8): {@link #decide(FineCase)} reads the
 * case's instant in the schedule's business zone and refuses a case outside the hours. Hours
 * include their start and exclude their end (22:00 sharp is outside), and may run across midnight
 * (22:00 to 06:00).
 *
 * <h2>Rules named in a decision</h2>
 * The rule of the schedule entry ({@code PEN-11}, {@code PEN-12}, {@code CMP-20} or the adopter's
 * own), followed by {@code CMP-20} when a repeat, an aggravation or the lead's paying was applied
 * (not twice when the entry's rule is CMP-20 already).
 *
 * <p>Immutable and thread-safe.
 */
public final class FineSchedule implements FinePolicy {

  /** The seed's repeat factor: the same problem reported again doubles the fine (CMP-20). */
  public static final BigDecimal SEED_REPEAT_FACTOR = BigDecimal.valueOf(2);
  /** The seed's aggravation factor: a skipped inspection or backup, or a false report (CMP-20). */
  public static final BigDecimal SEED_AGGRAVATION_FACTOR = BigDecimal.valueOf(2);
  /**
   * The seed's fine for a verified service complaint, in major units: 100. The source (CMP-20)
   * gives no amount; this is an assumption to be configured.
   */
  public static final long SEED_COMPLAINT_FINE = 100;
  /** With compounding repeats, the highest report number accepted. */
  public static final int MAX_COMPOUNDED_REPORT = 100;

  private static final RuleId SCHEDULE_RULE = RuleId.of("PEN-11");
  private static final RuleId HOTLINE_RULE = RuleId.of("PEN-12");
  private static final RuleId COMPLAINT_RULE = RuleId.of("CMP-20");

  private final Currency currency;
  private final ZoneId zone;
  private final Map<FineKind, FineEntry> entries;
  private final BigDecimal repeatFactor;
  private final BigDecimal aggravationFactor;
  private final boolean compoundRepeats;
  private final Set<FineKind> escalatedKinds;
  private final Set<FineKind> leadPaysFor;
  private final Set<FineKind> allowanceWithheldFor;

  private FineSchedule(Builder b, Map<FineKind, FineEntry> entries) {
    this.currency = b.currency;
    this.zone = b.zone;
    this.entries = entries;
    this.repeatFactor = plain(b.repeatFactor);
    this.aggravationFactor = plain(b.aggravationFactor);
    this.compoundRepeats = b.compoundRepeats;
    this.escalatedKinds = sorted(b.escalatedKinds);
    this.leadPaysFor = sorted(b.leadPaysFor);
    this.allowanceWithheldFor = sorted(b.allowanceWithheldFor);
  }

  private static Set<FineKind> sorted(Set<FineKind> kinds) {
    return Collections.unmodifiableSet(new TreeSet<>(kinds));
  }

  /**
   * The seed's schedule (see the class comment): PEN-11, PEN-12 and CMP-20 with their amounts in
   * whole major units of {@code currency}, service hours read in {@code zone}, repeat and
   * aggravation factors 2, not compounding, applied to verified service complaints, the group lead
   * paying for an unidentified person on verified service complaints only.
   *
   * @param currency the currency of the fines; must have a minor unit
   * @param zone the company's business zone, in which service hours are read
   * @return the schedule
   * @throws InvalidInputException if the currency has no minor unit
   */
  public static FineSchedule seed(Currency currency, ZoneId zone) {
    return builder(currency, zone).build();
  }

  /**
   * A builder holding the seed's schedule, to change what differs: {@code
   * FineSchedule.builder(CNY, SHANGHAI).fine(FineKind.PHONE_OFF, cny(20), RuleId.of("PEN-11"))
   * .build()} is the seed with a fine of 20 for a phone switched off. {@link Builder#clear()}
   * starts from an empty schedule.
   *
   * @param currency the currency of the fines; must have a minor unit
   * @param zone the company's business zone, in which service hours are read
   * @return a new builder
   * @throws InvalidInputException if the currency has no minor unit
   */
  public static Builder builder(Currency currency, ZoneId zone) {
    return new Builder(currency, zone);
  }

  /**
   * The currency of the fines.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * The business zone in which service hours are read.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The kinds the schedule has an entry for.
   *
   * @return the kinds, ordered by code, unmodifiable
   */
  public Set<FineKind> kinds() {
    return Collections.unmodifiableSet(new TreeSet<>(entries.keySet()));
  }

  /**
   * The fine per occurrence of a kind.
   *
   * @param kind the kind
   * @return the amount, or empty if the kind is punished with a major demerit or not scheduled
   */
  public Optional<Money> perOccurrence(FineKind kind) {
    FineEntry entry = entries.get(requireNonNull(kind, "kind"));
    return entry == null || entry.majorDemerit() ? Optional.empty()
        : Optional.of(entry.perOccurrence());
  }

  /**
   * Whether a kind is punished with a major demerit instead of a fine (after a verified
   * complaint).
   *
   * @param kind the kind
   * @return true for a scheduled major demerit; false for a fine or a kind not scheduled
   */
  public boolean punishedByMajorDemerit(FineKind kind) {
    FineEntry entry = entries.get(requireNonNull(kind, "kind"));
    return entry != null && entry.majorDemerit();
  }

  /**
   * The catalog rule of a kind's entry.
   *
   * @param kind the kind
   * @return the rule ID, e.g. {@code PEN-11}, or empty if the kind is not scheduled
   */
  public Optional<RuleId> ruleIdOf(FineKind kind) {
    return Optional.ofNullable(entries.get(requireNonNull(kind, "kind"))).map(FineEntry::ruleId);
  }

  /**
   * The factor for a problem reported again.
   *
   * @return 1 or more, without trailing zeros (seed: 2)
   */
  public BigDecimal repeatFactor() {
    return repeatFactor;
  }

  /**
   * The factor for an aggravated case (any number of aggravations).
   *
   * @return 1 or more, without trailing zeros (seed: 2)
   */
  public BigDecimal aggravationFactor() {
    return aggravationFactor;
  }

  /**
   * Whether repeated reports compound ({@code repeatFactor^(report−1)}) rather than apply the
   * factor once.
   *
   * @return false in the seed
   */
  public boolean compoundsRepeats() {
    return compoundRepeats;
  }

  /**
   * The kinds whose fine is raised by repeats and aggravations.
   *
   * @return the kinds, ordered by code, unmodifiable (seed: verified service complaints)
   */
  public Set<FineKind> escalatedKinds() {
    return escalatedKinds;
  }

  /**
   * The kinds for which the group lead pays when no person is identified.
   *
   * @return the kinds, ordered by code, unmodifiable (seed: verified service complaints)
   */
  public Set<FineKind> leadPaysForUnidentified() {
    return leadPaysFor;
  }

  /**
   * The kinds sanctioned by withholding the travel phone allowance instead of a fine.
   *
   * @return the kinds, ordered by code, unmodifiable (seed: none)
   */
  public Set<FineKind> allowanceWithheldFor() {
    return allowanceWithheldFor;
  }

  /**
   * Whether a violation of {@code kind} at this instant is fined: always, unless the kind's entry
   * has service hours; then if the instant's local time in the schedule's zone lies from their
   * start (inclusive) to their end (exclusive), across midnight if the start is later than the
   * end. For the seed in Shanghai, a phone switched off at 07:59 or at 22:00 local time is not
   * fined, at 08:00 or 21:59 it is.
   *
   * @param kind the kind
   * @param when when it happened, in the {@linkplain SupportedTime supported range}
   * @return true if it is fined
   * @throws RuleRefusalException (PEN-11) if the schedule has no entry for the kind
   * @throws InvalidInputException (path {@code when}) if {@code when} lies outside the supported
   *     range
   */
  public boolean finedAt(FineKind kind, Instant when) {
    return entry(requireNonNull(kind, "kind")).finedAt(localTime(when, "when"));
  }

  private LocalTime localTime(Instant when, String path) {
    return SupportedTime.require(when, path).atZone(zone).toLocalTime();
  }

  /**
   * Decides the fine, major demerit or withheld allowance for one violation, and who bears it
   * (see the class comment).
   *
   * @param fineCase the violation
   * @return a {@link FineDecision.Fine} (amount = per occurrence × occurrences × multiplier, in
   *     the schedule's currency, rounded {@link RoundingMode#HALF_UP} to the minor unit only if a
   *     factor with decimals needs it), a {@link FineDecision.MajorDemerit} or a
   *     {@link FineDecision.AllowanceWithheld}; the payer is the responsible person or, where the
   *     schedule says so, the group's lead
   * @throws RuleRefusalException (PEN-11) if the schedule has no entry for the kind; (the entry's
   *     rule) if the case lies outside the kind's service hours, if a major demerit is asked for
   *     an act without a verified complaint, or if no person is identified and the lead does not
   *     pay for the kind; (CMP-20) if the lead would pay and the group has none
   * @throws InvalidInputException if repeats compound and the report number is above
   *     {@value #MAX_COMPOUNDED_REPORT} (path {@code report}), or the case's instant lies outside
   *     the {@linkplain SupportedTime supported range} (path {@code occurredAt})
   */
  @Override
  public FineDecision decide(FineCase fineCase) {
    FineKind kind = fineCase.kind();
    FineEntry entry = entry(kind);
    LocalTime local = localTime(fineCase.occurredAt(), "occurredAt");
    if (!entry.finedAt(local)) {
      throw new RuleRefusalException(entry.ruleId(), message("rules.penalty.fine.outsideHours",
          "kind", kind.code(), "name", kind.displayName(), "time", local, "from", entry.from(),
          "to", entry.to(), "zone", zone));
    }
    if (entry.majorDemerit() && !fineCase.verifiedComplaint()) {
      throw new RuleRefusalException(entry.ruleId(), message(
          "rules.penalty.fine.needsVerifiedComplaint", "kind", kind.code(),
          "name", kind.displayName()));
    }
    boolean escalated = !entry.majorDemerit() && escalatedKinds.contains(kind);
    boolean repeated = escalated && fineCase.report() >= 2;
    boolean aggravated = escalated && !fineCase.aggravations().isEmpty();
    if (repeated && compoundRepeats && fineCase.report() > MAX_COMPOUNDED_REPORT) {
      throw InvalidInputException.of("report", message("rules.penalty.fine.reportTooHigh",
          "max", MAX_COMPOUNDED_REPORT, "factor", repeatFactor,
          "exponent", fineCase.report() - 1), fineCase.report());
    }
    boolean paidByLead = fineCase.responsible().isEmpty();
    PersonId payer = paidByLead ? lead(fineCase, entry) : fineCase.responsible().get();
    Set<RuleId> ruleIds = new LinkedHashSet<>();
    ruleIds.add(entry.ruleId());
    if (paidByLead || repeated || aggravated) {
      ruleIds.add(COMPLAINT_RULE);
    }
    if (entry.majorDemerit()) {
      return new FineDecision.MajorDemerit(payer, paidByLead, List.copyOf(ruleIds));
    }
    if (allowanceWithheldFor.contains(kind)) {
      return new FineDecision.AllowanceWithheld(payer, paidByLead, fineCase.occurrences(),
          List.copyOf(ruleIds));
    }
    BigDecimal multiplier = BigDecimal.ONE;
    if (repeated) {
      multiplier = compoundRepeats ? repeatFactor.pow(fineCase.report() - 1) : repeatFactor;
    }
    if (aggravated) {
      multiplier = multiplier.multiply(aggravationFactor);
    }
    multiplier = plain(multiplier);
    Money amount = entry.perOccurrence().multipliedBy(
        multiplier.multiply(BigDecimal.valueOf(fineCase.occurrences())), RoundingMode.HALF_UP);
    return new FineDecision.Fine(payer, paidByLead, amount, multiplier, List.copyOf(ruleIds));
  }

  /** The group's lead, for a case without an identified person; refused where the lead does not pay. */
  private PersonId lead(FineCase fineCase, FineEntry entry) {
    FineKind kind = fineCase.kind();
    if (!leadPaysFor.contains(kind)) {
      throw new RuleRefusalException(entry.ruleId(), message("rules.penalty.fine.personNeeded",
          "kind", kind.code(), "name", kind.displayName()));
    }
    return fineCase.group().lead().orElseThrow(() -> new RuleRefusalException(COMPLAINT_RULE,
        message("rules.penalty.fine.noPayer", "kind", kind.code(), "name", kind.displayName(),
            "group", fineCase.group().id())));
  }

  private FineEntry entry(FineKind kind) {
    FineEntry entry = entries.get(kind);
    if (entry == null) {
      throw new RuleRefusalException(SCHEDULE_RULE, message("rules.penalty.fine.unknownKind",
          "kind", kind.code(), "name", kind.displayName()));
    }
    return entry;
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.setScale(Math.max(stripped.scale(), 0));
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }

  /**
   * Equal if the currency, the zone, every entry (amount, rule, hours), the factors, the
   * compounding and the sets of kinds are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof FineSchedule that && that.currency.equals(currency)
        && that.zone.equals(zone) && that.entries.equals(entries)
        && that.repeatFactor.equals(repeatFactor)
        && that.aggravationFactor.equals(aggravationFactor)
        && that.compoundRepeats == compoundRepeats && that.escalatedKinds.equals(escalatedKinds)
        && that.leadPaysFor.equals(leadPaysFor)
        && that.allowanceWithheldFor.equals(allowanceWithheldFor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, zone, entries, repeatFactor, aggravationFactor, compoundRepeats,
        escalatedKinds, leadPaysFor, allowanceWithheldFor);
  }

  /**
   * For logs.
   *
   * @return e.g. {@code FineSchedule[CNY, Asia/Shanghai, 12 kinds, repeat ×2 once, aggravation
   *     ×2, escalated [VERIFIED_SERVICE_COMPLAINT], lead pays [VERIFIED_SERVICE_COMPLAINT],
   *     allowance withheld []]}
   */
  @Override
  public String toString() {
    return "FineSchedule[" + currency.getCurrencyCode() + ", " + zone + ", " + entries.size()
        + " kinds, repeat ×" + repeatFactor.toPlainString()
        + (compoundRepeats ? " compounding" : " once") + ", aggravation ×"
        + aggravationFactor.toPlainString() + ", escalated " + escalatedKinds + ", lead pays "
        + leadPaysFor + ", allowance withheld " + allowanceWithheldFor + "]";
  }

  /**
   * Builds a {@link FineSchedule}; starts from the seed's schedule. Setting an entry for a kind
   * that has one replaces it (its service hours stay unless changed). Checked by {@link #build()}.
   * Not thread-safe; the schedule it builds is.
   */
  public static final class Builder {

    private final Currency currency;
    private final ZoneId zone;
    private final Map<FineKind, FineEntry> entries = new TreeMap<>();
    private final Map<FineKind, LocalTime[]> hours = new TreeMap<>();
    private BigDecimal repeatFactor = SEED_REPEAT_FACTOR;
    private BigDecimal aggravationFactor = SEED_AGGRAVATION_FACTOR;
    private boolean compoundRepeats;
    private Set<FineKind> escalatedKinds = Set.of(FineKind.VERIFIED_SERVICE_COMPLAINT);
    private Set<FineKind> leadPaysFor = Set.of(FineKind.VERIFIED_SERVICE_COMPLAINT);
    private Set<FineKind> allowanceWithheldFor = Set.of();

    private Builder(Currency currency, ZoneId zone) {
      this.currency = requireNonNull(currency, "currency");
      this.zone = requireNonNull(zone, "zone");
      fine(FineKind.LEFT_SITE_WITHOUT_CALLING_HQ, whole(50), SCHEDULE_RULE);
      fine(FineKind.LATE_ARRIVAL_PERSONAL, whole(50), SCHEDULE_RULE);
      fine(FineKind.INCOMPLETE_SERVICE_REPORT, whole(20), SCHEDULE_RULE);
      fine(FineKind.PHONE_OFF, whole(10), SCHEDULE_RULE);
      hours(FineKind.PHONE_OFF, LocalTime.of(8, 0), LocalTime.of(22, 0));
      fine(FineKind.PHONE_CALL_REFUSED, whole(10), SCHEDULE_RULE);
      hours(FineKind.PHONE_CALL_REFUSED, LocalTime.of(8, 0), LocalTime.of(22, 0));
      fine(FineKind.DISOBEYING_HQ, whole(100), SCHEDULE_RULE);
      majorDemerit(FineKind.QUARRELLING_WITH_CUSTOMER, SCHEDULE_RULE);
      majorDemerit(FineKind.TAKING_GOODS_FROM_CUSTOMER, SCHEDULE_RULE);
      majorDemerit(FineKind.PERSONAL_DELAY, SCHEDULE_RULE);
      majorDemerit(FineKind.REPEAT_REPAIR, SCHEDULE_RULE);
      fine(FineKind.HOTLINE_UNANSWERED, whole(50), HOTLINE_RULE);
      hours(FineKind.HOTLINE_UNANSWERED, LocalTime.of(9, 0), LocalTime.of(22, 0));
      fine(FineKind.VERIFIED_SERVICE_COMPLAINT, whole(SEED_COMPLAINT_FINE), COMPLAINT_RULE);
    }

    private Money whole(long majorUnits) {
      return Money.of(BigDecimal.valueOf(majorUnits), currency);
    }

    /**
     * Fines a kind per occurrence; replaces the kind's entry if it has one.
     *
     * @param kind the kind of violation, a seed constant or the adopter's own
     *     ({@link FineKind#of(String, String, String)})
     * @param perOccurrence greater than zero, in the builder's currency
     * @param ruleId the catalog rule the fine comes from, e.g. {@code PEN-11}
     * @return this builder
     */
    public Builder fine(FineKind kind, Money perOccurrence, RuleId ruleId) {
      entries.put(requireNonNull(kind, "kind"), new FineEntry(kind, false,
          requireNonNull(perOccurrence, "perOccurrence"), requireNonNull(ruleId, "ruleId"),
          LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
      return this;
    }

    /**
     * Punishes a kind with a major demerit (记大过) instead of a fine, when the act caused a
     * verified customer complaint; replaces the kind's entry if it has one.
     *
     * @param kind the kind of violation
     * @param ruleId the catalog rule, e.g. {@code PEN-11}
     * @return this builder
     */
    public Builder majorDemerit(FineKind kind, RuleId ruleId) {
      entries.put(requireNonNull(kind, "kind"), new FineEntry(kind, true, Money.zero(currency),
          requireNonNull(ruleId, "ruleId"), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
      return this;
    }

    /**
     * Limits a kind to service hours: it is fined only from {@code from} (inclusive) to
     * {@code to} (exclusive) local time in the schedule's zone, across midnight if {@code from}
     * is later; see {@link FineSchedule#finedAt(FineKind, Instant)}. The kind needs an entry by
     * {@link #build()}.
     *
     * @param kind the kind
     * @param from the start, e.g. 08:00
     * @param to the end, e.g. 22:00; not equal to {@code from}
     * @return this builder
     */
    public Builder hours(FineKind kind, LocalTime from, LocalTime to) {
      hours.put(requireNonNull(kind, "kind"),
          new LocalTime[] {requireNonNull(from, "from"), requireNonNull(to, "to")});
      return this;
    }

    /**
     * Fines a kind at any time of day (removes its service hours).
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder anyTime(FineKind kind) {
      hours.remove(requireNonNull(kind, "kind"));
      return this;
    }

    /**
     * Removes a kind's entry and hours; a case of that kind is then refused.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder without(FineKind kind) {
      entries.remove(requireNonNull(kind, "kind"));
      hours.remove(kind);
      return this;
    }

    /**
     * Removes every entry and all hours, to build a schedule of one's own; the factors and the
     * sets of kinds are kept.
     *
     * @return this builder
     */
    public Builder clear() {
      entries.clear();
      hours.clear();
      return this;
    }

    /**
     * The factor for a problem reported again (report 2 or more).
     *
     * @param factor 1 or more; default 2
     * @return this builder
     */
    public Builder repeatFactor(BigDecimal factor) {
      this.repeatFactor = requireNonNull(factor, "factor");
      return this;
    }

    /**
     * The factor for a case with one or more aggravations.
     *
     * @param factor 1 or more; default 2
     * @return this builder
     */
    public Builder aggravationFactor(BigDecimal factor) {
      this.aggravationFactor = requireNonNull(factor, "factor");
      return this;
    }

    /**
     * Whether repeated reports compound: the n-th report multiplied by
     * {@code repeatFactor^(n−1)} instead of {@code repeatFactor} once.
     *
     * @param compound true to compound; default false
     * @return this builder
     */
    public Builder compoundRepeats(boolean compound) {
      this.compoundRepeats = compound;
      return this;
    }

    /**
     * The kinds whose fines are raised by repeats and aggravations (CMP-20); replaces the set.
     * Kinds punished with a major demerit are never raised.
     *
     * @param kinds the kinds, possibly empty; default {@link FineKind#VERIFIED_SERVICE_COMPLAINT}
     * @return this builder
     */
    public Builder escalatedKinds(Set<FineKind> kinds) {
      this.escalatedKinds = Set.copyOf(kinds);
      return this;
    }

    /**
     * The kinds for which the group lead pays when no person is identified (CMP-20); replaces
     * the set. A case of another kind without a person is refused.
     *
     * @param kinds the kinds, possibly empty; default {@link FineKind#VERIFIED_SERVICE_COMPLAINT}
     * @return this builder
     */
    public Builder leadPaysForUnidentified(Set<FineKind> kinds) {
      this.leadPaysFor = Set.copyOf(kinds);
      return this;
    }

    /**
     * The kinds sanctioned by withholding the travel phone allowance instead of their fine
     * (policy 11 §四.7); replaces the set. Kinds punished with a major demerit stay so.
     *
     * @param kinds the kinds, possibly empty; default none (the seed's fine of 10 applies)
     * @return this builder
     */
    public Builder allowanceWithheldFor(Set<FineKind> kinds) {
      this.allowanceWithheldFor = Set.copyOf(kinds);
      return this;
    }

    /**
     * Checks the schedule and builds it.
     *
     * @return the schedule
     * @throws InvalidInputException listing every problem: an amount not greater than zero or in
     *     another currency (path {@code fines[KIND].perOccurrence}), hours that start and end at
     *     the same time or belong to a kind without an entry ({@code hours[KIND]}), a factor
     *     below 1 ({@code repeatFactor}, {@code aggravationFactor})
     */
    public FineSchedule build() {
      List<Violation> violations = new ArrayList<>();
      Map<FineKind, FineEntry> built = new TreeMap<>();
      for (FineEntry entry : entries.values()) {
        String path = "fines[" + entry.kind().code() + "].perOccurrence";
        Money amount = entry.perOccurrence();
        if (!entry.majorDemerit() && !amount.isPositive()) {
          violations.add(Violation.of(path, message("rules.penalty.fine.amountNotPositive"),
              amount));
        }
        if (!amount.currency().equals(currency)) {
          violations.add(Violation.of(path, message("rules.penalty.fine.currency", "expected",
              currency.getCurrencyCode()), amount));
        }
        built.put(entry.kind(), entry);
      }
      hours.forEach((kind, span) -> {
        String path = "hours[" + kind.code() + "]";
        if (!entries.containsKey(kind)) {
          violations.add(Violation.of(path, message("rules.penalty.fine.hoursWithoutEntry",
              "kind", kind.code()), span[0] + "-" + span[1]));
        } else if (span[0].equals(span[1])) {
          violations.add(Violation.of(path, message("rules.penalty.fine.hoursEmpty"),
              span[0] + "-" + span[1]));
        } else {
          built.put(kind, built.get(kind).withHours(span[0], span[1]));
        }
      });
      checkFactor("repeatFactor", repeatFactor, violations);
      checkFactor("aggravationFactor", aggravationFactor, violations);
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
      return new FineSchedule(this, Collections.unmodifiableMap(built));
    }

    private static void checkFactor(String path, BigDecimal factor, List<Violation> violations) {
      if (factor.compareTo(BigDecimal.ONE) < 0) {
        violations.add(Violation.of(path, message("rules.penalty.fine.factor"), factor));
      }
    }
  }
}
