/**
 * Penalties for complaints and service violations (客户投诉罚扣): the policy interfaces and the
 * values they exchange. The configurable implementations with the seed's defaults are in
 * {@code org.aftersales.rules.penalty}; the testkit ships jqwik properties and arbitraries an
 * adopter can run against its own configuration.
 *
 * <ul>
 *   <li>{@link org.aftersales.core.penalty.LossBasisPolicy} — which loss a case is charged on
 *       (PEN-01).</li>
 *   <li>{@link org.aftersales.core.penalty.AttributionPolicy} — who is responsible for a fault
 *       (PEN-02, PEN-05).</li>
 *   <li>{@link org.aftersales.core.penalty.PenaltyAllocationPolicy} — how a case's loss is split:
 *       by responsibility weights between parties, then within a unit by base points, exactly to
 *       the minor unit (PEN-02, PEN-06, PEN-09).</li>
 *   <li>{@link org.aftersales.core.penalty.DeductionPolicy} — what is deducted from a person's
 *       monthly efficiency bonus: each case separately, at most half the bonus a month, the rest
 *       carried over (PEN-07, PEN-08).</li>
 *   <li>{@link org.aftersales.core.penalty.AdministrativePenaltyPolicy} — warnings and demerits in
 *       money (PEN-03, PEN-04).</li>
 *   <li>{@link org.aftersales.core.penalty.FinePolicy} — fines for service violations (PEN-11,
 *       PEN-12, CMP-20).</li>
 * </ul>
 *
 * <p><b>Money</b> is exact ({@link org.aftersales.core.shared.Money}); amounts are split so that
 * the parts add up exactly to the whole. Deducted amounts belong to the company (PEN-10): no value
 * here ever credits them to a person.
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.penalty;
