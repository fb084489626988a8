package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;

/**
 * One obligation (合同义务) a contract creates: what is due, for which occurrence, by which day.
 *
 * <p>The <b>occurrence</b> names the period or event the obligation is for, stable across runs:
 * {@code 2026-11} (a month), {@code 2026-Q4} (a quarter), {@code 2026-11 SYS-7} (a month of one
 * system's inspection), or an ISO date (the end being announced, or the first day of a survey
 * period or maintenance year). With the contract and the kind it makes the {@link #key()} a use
 * case stores as "sent" or "fulfilled".
 *
 * <p>Immutable and thread-safe; equal when every component is equal.
 *
 * @param contract the contract that creates it
 * @param kind what is due
 * @param occurrence the stable occurrence label, not blank
 * @param due the day by which it is due (inclusive), a calendar date of the business's zone
 * @param systems the systems it concerns: the one inspected system for a monthly inspection, all
 *     of the contract's systems otherwise; at least one
 * @param rule the rule it comes from ({@link ObligationKind#rule()} of {@code kind})
 */
public record Obligation(ContractId contract, ObligationKind kind, String occurrence,
    LocalDate due, List<SystemId> systems, RuleId rule) {

  /**
   * Validates the obligation.
   *
   * @param contract the contract that creates it
   * @param kind what is due
   * @param occurrence the stable occurrence label, not blank
   * @param due the day by which it is due
   * @param systems the systems it concerns, at least one
   * @param rule the rule it comes from
   * @throws InvalidInputException if the occurrence is blank, there is no system, or the rule is
   *     not the kind's
   */
  public Obligation {
    requireNonNull(contract, "contract");
    requireNonNull(kind, "kind");
    requireNonNull(occurrence, "occurrence");
    requireNonNull(due, "due");
    systems = List.copyOf(requireNonNull(systems, "systems"));
    requireNonNull(rule, "rule");
    if (occurrence.isBlank()) {
      throw InvalidInputException.of("occurrence",
          MessageBundle.CORE.message("core.contract.occurrenceBlank"), occurrence);
    }
    if (systems.isEmpty()) {
      throw InvalidInputException.of("systems",
          MessageBundle.CORE.message("core.contract.noSystems"));
    }
    if (!rule.equals(kind.rule())) {
      throw InvalidInputException.of("rule",
          MessageBundle.CORE.message("core.contract.ruleNotKinds", "expected", kind.rule()), rule);
    }
  }

  /**
   * An obligation with its kind's rule.
   *
   * @param contract the contract that creates it
   * @param kind what is due
   * @param occurrence the stable occurrence label, not blank
   * @param due the day by which it is due
   * @param systems the systems it concerns, at least one
   * @return the obligation
   * @throws InvalidInputException if the occurrence is blank or there is no system
   */
  public static Obligation of(ContractId contract, ObligationKind kind, String occurrence,
      LocalDate due, List<SystemId> systems) {
    return new Obligation(contract, kind, occurrence, due, systems, kind.rule());
  }

  /**
   * The obligation's deterministic key, {@code <length of contract ID>:<contract ID>/<kind>/<occurrence>},
   * e.g. {@code 5:C-001/MONTHLY_INSPECTION/2026-11 SYS-7}. The length prefix keeps keys distinct
   * even when a contract ID contains a slash; the kind's name never does. Equal obligations of
   * one schedule have equal keys; the due date is not part of it, so a schedule whose offsets
   * change still recognises what was sent.
   *
   * @return the key text
   */
  public String key() {
    String id = contract.value();
    return id.length() + ":" + id + "/" + kind.name() + "/" + occurrence;
  }
}
