package org.aftersales.testkit.walkthrough;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aftersales.testkit.walkthrough.Walkthrough.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough's month read back from its report, against values worked out by hand from the
 * seed's dispatch levels (SVC-11: on site within 6 working hours in the city, 7 in the suburbs;
 * office hours 09:00–12:00 and 13:30–18:00) and the escalation ladder (SVC-08: level 1 at the
 * breach, level 2 four hours later).
 */
@Tag("SVC-08")
@Tag("SVC-11")
class WalkthroughTest {

  // rule: SVC-11 — a Thursday 16:00 city call: 2 h that day (16:00–18:00), nothing on the Friday
  // holiday or the Saturday, then the make-up Sunday with Friday's hours: 09:00–12:00 (3 h) and
  // 13:30–14:30 (1 h) → due Sunday 22 November 14:30.
  @Test
  void a_call_before_the_holiday_is_due_on_the_make_up_sunday() {
    String en = Walkthrough.report(Language.EN);
    assertTrue(row(en, "SR-2611-003").matches(
        "SR-2611-003 +Wuxi Plastics +city +11-19 16:00 +11-22 14:30 +11-22 11:00 +met +0 +closed"
            + " *"), row(en, "SR-2611-003"));
  }

  // rule: SVC-11, SVC-08 — Tuesday 09:00 suburb: 3 h + 4 h → due 17:30; on site Wednesday 10:00,
  // so breached, with level 1 (at the breach) and level 2 (17:30 + 4 h = 21:30) before it.
  @Test
  void the_suburb_call_reached_the_next_morning_is_breached_and_escalated_twice() {
    String en = Walkthrough.report(Language.EN);
    assertTrue(row(en, "SR-2611-002").matches(
        "SR-2611-002 +Kunshan Tooling +suburb +11-10 09:00 +11-10 17:30 +11-11 10:00 +breached"
            + " +2 +closed *"), row(en, "SR-2611-002"));
    String zh = Walkthrough.report(Language.ZH);
    assertTrue(row(zh, "SR-2611-002").matches(
        "SR-2611-002 +Kunshan Tooling +郊区 +11-10 09:00 +11-10 17:30 +11-11 10:00 +超时 +2"
            + " +已结案 *"), row(zh, "SR-2611-002"));
  }

  // rule: SVC-11 — Monday 09:00 city calls: 3 h to 12:00 and 3 h from 13:30 → due 16:30; the
  // workshop job's intake at 14:00 is its arrival.
  @Test
  void the_monday_city_calls_are_due_at_half_past_four_and_met() {
    String en = Walkthrough.report(Language.EN);
    assertTrue(row(en, "SR-2611-001").matches(
        "SR-2611-001 .* +11-02 09:00 +11-02 16:30 +11-02 13:45 +met +0 +closed *"));
    assertTrue(row(en, "SR-2611-004").matches(
        "SR-2611-004 +Changzhou Pumps +city +11-23 09:00 +11-23 16:30 +11-23 14:00 +met +0"
            + " +closed *"));
  }

  // rule: SVC-11, SVC-08 — four calls, one late: 3 met, 3/4 = 75.0 %; one warning (16:00
  // sweep, in 16:30–17:30), one breach, two escalations; one workshop repair.
  @Test
  void the_statistics_count_three_of_four_calls_within_the_sla() {
    String en = Walkthrough.report(Language.EN);
    assertTrue(row(en, "Service calls registered").matches(".* 4 *"));
    assertTrue(row(en, "On site within the SLA").matches(".* 3 *"));
    assertTrue(row(en, "SLA compliance").matches(".* 75\\.0 % *"));
    assertTrue(row(en, "Workshop repairs").matches(".* 1 *"));
    assertTrue(row(en, "Pre-breach warnings sent").matches(".* 1 *"));
    assertTrue(row(en, "Breach notices sent").matches(".* 1 *"));
    assertTrue(row(en, "Escalation notices sent").matches(".* 2 *"));
    String zh = Walkthrough.report(Language.ZH);
    assertTrue(row(zh, "时限达标率").matches(".* 75\\.0 % *"));
    assertTrue(row(zh, "时限内到场数").matches(".* 3 *"));
  }

