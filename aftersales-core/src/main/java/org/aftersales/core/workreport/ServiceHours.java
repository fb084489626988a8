package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The hours in which the hotline must be answered and the service phones be on (服务时间), SVC-19:
 * the hotline 9:00–22:00 (P8 §2(6)), the phones 8:00–22:00 (P11 §四.7), every day, as wall-clock
 * times in the business zone. A lapse inside the hours is a violation; outside, none (a phone off
 * at 23:00 is no violation).
 *
 * <p><b>Edges.</b> The hours are half-open, {@code [opens, closes)}: a call unanswered at 9:00:00
 * is a violation, one at 22:00:00 is not. A phone off from–to is a violation if the period
 * {@code [from, to)} overlaps the hours of at least one day; it counts one occurrence per day whose
 * hours it overlaps, and occurred at the first instant inside the hours. A phone-off with
 * {@code from == to}, like the other kinds, is a single instant.
 *
 * @param businessZone the zone the hours are read in
 * @param hotlineOpens when the hotline opens, e.g. 09:00
 * @param hotlineCloses when it closes (exclusive), after {@code hotlineOpens}
 * @param phonesOn from when phones must be on, e.g. 08:00
 * @param phonesOff until when (exclusive), after {@code phonesOn}
 */
public record ServiceHours(ZoneId businessZone, LocalTime hotlineOpens, LocalTime hotlineCloses,
    LocalTime phonesOn, LocalTime phonesOff) {

  /**
   * Checks the fields.
   *
   * @param businessZone the zone
   * @param hotlineOpens the hotline's opening
   * @param hotlineCloses the hotline's closing
   * @param phonesOn the phones' start
   * @param phonesOff the phones' end
   * @throws InvalidInputException if an end is not after its start
   */
  public ServiceHours {
    requireNonNull(businessZone, "businessZone");
    requireNonNull(hotlineOpens, "hotlineOpens");
    requireNonNull(phonesOn, "phonesOn");
    if (!hotlineCloses.isAfter(hotlineOpens)) {
      throw InvalidInputException.of("hotlineCloses", MessageBundle.CORE.message(
          "core.workreport.hoursReversed", "start", hotlineOpens), hotlineCloses);
    }
    if (!phonesOff.isAfter(phonesOn)) {
      throw InvalidInputException.of("phonesOff", MessageBundle.CORE.message(
          "core.workreport.hoursReversed", "start", phonesOn), phonesOff);
    }
  }

  /**
   * The seed's hours: hotline 9:00–22:00 (P8), phones 8:00–22:00 (P11).
   *
   * @param businessZone the business zone
   * @return the hours
   */
  public static ServiceHours seed(ZoneId businessZone) {
    return new ServiceHours(businessZone, LocalTime.of(9, 0), LocalTime.of(22, 0),
        LocalTime.of(8, 0), LocalTime.of(22, 0));
  }

  /**
   * The fine case of a lapse, if it falls in the hours.
   *
   * @param kind the lapse's kind
   * @param from when it began (for an instant lapse, the instant)
   * @param to when it ended; equal to {@code from} for an instant
   * @param responsible the person in charge of the hotline or phone
   * @param group the person's group
   * @return the fine case of kind {@link LapseKind#fineKind()}, or empty outside the hours
   * @throws InvalidInputException if {@code to} is before {@code from}
   */
  public Optional<FineCase> violation(LapseKind kind, Instant from, Instant to,
      PersonId responsible, OrganizationUnit group) {
    requireNonNull(kind, "kind");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.service.periodReversed", "from", from), to);
    }
    LocalTime opens = kind.hotline() ? hotlineOpens : phonesOn;
    LocalTime closes = kind.hotline() ? hotlineCloses : phonesOff;
    Instant first = null;
    int days = 0;
    LocalDate last = LocalDate.ofInstant(to, businessZone);
    for (LocalDate d = LocalDate.ofInstant(from, businessZone); !d.isAfter(last);
        d = d.plusDays(1)) {
      Instant start = d.atTime(opens).atZone(businessZone).toInstant();
      Instant end = d.atTime(closes).atZone(businessZone).toInstant();
      Instant overlapStart = from.isAfter(start) ? from : start;
      boolean overlaps = from.equals(to)
          ? !from.isBefore(start) && from.isBefore(end)
          : overlapStart.isBefore(end) && start.isBefore(to);
      if (overlaps) {
        days++;
        if (first == null) {
          first = overlapStart;
        }
      }
    }
    if (days == 0) {
      return Optional.empty();
    }
    return Optional.of(FineCase.builder().kind(kind.fineKind()).occurredAt(first)
        .occurrences(days).responsible(responsible).group(group).build());
  }
}
