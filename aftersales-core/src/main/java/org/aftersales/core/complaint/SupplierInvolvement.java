package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.TextRules;

/**
 * A supplier or another company involved in a complaint (涉及其他公司、原物料供应商), CMP-13: the
 * general manager's office handles the case jointly with it and the departments concerned (由总经理室
 * 会同有关单位共同处理, PCB §9.13).
 *
 * <p>The company's share of the responsibility is not part of this value, nor of a
 * {@link Responsibility}: what the company pays back is agreed with it and recorded by the host as
 * money; it reduces the loss the company's own departments carry
 * ({@link Responsibility.Ours#toPenaltyCase}). If the whole fault is the supplier's, the
 * responsibility is {@link Responsibility#none(String)}.
 *
 * @param company the supplier's or company's name, identifier text (not blank, no white space at
 *     the ends), at most 200 code points
 * @param role what it supplied or is responsible for, and what is handled jointly with it, plain
 *     text, not blank, at most 2 000 code points
 */
public record SupplierInvolvement(String company, String role) {

  /**
   * Checks the fields.
   *
   * @param company the supplier's or company's name
   * @param role what it supplied and what is handled jointly
   * @throws InvalidInputException (path {@code company} or {@code role}) if a text is blank, too
   *     long or not acceptable text
   */
  public SupplierInvolvement {
    requireNonNull(company, "company");
    company = TextRules.requireIdentifierText("company", company, DecisionText.MAX_NAME);
    role = DecisionText.prose("role", role);
  }
}
