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
 * reminders ({@link org.aftersales.core.contract.PropertySale}, CON-09); the monthly
 * inspection's checklists and report ({@link org.aftersales.core.contract.InspectionChecklist},
 * {@link org.aftersales.core.contract.InspectionReport}, CON-04).
 *
 * <p>The stored aggregates and their repository ports: the contract file
 * ({@link org.aftersales.core.contract.ContractFile} — fulfilments, carried-over and written-off
 * obligations, follow-ups, inspection reports — behind
 * {@link org.aftersales.core.contract.Contracts}), and
 * {@link org.aftersales.core.contract.ProjectHandovers},
 * {@link org.aftersales.core.contract.PropertySales},
 * {@link org.aftersales.core.contract.ChangeRecords},
 * {@link org.aftersales.core.contract.Backups}. The use cases over them are in
 * {@code org.aftersales.core.obligation}.
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.contract;
