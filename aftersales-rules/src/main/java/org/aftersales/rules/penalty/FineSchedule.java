package org.aftersales.rules.penalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.AdministrativePenaltyPolicy;
import org.aftersales.core.penalty.Aggravation;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineDecision;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.penalty.FinePolicy;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * The fine schedule for service violations (服务违规罚款标准), PEN-11, PEN-12 and CMP-20, with the
 * seed's defaults; every entry and factor can be changed with the {@link Builder}.
 *
 * <table>
 *   <caption>Seed schedule (amounts in whole major units of the schedule's currency)</caption>
 *   <tr><th>Kind</th><th>Per occurrence</th><th>Rule</th></tr>
 *   <tr><td>{@link FineKind#LEFT_SITE_WITHOUT_CALLING_HQ}</td><td>50</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#LATE_ARRIVAL_PERSONAL}</td><td>50</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#INCOMPLETE_SERVICE_REPORT}</td><td>20</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#PHONE_OFF} (fined from 08:00 to 22:00)</td><td>10</td>
 *       <td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#DISOBEYING_HQ}</td><td>100</td><td>PEN-11</td></tr>
 *   <tr><td>{@link FineKind#QUARRELLING_WITH_CUSTOMER}, {@link FineKind#TAKING_GOODS_FROM_CUSTOMER},
 *       {@link FineKind#PERSONAL_DELAY}, {@link FineKind#REPEAT_REPAIR}</td><td>a major demerit
 *       (记大过)</td><td>PEN-11</td></tr>
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
 * <p>A kind scheduled as a major demerit gives a {@link FineDecision.MajorDemerit}; occurrences,
 * reports and aggravations do not change it (in money a major demerit takes the whole month's
 * bonus, see {@link AdministrativePenaltyPolicy} and {@link DemeritConversion}).
 *
 * <h2>Who pays</h2>
 * The responsible person; if none was identified, the lead of the case's group
 * ({@code paidByLead} is then true). With neither, the decision is refused
 * ({@link RuleRefusalException}, rule CMP-20). This applies to every kind.
 *
 * <h2>Rules named in a decision</h2>
 * The rule of the schedule entry ({@code PEN-11}, {@code PEN-12}, {@code CMP-20} or the adopter's
 * own), followed by {@code CMP-20} when a repeat, an aggravation or the lead's paying was applied
 * (not twice when the entry's rule is CMP-20 already).
 *
 * <h2>Service hours</h2>
 * A phone switched off is fined from 08:00 to 22:00 (PEN-11), an unanswered hotline from 09:00 to
 * 22:00 (PEN-12). {@link FineCase} carries no time, so {@link #decide(FineCase)} cannot check the
 * hours: the caller asks {@link #finedAt(FineKind, LocalTime)} with the local time of the event
 * (in its business zone) before it records a case. Hours include their start and exclude their end
 * (22:00 sharp is outside), and may run across midnight (22:00 to 06:00).
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

  private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,5}-[0-9]{2,3}");
  private static final String SCHEDULE_RULE = "PEN-11";
  private static final String COMPLAINT_RULE = "CMP-20";

  private final Currency currency;
  private final Map<FineKind, FineEntry> entries;
  private final BigDecimal repeatFactor;
  private final BigDecimal aggravationFactor;
  private final boolean compoundRepeats;
  private final Set<FineKind> escalatedKinds;

  private FineSchedule(Currency currency, Map<FineKind, FineEntry> entries,
      BigDecimal repeatFactor, BigDecimal aggravationFactor, boolean compoundRepeats,
      Set<FineKind> escalatedKinds) {
    this.currency = currency;
    this.entries = entries;
    this.repeatFactor = repeatFactor;
    this.aggravationFactor = aggravationFactor;
    this.compoundRepeats = compoundRepeats;
    this.escalatedKinds = escalatedKinds;
  }

  /**
   * The seed's schedule (see the class comment): PEN-11, PEN-12 and CMP-20 with their amounts in
   * whole major units of {@code currency}, repeat and aggravation factors 2, not compounding,
   * applied to verified service complaints.
   *
   * @param currency the currency of the fines; must have a minor unit
   * @return the schedule
   * @throws InvalidInputException if the currency has no minor unit
   */
  public static FineSchedule seed(Currency currency) {
    return builder(currency).build();
  }

  /**
   * A builder holding the seed's schedule, to change what differs: {@code
   * FineSchedule.builder(CNY).fine(FineKind.PHONE_OFF, cny(20), "PEN-11").build()} is the seed with
   * a fine of 20 for a phone switched off. {@link Builder#clear()} starts from an empty schedule.
   *
   * @param currency the currency of the fines; must have a minor unit
   * @return a new builder
   * @throws InvalidInputException if the currency has no minor unit
   */
  public static Builder builder(Currency currency) {
    return new Builder(currency);
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
    return entry == null ? Optional.empty() : entry.perOccurrence();
  }

  /**
   * Whether a kind is punished with a major demerit instead of a fine.
   *
   * @param kind the kind
   * @return true for a scheduled major demerit; false for a fine or a kind not scheduled
   */
  public boolean punishedByMajorDemerit(FineKind kind) {
    FineEntry entry = entries.get(requireNonNull(kind, "kind"));
    return entry != null && entry.perOccurrence().isEmpty();
  }

  /**
   * The catalog rule of a kind's entry.
   *
   * @param kind the kind
   * @return the rule ID, e.g. {@code PEN-11}, or empty if the kind is not scheduled
   */
  public Optional<String> ruleIdOf(FineKind kind) {
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
   * Whether a violation of {@code kind} at this local time of day is fined: always, unless the
   * kind's entry has service hours; then from their start (inclusive) to their end (exclusive),
   * across midnight if the start is later than the end. For the seed, a phone switched off at
   * 07:59 or at 22:00 is not fined, at 08:00 or 21:59 it is.
   *
   * @param kind the kind
   * @param localTime when it happened, as a local time in the company's business zone
   * @return true if it is fined
   * @throws RuleRefusalException (PEN-11) if the schedule has no entry for the kind
   */
  public boolean finedAt(FineKind kind, LocalTime localTime) {
    requireNonNull(localTime, "localTime");
    return entry(requireNonNull(kind, "kind")).finedAt(localTime);
  }

  /**
   * Decides the fine or major demerit for one violation, and who bears it (see the class
   * comment).
   *
   * @param fineCase the violation
   * @return a {@link FineDecision.Fine} (amount = per occurrence × occurrences × multiplier, in
   *     the schedule's currency, rounded {@link RoundingMode#HALF_UP} to the minor unit only if a
   *     factor with decimals needs it) or a {@link FineDecision.MajorDemerit}; the payer is the
   *     responsible person or, if none, the group's lead
   * @throws RuleRefusalException (PEN-11) if the schedule has no entry for the kind; (CMP-20) if
   *     no person is identified and the group has no lead
   * @throws InvalidInputException if repeats compound and the report number is above
   *     {@value #MAX_COMPOUNDED_REPORT} (path {@code report})
   */
  @Override
  public FineDecision decide(FineCase fineCase) {
    requireNonNull(fineCase, "fineCase");
    FineKind kind = fineCase.kind();
    FineEntry entry = entry(kind);
    boolean escalated = entry.perOccurrence().isPresent() && escalatedKinds.contains(kind);
    boolean repeated = escalated && fineCase.report() >= 2;
    boolean aggravated = escalated && !fineCase.aggravations().isEmpty();
    if (repeated && compoundRepeats && fineCase.report() > MAX_COMPOUNDED_REPORT) {
      throw InvalidInputException.of("report", message("rules.penalty.fine.reportTooHigh",
          "max", MAX_COMPOUNDED_REPORT, "factor", repeatFactor,
          "exponent", fineCase.report() - 1), fineCase.report());
    }
    boolean paidByLead = fineCase.responsible().isEmpty();
    PersonId payer = fineCase.responsible().or(() -> fineCase.group().lead()).orElseThrow(() ->
        new RuleRefusalException(RuleId.of(COMPLAINT_RULE), message("rules.penalty.fine.noPayer",
            "kind", kind.code(), "name", kind.displayName(), "group", fineCase.group().id())));
    Set<String> ruleIds = new LinkedHashSet<>();
    ruleIds.add(entry.ruleId());
    if (paidByLead || repeated || aggravated) {
      ruleIds.add(COMPLAINT_RULE);
    }
    if (entry.perOccurrence().isEmpty()) {
      return new FineDecision.MajorDemerit(payer, paidByLead, List.copyOf(ruleIds));
    }
    BigDecimal multiplier = BigDecimal.ONE;
    if (repeated) {
      multiplier = compoundRepeats ? repeatFactor.pow(fineCase.report() - 1) : repeatFactor;
    }
    if (aggravated) {
      multiplier = multiplier.multiply(aggravationFactor);
    }
    multiplier = plain(multiplier);
    Money amount = entry.perOccurrence().get().multipliedBy(
        multiplier.multiply(BigDecimal.valueOf(fineCase.occurrences())), RoundingMode.HALF_UP);
    return new FineDecision.Fine(payer, paidByLead, amount, multiplier, List.copyOf(ruleIds));
  }

  private FineEntry entry(FineKind kind) {
    FineEntry entry = entries.get(kind);
    if (entry == null) {
      throw new RuleRefusalException(RuleId.of(SCHEDULE_RULE), message("rules.penalty.fine.unknownKind",
          "kind", kind.code(), "name", kind.displayName()));
    }
    return entry;
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static LocalizableMessage message(String key, Object... namesAndValues) {
    return RulesMessages.BUNDLE.message(key, namesAndValues);
  }

  /**
   * Equal if the currency, every entry (amount, rule, hours), the factors, the compounding and
   * the escalated kinds are equal.
   *
   * @param o the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FineSchedule)) {
      return false;
    }
    FineSchedule that = (FineSchedule) o;
    return that.currency.equals(currency) && that.entries.equals(entries)
        && that.repeatFactor.equals(repeatFactor)
        && that.aggravationFactor.equals(aggravationFactor)
        && that.compoundRepeats == compoundRepeats && that.escalatedKinds.equals(escalatedKinds);
  }

  @Override
  public int hashCode() {
    return ((entries.hashCode() * 31 + repeatFactor.hashCode()) * 31
        + aggravationFactor.hashCode()) * 31 + escalatedKinds.hashCode();
  }

  /**
   * For logs.
   *
   * @return e.g. {@code FineSchedule[CNY, 11 kinds, repeat ×2 once, aggravation ×2, escalated
   *     [VERIFIED_SERVICE_COMPLAINT]]}
   */
  @Override
  public String toString() {
    return "FineSchedule[" + currency.getCurrencyCode() + ", " + entries.size() + " kinds, repeat ×"
        + repeatFactor.toPlainString() + (compoundRepeats ? " compounding" : " once")
        + ", aggravation ×" + aggravationFactor.toPlainString() + ", escalated " + escalatedKinds
        + "]";
  }

  /**
   * Builds a {@link FineSchedule}; starts from the seed's schedule. Setting an entry for a kind
   * that has one replaces it (its service hours stay unless changed). Checked by {@link #build()}.
   * Not thread-safe; the schedule it builds is.
   */
  public static final class Builder {

    private final Currency currency;
    private final Map<FineKind, FineEntry> entries = new TreeMap<>();
    private final Map<FineKind, LocalTime[]> hours = new TreeMap<>();
    private BigDecimal repeatFactor = SEED_REPEAT_FACTOR;
    private BigDecimal aggravationFactor = SEED_AGGRAVATION_FACTOR;
    private boolean compoundRepeats;
    private Set<FineKind> escalatedKinds = Set.of(FineKind.VERIFIED_SERVICE_COMPLAINT);

    private Builder(Currency currency) {
      this.currency = requireNonNull(currency, "currency");
      fine(FineKind.LEFT_SITE_WITHOUT_CALLING_HQ, whole(50), "PEN-11");
      fine(FineKind.LATE_ARRIVAL_PERSONAL, whole(50), "PEN-11");
      fine(FineKind.INCOMPLETE_SERVICE_REPORT, whole(20), "PEN-11");
      fine(FineKind.PHONE_OFF, whole(10), "PEN-11");
      hours(FineKind.PHONE_OFF, LocalTime.of(8, 0), LocalTime.of(22, 0));
      fine(FineKind.DISOBEYING_HQ, whole(100), "PEN-11");
      majorDemerit(FineKind.QUARRELLING_WITH_CUSTOMER, "PEN-11");
      majorDemerit(FineKind.TAKING_GOODS_FROM_CUSTOMER, "PEN-11");
      majorDemerit(FineKind.PERSONAL_DELAY, "PEN-11");
      majorDemerit(FineKind.REPEAT_REPAIR, "PEN-11");
      fine(FineKind.HOTLINE_UNANSWERED, whole(50), "PEN-12");
      hours(FineKind.HOTLINE_UNANSWERED, LocalTime.of(9, 0), LocalTime.of(22, 0));
      fine(FineKind.VERIFIED_SERVICE_COMPLAINT, whole(SEED_COMPLAINT_FINE), "CMP-20");
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
     * @param ruleId the catalog rule the fine comes from: two to five capital letters, a hyphen
     *     and two or three digits, e.g. {@code PEN-11}
     * @return this builder
     */
    public Builder fine(FineKind kind, Money perOccurrence, String ruleId) {
      requireNonNull(kind, "kind");
      entries.put(kind, new FineEntry(kind, Optional.of(requireNonNull(perOccurrence,
          "perOccurrence")), requireNonNull(ruleId, "ruleId"), Optional.empty(), Optional.empty()));
      return this;
    }

    /**
     * Punishes a kind with a major demerit (记大过) instead of a fine; replaces the kind's entry if
     * it has one.
     *
     * @param kind the kind of violation
     * @param ruleId the catalog rule, e.g. {@code PEN-11}
     * @return this builder
     */
    public Builder majorDemerit(FineKind kind, String ruleId) {
      requireNonNull(kind, "kind");
      entries.put(kind, new FineEntry(kind, Optional.empty(), requireNonNull(ruleId, "ruleId"),
          Optional.empty(), Optional.empty()));
      return this;
    }

    /**
     * Limits a kind to service hours: it is fined only from {@code from} (inclusive) to
     * {@code to} (exclusive), across midnight if {@code from} is later; see
     * {@link FineSchedule#finedAt(FineKind, LocalTime)}. The kind needs an entry by
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
     * escalated kinds are kept.
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
      this.escalatedKinds = Set.copyOf(requireNonNull(kinds, "kinds"));
      return this;
    }

    /**
     * Checks the schedule and builds it.
     *
     * @return the schedule
     * @throws InvalidInputException listing every problem: an amount not greater than zero or in
     *     another currency (path {@code fines[KIND].perOccurrence}), a malformed rule ID
     *     ({@code fines[KIND].ruleId}), hours that start and end at the same time or belong to a
     *     kind without an entry ({@code hours[KIND]}), a factor below 1 ({@code repeatFactor},
     *     {@code aggravationFactor})
     */
    public FineSchedule build() {
      List<Violation> violations = new ArrayList<>();
      Map<FineKind, FineEntry> built = new TreeMap<>();
      for (FineEntry entry : entries.values()) {
        String path = "fines[" + entry.kind().code() + "]";
        entry.perOccurrence().ifPresent(amount -> {
          if (!amount.isPositive()) {
            violations.add(Violation.of(path + ".perOccurrence",
                message("rules.penalty.fine.amountNotPositive"), amount));
          }
          if (!amount.currency().equals(currency)) {
            violations.add(Violation.of(path + ".perOccurrence", message(
                "rules.penalty.fine.currency", "expected", currency.getCurrencyCode()), amount));
          }
        });
        if (!RULE_ID.matcher(entry.ruleId()).matches()) {
          violations.add(Violation.of(path + ".ruleId", message("rules.penalty.fine.ruleId"),
              entry.ruleId()));
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
      return new FineSchedule(currency, Collections.unmodifiableMap(built), plain(repeatFactor),
          plain(aggravationFactor), compoundRepeats,
          Collections.unmodifiableSet(new TreeSet<>(escalatedKinds)));
    }

    private static void checkFactor(String path, BigDecimal factor, List<Violation> violations) {
      if (factor.compareTo(BigDecimal.ONE) < 0) {
        violations.add(Violation.of(path, message("rules.penalty.fine.factor"), factor));
      }
    }
  }
}
