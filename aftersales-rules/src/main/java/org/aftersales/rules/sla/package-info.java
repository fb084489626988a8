/**
 * Service levels as configured policy (服务时限): the working calendar and the seed's targets,
 * implementing the policy interfaces of {@code org.aftersales.core.servicelevel}.
 *
 * <ul>
 *   <li>{@link org.aftersales.rules.sla.WorkingCalendar} — a
 *       {@link org.aftersales.core.servicelevel.BusinessCalendar} with a weekly schedule (several
 *       stretches a day, night shifts, 24×7), holidays, make-up working days (调休) and
 *       date-bounded schedule periods, compiled into an index: adding working time and measuring
 *       it between two instants cost the same whatever the budget, and so do the date-level
 *       questions "which date is n working days after this one" and "how many working days lie
 *       between these two dates". Read and written as text by
 *       {@link org.aftersales.rules.sla.WorkingCalendarFormat}.</li>
 *   <li>{@link org.aftersales.rules.sla.ServiceLevels} — a
 *       {@link org.aftersales.core.servicelevel.ServiceLevelPolicy}: configured targets with the
 *       {@link org.aftersales.rules.sla.Applicability conditions} under which they apply, the
 *       calendar they are counted on, and routes whose steps must fit their overall limit.
 *       {@link org.aftersales.rules.sla.SeedServiceLevels} names the seed's configurations
 *       (SVC-11 to SVC-14, CMP-04 to CMP-06), reached through
 *       {@link org.aftersales.rules.sla.ServiceLevels#seed}.</li>
 * </ul>
 *
 * <p>What a deadline is — the meaning of each budget unit, pauses, warnings — is not decided here
 * but in {@link org.aftersales.core.servicelevel.ServiceLevelClock}, so that an adopter's own
 * policy computes the same deadlines. This package only selects targets and supplies calendars.
 *
 * <p>Every number of the seed is a default an adopter can replace. Public classes are final and
 * immutable (builders excepted); nothing here reads the system clock, the JVM's default zone or
 * its default locale; no method accepts or returns {@code null} unless documented.
 */
package org.aftersales.rules.sla;
