/**
 * The use cases of contract obligations (合同义务): what a service department does with the
 * obligations the {@link org.aftersales.core.contract.ObligationSchedule} creates for its
 * maintenance contracts and free maintenance periods.
 *
 * <ul>
 *   <li>{@link org.aftersales.core.obligation.ContractObligations} — register a contract; record
 *       an obligation fulfilled (who, when, the document; a monthly inspection with its report,
 *       CON-04); carry a missed or moved one over or
 *       write it off; assign the renewal or sales follow-up (CON-01, CON-02).</li>
 *   <li>{@link org.aftersales.core.obligation.ObligationReminders} — the scheduler-facing run:
 *       every due notice and overdue reminder of a window, exactly once, outside quiet
 *       hours.</li>
 *   <li>{@link org.aftersales.core.obligation.ObligationStatusReport} — where each obligation of
 *       a window stands, and the missed ones.</li>
 *   <li>{@link org.aftersales.core.obligation.ObligationSettings} — recipients, leads, grace,
 *       lookback, page size.</li>
 *   <li>{@link org.aftersales.core.obligation.HandoverRegister} and
 *       {@link org.aftersales.core.obligation.HandoverReminders} (CON-03),
 *       {@link org.aftersales.core.obligation.PropertyAfterSales} and
 *       {@link org.aftersales.core.obligation.PropertyReminders} (CON-09), with
 *       {@link org.aftersales.core.obligation.ProjectReminderSettings};
 *       {@link org.aftersales.core.obligation.ChangeRegister},
 *       {@link org.aftersales.core.obligation.BackupRegister} and
 *       {@link org.aftersales.core.obligation.SafeguardReminders} (CON-07, CON-08), with
 *       {@link org.aftersales.core.obligation.SafeguardSettings}.</li>
 * </ul>
 *
 * <p>A package of its own (not {@code core.contract}) because the run needs the
 * {@link org.aftersales.core.servicelevel.BusinessCalendar}, whose package names
 * {@link org.aftersales.core.contract.ContractId}: the contract values stay below both.
 */
package org.aftersales.core.obligation;
