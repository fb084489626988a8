/**
 * Service-level rules (服务时限规则): working calendars (weekly schedules with several stretches a
 * day, night shifts, 24×7, holidays and 调休 make-up working days, in an explicit zone) compiled
 * into an index for fast deadline arithmetic, their text format, and {@code ServiceLevels}, the
 * configurable implementation of core's {@code ServiceLevelPolicy} with the seed's targets
 * (SVC-11..14, CMP-04..06).
 *
 * <p>No method accepts or returns {@code null} unless documented. Values are immutable and
 * thread-safe; nothing reads the system clock, the JVM's default zone or its default locale.
 */
package org.aftersales.rules.sla;
