package org.aftersales.testkit.penalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.organization.BasePoints;
import org.aftersales.core.organization.DepartmentKind;
import org.aftersales.core.organization.Member;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.organization.UnitLevel;
import org.aftersales.core.penalty.Aggravation;
import org.aftersales.core.penalty.DeductionKind;
import org.aftersales.core.penalty.FaultReport;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.penalty.FineKind;
import org.aftersales.core.penalty.LossFacts;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PenaltySettlement;
import org.aftersales.core.penalty.PenaltySettlementReport;
import org.aftersales.core.penalty.PersonAmount;
import org.aftersales.core.penalty.PersonPenaltyLedger;
import org.aftersales.core.penalty.PostPenalty;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.penalty.ReversePosting;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.testkit.time.TestClock;
import org.aftersales.testkit.validation.TestValidators;

/**
 * Ready-made organization units, penalty cases, fines, fault reports, loss facts, postings and
 * ledgers for tests (罚款测试数据), built around docs/penalty.md's worked cases: the press group
 * (冲压组) of three members with base points (基点数) 1.2, 1.0 and 0.8, the press section of seven
 * (7.5 base points), a loss of CNY 10 000.00 split 60/40 between the group and the QA inspector
 * Q2001. Money is CNY, instants are fixed (never the clock) and read in {@link #SHANGHAI}; request
 * IDs and posted case IDs made here are unique within the JVM, so tests sharing storage do not
 * collide. Each builder is immutable: a setter returns a copy with one value replaced.
 *
 * <pre>{@code
 * PenaltyCase tenThousand = PenaltyFixtures.workedExample();
 * FineCase late = PenaltyFixtures.fineCase().kind(FineKind.LATE_ARRIVAL_PERSONAL)
 *     .occurrences(2).build();
 * PenaltyFixtures.Ledgers ledgers = PenaltyFixtures.ledgers();
 * PersonPenaltyLedger settled = ledgers.settled();   // E1001: CNY 2 400.00 posted, 1 500.00 deducted
 * }</pre>
 */
public final class PenaltyFixtures {

  /** The Shanghai business zone the fixtures use. */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** The currency of every amount made here: CNY (fen, two decimals). */
  public static final Currency CNY = Currency.getInstance("CNY");

  /** The press group (冲压组) of the worked cases: {@code G-PRESS}. */
  public static final UnitId PRESS_GROUP = UnitId.of("G-PRESS");

  /** The press section (冲压课) the press group belongs to: {@code S-PRESS}. */
  public static final UnitId PRESS_SECTION = UnitId.of("S-PRESS");

  /** The first service group (服务一组) of the fine cases: {@code G-SVC-1}. */
  public static final UnitId SERVICE_GROUP = UnitId.of("G-SVC-1");

  /** A press group member with 1.2 base points: {@code E1001}. */
  public static final PersonId E1001 = PersonId.of("E1001");

  /** A press group member with 1.0 base points: {@code E1002}. */
  public static final PersonId E1002 = PersonId.of("E1002");

  /** A press group member with 0.8 base points: {@code E1003}. */
  public static final PersonId E1003 = PersonId.of("E1003");

  /** The QA inspector carrying 40 of the worked case personally: {@code Q2001}. */
  public static final PersonId INSPECTOR = PersonId.of("Q2001");

  /** A service engineer (服务工程师) of {@link #SERVICE_GROUP}: {@code E3001}. */
  public static final PersonId E3001 = PersonId.of("E3001");

  private static final AtomicLong COUNTER = new AtomicLong();

  private PenaltyFixtures() {}

  /**
   * A fresh request ID, unique within the JVM.
   *
   * @return e.g. {@code penalty-fixture-17}
   */
  public static RequestId aRequestId() {
    return RequestId.of("penalty-fixture-" + COUNTER.incrementAndGet());
  }

  /**
   * A fresh case reference, unique within the JVM, in the form of a complaint number widened to
   * six serial digits.
   *
   * @return e.g. {@code 2611000017}
   */
  public static String aCaseId() {
    return String.format(Locale.ROOT, "2611%06d", COUNTER.incrementAndGet());
  }

