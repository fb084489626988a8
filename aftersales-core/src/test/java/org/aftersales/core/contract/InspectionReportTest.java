package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.contract.InspectionReport.AreaResult;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A monthly inspection report (月度巡检报告, CON-04) fulfils the month's inspection only when it has
 * a result for every area of the checklist and none for an area the checklist does not have; an
 * area not in order says what was found.
 */
@Tag("CON-04")
class InspectionReportTest {

  static final SystemId SYSTEM = SystemId.of("SYS-7");
  static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  static final PersonId WANG = PersonId.of("wang");
  static final Instant AT = Instant.parse("2026-11-27T03:15:00Z");
  static final String DOCUMENT = "DMS/inspection/2026-11/SYS-7";

  /** The seed's four security areas (P15 §3), typed here with one item each. */
  static final InspectionChecklist SECURITY = InspectionChecklist.of(SystemCategory.SECURITY,
      List.of(
          InspectionArea.of("FRONT_END", "front-end devices", "前端设备运行状况",
              List.of(InspectionArea.Item.of("cameras", "摄像机"))),
          InspectionArea.of("CABLING", "cabling", "管线情况",
              List.of(InspectionArea.Item.of("shielding", "屏蔽情况"))),
          InspectionArea.of("CENTRAL_CONTROL", "central control equipment", "中心控制设备运行状况",
              List.of(InspectionArea.Item.of("alarm host", "报警主机"))),
          InspectionArea.of("SYSTEM_FUNCTIONS", "system functions", "系统功能",
              List.of(InspectionArea.Item.of("system functions", "系统功能")))));

  static InspectionReport report(List<AreaResult> results) {
    return InspectionReport.of(SYSTEM, NOVEMBER, WANG, AT, DOCUMENT, results);
  }

  static List<AreaResult> inOrder(String... codes) {
    List<AreaResult> results = new ArrayList<>();
    for (String code : codes) {
      results.add(AreaResult.inOrder(code));
    }
    return results;
  }

  static String key(InvalidInputException e) {
    return e.violations().get(0).message().key();
  }

  static String path(InvalidInputException e) {
    return e.violations().get(0).path();
  }

  @Test
  void a_report_with_a_result_for_each_of_the_four_areas_fulfils_the_inspection() {
    // rule: CON-04 — one report per system and month covering the four areas
    InspectionReport report = report(List.of(
        AreaResult.inOrder("FRONT_END"),
        AreaResult.notInOrder("CABLING", "joint of camera 3's cable corroded", "joint replaced"),
        AreaResult.inOrder("CENTRAL_CONTROL"),
        AreaResult.of("SYSTEM_FUNCTIONS", true, "playback checked on 4 channels", "")));
    assertTrue(report.covers(SECURITY));
    assertEquals(List.of(), report.missingAreas(SECURITY));
    assertEquals(List.of(), report.unknownAreas(SECURITY));
    assertDoesNotThrow(() -> report.requireCovers(SECURITY));
    assertEquals(SYSTEM, report.system());
    assertEquals(NOVEMBER, report.month());
    assertEquals(WANG, report.inspectedBy());
    assertEquals(AT, report.inspectedAt());
    assertEquals(DOCUMENT, report.document());
    assertEquals(4, report.results().size());
  }

  @Test
  void a_report_missing_one_area_is_refused_naming_it_in_both_languages() {
    // rule: CON-04 — the cabling (管线情况) was not inspected
    InspectionReport report = report(inOrder("FRONT_END", "CENTRAL_CONTROL", "SYSTEM_FUNCTIONS"));
    assertFalse(report.covers(SECURITY));
    assertEquals(List.of(SECURITY.areas().get(1)), report.missingAreas(SECURITY));
    RuleRefusalException e =
        assertThrows(RuleRefusalException.class, () -> report.requireCovers(SECURITY));
    assertEquals(RuleId.of("CON-04"), e.ruleId());
    assertEquals("core.inspection.missingAreas", e.localizableMessage().key());
    assertEquals("the inspection report of system SYS-7 for 2026-11 does not cover every area of"
        + " the checklist: missing CABLING (cabling)", e.localizableMessage().english());
    assertEquals("系统 SYS-7 2026-11 的巡检报告未覆盖巡检清单的全部检查方面：缺少 CABLING（管线情况）",
        e.localizableMessage().chinese());
  }

