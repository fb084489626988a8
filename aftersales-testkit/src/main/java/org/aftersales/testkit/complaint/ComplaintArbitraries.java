package org.aftersales.testkit.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.aftersales.core.complaint.ApprovalLevel;
import org.aftersales.core.complaint.ComplaintCase;
import org.aftersales.core.complaint.ComplaintCommand;
import org.aftersales.core.complaint.ComplaintIntake;
import org.aftersales.core.complaint.ComplaintOutcome;
import org.aftersales.core.complaint.ComplaintSeverity;
import org.aftersales.core.complaint.CompleteComplaintStep;
import org.aftersales.core.complaint.DecideComplaint;
import org.aftersales.core.complaint.DemandedReturn;
import org.aftersales.core.complaint.FaultCause;
import org.aftersales.core.complaint.HandOverComplaint;
import org.aftersales.core.complaint.OverAcceptanceRatio;
import org.aftersales.core.complaint.RegisterComplaint;
import org.aftersales.core.complaint.RemedyLine;
import org.aftersales.core.complaint.Responsibility;
import org.aftersales.core.complaint.ResponsibilityLine;
import org.aftersales.core.complaint.ReturnComplaintStep;
import org.aftersales.core.complaint.SupplierInvolvement;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RequestId;
import org.aftersales.testkit.arbitraries.SharedArbitraries;

/**
 * jqwik arbitraries of complaint commands (投诉命令生成器): registrations whose acceptance instants
 * cluster at month ends (so 年月流水 numbers roll over), office-hour edges and midnight in
 * Shanghai; texts at their length limits, Chinese and Latin; quantities from one piece to a
 * million with an undetermined return (CMP-02); routing sequences through the departments with
 * returns and gaps around the seed's step budgets (CMP-05, urges); decisions whose responsibility
 * ratios add up to exactly 1 (CMP-08). Every generated command is accepted by its use case when
 * sent as documented (a property of the testkit's own tests proves it). Built only from jqwik
 * combinators, so everything shrinks (towards short ASCII texts, small quantities, one
 * responsibility line, no returns); immutable and thread-safe. Money is CNY; zone
 * {@link ComplaintFixtures#SHANGHAI}.
 *
 * <pre>{@code
 * Arbitrary<RegisterComplaint> registrations = ComplaintArbitraries.registrations();
 * Arbitrary<List<ComplaintCommand>> routes = ComplaintArbitraries.routings(open.number(),
 *     open.routing().latestInstant(), ComplaintProcedure.seed().route());
 * Arbitrary<DecideComplaint> decisions = ComplaintArbitraries.decisions(routedCase);
 * }</pre>
 */
public final class ComplaintArbitraries {

  /** The first month of the acceptance instants: January 2026. */
  public static final YearMonth FIRST_MONTH = YearMonth.of(2026, 1);

  /** How many months the acceptance instants span: 24 (January 2026 to December 2027). */
  public static final int MONTHS = 24;

  /**
   * The gaps, in wall-clock minutes, that come often between two routing actions: none, one
   * minute, the seed's ½ working day (225 minutes of the 7½-hour office day) and one working day
   * (450) with a minute either side. Inside office hours a step so timed ends just within or just
   * beyond its budget; with the longer gaps, some routes have a step beyond its budget (urged) and
   * others none (the testkit's own properties check both come often).
   */
  public static final List<Long> EDGE_GAPS_MINUTES =
      List.of(0L, 1L, 224L, 225L, 226L, 449L, 450L, 451L);

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final int MAX_LINES = 6;
  private static final int RATIO_STEPS = 10_000;
  private static final long MAX_DELIVERED = 1_000_000;
  private static final long MAX_GAP_MINUTES = 4 * 24 * 60;
  private static final int MAX_MOVES = 12;

  private ComplaintArbitraries() {}

  // --- texts and instants -----------------------------------------------------------------------

