/**
 * Penalties for complaints and service violations (客户投诉罚扣): the policy interfaces and the
 * values they exchange. The configurable implementations with the seed's defaults are in
 * {@code org.aftersales.rules.penalty}; the testkit ships jqwik properties and arbitraries an
 * adopter can run against its own configuration.
 *
 * <p>One package for the rule family, grouped by capability (decision 0011); every type appears in
 * the signature of one policy:
 *
 * <ul>
 *   <li><b>Loss basis</b> (PEN-01): {@link org.aftersales.core.penalty.LossBasisPolicy},
 *       {@link org.aftersales.core.penalty.LossFacts}, {@link org.aftersales.core.penalty.LossAssessment},
 *       {@link org.aftersales.core.penalty.LossBasis}.</li>
 *   <li><b>Attribution</b> (PEN-02, PEN-05): {@link org.aftersales.core.penalty.AttributionPolicy},
 *       {@link org.aftersales.core.penalty.FaultReport}.</li>
 *   <li><b>Allocation</b> (PEN-02, PEN-06, PEN-09) — how a case's loss is split: by responsibility
 *       weights between parties, then within a unit by base points, exactly to the minor unit:
 *       {@link org.aftersales.core.penalty.PenaltyAllocationPolicy},
 *       {@link org.aftersales.core.penalty.PenaltyCase},
 *       {@link org.aftersales.core.penalty.ResponsibilityShare},
 *       {@link org.aftersales.core.penalty.ResponsibleParty},
 *       {@link org.aftersales.core.penalty.PenaltyAllocation},
 *       {@link org.aftersales.core.penalty.PartyAmount},
 *       {@link org.aftersales.core.penalty.PersonAmount}.</li>
 *   <li><b>Deductions</b> (PEN-04, PEN-07, PEN-08) — one settlement a month over everything a
 *       person owes, never more than the bonus, complaint cases at most half of it, the rest
 *       carried over: {@link org.aftersales.core.penalty.DeductionPolicy},
 *       {@link org.aftersales.core.penalty.PenaltyAccount},
 *       {@link org.aftersales.core.penalty.Assessment},
 *       {@link org.aftersales.core.penalty.DeductionKind},
 *       {@link org.aftersales.core.penalty.OpenItem},
 *       {@link org.aftersales.core.penalty.CaseDeduction},
 *       {@link org.aftersales.core.penalty.MonthlyStatement},
 *       {@link org.aftersales.core.penalty.Settlement},
 *       {@link org.aftersales.core.penalty.SettlementInput}.</li>
 *   <li><b>Administrative penalties</b> (PEN-03, PEN-04) — warnings and demerits in money:
 *       {@link org.aftersales.core.penalty.AdministrativePenaltyPolicy},
 *       {@link org.aftersales.core.penalty.AdministrativePenalty},
 *       {@link org.aftersales.core.penalty.AdministrativeCause},
 *       {@link org.aftersales.core.penalty.DemeritKind}.</li>
 *   <li><b>Fines</b> (PEN-11, PEN-12, CMP-20, SVC-19) — service violations, decided with their
 *       instant: {@link org.aftersales.core.penalty.FinePolicy},
 *       {@link org.aftersales.core.penalty.FineCase}, {@link org.aftersales.core.penalty.FineKind},
 *       {@link org.aftersales.core.penalty.Aggravation},
 *       {@link org.aftersales.core.penalty.FineDecision}.</li>
 * </ul>
 *
 * <p><b>Case references</b> are text: a complaint number's text
 * ({@code PenaltyCase.Builder.caseId(DocumentNumber)}) or the host's own reference for a fine or an
 * administrative penalty.
 *
 * <p><b>Money</b> is exact ({@link org.aftersales.core.shared.Money}); amounts are split so that
 * the parts add up exactly to the whole. Deducted amounts belong to the company (PEN-10): no value
 * here ever credits them to a person.
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.penalty;
