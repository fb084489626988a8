package org.aftersales.rules.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.aftersales.core.numbering.SeriesId;
import org.junit.jupiter.api.Test;

/**
 * Each timestamp gets its own period, however timestamps alternate around a boundary or a
 * daylight-saving change: a scheme remembers nothing from one number to the next. // rule: CMP-01
 */
class PeriodBoundaryTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void alternating_across_a_month_boundary_always_gives_each_timestamp_its_own_month() {
    NumberingScheme scheme = NumberingScheme.seed(SHANGHAI);
    Instant lastOfNovember = ZonedDateTime.of(2026, 11, 30, 23, 59, 59, 999_999_999, SHANGHAI).toInstant();
    Instant firstOfDecember = lastOfNovember.plusNanos(1);
    for (int i = 0; i < 50; i++) {
      assertEquals("261107", scheme.number(lastOfNovember, 7).text());
      assertEquals("261207", scheme.number(firstOfDecember, 7).text());
      assertEquals("2026-11", scheme.periodKeyOf(lastOfNovember));
      assertEquals("2026-12", scheme.periodKeyOf(firstOfDecember));
    }
  }

  @Test
  void day_periods_stay_right_across_a_daylight_saving_day() {
    ZoneId newYork = ZoneId.of("America/New_York");
    NumberingScheme daily = NumberingScheme.builder(SeriesId.of("VOUCHER"), newYork)
        .pattern("{yyyy}{MM}{dd}-{serial:3}").build();
    // 8 March 2026 has 23 hours in New York.
    for (int hour = 0; hour < 72; hour++) {
      Instant t = ZonedDateTime.of(2026, 3, 7, 0, 30, 0, 0, newYork).toInstant().plusSeconds(hour * 3600L);
      // 00:30 on 7 March plus whole hours: 24 of them fall on the 7th, 23 on the 8th (02:00 to
      // 03:00 is skipped), 24 on the 9th and the last on the 10th.
      String expectedDay = hour < 24 ? "20260307" : hour < 47 ? "20260308"
          : hour < 71 ? "20260309" : "20260310";
      assertEquals(expectedDay + "-001", daily.number(t, 1).text(), t.toString());
    }
  }
}
