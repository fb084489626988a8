package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A checklist of the monthly inspection (巡检清单, CON-04) has ordered areas with unique codes, and
 * each area (检查方面) has at least one check item (检查项).
 */
@Tag("CON-04")
class InspectionChecklistTest {

  static final InspectionArea.Item CAMERAS = InspectionArea.Item.of("cameras", "摄像机");
  static final InspectionArea.Item EARTHING =
      InspectionArea.Item.of("lightning protection and earthing", "防雷接地情况");

  static InspectionArea area(String code, String english, String chinese) {
    return InspectionArea.of(code, english, chinese, List.of(CAMERAS));
  }

  /** Two areas written out here, not taken from the rules module's seed. */
  static final InspectionArea FRONT_END = InspectionArea.of("FRONT_END",
      "front-end devices", "前端设备运行状况", List.of(CAMERAS));
  static final InspectionArea CABLING =
      InspectionArea.of("CABLING", "cabling", "管线情况", List.of(EARTHING));

  static String key(InvalidInputException e) {
    return e.violations().get(0).message().key();
  }

  static String path(InvalidInputException e) {
    return e.violations().get(0).path();
  }

  @Test
  void an_area_keeps_its_code_names_and_items_in_order() {
    // rule: CON-04
    InspectionArea area = InspectionArea.of("CABLING", "cabling", "管线情况",
        List.of(EARTHING, CAMERAS));
    assertEquals("CABLING", area.code());
    assertEquals("cabling", area.englishName());
    assertEquals("管线情况", area.chineseName());
    assertEquals(List.of(EARTHING, CAMERAS), area.items());
    assertEquals("lightning protection and earthing", area.items().get(0).english());
    assertEquals("防雷接地情况", area.items().get(0).chinese());
  }

  @Test
  void an_area_without_an_item_is_refused() {
    // rule: CON-04 — an area is inspected item by item (逐项), so it has at least one
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> InspectionArea.of("FRONT_END", "front-end devices", "前端设备运行状况", List.of()));
    assertEquals("core.inspection.noItems", key(e));
    assertEquals("items", path(e));
    assertTrue(e.getMessage().contains("FRONT_END"));
    assertTrue(e.violations().get(0).message().chinese().contains("至少需要一个检查项"));
  }

  @Test
  void an_areas_code_and_names_and_an_items_texts_are_identifier_text() {
    // rule: CON-04 — blank, padded or over-long text is refused, with the field as the path
    List<InspectionArea.Item> items = List.of(CAMERAS);
    assertEquals("code", path(assertThrows(InvalidInputException.class,
        () -> InspectionArea.of(" ", "a", "甲", items))));
    assertEquals("code", path(assertThrows(InvalidInputException.class,
        () -> InspectionArea.of("X".repeat(41), "a", "甲", items))));
    assertEquals(40, InspectionArea.of("X".repeat(40), "a", "甲", items).code().length());
    assertEquals("englishName", path(assertThrows(InvalidInputException.class,
        () -> InspectionArea.of("A", " a", "甲", items))));
    assertEquals("chineseName", path(assertThrows(InvalidInputException.class,
        () -> InspectionArea.of("A", "a", "甲".repeat(201), items))));
    assertEquals(200, InspectionArea.of("A", "a", "甲".repeat(200), items).chineseName().length());
    assertEquals("english", path(assertThrows(InvalidInputException.class,
        () -> InspectionArea.Item.of("", "摄像机"))));
    assertEquals("chinese", path(assertThrows(InvalidInputException.class,
        () -> InspectionArea.Item.of("cameras", "摄像\u202E机"))));
    assertEquals("english", path(assertThrows(InvalidInputException.class,
        () -> InspectionArea.Item.of("c".repeat(201), "摄像机"))));
    assertThrows(NullPointerException.class, () -> InspectionArea.of("A", "a", "甲", null));
    assertThrows(NullPointerException.class, () -> InspectionArea.of(null, "a", "甲", items));
  }

  @Test
  void an_area_does_not_share_the_callers_list() {
    // rule: CON-04
    List<InspectionArea.Item> items = new ArrayList<>(List.of(CAMERAS));
    InspectionArea area = InspectionArea.of("FRONT_END", "front-end devices", "前端设备运行状况",
        items);
    items.add(EARTHING);
    assertEquals(List.of(CAMERAS), area.items());
    assertThrows(UnsupportedOperationException.class, () -> area.items().add(EARTHING));
  }

  @Test
  void a_checklist_keeps_its_areas_in_order_and_finds_them_by_code() {
    // rule: CON-04
    InspectionChecklist checklist =
        InspectionChecklist.of(SystemCategory.SECURITY, List.of(FRONT_END, CABLING));
    assertEquals(SystemCategory.SECURITY, checklist.category());
    assertEquals(List.of(FRONT_END, CABLING), checklist.areas());
    assertEquals(List.of("FRONT_END", "CABLING"), checklist.codes());
    assertEquals(Optional.of(CABLING), checklist.area("CABLING"));
    assertEquals(Optional.of(FRONT_END), checklist.area("FRONT_END"));
    assertEquals(Optional.empty(), checklist.area("CENTRAL_CONTROL"));
    assertThrows(UnsupportedOperationException.class, () -> checklist.codes().add("X"));
  }

  @Test
  void a_checklist_without_an_area_is_refused() {
    // rule: CON-04
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> InspectionChecklist.of(SystemCategory.GENERAL, List.of()));
    assertEquals("core.inspection.noAreas", key(e));
    assertEquals("areas", path(e));
    assertTrue(e.violations().get(0).message().render(Locale.ENGLISH).contains("GENERAL"));
  }

  @Test
  void a_checklist_naming_an_area_code_twice_is_refused() {
    // rule: CON-04 — a report's result names its area by code, so codes are unique
    InspectionArea sameCode = area("CABLING", "other cabling", "其他管线");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> InspectionChecklist.of(SystemCategory.SECURITY,
            List.of(CABLING, FRONT_END, sameCode)));
    assertEquals("core.inspection.areaTwice", key(e));
    assertEquals(Optional.of("CABLING"), e.violations().get(0).rejectedValue());
    assertTrue(e.getMessage().contains("CABLING"));
  }

  @Test
  void a_checklist_does_not_share_the_callers_list() {
    // rule: CON-04
    List<InspectionArea> areas = new ArrayList<>(List.of(FRONT_END));
    InspectionChecklist checklist = InspectionChecklist.of(SystemCategory.SECURITY, areas);
    areas.add(CABLING);
    assertEquals(List.of("FRONT_END"), checklist.codes());
    assertThrows(NullPointerException.class,
        () -> InspectionChecklist.of(null, List.of(FRONT_END)));
  }
}
