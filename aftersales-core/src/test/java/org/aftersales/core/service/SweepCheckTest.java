package org.aftersales.core.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A sweep check is due for runs strictly after its instant, "never" for none, and is stored to
 * the microsecond, truncated toward the past (never later than asked).
 */
@Tag("SVC-08")
class SweepCheckTest {

  // rule: SVC-08
  static final ServiceRequestId ID = ServiceRequestId.of("SR-1");
  static final Version V1 = Version.initial().next();
  static final Instant T = Instant.parse("2026-11-02T03:00:00.000001Z");

  @Test
  void a_check_is_due_for_runs_strictly_after_its_instant() {
    SweepCheck check = SweepCheck.at(ID, V1, T);
    assertFalse(check.isDueAt(Instant.parse("2026-11-02T03:00:00Z")));
    assertFalse(check.isDueAt(T));
    assertTrue(check.isDueAt(Instant.parse("2026-11-02T03:00:00.000002Z")));
    assertEquals(Optional.of(T), check.next());
    assertFalse(check.isNever());
  }

  @Test
  void never_is_due_for_no_run_and_has_no_next_instant() {
    SweepCheck never = SweepCheck.never(ID, V1);
    assertTrue(never.isNever());
    assertEquals(Optional.empty(), never.next());
    assertFalse(never.isDueAt(Instant.parse("9999-12-31T23:59:59.999999Z")));
    assertEquals(ID, never.id());
    assertEquals(V1, never.version());
  }

  @Test
  void an_instant_finer_than_a_microsecond_is_truncated_toward_the_past() {
    assertEquals(Optional.of(T), SweepCheck.at(ID, V1, T.plusNanos(999)).next());
  }

  @Test
  void every_field_is_required() {
    assertThrows(NullPointerException.class, () -> SweepCheck.at(null, V1, T));
    assertThrows(NullPointerException.class, () -> SweepCheck.at(ID, null, T));
    assertThrows(NullPointerException.class, () -> SweepCheck.at(ID, V1, null));
    assertThrows(NullPointerException.class, () -> SweepCheck.at(ID, V1, T).isDueAt(null));
  }
}
