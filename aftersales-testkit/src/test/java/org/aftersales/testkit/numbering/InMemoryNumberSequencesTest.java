package org.aftersales.testkit.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.OptionalLong;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;
import org.aftersales.core.numbering.SeriesId;
import org.junit.jupiter.api.Test;

/** The in-memory adapter passes the port's contract, and has its own few promises. */
class InMemoryNumberSequencesTest extends NumberSequencesContract {

  /**
   * One storage for every test of the contract, as an adopter's database would be: the contract's
   * per-test series keep the tests apart without a reset.
   */
  private static final InMemoryNumberSequences SHARED = InMemoryNumberSequences.create();

  static final SequenceKey NOV = new SequenceKey(SeriesId.COMPLAINTS, "2026-11");
  static final SequenceKey DEC = new SequenceKey(SeriesId.COMPLAINTS, "2026-12");

  @Override
  protected NumberSequences freshAdapter() {
    return SHARED.freshInstanceOverSameStorage();
  }

  @Test
  void it_claims_to_be_gapless() {
    assertTrue(InMemoryNumberSequences.create().isGapless());
  }

  @Test
  void a_fresh_instance_is_a_new_object_over_the_same_counters() {
    InMemoryNumberSequences first = InMemoryNumberSequences.create();
    InMemoryNumberSequences second = first.freshInstanceOverSameStorage();
    assertNotSame(first, second);
    assertEquals(1, first.next(NOV));
    assertEquals(2, second.next(NOV));
    assertEquals(3, second.freshInstanceOverSameStorage().next(NOV));
    assertEquals(OptionalLong.of(3), first.lastAllocated(NOV));
  }

  @Test
  void adapters_created_separately_have_separate_storages() {
    InMemoryNumberSequences one = InMemoryNumberSequences.create();
    InMemoryNumberSequences other = InMemoryNumberSequences.create();
    one.next(NOV);
    one.next(NOV);
    assertEquals(OptionalLong.empty(), other.lastAllocated(NOV));
    assertEquals(1, other.next(NOV));
    assertEquals(OptionalLong.of(2), one.lastAllocated(NOV));
    assertEquals(3, one.freshInstanceOverSameStorage().next(NOV));
    assertEquals(2, other.freshInstanceOverSameStorage().next(NOV));
  }

  @Test
  void to_string_lists_the_counters_in_order_of_series_and_period() {
    InMemoryNumberSequences adapter = InMemoryNumberSequences.create();
    assertEquals("InMemoryNumberSequences[0 keys]", adapter.toString());
    adapter.lastAllocated(NOV);
    assertEquals("InMemoryNumberSequences[0 keys]", adapter.toString(), "reading creates no key");
    adapter.next(DEC);
    assertEquals("InMemoryNumberSequences[1 key: COMPLAINT/2026-12=1]", adapter.toString());
    adapter.next(NOV);
    adapter.next(DEC);
    adapter.next(new SequenceKey(SeriesId.of("VOUCHER"), "2026-11"));
    assertEquals("InMemoryNumberSequences[3 keys: COMPLAINT/2026-11=1, COMPLAINT/2026-12=2, "
        + "VOUCHER/2026-11=1]", adapter.freshInstanceOverSameStorage().toString());
  }

  @Test
  void to_string_shows_at_most_ten_counters() {
    InMemoryNumberSequences adapter = InMemoryNumberSequences.create();
    for (int month = 1; month <= 12; month++) {
      adapter.next(new SequenceKey(SeriesId.COMPLAINTS, String.format(Locale.ROOT, "2026-%02d", month)));
    }
    assertEquals("InMemoryNumberSequences[12 keys: COMPLAINT/2026-01=1, COMPLAINT/2026-02=1, "
        + "COMPLAINT/2026-03=1, COMPLAINT/2026-04=1, COMPLAINT/2026-05=1, COMPLAINT/2026-06=1, "
        + "COMPLAINT/2026-07=1, COMPLAINT/2026-08=1, COMPLAINT/2026-09=1, COMPLAINT/2026-10=1, "
        + "... 2 more]", adapter.toString());
  }

  @Test
  void seeding_moves_a_counter_forwards_only() {
    InMemoryNumberSequences adapter = InMemoryNumberSequences.create();
    adapter.seedLastAllocated(NOV, 99);
    assertEquals(OptionalLong.of(99), adapter.lastAllocated(NOV));
    assertEquals(100, adapter.next(NOV));
    adapter.seedLastAllocated(NOV, 100);
    assertEquals(101, adapter.next(NOV));
    IllegalArgumentException back = assertThrows(IllegalArgumentException.class,
        () -> adapter.seedLastAllocated(NOV, 50));
    assertEquals("serials are never taken back: COMPLAINT/2026-11 has handed out 101 already, more "
        + "than 50", back.getMessage());
    assertThrows(IllegalArgumentException.class, () -> adapter.seedLastAllocated(DEC, 0));
    assertEquals(OptionalLong.empty(), adapter.lastAllocated(DEC), "a refused seed creates no key");
    assertEquals(OptionalLong.of(101), adapter.lastAllocated(NOV), "a refused seed changes nothing");
    assertThrows(NullPointerException.class, () -> adapter.seedLastAllocated(null, 1));
    assertEquals(1, adapter.next(DEC));
  }

  @Test
  void an_exhausted_key_is_refused_and_stays_exhausted_while_other_keys_go_on() {
    InMemoryNumberSequences adapter = InMemoryNumberSequences.create();
    adapter.seedLastAllocated(NOV, Long.MAX_VALUE - 1);
    assertEquals(Long.MAX_VALUE, adapter.next(NOV));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> adapter.next(NOV));
    assertEquals("the serials of COMPLAINT/2026-11 are exhausted", e.getMessage());
    assertThrows(IllegalStateException.class, () -> adapter.next(NOV));
    assertEquals(OptionalLong.of(Long.MAX_VALUE), adapter.lastAllocated(NOV));
    assertEquals(1, adapter.next(DEC));
  }
}
