/**
 * The {@link org.aftersales.core.complaint.Complaints} port over PostgreSQL (投诉案件库): table
 * {@code complaint_case} (migration {@code V4__complaints.sql}).
 */
package org.aftersales.examples.postgres.complaint;