  // rule: CMP-01 — 年月流水: two digits of the year, two of the month, a serial from 01 each
  // month, by the acceptance date in Shanghai: 16, 27 and 30 November → 261101…261103;
  // 1 December → 261201.
  @Test
  void complaints_are_numbered_by_year_month_and_serial_across_the_month_end() {
    String en = Walkthrough.report(Language.EN);
    assertTrue(row(en, "261101").matches("261101 +Nanjing Circuits +11-16 10:00 +decided .*"));
    assertTrue(row(en, "261102").matches("261102 +Hangzhou Relays +11-27 15:00 +open .*"));
    assertTrue(row(en, "261103").matches("261103 +Ningbo Sensors +11-30 16:00 +open .*"));
    assertTrue(row(en, "261201").matches("261201 +Nanjing Circuits +12-01 09:30 +open .*"));
  }

  // rule: CMP-05, CMP-19 — QA handed over Monday 16 November 14:00 with one working day (7 h 30):
  // Mon 14–18 4 h, Tue 09–12 3 h, 13:30–14:00 → due Tue 14:00; the hourly run at 15:00 is the
  // first strictly after it; QA finishes 15:30, before level 1 (+ 3 h 45 → 17:45).
  @Test
  void the_overdue_qa_step_is_urged_once_and_the_other_cases_not_at_all() {
    String en = Walkthrough.report(Language.EN);
    assertTrue(row(en, "261101").matches(".* +QA analysis 11-17 15:00 *"),
        row(en, "261101"));
    for (String other : List.of("261102", "261103", "261201")) {
      assertTrue(row(en, other).matches(".* registration \\(done\\) +- *"), row(en, other));
    }
    assertTrue(row(en, "Complaint urges sent").matches(".* 1 *"));
    assertTrue(row(Walkthrough.report(Language.ZH), "261101")
        .matches(".* 已决定 +总经理综合（已完成） +品保分析 11-17 15:00 *"));
  }

  // rule: CMP-08, PEN-02, PEN-06, PEN-09 — CNY 10 000.00 decided: Q2001 personally 0.4 =
  // 4 000.00; the press group 0.6 = 6 000.00 over base points 1.2 + 1.0 + 0.8 = 3.0: E100
  // 6 000 × 1.2 / 3 = 2 400.00, E101 2 000.00, E102 1 600.00 (4 000 + 6 000 = 10 000).
  // rule: PEN-04, PEN-08 — November settled with the cap at 50 % of the bonus, the rest carried:
  // E100 bonus 3 000 → cap 1 500, deducted 1 500, carried 2 400 − 1 500 = 900;
  // E101 bonus 5 000 → cap 2 500, deducted the whole 2 000, carried 0;
  // E102 bonus 2 000 → cap 1 000, deducted 1 000, carried 600;
  // Q2001 bonus 6 000 → cap 3 000, deducted 3 000, carried 1 000.
  @Test
  void the_penalty_is_split_by_base_points_and_capped_at_half_the_bonus_with_the_rest_carried() {
    String en = Walkthrough.report(Language.EN);
    assertTrue(row(en, "E100 ").matches(
        "E100 +G-PRESS +1\\.2 +2400\\.00 +3000\\.00 +1500\\.00 +1500\\.00 +900\\.00 *"),
        row(en, "E100 "));
    assertTrue(row(en, "E101 ").matches(
        "E101 +G-PRESS +1 +2000\\.00 +5000\\.00 +2500\\.00 +2000\\.00 +0\\.00 *"));
    assertTrue(row(en, "E102 ").matches(
        "E102 +G-PRESS +0\\.8 +1600\\.00 +2000\\.00 +1000\\.00 +1000\\.00 +600\\.00 *"));
    assertTrue(row(en, "Q2001 ").matches(
        "Q2001 +D-QA +- +4000\\.00 +6000\\.00 +3000\\.00 +3000\\.00 +1000\\.00 *"));
    assertTrue(row(en, "261101").matches("261101 .* decided +GM synthesis \\(done\\) .*"));
    // 1 500 + 2 000 + 1 000 + 3 000 deducted; 900 + 0 + 600 + 1 000 carried.
    assertTrue(row(en, "Penalties deducted").matches(".* 7500\\.00 *"));
    assertTrue(row(en, "Penalties carried").matches(".* 2500\\.00 *"));
  }

