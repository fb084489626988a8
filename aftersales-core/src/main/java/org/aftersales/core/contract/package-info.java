/**
 * Maintenance contracts (维护合同) and the obligations they create: the contract's identifier
 * (which service levels can be overridden by), the contract and free-maintenance period
 * ({@link org.aftersales.core.contract.ServiceContract}), contract month arithmetic
 * ({@link org.aftersales.core.contract.ContractMonths}), the obligations a contract creates with
 * their schedule ({@link org.aftersales.core.contract.Obligation},
 * {@link org.aftersales.core.contract.ObligationSchedule}, CON-01, CON-02, CON-04 … CON-06,
 * SUR-06); the project handover with its checklist
 * ({@link org.aftersales.core.contract.ProjectHandover}, CON-03), change records with their prior
 * notice ({@link org.aftersales.core.contract.ChangeRecord}, CON-07), the backup obligation
 * ({@link org.aftersales.core.contract.BackupObligation}, CON-08) and property after-sales
 * reminders ({@link org.aftersales.core.contract.PropertySale}, CON-09), as pure values.
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.contract;
