/**
 * Customer complaint cases (客户投诉 / 客户抱怨处理表): the intake form (CMP-02), acceptance with a
 * 年月流水 number that never changes (CMP-01), the routing form along the departments (CMP-03 …
 * CMP-06), voiding instead of deleting, and a new linked case when the customer rejects the
 * decision (CMP-10).
 *
 * <ul>
 *   <li>{@link org.aftersales.core.complaint.ComplaintCase} — the aggregate: immutable, versioned;
 *       its commands return the next state and the events.</li>
 *   <li>{@link org.aftersales.core.complaint.Complaints} — the repository port.</li>
 *   <li>{@link org.aftersales.core.complaint.ComplaintRegistration} — the use cases: register
 *       (accept), void, reopen after rejection; idempotent by request ID.</li>
 *   <li>{@link org.aftersales.core.complaint.ComplaintHandling} — the routing use cases: hand
 *       over, complete, return; site inspection, investigation report, customer visit; each
 *       command kept on the case ({@link org.aftersales.core.complaint.ComplaintCommand}).</li>
 *   <li>{@link org.aftersales.core.complaint.RoutingLedger} — the routing form as a value.</li>
 *   <li>{@link org.aftersales.core.complaint.ComplaintDecisions},
 *       {@link org.aftersales.core.complaint.ComplaintOutcomes},
 *       {@link org.aftersales.core.complaint.ComplaintClosure},
 *       {@link org.aftersales.core.complaint.ComplaintPenalties} — the decision (CMP-07, CMP-08,
 *       CMP-12 … CMP-14), the outcome's execution (CMP-15 … CMP-18), the closure (CMP-09) and the
 *       penalty posting of a decided loss.</li>
 *   <li>{@link org.aftersales.core.complaint.ComplaintReminders} — the reminders (CMP-19): urges
 *       (催办单) for an overdue step, the overall limit and the investigation report, inquiries
 *       (洽办单) for cases closed late, one digest per recipient per run; the domain work is
 *       {@link org.aftersales.core.complaint.ComplaintReminderWatch}.</li>
 *   <li>{@link org.aftersales.core.complaint.NewCaseCommand} — the sealed type of the commands that
 *       open a numbered case ({@link org.aftersales.core.complaint.RegisterComplaint},
 *       {@link org.aftersales.core.complaint.ReopenRejectedComplaint}), with the typed repeat
 *       check {@code isRepeatOf}.</li>
 * </ul>
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.complaint;
