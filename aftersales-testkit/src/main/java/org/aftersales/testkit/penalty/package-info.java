/**
 * Property-based verification of penalty calculations (罚扣计算的性质验证) for adopters: jqwik
 * properties that every correct {@link org.aftersales.core.penalty.PenaltyAllocationPolicy}
 * (PEN-02, PEN-06, PEN-09) and {@link org.aftersales.core.penalty.DeductionPolicy} (PEN-07,
 * PEN-08) must satisfy, to be run against your own configuration, and the arbitraries behind them.
 *
 * <ul>
 *   <li>{@link org.aftersales.testkit.penalty.PenaltyAllocationProperties} — extend it and return
 *       your allocation policy; optionally generate cases over your own organization.</li>
 *   <li>{@link org.aftersales.testkit.penalty.DeductionProperties} — extend it and return your
 *       deduction policy and the cap share you configured.</li>
 *   <li>{@link org.aftersales.testkit.penalty.PenaltyArbitraries} — units, cases and bonus
 *       histories, with configurable bounds, for these properties and for your own.</li>
 * </ul>
 *
 * <p>The properties are inherited {@code @Property} methods: jqwik runs them as tests of your
 * concrete subclass, so name it as your build expects (for example {@code …Properties} or
 * {@code …Test}). The number of tries follows jqwik's {@code jqwik.tries.default} configuration
 * parameter, or a {@code @PropertyDefaults(tries = …)} on your subclass.
 */
package org.aftersales.testkit.penalty;
