/**
 * The obligation schedule of maintenance contracts (合同义务日程): expiry notices (CON-01, CON-02),
 * monthly inspections and optimisation reports, quarterly revisits and reports (CON-04 … CON-06)
 * and surveys (SUR-06), with the seed's numbers as configurable defaults.
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.rules.contract;
