/**
 * The use cases of contract obligations (合同义务): what a service department does with the
 * obligations the {@link org.aftersales.core.contract.ObligationSchedule} creates for its
 * maintenance contracts and free maintenance periods.
 *
 * <ul>
 *   <li>{@link org.aftersales.core.obligation.ContractObligations} — register a contract; record
 *       an obligation fulfilled (who, when, the document); carry a missed or moved one over or
 *       write it off; assign the renewal or sales follow-up (CON-01, CON-02).</li>
 *   <li>{@link org.aftersales.core.obligation.ObligationReminders} — the scheduler-facing run:
 *       every due notice and overdue reminder of a window, exactly once, outside quiet
 *       hours.</li>
 *   <li>{@link org.aftersales.core.obligation.ObligationStatusReport} — where each obligation of
 *       a window stands, and the missed ones.</li>
 *   <li>{@link org.aftersales.core.obligation.ObligationSettings} — recipients, leads, grace,
 *       lookback, page size.</li>
 * </ul>
 *
 * <p>A package of its own (not {@code core.contract}) because the run needs the
 * {@link org.aftersales.core.servicelevel.BusinessCalendar}, whose package names
 * {@link org.aftersales.core.contract.ContractId}: the contract values stay below both.
 */
package org.aftersales.core.obligation;
