package org.aftersales.rules.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.contract.InspectionArea;
import org.aftersales.core.contract.InspectionChecklist;
import org.aftersales.core.contract.InspectionChecklists;
import org.aftersales.core.contract.InspectionReport;
import org.aftersales.core.contract.InspectionReport.AreaResult;
import org.aftersales.core.contract.SystemCategory;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seed's checklists of the monthly inspection: for a security system the four areas of P15
 * §3 with their items exactly as the seed lists them (in simplified characters), for any other
 * system one area "system operation" (P15 §2②).
 */
@Tag("CON-04")
class SeedInspectionChecklistsTest {

  /** Built in each test, not in a static field, so that mutation testing sees the call. */
  static InspectionChecklists seed() {
    return SeedInspectionChecklists.seed();
  }

  static List<String> chineseItems(InspectionArea area) {
    List<String> items = new ArrayList<>();
    for (InspectionArea.Item item : area.items()) {
      items.add(item.chinese());
    }
    return items;
  }

  static List<String> chineseNames(InspectionChecklist checklist) {
    List<String> names = new ArrayList<>();
    for (InspectionArea area : checklist.areas()) {
      names.add(area.chineseName());
    }
    return names;
  }

  static InspectionReport report(List<AreaResult> results) {
    return InspectionReport.of(SystemId.of("SYS-7"), YearMonth.of(2026, 11), PersonId.of("wang"),
        Instant.parse("2026-11-27T03:15:00Z"), "DMS/2026-11/SYS-7", results);
  }

  @Test
  void a_security_systems_monthly_inspection_covers_the_seeds_four_areas_in_its_order() {
    // rule: CON-04 — P15 §3: ①前端设备运行状况 ②管线情况 ③中心控制设备运行状况
    // ④系统功能、系统的各项技术指标及操作运行情况
    InspectionChecklist checklist = seed().checklistFor(SystemCategory.SECURITY);
    assertEquals(SystemCategory.SECURITY, checklist.category());
    assertEquals(List.of("FRONT_END", "CABLING", "CENTRAL_CONTROL", "SYSTEM_FUNCTIONS"),
        checklist.codes());
    assertEquals(List.of("前端设备运行状况", "管线情况", "中心控制设备运行状况",
        "系统功能、系统的各项技术指标及操作运行情况"), chineseNames(checklist));
  }

  @Test
  void each_security_area_has_the_seeds_items() {
    // rule: CON-04 — the items the seed lists after 包括 for each area, in its order
    InspectionChecklist checklist = seed().checklistFor(SystemCategory.SECURITY);
    assertEquals(List.of("入侵探测器", "摄像机", "镜头", "云台", "解码器"),
        chineseItems(checklist.area("FRONT_END").orElseThrow()));
    assertEquals(List.of("管线质量", "防雷接地情况", "屏蔽情况", "线路接头质量"),
        chineseItems(checklist.area("CABLING").orElseThrow()));
    assertEquals(List.of("矩阵切换主机", "报警主机", "监视器", "图像处理和记录设备", "电源设备",
        "回放清晰度"), chineseItems(checklist.area("CENTRAL_CONTROL").orElseThrow()));
    // ④ has no sub-list in the seed: its three parts are its items
    assertEquals(List.of("系统功能", "系统的各项技术指标", "操作运行情况"),
        chineseItems(checklist.area("SYSTEM_FUNCTIONS").orElseThrow()));
  }

  @Test
  void every_area_and_item_has_an_english_text_too() {
    // rule: CON-04
    InspectionArea frontEnd =
        seed().checklistFor(SystemCategory.SECURITY).area("FRONT_END").orElseThrow();
    assertEquals("operating condition of the front-end devices", frontEnd.englishName());
    assertEquals(List.of(InspectionArea.Item.of("intrusion detectors", "入侵探测器"),
        InspectionArea.Item.of("cameras", "摄像机"), InspectionArea.Item.of("lenses", "镜头"),
        InspectionArea.Item.of("pan-tilt heads", "云台"),
        InspectionArea.Item.of("decoders", "解码器")), frontEnd.items());
    assertEquals("cabling",
        seed().checklistFor(SystemCategory.SECURITY).area("CABLING").orElseThrow().englishName());
  }