  /**
   * Plain texts (not blank) of 1 to {@code maxLength} characters of Latin letters, digits,
   * hyphens and Chinese (CJK unified ideographs of the basic plane, and the full-width comma);
   * exactly 1 and exactly {@code maxLength} characters come often. Every character is one UTF-16
   * unit, so the length in characters is the length in code points.
   *
   * @param maxLength the longest text; at least 1
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxLength} is less than 1
   */
  public static Arbitrary<String> texts(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
    }
    Arbitrary<Character> latin = Arbitraries.chars().alpha().numeric().with('-');
    Arbitrary<Character> chinese = Arbitraries.chars().range('\u4e00', '\u9fa5').with('，');
    Arbitrary<Character> chars = Arbitraries.frequencyOf(Tuple.of(1, latin), Tuple.of(1, chinese));
    Arbitrary<String> any = chars.list().ofMinSize(1).ofMaxSize(maxLength)
        .map(ComplaintArbitraries::text);
    return Arbitraries.frequencyOf(
        Tuple.of(6, any),
        Tuple.of(2, chars.list().ofSize(maxLength).map(ComplaintArbitraries::text)),
        Tuple.of(1, chars.list().ofSize(1).map(ComplaintArbitraries::text)));
  }

  private static String text(List<Character> chars) {
    StringBuilder b = new StringBuilder(chars.size());
    for (char c : chars) {
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Acceptance instants in Shanghai from {@link #FIRST_MONTH} over {@link #MONTHS} months: the
   * last and the first day of a month come often (three tenths each), as do the edges of the
   * seed's office hours and of the day (00:00, 08:59:59, 09:00, 11:59:59, 12:00, 13:30, 17:59:59,
   * 18:00, 23:59:59.999999); whole microseconds. Shrinks towards 1 January 2026 at midnight.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Instant> receivedInstants() {
    Arbitrary<YearMonth> months = Arbitraries.integers().between(0, MONTHS - 1)
        .map(FIRST_MONTH::plusMonths);
    Arbitrary<Integer> dayChoice = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(1)),
        Tuple.of(3, Arbitraries.just(31)),
        Tuple.of(4, Arbitraries.integers().between(1, 28)));
    Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.of(8, 59, 59),
            LocalTime.of(9, 0), LocalTime.of(11, 59, 59), LocalTime.NOON, LocalTime.of(13, 30),
            LocalTime.of(17, 59, 59), LocalTime.of(18, 0), LocalTime.of(23, 59, 59, 999_999_000))),
        Tuple.of(5, Arbitraries.integers().between(0, 86_399).map(LocalTime::ofSecondOfDay)));
    return Combinators.combine(months, dayChoice, times).as((month, day, time) ->
        month.atDay(Math.min(day, month.lengthOfMonth())).atTime(time)
            .atZone(ComplaintFixtures.SHANGHAI).toInstant());
  }

  // --- registrations ----------------------------------------------------------------------------

  /**
   * Intake forms (CMP-02) the registration accepts: texts of {@link #texts} at each field's
   * limit (customer 200, description 4 000, order and part 64, demand 2 000), delivered 1 to
   * 1 000 000 pieces (1 often), defective 0 to delivered (both ends often), the demanded return
   * undetermined (a quarter), none, or 0 to delivered; domestic or overseas, general or serious;
   * shipped in 2025; always with a loss (a case without one is refused, CMP-02).
   *
   * @return the arbitrary
   */
  public static Arbitrary<ComplaintIntake> intakes() {
    Arbitrary<Long> delivered = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(1L)),
        Tuple.of(4, Arbitraries.longs().between(1, 5_000)),
        Tuple.of(1, Arbitraries.longs().between(1, MAX_DELIVERED)));
    Arbitrary<long[]> quantities = delivered.flatMap(d -> Combinators.combine(
        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0L)), Tuple.of(1, Arbitraries.just(d)),
            Tuple.of(4, Arbitraries.longs().between(0, d))),
        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(-1L)),
            Tuple.of(1, Arbitraries.just(0L)), Tuple.of(2, Arbitraries.longs().between(0, d))))
        .as((defective, demanded) -> new long[] {d, defective, demanded}));
    Arbitrary<LocalDate> shipDates = Arbitraries.integers().between(0, 364)
        .map(i -> LocalDate.of(2025, 1, 1).plusDays(i));
    Arbitrary<ServiceZone> markets = Arbitraries.of(ServiceZone.DOMESTIC, ServiceZone.OVERSEAS);
    return Combinators.combine(texts(200), texts(4_000), texts(64), texts(64), quantities,
            shipDates, texts(2_000), markets)
        .flatAs((customer, description, order, part, q, ship, demand, market) ->
            Arbitraries.of(ComplaintSeverity.class).map(severity -> new ComplaintIntake(customer,
                description, order, part, q[0], ship, q[1], demand,
                q[2] < 0 ? DemandedReturn.undeterminedYet() : DemandedReturn.of(q[2]), market,
                severity, true)));
  }

  /**
   * Registrations (CMP-01, CMP-02): a request ID {@code cmp-arb-}<i>n</i> (n below a billion, so
   * two registrations of a list should be made unique by request ID, as
   * {@link #registrationBatches} does), an instant of {@link #receivedInstants()}, an intake of
   * {@link #intakes()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RegisterComplaint> registrations() {
    return Combinators.combine(requestIds(), receivedInstants(), intakes())
        .as(RegisterComplaint::new);
  }

  /**
   * Batches of 1 to {@code maxSize} registrations with distinct request IDs, in the order they
   * are to be sent; their instants are not sorted (numbers follow each command's own month).
   *
   * @param maxSize the largest batch; at least 1
   * @return the arbitrary
   */
  public static Arbitrary<List<RegisterComplaint>> registrationBatches(int maxSize) {
    return registrations().list().ofMinSize(1).ofMaxSize(maxSize)
        .uniqueElements(RegisterComplaint::requestId);
  }

  private static Arbitrary<RequestId> requestIds() {
    return Arbitraries.integers().between(0, 999_999_999)
        .map(i -> RequestId.of("cmp-arb-" + i));
  }

  // --- routing ----------------------------------------------------------------------------------

  /**
   * Routing sequences (会签流转, CMP-05) for the case {@code number} whose routing form's latest
   * instant is {@code start} and whose open step is the route's first (as registration leaves
   * it): each open step is either completed or (now and then, when there is an earlier step)
   * returned to an earlier department with a reason; after a completion the route's next step is
   * handed over; the sequence ends with the route completed. Between two actions a gap of
   * {@link #EDGE_GAPS_MINUTES} (often) or up to four days; the instants never go back. Request IDs
   * are {@code route-}<i>i</i> (unique within the sequence: the use case scopes them to the case).
   * Shrinks towards no returns and no gaps.
   *
   * @param number the case
   * @param start the routing form's latest instant (the acceptance for a new case)
   * @param route the procedure's route, at least one step
   * @return the arbitrary of command lists, each a {@link HandOverComplaint},
   *     {@link CompleteComplaintStep} or {@link ReturnComplaintStep}
   */
  public static Arbitrary<List<ComplaintCommand>> routings(DocumentNumber number, Instant start,
      List<Milestone> route) {
    requireNonNull(number, "number");
    requireNonNull(start, "start");
    List<Milestone> steps = List.copyOf(route);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("route must hold at least one step");
    }
    Arbitrary<Long> gaps = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(EDGE_GAPS_MINUTES)),
        Tuple.of(1, Arbitraries.longs().between(0, MAX_GAP_MINUTES)));
    Arbitrary<Move> moves = Combinators.combine(
        Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true)),
        Arbitraries.integers().between(0, steps.size()), gaps, texts(2_000)).as(Move::new);
    return Combinators.combine(moves.list().ofMaxSize(MAX_MOVES), gaps.list().ofSize(
        2 * steps.size()))
        .as((plan, tail) -> fold(number, start, steps, plan, tail));
  }

  /** One choice at an open step: return (to the step {@code back} places earlier) or complete. */
  private record Move(boolean returns, int back, long gapMinutes, String reason) {}

  private static List<ComplaintCommand> fold(DocumentNumber number, Instant start,
      List<Milestone> route, List<Move> plan, List<Long> tail) {
    List<ComplaintCommand> out = new ArrayList<>();
    Instant t = start;
    int open = 0;
    int done = -1;
    int tailIndex = 0;
    int moveIndex = 0;
    while (done < route.size() - 1) {
      long gap;
      if (open < 0) {
        // Nothing open: hand the route's next step over (no choice to make).
        gap = tail.get(tailIndex++ % tail.size());
        t = t.plus(Duration.ofMinutes(gap));
        open = done + 1;
        out.add(new HandOverComplaint(id(out), number, route.get(open), t));
        continue;
      }
      Move m = moveIndex < plan.size() ? plan.get(moveIndex++) : null;
      gap = m != null ? m.gapMinutes() : tail.get(tailIndex++ % tail.size());
      t = t.plus(Duration.ofMinutes(gap));
      if (m != null && m.returns() && open > 0) {
        int to = open - 1 - (m.back() % open);
        out.add(new ReturnComplaintStep(id(out), number, route.get(to), t, m.reason()));
        open = to;
      } else {
        out.add(new CompleteComplaintStep(id(out), number, route.get(open), t));
        done = open;
        open = -1;
      }
    }
    return List.copyOf(out);
  }

  private static RequestId id(List<ComplaintCommand> sofar) {
    return RequestId.of(String.format(Locale.ROOT, "route-%d", sofar.size() + 1));
  }

  // --- decisions --------------------------------------------------------------------------------

  /**
   * Responsibilities (CMP-08): in four of five cases ours, with 1 to 6 lines whose ratios
   * (multiples of 0.0001, each greater than 0) add up to exactly 1 — department-only lines
   * {@code D-}<i>i</i> and personal lines of {@code P-}<i>i</i> in department {@code D-}<i>i</i>,
   * so no department-only line or person appears twice — any cause, improvement tracked only
   * where the cause allows it; otherwise not ours with a reason. Shrinks towards one line of
   * ratio 1. One line in about a quarter of the cases of ours.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Responsibility> responsibilities() {
    Arbitrary<Integer> cutPoints = Arbitraries.integers().between(1, RATIO_STEPS - 1);
    // One line in a quarter of the cases; otherwise 2 to 6, so splits are the common case.
    Arbitrary<List<BigDecimal>> ratios = Arbitraries.frequencyOf(
        Tuple.of(1, cutPoints.set().ofMaxSize(0)),
        Tuple.of(3, cutPoints.set().ofMinSize(1).ofMaxSize(MAX_LINES - 1))).map(cuts -> {
          List<Integer> sorted = new ArrayList<>(cuts);
          sorted.sort(null);
          sorted.add(RATIO_STEPS);
          List<BigDecimal> out = new ArrayList<>();
          int previous = 0;
          for (int cut : sorted) {
            out.add(BigDecimal.valueOf(cut - previous, 4));
            previous = cut;
          }
          return out;
        });
    Arbitrary<List<Boolean>> personal = Arbitraries.of(true, false).list().ofSize(MAX_LINES);
    Arbitrary<Responsibility> ours = Combinators.combine(ratios, personal,
            Arbitraries.of(FaultCause.class), Arbitraries.of(true, false), texts(200))
        .as((r, persons, cause, tracked, remedy) -> {
          List<ResponsibilityLine> lines = new ArrayList<>();
          for (int i = 0; i < r.size(); i++) {
            UnitId department = UnitId.of("D-" + (i + 1));
            lines.add(persons.get(i)
                ? ResponsibilityLine.of(department, PersonId.of("P-" + (i + 1)), r.get(i))
                : ResponsibilityLine.of(department, r.get(i)));
          }
          return Responsibility.ours(lines, cause, remedy, tracked && cause.mayBeTracked());
        });
    Arbitrary<Responsibility> notOurs = texts(200).map(Responsibility::none);
    return Arbitraries.frequencyOf(Tuple.of(4, ours), Tuple.of(1, notOurs));
  }

  /**
   * Decisions (CMP-07, CMP-08, CMP-13, CMP-14, CMP-16) of the case {@code number} that claims
   * {@code claimed} pieces, at {@code decidedAt}, by the general manager {@code GM-1} (whose level
   * covers every amount): in about one case of ten the complaint is not valid (amount zero, not
   * our responsibility, CMP-14); otherwise 1 to {@code claimed} pieces accepted, split between an
   * allowance (CNY 10.00 a piece) and a return, an amount of CNY 0.00 to 1 000 000.00 (the seed's
   * authority bands 5 000 and 50 000 and a fen either side often) and a responsibility of
   * {@link #responsibilities()}; 0 to 2 suppliers; the company's or a customer's over-acceptance
   * ratio (0 to 10 %). Request IDs are {@code decide-}<i>n</i>.
   *
   * @param number the routed case
   * @param claimed the case's claimed (defective) quantity; 0 or more (0 gives only not-valid
   *     decisions)
   * @param decidedAt the decision instant, at or after the routing form's latest instant
   * @return the arbitrary
   */
  public static Arbitrary<DecideComplaint> decisions(DocumentNumber number, long claimed,
      Instant decidedAt) {
    requireNonNull(number, "number");
    requireNonNull(decidedAt, "decidedAt");
    if (claimed < 0) {
      throw new IllegalArgumentException("claimed must not be negative, was " + claimed);
    }
    Arbitrary<RequestId> ids = Arbitraries.integers().between(0, 999_999)
        .map(i -> RequestId.of("decide-" + i));
    Arbitrary<Money> amounts = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of("0.00", "0.01", "5000.00", "5000.01", "50000.00", "50000.01")
            .map(ComplaintArbitraries::cny)),
        Tuple.of(3, SharedArbitraries.money(CNY, 0, 100_000_000)));
    Arbitrary<List<SupplierInvolvement>> suppliers = Combinators.combine(
        Arbitraries.integers().between(1, 99), texts(200))
        .as((i, role) -> new SupplierInvolvement("SUP-" + i, role))
        .list().ofMaxSize(2).uniqueElements(SupplierInvolvement::company);
    Arbitrary<OverAcceptanceRatio> ratios = Arbitraries.oneOf(
        Arbitraries.just(OverAcceptanceRatio.seed()),
        Arbitraries.integers().between(0, 10).map(p ->
            OverAcceptanceRatio.customer(BigDecimal.valueOf(p, 2))));
    Arbitrary<DecideComplaint> notValid = Combinators.combine(ids, texts(200), suppliers, ratios)
        .as((id, reason, sup, ratio) -> new DecideComplaint(id, number, decidedAt,
            PersonId.of("GM-1"), ApprovalLevel.GENERAL_MANAGER, Money.zero(CNY),
            ComplaintOutcome.notValid(), Responsibility.none(reason), sup, ratio));
    if (claimed == 0) {
      return notValid;
    }
    Arbitrary<long[]> split = Arbitraries.longs().between(1, claimed).flatMap(accepted ->
        Arbitraries.longs().between(0, accepted).map(allowance ->
            new long[] {allowance, accepted - allowance}));
    Arbitrary<DecideComplaint> remedy = Combinators.combine(ids, amounts, split,
            responsibilities(), suppliers, ratios)
        .as((id, amount, s, responsibility, sup, ratio) -> new DecideComplaint(id, number,
            decidedAt, PersonId.of("GM-1"), ApprovalLevel.GENERAL_MANAGER, amount,
            outcome(s[0], s[1]), responsibility, sup, ratio));
    return Arbitraries.frequencyOf(Tuple.of(1, notValid), Tuple.of(9, remedy));
  }

  /**
   * Decisions of a routed case, as {@link #decisions(DocumentNumber, long, Instant)} with its
   * number, its intake's defective quantity and its routing form's latest instant.
   *
   * @param routed a case whose route is completed
   * @return the arbitrary
   */
  public static Arbitrary<DecideComplaint> decisions(ComplaintCase routed) {
    return decisions(routed.number(), routed.intake().defectiveQuantity(),
        routed.routing().latestInstant());
  }

  private static ComplaintOutcome outcome(long allowance, long returned) {
    if (allowance == 0) {
      return ComplaintOutcome.remedy(RemedyLine.returnOf(returned));
    }
    RemedyLine credit = RemedyLine.allowance(allowance,
        Money.ofMinor(1_000L * allowance, CNY));
    return returned == 0 ? ComplaintOutcome.remedy(credit)
        : ComplaintOutcome.remedy(credit, RemedyLine.returnOf(returned));
  }

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }
}