  /**
   * An amount in CNY.
   *
   * @param amount e.g. {@code 2400.00}, at most two decimals
   * @return the money
   */
  public static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  /**
   * A local date-time in Shanghai as an instant.
   *
   * @param localDateTime e.g. {@code 2026-11-20T09:30}, read in {@link #SHANGHAI}
   * @return the instant
   */
  public static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  /**
   * The press group with every default of {@link #unit()}: E1001 1.2, E1002 1.0, E1003 0.8.
   *
   * @return the unit
   */
  public static OrganizationUnit pressGroup() {
    return unit().build();
  }

  /**
   * The press section {@link #PRESS_SECTION} (冲压课) of docs/penalty.md's remainder example: seven
   * members {@code E1001} to {@code E1007} with base points 1.5, 1.2, 1.2, 1.0, 1.0, 0.8 and 0.8
   * (7.5 in all); it holds the press group's three members.
   *
   * @return the unit
   */
  public static OrganizationUnit pressSection() {
    String[] points = {"1.5", "1.2", "1.2", "1", "1", "0.8", "0.8"};
    OrganizationUnit.Builder b = OrganizationUnit.builder().id(PRESS_SECTION)
        .level(UnitLevel.SECTION).kind(DepartmentKind.MANUFACTURING);
    for (int i = 0; i < points.length; i++) {
      b.addMember(new Member(PersonId.of("E100" + (i + 1)), BasePoints.parse(points[i])));
    }
    return b.build();
  }

  /**
   * The service group {@link #SERVICE_GROUP} (服务一组): engineers {@link #E3001} and
   * {@code E3002}, 1.0 base points each, led by {@code E3002}.
   *
   * @return the unit
   */
  public static OrganizationUnit serviceGroup() {
    return unit().id(SERVICE_GROUP).kind(DepartmentKind.SERVICE)
        .members(List.of(new Member(E3001, BasePoints.parse("1")),
            new Member(PersonId.of("E3002"), BasePoints.parse("1"))))
        .lead(PersonId.of("E3002")).build();
  }

  /**
   * docs/penalty.md's first worked case, {@link #penaltyCase()} with every default: CNY 10 000.00,
   * the press group 60, Q2001 40.
   *
   * @return the case
   */
  public static PenaltyCase workedExample() {
    return penaltyCase().build();
  }

  /**
   * docs/penalty.md's remainder example (PEN-05, PEN-09): CNY 3 333.33 carried by the whole press
   * section ({@link #pressSection()}); the seed's allocation gives E1001 666.67, E1002 and E1003
   * 533.33, E1004 and E1005 444.44, E1006 and E1007 355.56.
   *
   * @return the case
   */
  public static PenaltyCase remainderExample() {
    return penaltyCase().amount(cny("3333.33")).shares(List.of(
        ResponsibilityShare.whole(new ResponsibleParty.Unit(pressSection())))).build();
  }

  /**
   * An empty ledger (罚款台账) of {@link #E1001} in CNY, at version 0; later states through
   * {@link #ledgers()}.
   *
   * @return the ledger
   */
  public static PersonPenaltyLedger aLedger() {
    return PersonPenaltyLedger.open(E1001, CNY);
  }

  /**
   * An organization unit (组织单位) with members and base points (基点数, PEN-09): the press group
   * {@link #PRESS_GROUP} of docs/penalty.md's worked case, a manufacturing group of {@code E1001}
   * (1.2), {@code E1002} (1.0) and {@code E1003} (0.8), 3.0 base points in all, without a lead.
   *
   * @return a builder with those defaults
   */
  public static UnitBuilder unit() {
    return new UnitBuilder(PRESS_GROUP,
        UnitLevel.GROUP,
        DepartmentKind.MANUFACTURING,
        List.of(new Member(E1001, BasePoints.parse("1.2")),
        new Member(E1002, BasePoints.parse("1")),
        new Member(E1003, BasePoints.parse("0.8"))),
        null);
  }

  /**
   * Builds a {@link OrganizationUnit} from the defaults of {@link #unit};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class UnitBuilder {
    private final UnitId id;
    private final UnitLevel level;
    private final DepartmentKind kind;
    private final List<Member> members;
    private final PersonId lead;

    private UnitBuilder(UnitId id, UnitLevel level, DepartmentKind kind, List<Member> members,
        PersonId lead) {
      this.id = id;
      this.level = level;
      this.kind = kind;
      this.members = members;
      this.lead = lead;
    }

    /**
     * Another unit ID.
     *
     * @param id unit ID
     * @return a builder with it
     */
    public UnitBuilder id(UnitId id) {
      return new UnitBuilder(requireNonNull(id, "id"), level, kind, members, lead);
    }