  @Test
  void a_report_missing_several_areas_names_them_in_the_checklists_order() {
    // rule: CON-04
    InspectionReport report = report(inOrder("CABLING"));
    RuleRefusalException e =
        assertThrows(RuleRefusalException.class, () -> report.requireCovers(SECURITY));
    assertEquals("the inspection report of system SYS-7 for 2026-11 does not cover every area of"
        + " the checklist: missing FRONT_END, CENTRAL_CONTROL, SYSTEM_FUNCTIONS (front-end"
        + " devices, central control equipment, system functions)", e.localizableMessage().english());
    assertTrue(e.localizableMessage().chinese().contains("前端设备运行状况, 中心控制设备运行状况, 系统功能"));
  }

  @Test
  void an_empty_report_covers_nothing() {
    // rule: CON-04
    InspectionReport report = report(List.of());
    assertEquals(SECURITY.areas(), report.missingAreas(SECURITY));
    assertThrows(RuleRefusalException.class, () -> report.requireCovers(SECURITY));
  }

  @Test
  void a_result_for_an_area_the_checklist_does_not_have_is_refused_even_when_all_are_covered() {
    // rule: CON-04 — "LIGHTING" is not an area of the security checklist
    InspectionReport report = report(
        inOrder("FRONT_END", "CABLING", "LIGHTING", "CENTRAL_CONTROL", "SYSTEM_FUNCTIONS"));
    assertTrue(report.covers(SECURITY));
    assertEquals(List.of("LIGHTING"), report.unknownAreas(SECURITY));
    RuleRefusalException e =
        assertThrows(RuleRefusalException.class, () -> report.requireCovers(SECURITY));
    assertEquals(RuleId.of("CON-04"), e.ruleId());
    assertEquals("core.inspection.unknownAreas", e.localizableMessage().key());
    assertEquals("the inspection report of system SYS-7 for 2026-11 has results for areas the"
        + " SECURITY checklist does not have: LIGHTING", e.localizableMessage().english());
    assertEquals("系统 SYS-7 2026-11 的巡检报告含有 SECURITY 巡检清单中没有的检查方面：LIGHTING",
        e.localizableMessage().chinese());
  }

  @Test
  void an_unknown_area_is_named_before_a_missing_one() {
    // rule: CON-04 — both wrong: the unknown area is reported first
    InspectionReport report = report(inOrder("FRONT_END", "LIGHTING"));
    RuleRefusalException e =
        assertThrows(RuleRefusalException.class, () -> report.requireCovers(SECURITY));
    assertEquals("core.inspection.unknownAreas", e.localizableMessage().key());
  }

