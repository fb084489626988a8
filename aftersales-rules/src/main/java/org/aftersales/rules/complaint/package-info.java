/**
 * Policies of complaint cases (客户投诉规则): the approval authority by amount and severity
 * ({@link org.aftersales.rules.complaint.AmountSeverityAuthority}, CMP-07, SUR-04).
 */
package org.aftersales.rules.complaint;
