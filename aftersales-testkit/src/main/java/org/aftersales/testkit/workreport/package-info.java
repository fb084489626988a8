/**
 * Test support for work reports (工作报表), SVC-09 and SVC-19: strict in-memory
 * {@link org.aftersales.core.workreport.BranchReports} and
 * {@link org.aftersales.core.workreport.AvailabilityLog} adapters and the ports' abstract contract
 * tests.
 */
package org.aftersales.testkit.workreport;