    /**
     * Another level (组, 课, 部).
     *
     * @param level level (组, 课, 部)
     * @return a builder with it
     */
    public UnitBuilder level(UnitLevel level) {
      return new UnitBuilder(id, requireNonNull(level, "level"), kind, members, lead);
    }

    /**
     * Another department kind.
     *
     * @param kind department kind
     * @return a builder with it
     */
    public UnitBuilder kind(DepartmentKind kind) {
      return new UnitBuilder(id, level, requireNonNull(kind, "kind"), members, lead);
    }

    /**
     * Another members with their base points (基点数).
     *
     * @param members members with their base points (基点数); at least one, each person once
     * @return a builder with it
     */
    public UnitBuilder members(List<Member> members) {
      return new UnitBuilder(id, level, kind, requireNonNull(members, "members"), lead);
    }

    /**
     * Another lead (主管).
     *
     * @param lead lead (主管); one of the members
     * @return a builder with it
     */
    public UnitBuilder lead(PersonId lead) {
      return new UnitBuilder(id, level, kind, members, requireNonNull(lead, "lead"));
    }

    /**
     * No lead (主管).
     *
     * @return a builder without it
     */
    public UnitBuilder noLead() {
      return new UnitBuilder(id, level, kind, members, null);
    }

    /**
     * The OrganizationUnit with the values set.
     *
     * @return the value
     */
    public OrganizationUnit build() {
      return unitOf(id, level, kind, members, lead);
    }
  }

  /**
   * A penalty case (罚款案件, PEN-02, PEN-06) as docs/penalty.md's first worked case: complaint
   * {@code 261107}, a loss of CNY 10 000.00 split by weight 60 to the press group
   * ({@link #pressGroup()}) and 40 to the QA inspector {@link #INSPECTOR} personally. The seed's
   * allocation gives Q2001 4 000.00 and the group 6 000.00: E1001 2 400.00, E1002 2 000.00, E1003
   * 1 600.00.
   *
   * @return a builder with those defaults
   */
  public static PenaltyCaseBuilder penaltyCase() {
    return new PenaltyCaseBuilder("261107",
        cny("10000.00"),
        List.of(
        new ResponsibilityShare(new ResponsibleParty.Unit(pressGroup()), new BigDecimal("60")),
        new ResponsibilityShare(new ResponsibleParty.Person(INSPECTOR), new BigDecimal("40"))));
  }

  /**
   * Builds a {@link PenaltyCase} from the defaults of {@link #penaltyCase};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class PenaltyCaseBuilder {
    private final String caseId;
    private final Money amount;
    private final List<ResponsibilityShare> shares;

    private PenaltyCaseBuilder(String caseId, Money amount, List<ResponsibilityShare> shares) {
      this.caseId = caseId;
      this.amount = amount;
      this.shares = shares;
    }

    /**
     * Another case reference.
     *
     * @param caseId case reference; identifier text, e.g. a complaint number
     * @return a builder with it
     */
    public PenaltyCaseBuilder caseId(String caseId) {
      return new PenaltyCaseBuilder(requireNonNull(caseId, "caseId"), amount, shares);
    }

    /**
     * Another amount to allocate.
     *
     * @param amount amount to allocate; negative for a reversal
     * @return a builder with it
     */
    public PenaltyCaseBuilder amount(Money amount) {
      return new PenaltyCaseBuilder(caseId, requireNonNull(amount, "amount"), shares);
    }

    /**
     * Another shares with weights.
     *
     * @param shares shares with weights; at least one, each party once
     * @return a builder with it
     */
    public PenaltyCaseBuilder shares(List<ResponsibilityShare> shares) {
      return new PenaltyCaseBuilder(caseId, amount, requireNonNull(shares, "shares"));
    }

    /**
     * The PenaltyCase with the values set.
     *
     * @return the value
     */
    public PenaltyCase build() {
      return PenaltyCase.builder().caseId(caseId).amount(amount).addAllShares(shares).build();
    }
  }

  /**
   * A fine case (罚款事项, PEN-11): the phone of engineer {@link #E3001} of the service group
   * ({@link #serviceGroup()}) switched off on Friday 20 November 2026 at 09:30 in Shanghai, the first
   * occurrence and the first report, no aggravation, no verified complaint.
   *
   * @return a builder with those defaults
   */
  public static FineCaseBuilder fineCase() {
    return new FineCaseBuilder(FineKind.PHONE_OFF,
        shanghai("2026-11-20T09:30"),
        1,
        E3001,
        serviceGroup(),
        1,
        Set.of(),
        false);
  }

  /**
   * Builds a {@link FineCase} from the defaults of {@link #fineCase};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class FineCaseBuilder {
    private final FineKind kind;
    private final Instant occurredAt;
    private final int occurrences;
    private final PersonId responsible;
    private final OrganizationUnit group;
    private final int report;
    private final Set<Aggravation> aggravations;
    private final boolean verifiedComplaint;

    private FineCaseBuilder(FineKind kind, Instant occurredAt, int occurrences,
        PersonId responsible, OrganizationUnit group, int report, Set<Aggravation> aggravations,
        boolean verifiedComplaint) {
      this.kind = kind;
      this.occurredAt = occurredAt;
      this.occurrences = occurrences;
      this.responsible = responsible;
      this.group = group;
      this.report = report;
      this.aggravations = aggravations;
      this.verifiedComplaint = verifiedComplaint;
    }

    /**
     * Another kind of violation.
     *
     * @param kind kind of violation
     * @return a builder with it
     */
    public FineCaseBuilder kind(FineKind kind) {
      return new FineCaseBuilder(requireNonNull(kind, "kind"), occurredAt, occurrences,
          responsible, group, report, aggravations, verifiedComplaint);
    }

    /**
     * Another instant of the violation.
     *
     * @param occurredAt instant of the violation; any zone, read in the business zone by the policy
     * @return a builder with it
     */
    public FineCaseBuilder occurredAt(Instant occurredAt) {
      return new FineCaseBuilder(kind, requireNonNull(occurredAt, "occurredAt"), occurrences,
          responsible, group, report, aggravations, verifiedComplaint);
    }

    /**
     * Another occurrence count in the period.
     *
     * @param occurrences occurrence count in the period; at least 1
     * @return a builder with it
     */
    public FineCaseBuilder occurrences(int occurrences) {
      return new FineCaseBuilder(kind, occurredAt, occurrences, responsible, group, report,
          aggravations, verifiedComplaint);
    }

    /**
     * Another responsible person.
     *
     * @param responsible responsible person; a member of the group
     * @return a builder with it
     */
    public FineCaseBuilder responsible(PersonId responsible) {
      return new FineCaseBuilder(kind, occurredAt, occurrences, requireNonNull(responsible,
          "responsible"), group, report, aggravations, verifiedComplaint);
    }

    /**
     * No responsible person.
     *
     * @return a builder without it
     */
    public FineCaseBuilder noResponsible() {
      return new FineCaseBuilder(kind, occurredAt, occurrences, null, group, report, aggravations,
          verifiedComplaint);
    }

    /**
     * Another group the violation happened in.
     *
     * @param group group the violation happened in
     * @return a builder with it
     */
    public FineCaseBuilder group(OrganizationUnit group) {
      return new FineCaseBuilder(kind, occurredAt, occurrences, responsible, requireNonNull(group,
          "group"), report, aggravations, verifiedComplaint);
    }

    /**
     * Another report count (第几次通报).
     *
     * @param report report count (第几次通报); at least 1
     * @return a builder with it
     */
    public FineCaseBuilder report(int report) {
      return new FineCaseBuilder(kind, occurredAt, occurrences, responsible, group, report,
          aggravations, verifiedComplaint);
    }

    /**
     * Another aggravations.
     *
     * @param aggravations aggravations
     * @return a builder with it
     */
    public FineCaseBuilder aggravations(Set<Aggravation> aggravations) {
      return new FineCaseBuilder(kind, occurredAt, occurrences, responsible, group, report,
          requireNonNull(aggravations, "aggravations"), verifiedComplaint);
    }

    /**
     * Another flag whether a verified complaint preceded it.
     *
     * @param verifiedComplaint flag whether a verified complaint preceded it
     * @return a builder with it
     */
    public FineCaseBuilder verifiedComplaint(boolean verifiedComplaint) {
      return new FineCaseBuilder(kind, occurredAt, occurrences, responsible, group, report,
          aggravations, verifiedComplaint);
    }

    /**
     * The FineCase with the values set.
     *
     * @return the value
     */
    public FineCase build() {
      return fineCaseOf(kind, occurredAt, occurrences, responsible, group, report, aggravations,
          verifiedComplaint);
    }
  }

  /**
   * A fault report (责任归属, PEN-05): a manufacturing fault of the press group ({@link #pressGroup()})
   * within the press section ({@link #pressSection()}), no single person named.
   *
   * @return a builder with those defaults
   */
  public static FaultReportBuilder faultReport() {
    return new FaultReportBuilder(DepartmentKind.MANUFACTURING,
        null,
        pressGroup(),
        pressSection());
  }

  /**
   * Builds a {@link FaultReport} from the defaults of {@link #faultReport};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class FaultReportBuilder {
    private final DepartmentKind kind;
    private final PersonId person;
    private final OrganizationUnit group;
    private final OrganizationUnit wholeUnit;

    private FaultReportBuilder(DepartmentKind kind, PersonId person, OrganizationUnit group,
        OrganizationUnit wholeUnit) {
      this.kind = kind;
      this.person = person;
      this.group = group;
      this.wholeUnit = wholeUnit;
    }

    /**
     * Another kind of the faulty department.
     *
     * @param kind kind of the faulty department
     * @return a builder with it
     */
    public FaultReportBuilder kind(DepartmentKind kind) {
      return new FaultReportBuilder(requireNonNull(kind, "kind"), person, group, wholeUnit);
    }

    /**
     * Another person at fault.
     *
     * @param person person at fault; a member of the whole unit
     * @return a builder with it
     */
    public FaultReportBuilder person(PersonId person) {
      return new FaultReportBuilder(kind, requireNonNull(person, "person"), group, wholeUnit);
    }

    /**
     * No person at fault.
     *
     * @return a builder without it
     */
    public FaultReportBuilder noPerson() {
      return new FaultReportBuilder(kind, null, group, wholeUnit);
    }

    /**
     * Another group at fault.
     *
     * @param group group at fault; its members within the whole unit
     * @return a builder with it
     */
    public FaultReportBuilder group(OrganizationUnit group) {
      return new FaultReportBuilder(kind, person, requireNonNull(group, "group"), wholeUnit);
    }

    /**
     * No group at fault.
     *
     * @return a builder without it
     */
    public FaultReportBuilder noGroup() {
      return new FaultReportBuilder(kind, person, null, wholeUnit);
    }

    /**
     * Another whole unit (the section or department).
     *
     * @param wholeUnit whole unit (the section or department)
     * @return a builder with it
     */
    public FaultReportBuilder wholeUnit(OrganizationUnit wholeUnit) {
      return new FaultReportBuilder(kind, person, group, requireNonNull(wholeUnit, "wholeUnit"));
    }

    /**
     * The FaultReport with the values set.
     *
     * @return the value
     */
    public FaultReport build() {
      return faultReportOf(kind, person, group, wholeUnit);
    }
  }

  /**
   * The facts of a loss (损失事实, PEN-01): decided on 4 November 2026, an actual loss of CNY
   * 10 000.00, the goods not resold.
   *
   * @return a builder with those defaults
   */
  public static LossFactsBuilder lossFacts() {
    return new LossFactsBuilder(LocalDate.of(2026, 11, 4),
        cny("10000.00"),
        null,
        null);
  }

  /**
   * Builds a {@link LossFacts} from the defaults of {@link #lossFacts};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class LossFactsBuilder {
    private final LocalDate decisionDate;
    private final Money actualLoss;
    private final LocalDate resoldOn;
    private final Money aGradePriceLoss;

    private LossFactsBuilder(LocalDate decisionDate, Money actualLoss, LocalDate resoldOn,
        Money aGradePriceLoss) {
      this.decisionDate = decisionDate;
      this.actualLoss = actualLoss;
      this.resoldOn = resoldOn;
      this.aGradePriceLoss = aGradePriceLoss;
    }

    /**
     * Another decision date.
     *
     * @param decisionDate decision date; in the business zone
     * @return a builder with it
     */
    public LossFactsBuilder decisionDate(LocalDate decisionDate) {
      return new LossFactsBuilder(requireNonNull(decisionDate, "decisionDate"), actualLoss,
          resoldOn, aGradePriceLoss);
    }

    /**
     * Another actual loss.
     *
     * @param actualLoss actual loss; not negative
     * @return a builder with it
     */
    public LossFactsBuilder actualLoss(Money actualLoss) {
      return new LossFactsBuilder(decisionDate, requireNonNull(actualLoss, "actualLoss"),
          resoldOn, aGradePriceLoss);
    }

    /**
     * Another resale date.
     *
     * @param resoldOn resale date; set together with the A-grade price loss
     * @return a builder with it
     */
    public LossFactsBuilder resoldOn(LocalDate resoldOn) {
      return new LossFactsBuilder(decisionDate, actualLoss, requireNonNull(resoldOn, "resoldOn"),
          aGradePriceLoss);
    }

    /**
     * No resale date.
     *
     * @return a builder without it
     */
    public LossFactsBuilder noResoldOn() {
      return new LossFactsBuilder(decisionDate, actualLoss, null, aGradePriceLoss);
    }

    /**
     * Another loss at the A-grade price.
     *
     * @param aGradePriceLoss loss at the A-grade price; set together with the resale date, not negative
     * @return a builder with it
     */
    public LossFactsBuilder aGradePriceLoss(Money aGradePriceLoss) {
      return new LossFactsBuilder(decisionDate, actualLoss, resoldOn,
          requireNonNull(aGradePriceLoss, "aGradePriceLoss"));
    }

    /**
     * No loss at the A-grade price.
     *
     * @return a builder without it
     */
    public LossFactsBuilder noAGradePriceLoss() {
      return new LossFactsBuilder(decisionDate, actualLoss, resoldOn, null);
    }

    /**
     * The LossFacts with the values set.
     *
     * @return the value
     */
    public LossFacts build() {
      return lossFactsOf(decisionDate, actualLoss, resoldOn, aGradePriceLoss);
    }
  }

  /**
   * A posting to the penalty ledgers (罚款入账, PEN-07) of the worked case's persons in November
   * 2026: E1001 CNY 2 400.00, E1002 2 000.00, E1003 1 600.00, Q2001 4 000.00, a complaint case with
   * a fresh case ID ({@link #aCaseId()}), so tests sharing storage never collide.
   *
   * @return a builder with those defaults
   */
  public static PostPenaltyBuilder postPenalty() {
    return new PostPenaltyBuilder(aRequestId(),
        aCaseId(),
        YearMonth.of(2026, 11),
        DeductionKind.COMPLAINT,
        List.of(new PersonAmount(E1001, cny("2400.00")),
        new PersonAmount(E1002, cny("2000.00")), new PersonAmount(E1003, cny("1600.00")),
        new PersonAmount(INSPECTOR, cny("4000.00"))));
  }

  /**
   * Builds a {@link PostPenalty} from the defaults of {@link #postPenalty};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class PostPenaltyBuilder {
    private final RequestId requestId;
    private final String caseId;
    private final YearMonth month;
    private final DeductionKind kind;
    private final List<PersonAmount> shares;

    private PostPenaltyBuilder(RequestId requestId, String caseId, YearMonth month,
        DeductionKind kind, List<PersonAmount> shares) {
      this.requestId = requestId;
      this.caseId = caseId;
      this.month = month;
      this.kind = kind;
      this.shares = shares;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default
     * @return a builder with it
     */
    public PostPenaltyBuilder requestId(RequestId requestId) {
      return new PostPenaltyBuilder(requireNonNull(requestId, "requestId"), caseId, month, kind,
          shares);
    }

    /**
     * Another case reference.
     *
     * @param caseId case reference; identifier text, a fresh one by default
     * @return a builder with it
     */
    public PostPenaltyBuilder caseId(String caseId) {
      return new PostPenaltyBuilder(requestId, requireNonNull(caseId, "caseId"), month, kind,
          shares);
    }

    /**
     * Another month assessed.
     *
     * @param month month assessed; in the business zone
     * @return a builder with it
     */
    public PostPenaltyBuilder month(YearMonth month) {
      return new PostPenaltyBuilder(requestId, caseId, requireNonNull(month, "month"), kind,
          shares);
    }

    /**
     * Another source of the amounts.
     *
     * @param kind source of the amounts
     * @return a builder with it
     */
    public PostPenaltyBuilder kind(DeductionKind kind) {
      return new PostPenaltyBuilder(requestId, caseId, month, requireNonNull(kind, "kind"), shares);
    }

    /**
     * Another persons' amounts.
     *
     * @param shares persons' amounts; each person once, one currency
     * @return a builder with it
     */
    public PostPenaltyBuilder shares(List<PersonAmount> shares) {
      return new PostPenaltyBuilder(requestId, caseId, month, kind, requireNonNull(shares,
          "shares"));
    }

    /**
     * The PostPenalty with the values set.
     *
     * @return the command
     */
    public PostPenalty build() {
      return new PostPenalty(requestId, caseId, month, kind, shares);
    }
  }

  /**
   * A reversal of a person's posting (冲销, PEN-07) by the general manager {@code GM-1}: the
   * decision was withdrawn.
   *
   * @param person the person whose posting is reversed
   * @param caseId the posted case's reference
   * @return a builder with those defaults
   */
  public static ReversePostingBuilder reversePosting(PersonId person, String caseId) {
    return new ReversePostingBuilder(aRequestId(),
        person,
        caseId,
        PersonId.of("GM-1"),
        "核决撤销，退回罚款");
  }

  /**
   * Builds a {@link ReversePosting} from the defaults of {@link #reversePosting};
   * each setter returns a copy
   * with one component replaced. Immutable and thread-safe.
   */
  public static final class ReversePostingBuilder {
    private final RequestId requestId;
    private final PersonId person;
    private final String caseId;
    private final PersonId reversedBy;
    private final String reason;

    private ReversePostingBuilder(RequestId requestId, PersonId person, String caseId,
        PersonId reversedBy, String reason) {
      this.requestId = requestId;
      this.person = person;
      this.caseId = caseId;
      this.reversedBy = reversedBy;
      this.reason = reason;
    }

    /**
     * Another request ID.
     *
     * @param requestId request ID; a fresh one by default
     * @return a builder with it
     */
    public ReversePostingBuilder requestId(RequestId requestId) {
      return new ReversePostingBuilder(requireNonNull(requestId, "requestId"), person, caseId,
          reversedBy, reason);
    }

    /**
     * Another person whose posting is reversed.
     *
     * @param person person whose posting is reversed
     * @return a builder with it
     */
    public ReversePostingBuilder person(PersonId person) {
      return new ReversePostingBuilder(requestId, requireNonNull(person, "person"), caseId,
          reversedBy, reason);
    }

    /**
     * Another case reference.
     *
     * @param caseId case reference
     * @return a builder with it
     */
    public ReversePostingBuilder caseId(String caseId) {
      return new ReversePostingBuilder(requestId, person, requireNonNull(caseId, "caseId"),
          reversedBy, reason);
    }

    /**
     * Another person who reverses it.
     *
     * @param reversedBy person who reverses it
     * @return a builder with it
     */
    public ReversePostingBuilder reversedBy(PersonId reversedBy) {
      return new ReversePostingBuilder(requestId, person, caseId, requireNonNull(reversedBy,
          "reversedBy"), reason);
    }

    /**
     * Another reason.
     *
     * @param reason reason; plain text, 1 to 500 characters
     * @return a builder with it
     */
    public ReversePostingBuilder reason(String reason) {
      return new ReversePostingBuilder(requestId, person, caseId, reversedBy,
          requireNonNull(reason, "reason"));
    }

    /**
     * The ReversePosting with the values set.
     *
     * @return the command
     */
    public ReversePosting build() {
      return new ReversePosting(requestId, person, caseId, reversedBy, reason);
    }
  }

  private static OrganizationUnit unitOf(UnitId id, UnitLevel level, DepartmentKind kind,
      List<Member> members, PersonId lead) {
    OrganizationUnit.Builder b = OrganizationUnit.builder().id(id).level(level).kind(kind)
        .addAllMembers(members);
    if (lead != null) {
      b.lead(lead);
    }
    return b.build();
  }

  private static FineCase fineCaseOf(FineKind kind, Instant occurredAt, int occurrences,
      PersonId responsible, OrganizationUnit group, int report, Set<Aggravation> aggravations,
      boolean verifiedComplaint) {
    FineCase.Builder b = FineCase.builder().kind(kind).occurredAt(occurredAt)
        .occurrences(occurrences).group(group).report(report).addAllAggravations(aggravations)
        .verifiedComplaint(verifiedComplaint);
    if (responsible != null) {
      b.responsible(responsible);
    }
    return b.build();
  }

  private static FaultReport faultReportOf(DepartmentKind kind, PersonId person,
      OrganizationUnit group, OrganizationUnit wholeUnit) {
    FaultReport.Builder b = FaultReport.builder().kind(kind).wholeUnit(wholeUnit);
    if (person != null) {
      b.person(person);
    }
    if (group != null) {
      b.group(group);
    }
    return b.build();
  }

  private static LossFacts lossFactsOf(LocalDate decisionDate, Money actualLoss,
      LocalDate resoldOn, Money aGradePriceLoss) {
    LossFacts.Builder b = LossFacts.builder().decisionDate(decisionDate).actualLoss(actualLoss);
    if (resoldOn != null) {
      b.resoldOn(resoldOn);
    }
    if (aGradePriceLoss != null) {
      b.aGradePriceLoss(aGradePriceLoss);
    }
    return b.build();
  }

  /**
   * Posting and settlement wired over fresh in-memory ledgers (the seed's 50 % cap with
   * carry-over, {@link CappedDeduction#seed()}), with a {@link TestClock} at 1 December 2026
   * 09:00 in Shanghai.
   *
   * @return the wiring
   */
  public static Ledgers ledgers() {
    return new Ledgers();
  }

  /**
   * The penalty ledger use cases over in-memory adapters, and the states of a person's ledger
   * (罚款台账) reached through them with the fixtures' defaults. Thread-safe as its adapters are.
   *
   * <pre>{@code
   * PenaltyFixtures.Ledgers ledgers = PenaltyFixtures.ledgers();
   * PersonPenaltyLedger reversed = ledgers.reversed();
   * }</pre>
   */
  public static final class Ledgers {

    private final InMemoryPenaltyAccounts accounts = InMemoryPenaltyAccounts.create();
    private final TestClock clock = TestClock.at(shanghai("2026-12-01T09:00"), SHANGHAI);
    private final PenaltyPosting posting;
    private final PenaltySettlement settlement;

    private Ledgers() {
      CommandValidator validator = TestValidators.commandValidator();
      posting = new PenaltyPosting(accounts, validator, clock);
      settlement = new PenaltySettlement(accounts, CappedDeduction.seed(), clock);
    }

    /**
     * The stored ledgers.
     *
     * @return the repository
     */
    public InMemoryPenaltyAccounts accounts() {
      return accounts;
    }

    /**
     * The clock of the recorded instants.
     *
     * @return the clock, starting at 1 December 2026 09:00 in Shanghai
     */
    public TestClock clock() {
      return clock;
    }

    /**
     * Posting and reversal (PEN-07).
     *
     * @return the use case
     */
    public PenaltyPosting posting() {
      return posting;
    }

    /**
     * The monthly settlement (PEN-08).
     *
     * @return the use case
     */
    public PenaltySettlement settlement() {
      return settlement;
    }

    /**
     * {@link #E1001}'s ledger after {@link #postPenalty()}'s defaults were posted (a fresh case:
     * CNY 2 400.00 assessed in November 2026, not settled).
     *
     * @return the stored ledger
     */
    public PersonPenaltyLedger posted() {
      return posted(postPenalty().build());
    }

    /**
     * {@link #E1001}'s ledger after {@code command} was posted.
     *
     * @param command a posting that names {@link #E1001}
     * @return the stored ledger
     */
    public PersonPenaltyLedger posted(PostPenalty command) {
      requireNonNull(command, "command");
      return posting.post(command).stream().filter(l -> l.person().equals(E1001)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the posting does not name E1001"));
    }

    /**
     * {@link #E1001}'s ledger with a fresh case posted ({@link #posted()}) and then reversed with
     * {@link #reversePosting}'s defaults: nothing outstanding.
     *
     * @return the stored ledger
     */
    public PersonPenaltyLedger reversed() {
      PostPenalty post = postPenalty().build();
      posted(post);
      return posting.reverse(reversePosting(E1001, post.caseId()).build());
    }

    /**
     * {@link #E1001}'s ledger with a fresh case posted ({@link #posted()}) and November 2026
     * settled with an efficiency bonus of CNY 3 000.00: at most 50 % of it, CNY 1 500.00, is
     * deducted and CNY 900.00 carried into December (PEN-08). Call it once per {@link Ledgers}
     * instance: it settles November for everyone posted so far.
     *
     * @return the stored ledger
     */
    public PersonPenaltyLedger settled() {
      posted();
      PenaltySettlementReport report = settlement.settle(YearMonth.of(2026, 11),
          Map.of(E1001, cny("3000.00")));
      requireNonNull(report, "report");
      return accounts.find(E1001).orElseThrow();
    }
  }
}