  @Test
  void any_other_system_is_inspected_for_its_operation_in_one_area() {
    // rule: CON-04 — P15 §2②: 了解系统的运行状态，解决存在的问题
    InspectionChecklist checklist = seed().checklistFor(SystemCategory.GENERAL);
    assertEquals(SystemCategory.GENERAL, checklist.category());
    assertEquals(List.of("SYSTEM_OPERATION"), checklist.codes());
    InspectionArea area = checklist.areas().get(0);
    assertEquals("system operation", area.englishName());
    assertEquals("系统运行情况", area.chineseName());
    assertEquals(List.of("了解系统的运行状态", "解决存在的问题"), chineseItems(area));
  }

  @Test
  void a_security_report_missing_the_cabling_is_refused_naming_it() {
    // rule: CON-04
    InspectionReport report = report(List.of(AreaResult.inOrder("FRONT_END"),
        AreaResult.inOrder("CENTRAL_CONTROL"), AreaResult.inOrder("SYSTEM_FUNCTIONS")));
    InspectionChecklist checklist = seed().checklistFor(SystemCategory.SECURITY);
    RuleRefusalException e =
        assertThrows(RuleRefusalException.class, () -> report.requireCovers(checklist));
    assertEquals(RuleId.of("CON-04"), e.ruleId());
    assertTrue(e.localizableMessage().english().endsWith("missing CABLING (cabling)"),
        e.getMessage());
    assertTrue(e.localizableMessage().chinese().endsWith("缺少 CABLING（管线情况）"),
        e.getMessage());
  }

  @Test
  void a_security_report_is_refused_against_the_general_checklist_and_vice_versa() {
    // rule: CON-04 — the four security areas are unknown to the general checklist
    InspectionReport security = report(List.of(AreaResult.inOrder("FRONT_END"),
        AreaResult.inOrder("CABLING"), AreaResult.inOrder("CENTRAL_CONTROL"),
        AreaResult.inOrder("SYSTEM_FUNCTIONS")));
    assertDoesNotThrow(() -> security.requireCovers(seed().checklistFor(SystemCategory.SECURITY)));
    assertEquals(List.of("FRONT_END", "CABLING", "CENTRAL_CONTROL", "SYSTEM_FUNCTIONS"),
        security.unknownAreas(seed().checklistFor(SystemCategory.GENERAL)));
    assertThrows(RuleRefusalException.class,
        () -> security.requireCovers(seed().checklistFor(SystemCategory.GENERAL)));
    InspectionReport general = report(List.of(
        AreaResult.notInOrder("SYSTEM_OPERATION", "slow nightly export", "index rebuilt")));
    assertDoesNotThrow(() -> general.requireCovers(seed().checklistFor(SystemCategory.GENERAL)));
  }

  @Test
  void the_checklists_print_their_categories_and_areas_for_logs() {
    // rule: CON-04
    String text = seed().toString();
    assertTrue(text.startsWith("SeedInspectionChecklists{"), text);
    assertTrue(text.contains("SECURITY=InspectionChecklist[category=SECURITY"), text);
    assertTrue(text.contains("code=SYSTEM_OPERATION"), text);
  }

  @Test
  void a_categorys_checklist_can_be_replaced() {
    // rule: CON-04 — the seed's lists are configurable defaults: a fifth security area
    InspectionArea access = InspectionArea.of("ACCESS_CONTROL", "access control", "门禁",
        List.of(InspectionArea.Item.of("card readers", "读卡器")));
    InspectionChecklist five = InspectionChecklist.of(SystemCategory.SECURITY, List.of(
        SeedInspectionChecklists.FRONT_END, SeedInspectionChecklists.CABLING,
        SeedInspectionChecklists.CENTRAL_CONTROL, SeedInspectionChecklists.SYSTEM_FUNCTIONS,
        access));
    SeedInspectionChecklists.Builder builder = SeedInspectionChecklists.builder().checklist(five);
    InspectionChecklists configured = builder.build();
    assertEquals(five, configured.checklistFor(SystemCategory.SECURITY));
    // the other category keeps the seed's checklist
    assertEquals(seed().checklistFor(SystemCategory.GENERAL),
        configured.checklistFor(SystemCategory.GENERAL));
    // a later change to the builder does not reach the built checklists
    builder.checklist(InspectionChecklist.of(SystemCategory.SECURITY, List.of(access)));
    assertEquals(five, configured.checklistFor(SystemCategory.SECURITY));
    assertEquals(List.of("ACCESS_CONTROL"),
        builder.build().checklistFor(SystemCategory.SECURITY).codes());
    assertThrows(NullPointerException.class, () -> SeedInspectionChecklists.builder().checklist(null));
    assertThrows(NullPointerException.class, () -> seed().checklistFor(null));
  }
}
