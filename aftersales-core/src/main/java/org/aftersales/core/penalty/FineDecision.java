package org.aftersales.core.penalty;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;

/**
 * What a fined violation costs, and who pays (罚款决定), PEN-11, PEN-12, CMP-20: a fine in money,
 * a major demerit, or the travel phone allowance withheld.
 */
public sealed interface FineDecision permits FineDecision.Fine, FineDecision.MajorDemerit,
    FineDecision.AllowanceWithheld {

  /**
   * Who pays: the responsible person, or the group lead when none was identified (CMP-20).
   *
   * @return the payer
   */
  PersonId payer();

  /**
   * Whether the group lead pays because no person was identified.
   *
   * @return true if the lead pays
   */
  boolean paidByLead();

  /**
   * The catalog rules applied, the schedule entry's first.
   *
   * @return e.g. {@code [PEN-11]} or {@code [CMP-20]}
   */
  List<RuleId> ruleIds();

  /**
   * A fine in money.
   *
   * @param payer who pays
   * @param paidByLead whether the lead pays for an unidentified person
   * @param amount the fine: the scheduled amount × occurrences × multiplier
   * @param multiplier the product of the repeat and aggravation factors (1 when none applies)
   * @param ruleIds the catalog rules applied, e.g. {@code [PEN-11]} or {@code [CMP-20]}
   */
  record Fine(PersonId payer, boolean paidByLead, Money amount, BigDecimal multiplier,
      List<RuleId> ruleIds) implements FineDecision {
    /**
     * Checks and copies the fields.
     *
     * @param payer who pays
     * @param paidByLead whether the lead pays
     * @param amount the fine
     * @param multiplier the factor applied
     * @param ruleIds the rules applied
     */
    public Fine {
      requireNonNull(payer, "payer");
      requireNonNull(amount, "amount");
      requireNonNull(multiplier, "multiplier");
      ruleIds = List.copyOf(ruleIds);
    }
  }

  /**
   * The violation is punished with a major demerit (记大过) instead of a fine — in money, the whole
   * month's efficiency bonus ({@link AdministrativePenaltyPolicy}).
   *
   * @param payer who is penalized
   * @param paidByLead whether the lead is penalized for an unidentified person
   * @param ruleIds the catalog rules applied
   */
  record MajorDemerit(PersonId payer, boolean paidByLead, List<RuleId> ruleIds)
      implements FineDecision {
    /**
     * Checks and copies the fields.
     *
     * @param payer who is penalized
     * @param paidByLead whether the lead is penalized
     * @param ruleIds the rules applied
     */
    public MajorDemerit {
      requireNonNull(payer, "payer");
      ruleIds = List.copyOf(ruleIds);
    }
  }

  /**
   * The violation is sanctioned by withholding the person's travel phone allowance (扣除出差电话费补贴)
   * instead of a fine — the seed's alternative for a phone switched off or calls refused (PEN-11,
   * policy 11 §四.7). The amount is the host's: the allowance is not known here.
   *
   * @param payer whose allowance is withheld
   * @param paidByLead whether it is the lead's, for an unidentified person
   * @param occurrences how many occurrences it answers for
   * @param ruleIds the catalog rules applied
   */
  record AllowanceWithheld(PersonId payer, boolean paidByLead, int occurrences,
      List<RuleId> ruleIds) implements FineDecision {
    /**
     * Checks and copies the fields.
     *
     * @param payer whose allowance is withheld
     * @param paidByLead whether it is the lead's
     * @param occurrences how many occurrences
     * @param ruleIds the rules applied
     */
    public AllowanceWithheld {
      requireNonNull(payer, "payer");
      ruleIds = List.copyOf(ruleIds);
    }
  }
}