  // rule: CON-01 — the contract ends Thursday 31 December 2026: one month before its last day is
  // Monday 30 November, a working day, so the expiry notice goes to the service centre at the
  // office's opening, 09:00. Fulfilled and its follow-up assigned at 10:00: no overdue reminder.
  // rule: CON-04, CON-05 — the month's inspection, optimisation report and revisit are due on the
  // month's last day, 30 November: announced 7 days before (Monday 23rd, 09:00) and, left open,
  // overdue the day after the due day's working day (Tuesday 1 December, 09:00).
  @Test
  void the_expiry_notice_goes_out_on_the_last_monday_of_november_at_nine() {
    String en = Walkthrough.report(Language.EN);
    assertTrue(row(en, "CT-2026-017  expiry notice").matches(
        "CT-2026-017 +expiry notice +contract expires +service centre +11-30 09:00 *"),
        row(en, "CT-2026-017  expiry notice"));
    long dueOn23 = Arrays.stream(en.split("\n")).filter(l -> l.startsWith("CT-2026-017")
        && l.matches(".* due +after-sales lead +11-23 09:00 *")).count();
    long overdueOnFirst = Arrays.stream(en.split("\n")).filter(l -> l.startsWith("CT-2026-017")
        && l.matches(".* overdue +after-sales lead +12-01 09:00 *")).count();
    assertEquals(3, dueOn23);
    assertEquals(3, overdueOnFirst);
    assertTrue(row(en, "Contract notices sent").matches(".* 7 *"), "3 due, 1 expiry, 3 overdue");
    String zh = Walkthrough.report(Language.ZH);
    assertTrue(row(zh, "CT-2026-017  到期通知").matches(
        "CT-2026-017 +到期通知 +合同到期 +服务中心 +11-30 09:00 *"));
  }

  @Test
  void two_runs_in_the_same_language_give_the_same_bytes() {
    for (Language language : Language.values()) {
      assertArrayEquals(Walkthrough.report(language).getBytes(StandardCharsets.UTF_8),
          Walkthrough.report(language).getBytes(StandardCharsets.UTF_8), language.name());
    }
  }

  @Test
  void every_line_of_a_table_has_the_same_display_width_in_both_languages() {
    for (Language language : Language.values()) {
      List<List<String>> tables = tables(Walkthrough.report(language));
      assertEquals(5, tables.size(), language.name());
      for (List<String> table : tables) {
        int first = TextTable.displayWidth(table.get(0));
        for (String line : table) {
          assertEquals(first, TextTable.displayWidth(line), language + ": " + line);
        }
      }
    }
  }

  @Test
  void chinese_characters_and_full_width_forms_take_two_columns() {
    assertEquals(0, TextTable.displayWidth(""));
    assertEquals(3, TextTable.displayWidth("SLA"));
    assertEquals(4, TextTable.displayWidth("编号"));
    assertEquals(2, TextTable.displayWidth("、"));
    assertEquals(2, TextTable.displayWidth("（"));
    assertEquals(2, TextTable.displayWidth("Ａ"));
    assertEquals(2, TextTable.displayWidth("𠀀")); // U+20000, a surrogate pair
    assertEquals(10, TextTable.displayWidth("11月 09:00")); // 2 + 2 + 1 + 5
  }

  @Test
  void the_english_and_chinese_texts_have_the_same_keys() {
    assertEquals(WalkthroughText.EN.keySet(), WalkthroughText.ZH.keySet());
  }

  /** The one line that starts with {@code start}. */
  private static String row(String report, String start) {
    List<String> found = Arrays.stream(report.split("\n", -1))
        .filter(l -> l.startsWith(start)).toList();
    assertEquals(1, found.size(), start);
    return found.get(0);
  }

  /** The tables: after a heading line, the lines up to the next blank line or the end. */
  private static List<List<String>> tables(String report) {
    List<List<String>> out = new ArrayList<>();
    for (String block : report.split("\n\n")) {
      List<String> lines = List.of(block.split("\n"));
      if (lines.size() > 2 && lines.get(2).startsWith("-")) {
        out.add(lines.subList(1, lines.size()));
      }
    }
    return out;
  }
}
