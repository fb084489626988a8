package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every change to a handed-over system is recorded with its code and scripts, and the customer is
 * told beforehand of the plan, impact, scope and time (修改记录 / 事先告知, P8 §3(2)).
 */
@Tag("CON-07")
class ChangeRecordTest {

  /** The window: Friday 10 April 2026, 22:00 to 24:00 in Shanghai (14:00 to 16:00 UTC). */
  static final Instant START = Instant.parse("2026-04-10T14:00:00Z");
  static final Instant END = Instant.parse("2026-04-10T16:00:00Z");

  static ChangeRecord.Builder change() {
    return change("index on the orders table", "order search slow during the build",
        "order search only", END);
  }

  static ChangeRecord.Builder change(String what, String impact, String scope, Instant end) {
    ChangeRecord.Builder builder = ChangeRecord.builder();
    builder.id(ChangeId.of("BG-0042")).project(ProjectId.of("XM-2026-07"))
        .what(what).impact(impact).scope(scope).windowStart(START).windowEnd(end);
    return builder;
  }

  @Test
  void a_change_keeps_what_impact_scope_window_and_its_archived_code_and_scripts() {
    // rule: CON-07
    ChangeRecord record = change().addCodeReference("git:3f2a9c1")
        .addScriptReference("DMS/sql/0042-index.sql").build();
    assertEquals(ChangeId.of("BG-0042"), record.id());
    assertEquals(ProjectId.of("XM-2026-07"), record.project());
    assertEquals("index on the orders table", record.what());
    assertEquals("order search slow during the build", record.impact());
    assertEquals("order search only", record.scope());
    assertEquals(START, record.windowStart());
    assertEquals(END, record.windowEnd());
    assertEquals(List.of("git:3f2a9c1"), record.codeReferences());
    assertEquals(List.of("DMS/sql/0042-index.sql"), record.scriptReferences());
    assertEquals(Optional.empty(), record.priorNotice());
  }

  @Test
  void a_change_without_any_notice_is_without_prior_notice() {
    // rule: CON-07 — 未告知: a complaint about it is handled as a complaint
    assertTrue(change().build().withoutPriorNotice());
  }

  @Test
  void a_notice_before_the_window_is_prior_notice_and_one_at_its_start_is_not() {
    // rule: CON-07 — seed terms: any instant strictly before 14:00 UTC on 10 April
    ChangeRecord told = change().build()
        .noticed(ChangeNotice.of(Instant.parse("2026-04-08T02:00:00Z"), ChangeNoticeChannel.PHONE));
    assertFalse(told.withoutPriorNotice());
    assertEquals(Optional.of(ChangeNotice.of(Instant.parse("2026-04-08T02:00:00Z"),
        ChangeNoticeChannel.PHONE)), told.priorNotice());
    assertFalse(change().priorNotice(ChangeNotice.of(START.minusNanos(1),
        ChangeNoticeChannel.EMAIL)).build().withoutPriorNotice());
    assertTrue(change().priorNotice(ChangeNotice.of(START, ChangeNoticeChannel.IN_WRITING))
        .build().withoutPriorNotice());
    assertTrue(change().priorNotice(ChangeNotice.of(END, ChangeNoticeChannel.IN_PERSON))
        .build().withoutPriorNotice());
  }

  @Test
  void a_configured_minimum_lead_counts_back_from_the_windows_start() {
    // rule: CON-07 — told 8 April 02:00 UTC, window 10 April 14:00 UTC: 60 hours ahead exactly
    ChangeRecord told = change().priorNotice(ChangeNotice.of(
        Instant.parse("2026-04-08T02:00:00Z"), ChangeNoticeChannel.IN_WRITING)).build();
    assertFalse(told.withoutPriorNotice(new ChangeNoticeTerms(Duration.ofHours(60))));
    assertTrue(told.withoutPriorNotice(new ChangeNoticeTerms(Duration.ofHours(60).plusNanos(1))));
    assertTrue(told.withoutPriorNotice(new ChangeNoticeTerms(Duration.ofHours(72))));
    assertEquals(Duration.ZERO, ChangeNoticeTerms.seed().minimumLead());
  }

  @Test
  void bad_input_is_refused() {
    // rule: CON-07
    assertThrows(InvalidInputException.class, () -> change("x", "y", "z", START).build());
    assertThrows(InvalidInputException.class,
        () -> change("x", "y", "z", START.minusSeconds(1)).build());
    assertThrows(InvalidInputException.class, () -> change(" ", "y", "z", END).build());
    assertThrows(InvalidInputException.class, () -> change("x", "", "z", END).build());
    assertThrows(InvalidInputException.class, () -> change("x", "y", "\t", END).build());
    assertThrows(InvalidInputException.class, () -> change().addCodeReference(" git").build());
    assertThrows(InvalidInputException.class, () -> change().addScriptReference("").build());
    assertThrows(InvalidInputException.class, () -> change(
        "x".repeat(ChangeRecord.MAX_TEXT_LENGTH + 1), "y", "z", END).build());
    assertThrows(InvalidInputException.class, () -> change().addCodeReference(
        "c".repeat(ChangeRecord.MAX_REFERENCE_LENGTH + 1)).build());
    assertThrows(InvalidInputException.class, () -> ChangeRecord.builder().build());
    assertThrows(InvalidInputException.class,
        () -> new ChangeNoticeTerms(Duration.ofSeconds(-1)));
    assertThrows(InvalidInputException.class,
        () -> ChangeNotice.of(Instant.parse("2400-01-01T00:00:00Z"), ChangeNoticeChannel.PHONE));
  }
}
