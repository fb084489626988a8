package org.aftersales.testkit.workreport;

import static org.aftersales.testkit.workreport.Jobs.SHANGHAI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aftersales.core.penalty.FineCase;
import org.aftersales.core.workreport.LapseKind;
import org.aftersales.core.workreport.ServiceHours;

/**
 * A lapse is a violation exactly when it touches the service hours, against a brute-force
 * reference: lapses start and end on a 30-minute grid, and the reference walks every half hour of
 * a phone-off period (or looks at the single instant of a call), keeping the Shanghai days on
 * which one falls inside the hours; the fine case has one occurrence per such day and occurred at
 * the first such half hour. // rule: SVC-19
 */
class ServiceHoursProperties {

  static final Instant START = LocalDate.of(2026, 11, 1).atStartOfDay(SHANGHAI).toInstant();

  @Provide
  Arbitrary<Integer> slots() {
    return Arbitraries.integers().between(0, 48 * 5);
  }

  @Property(tries = 500)
  void a_lapse_is_fined_once_per_day_it_touches_the_hours_at_its_first_instant_inside(
      @ForAll("slots") int fromSlot, @ForAll("slots") int length,
      @ForAll LapseKind kind) {
    Instant from = START.plusSeconds(fromSlot * 1800L);
    Instant to = kind == LapseKind.PHONE_OFF ? from.plusSeconds((length % 100) * 1800L) : from;
    LocalTime opens = kind.hotline() ? LocalTime.of(9, 0) : LocalTime.of(8, 0);
    LocalTime closes = LocalTime.of(22, 0);
    Set<LocalDate> days = new LinkedHashSet<>();
    Instant first = null;
    Instant s = from;
    do {
      LocalTime t = s.atZone(SHANGHAI).toLocalTime();
      if (!t.isBefore(opens) && t.isBefore(closes)) {
        days.add(s.atZone(SHANGHAI).toLocalDate());
        if (first == null) {
          first = s;
        }
      }
      s = s.plusSeconds(1800);
    } while (s.isBefore(to));
    Optional<FineCase> fine = ServiceHours.seed(SHANGHAI).violation(kind, from, to,
        AvailabilityViolationsTest.WANG, AvailabilityViolationsTest.GROUP);
    assertEquals(!days.isEmpty(), fine.isPresent());
    if (!days.isEmpty()) {
      assertEquals(days.size(), fine.get().occurrences());
      assertEquals(first, fine.get().occurredAt());
      assertEquals(kind.fineKind(), fine.get().kind());
    }
  }
}