  @Test
  void an_area_not_in_order_without_findings_is_refused() {
    // rule: CON-04 — inspect and record as you go (边检边进行记录)
    for (String blank : List.of("", "  ", "\n")) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> AreaResult.notInOrder("CABLING", blank, "joint replaced"));
      assertEquals("core.inspection.findingsRequired", key(e));
      assertEquals("findings", path(e));
      assertTrue(e.getMessage().contains("CABLING"));
    }
    assertThrows(InvalidInputException.class, () -> AreaResult.of("CABLING", false, "", ""));
    AreaResult found = AreaResult.notInOrder("CABLING", "shield broken", "");
    assertFalse(found.inOrder());
    assertEquals("shield broken", found.findings());
    assertEquals("", found.faultsCleared());
  }

  @Test
  void an_area_in_order_needs_no_findings() {
    // rule: CON-04
    AreaResult result = AreaResult.inOrder("FRONT_END");
    assertEquals(new AreaResult("FRONT_END", true, "", ""), result);
    assertTrue(AreaResult.of("FRONT_END", true, "", "").inOrder());
  }

  @Test
  void findings_and_cleared_faults_are_plain_text_of_at_most_2000_code_points() {
    // rule: CON-04 — free text may span lines, but no control or bidi characters
    assertEquals("line 1\nline 2",
        AreaResult.notInOrder("CABLING", "line 1\nline 2", "").findings());
    assertEquals(2000, AreaResult.notInOrder("CABLING", "x".repeat(2000), "y".repeat(2000))
        .faultsCleared().length());
    assertEquals("findings", path(assertThrows(InvalidInputException.class,
        () -> AreaResult.notInOrder("CABLING", "x".repeat(2001), ""))));
    assertEquals("findings", path(assertThrows(InvalidInputException.class,
        () -> AreaResult.notInOrder("CABLING", "bad\u0000", ""))));
    assertEquals("faultsCleared", path(assertThrows(InvalidInputException.class,
        () -> AreaResult.notInOrder("CABLING", "found", "y".repeat(2001)))));
    assertEquals("faultsCleared", path(assertThrows(InvalidInputException.class,
        () -> AreaResult.of("CABLING", true, "", "fixed\u202E"))));
    assertEquals("areaCode", path(assertThrows(InvalidInputException.class,
        () -> AreaResult.inOrder(" CABLING"))));
    assertEquals("areaCode", path(assertThrows(InvalidInputException.class,
        () -> AreaResult.inOrder("C".repeat(41)))));
    assertEquals(40, AreaResult.inOrder("C".repeat(40)).areaCode().length());
  }

  @Test
  void a_report_with_two_results_for_one_area_is_refused() {
    // rule: CON-04 — one result per area
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> report(inOrder("FRONT_END", "CABLING", "FRONT_END")));
    assertEquals("core.inspection.resultTwice", key(e));
    assertEquals("results", path(e));
    assertEquals(Optional.of("FRONT_END"), e.violations().get(0).rejectedValue());
  }

  @Test
  void a_result_is_found_by_its_area_code() {
    // rule: CON-04
    AreaResult cabling = AreaResult.notInOrder("CABLING", "shield broken", "re-shielded");
    InspectionReport report = report(List.of(AreaResult.inOrder("FRONT_END"), cabling));
    assertEquals(Optional.of(cabling), report.result("CABLING"));
    assertEquals(Optional.of(AreaResult.inOrder("FRONT_END")), report.result("FRONT_END"));
    assertEquals(Optional.empty(), report.result("CENTRAL_CONTROL"));
  }

  @Test
  void the_inspection_instant_is_kept_to_the_microsecond() {
    // rule: CON-04 — 03:15:00.123456789 is stored as 03:15:00.123456
    InspectionReport report = InspectionReport.of(SYSTEM, NOVEMBER, WANG,
        Instant.parse("2026-11-27T03:15:00.123456789Z"), DOCUMENT, List.of());
    assertEquals(Instant.parse("2026-11-27T03:15:00.123456Z"), report.inspectedAt());
  }

  @Test
  void a_month_or_instant_outside_the_supported_range_and_a_bad_document_reference_are_refused() {
    // rule: CON-04 — the supported range is 1900-01 … 2300-12
    assertEquals("month", path(assertThrows(InvalidInputException.class,
        () -> InspectionReport.of(SYSTEM, YearMonth.of(26, 11), WANG, AT, DOCUMENT, List.of()))));
    assertEquals("inspectedAt", path(assertThrows(InvalidInputException.class,
        () -> InspectionReport.of(SYSTEM, NOVEMBER, WANG, Instant.parse("0026-11-27T00:00:00Z"),
            DOCUMENT, List.of()))));
    assertEquals("document", path(assertThrows(InvalidInputException.class,
        () -> InspectionReport.of(SYSTEM, NOVEMBER, WANG, AT, " ", List.of()))));
    assertEquals("document", path(assertThrows(InvalidInputException.class,
        () -> InspectionReport.of(SYSTEM, NOVEMBER, WANG, AT, "d".repeat(201), List.of()))));
    assertEquals(200, InspectionReport.of(SYSTEM, NOVEMBER, WANG, AT, "d".repeat(200), List.of())
        .document().length());
    assertThrows(NullPointerException.class,
        () -> InspectionReport.of(null, NOVEMBER, WANG, AT, DOCUMENT, List.of()));
    assertThrows(NullPointerException.class,
        () -> InspectionReport.of(SYSTEM, NOVEMBER, null, AT, DOCUMENT, List.of()));
    assertThrows(NullPointerException.class,
        () -> InspectionReport.of(SYSTEM, NOVEMBER, WANG, AT, DOCUMENT, null));
  }

  @Test
  void a_report_does_not_share_the_callers_list() {
    // rule: CON-04
    List<AreaResult> results = inOrder("FRONT_END");
    InspectionReport report = report(results);
    results.add(AreaResult.inOrder("CABLING"));
    assertEquals(List.of(AreaResult.inOrder("FRONT_END")), report.results());
    assertThrows(UnsupportedOperationException.class,
        () -> report.results().add(AreaResult.inOrder("CABLING")));
    assertThrows(UnsupportedOperationException.class,
        () -> report.missingAreas(SECURITY).clear());
    assertThrows(UnsupportedOperationException.class,
        () -> report.unknownAreas(SECURITY).clear());
  }
}
