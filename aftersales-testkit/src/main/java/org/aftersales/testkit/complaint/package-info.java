/**
 * Test support for complaint cases: the in-memory {@link
 * org.aftersales.testkit.complaint.InMemoryComplaints} repository, the abstract {@link
 * org.aftersales.testkit.complaint.ComplaintsContract} that every adapter of the {@code
 * Complaints} port should pass, and {@link org.aftersales.testkit.complaint.ComplaintFixtures}.
 */
package org.aftersales.testkit.complaint;
