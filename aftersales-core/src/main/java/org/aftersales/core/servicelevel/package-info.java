/**
 * Service levels (服务时限): how long a step may take, measured on which clock, and the deadline
 * that follows for a particular job or complaint.
 *
 * <p>This package holds the policy interfaces, the values they exchange and the deadline
 * arithmetic ({@link org.aftersales.core.servicelevel.ServiceLevelClock}: what each budget unit
 * means, pauses, warnings), so that a policy of an adopter's own only selects targets and
 * supplies calendars. The implementations of the policies (working calendars with holidays and
 * 调休, the seed's service levels) are in {@code org.aftersales.rules.sla}.
 *
 * <ul>
 *   <li>{@link org.aftersales.core.servicelevel.BusinessCalendar} — working time in a zone: add
 *       working time to an instant, measure working time between two instants.</li>
 *   <li>{@link org.aftersales.core.servicelevel.Budget} — an amount of time in a stated unit:
 *       working time, working days (fractions allowed), calendar days, or elapsed time.</li>
 *   <li>{@link org.aftersales.core.servicelevel.DeadlineRule} — how a target's deadline is set:
 *       within a budget, by the end of the working day, or at the time the customer asked.</li>
 *   <li>{@link org.aftersales.core.servicelevel.ServiceLevelPolicy} — selects the
 *       {@link org.aftersales.core.servicelevel.ServiceLevelTarget} for a
 *       {@link org.aftersales.core.servicelevel.ServiceLevelKey} (milestone, service category,
 *       zone, contract) and the calendar it is counted on.</li>
 *   <li>{@link org.aftersales.core.servicelevel.ServiceLevelClock} — a value computed from a
 *       target, a calendar, a start and pauses: the due instant, the warnings and the status at
 *       any instant.</li>
 * </ul>
 *
 * <p><b>Time.</b> Every moment is an {@link java.time.Instant}; days and office hours are read in
 * the calendar's {@link java.time.ZoneId}. Nothing here reads the system clock or the JVM's
 * default zone: the caller passes every instant.
 *
 * <p>No method accepts or returns {@code null} unless documented; absent values are
 * {@link java.util.Optional}. Values are immutable and thread-safe.
 */
package org.aftersales.core.servicelevel;
