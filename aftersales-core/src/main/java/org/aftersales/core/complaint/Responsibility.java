package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.numbering.DocumentNumber;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.penalty.PenaltyCase;
import org.aftersales.core.penalty.ResponsibilityShare;
import org.aftersales.core.penalty.ResponsibleParty;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Money;

/**
 * The responsibility decided for a complaint (责任判定), CMP-08: either the fault is
 * {@linkplain Ours ours} — who is responsible with exact ratios, the kind of cause, the remedy
 * (处理对策) and whether improvement is tracked (改善追踪) — or it is
 * {@linkplain NotOurs not ours}: the complaint was valid but its cause lies with the customer, a
 * supplier or another company, and no department of ours carries a share or a penalty.
 *
 * <p>A supplier's or another company's share is never a line here: the ratios are the split of
 * what the company itself bears among its own departments and people, and a supplier is handled
 * jointly beside it ({@link SupplierInvolvement}, CMP-13); what the supplier pays back reduces the
 * loss the host passes to {@link Ours#toPenaltyCase}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Responsibility permits Responsibility.Ours, Responsibility.NotOurs {

  /**
   * The lines of the split.
   *
   * @return the lines, in the order given; empty if the fault is not ours
   */
  List<ResponsibilityLine> lines();

  /**
   * The share of each department (责任部门比率), for the monthly statistics' responsibility ratios
   * per department (CMP-11): the ratios of its department-only line and of its people's lines
   * added up, exactly.
   *
   * @return the departments in the order they first appear in {@link #lines()}, with their
   *     ratios (adding up to 1, without trailing zeros); empty if the fault is not ours; unmodifiable
   */
  default Map<UnitId, BigDecimal> ratiosByDepartment() {
    Map<UnitId, BigDecimal> ratios = new LinkedHashMap<>();
    for (ResponsibilityLine line : lines()) {
      ratios.merge(line.department(), line.ratio(),
          (a, b) -> a.add(b).stripTrailingZeros());
    }
    return Collections.unmodifiableMap(ratios);
  }

  /**
   * Whether the fault is ours, so that the company's departments carry it.
   *
   * @return true for {@link Ours}
   */
  boolean isOurs();

  /**
   * The fault is ours: the lines, the cause, the remedy and whether improvement is tracked.
   *
   * @param lines who is responsible, at least one line
   * @param cause the kind of cause
   * @param remedy the remedy (处理对策), plain text
   * @param improvementTracked whether the improvement is tracked; false for human negligence
   * @return the responsibility
   * @throws InvalidInputException as {@link Ours#Ours}
   */
  static Ours ours(List<ResponsibilityLine> lines, FaultCause cause, String remedy,
      boolean improvementTracked) {
    return new Ours(lines, cause, remedy, improvementTracked);
  }

  /**
   * The fault is ours, with the lines given one by one.
   *
   * @param cause the kind of cause
   * @param remedy the remedy (处理对策), plain text
   * @param improvementTracked whether the improvement is tracked; false for human negligence
   * @param lines who is responsible, at least one line
   * @return the responsibility
   * @throws InvalidInputException as {@link Ours#Ours}
   */
  static Ours ours(FaultCause cause, String remedy, boolean improvementTracked,
      ResponsibilityLine... lines) {
    return new Ours(Arrays.asList(lines), cause, remedy, improvementTracked);
  }

  /**
   * The complaint was valid but the fault is not ours (the customer's, a supplier's, another
   * company's).
   *
   * @param reason why, plain text
   * @return the responsibility
   * @throws InvalidInputException as {@link NotOurs#NotOurs}
   */
  static NotOurs none(String reason) {
    return new NotOurs(reason);
  }

  /**
   * The fault is ours (属我方质量问题), CMP-08.
   *
   * <p>Invariants: at least one line; the ratios add up to exactly 1; no department-only line for
   * the same department twice, no person twice (a person carries one share, in one department,
   * because the penalty is per person); a remedy of plain text, not blank, at most 2 000 code
   * points; improvement not tracked for {@link FaultCause#HUMAN_NEGLIGENCE} (人为疏忽免列案追踪) —
   * the decider says yes or no for every other cause.
   *
   * @param lines who is responsible, in the order given
   * @param cause the kind of cause
   * @param remedy the remedy (处理对策)
   * @param improvementTracked whether the improvement is tracked (改善追踪)
   */
  record Ours(List<ResponsibilityLine> lines, FaultCause cause, String remedy,
      boolean improvementTracked) implements Responsibility {

    /**
     * Checks the fields.
     *
     * @param lines who is responsible, in the order given
     * @param cause the kind of cause
     * @param remedy the remedy (处理对策)
     * @param improvementTracked whether the improvement is tracked (改善追踪)
     * @throws InvalidInputException (path {@code lines}) if there is no line, the ratios do not
     *     add up to 1 (naming the sum) or a department-only line or a person appears twice; (path
     *     {@code remedy}) if the remedy is blank, too long or not plain text; (path
     *     {@code improvementTracked}) if improvement is tracked for human negligence
     */
    public Ours {
      lines = List.copyOf(requireNonNull(lines, "lines"));
      requireNonNull(cause, "cause");
      remedy = DecisionText.prose("remedy", remedy);
      if (lines.isEmpty()) {
        throw InvalidInputException.of("lines", DecisionText.message("core.decision.noLines"));
      }
      BigDecimal sum = BigDecimal.ZERO;
      Set<UnitId> departmentsAlone = new HashSet<>();
      Set<PersonId> persons = new HashSet<>();
      for (ResponsibilityLine line : lines) {
        sum = sum.add(line.ratio());
        boolean fresh = line.person().isPresent() ? persons.add(line.person().get())
            : departmentsAlone.add(line.department());
        if (!fresh) {
          throw InvalidInputException.of("lines", DecisionText.message("core.decision.lineTwice"),
              line);
        }
      }
      if (sum.compareTo(BigDecimal.ONE) != 0) {
        String total = sum.stripTrailingZeros().toPlainString();
        throw InvalidInputException.of("lines", DecisionText.message("core.decision.ratioSum",
            "sum", total), total);
      }
      if (improvementTracked && !cause.mayBeTracked()) {
        throw InvalidInputException.of("improvementTracked",
            DecisionText.message("core.decision.negligenceTracked"), true);
      }
    }

    /**
     * Always true.
     *
     * @return true
     */
    @Override
    public boolean isOurs() {
      return true;
    }

    /**
     * The penalty case of this responsibility (CMP-08 → PEN-02, PEN-06, PEN-09): the loss split by
     * the ratios, a line with a person as a {@link ResponsibleParty.Person} (the person's share is
     * theirs alone), a department-only line as a {@link ResponsibleParty.Unit} whose members share
     * it by base points. The weights are the ratios, in the order of the lines, so an allocation
     * policy ({@code LargestRemainderAllocation} in the rules module) splits the loss to the fen.
     *
     * @param caseNumber the complaint's number, the case's reference
     * @param loss the loss the responsible carry (after what a supplier pays back), 0 or more
     * @param units the departments with their members; must hold every department of a
     *     department-only line, may hold others; no ID twice
     * @return the penalty case
     * @throws InvalidInputException (path {@code loss}) if the loss is negative; (path
     *     {@code units}) if a department-only line's department is missing or a unit ID is given
     *     twice; as {@link PenaltyCase} for an amount too large
     */
    public PenaltyCase toPenaltyCase(DocumentNumber caseNumber, Money loss,
        Collection<OrganizationUnit> units) {
      requireNonNull(caseNumber, "caseNumber");
      requireNonNull(loss, "loss");
      requireNonNull(units, "units");
      if (loss.isNegative()) {
        throw InvalidInputException.of("loss", DecisionText.message("core.decision.lossNegative"),
            loss);
      }
      Map<UnitId, OrganizationUnit> byId = new HashMap<>();
      for (OrganizationUnit unit : units) {
        if (byId.put(unit.id(), unit) != null) {
          throw InvalidInputException.of("units", DecisionText.message("core.decision.unitTwice"),
              unit.id());
        }
      }
      PenaltyCase.Builder penaltyCase = PenaltyCase.builder().caseId(caseNumber).amount(loss);
      for (ResponsibilityLine line : lines) {
        penaltyCase.addShares(new ResponsibilityShare(party(line, byId), line.ratio()));
      }
      return penaltyCase.build();
    }

    private static ResponsibleParty party(ResponsibilityLine line,
        Map<UnitId, OrganizationUnit> units) {
      Optional<PersonId> person = line.person();
      if (person.isPresent()) {
        return new ResponsibleParty.Person(person.get());
      }
      OrganizationUnit unit = units.get(line.department());
      if (unit == null) {
        throw InvalidInputException.of("units", DecisionText.message("core.decision.unitMissing",
            "unit", line.department()), line.department());
      }
      return new ResponsibleParty.Unit(unit);
    }
  }

  /**
   * The complaint was valid but the fault is not ours (非我方责任): the customer's, a supplier's or
   * another company's. No department carries a share, nothing is tracked, nobody is penalised.
   *
   * @param reason why the fault is not ours, plain text, not blank, at most 2 000 code points
   */
  record NotOurs(String reason) implements Responsibility {

    /**
     * Checks the field.
     *
     * @param reason why the fault is not ours
     * @throws InvalidInputException (path {@code reason}) if the reason is blank, too long or not
     *     plain text
     */
    public NotOurs {
      reason = DecisionText.prose("reason", reason);
    }

    /**
     * No lines.
     *
     * @return an empty list
     */
    @Override
    public List<ResponsibilityLine> lines() {
      return List.of();
    }

    /**
     * Always false.
     *
     * @return false
     */
    @Override
    public boolean isOurs() {
      return false;
    }
  }
}
