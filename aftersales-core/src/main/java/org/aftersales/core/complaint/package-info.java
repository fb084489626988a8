/**
 * Customer complaint cases (客户投诉 / 客户抱怨处理表): registration with a 年月流水 number that never
 * changes (CMP-01), voiding instead of deleting, and a new linked case when the customer rejects
 * the decision (CMP-10).
 *
 * <ul>
 *   <li>{@link org.aftersales.core.complaint.ComplaintCase} — the aggregate: immutable, versioned;
 *       its commands return the next state and the events.</li>
 *   <li>{@link org.aftersales.core.complaint.Complaints} — the repository port.</li>
 *   <li>{@link org.aftersales.core.complaint.ComplaintRegistration} — the use cases: register,
 *       void, reopen after rejection; idempotent by request ID.</li>
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
