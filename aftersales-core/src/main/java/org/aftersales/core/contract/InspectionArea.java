package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.TextRules;

/**
 * One area of an {@link InspectionChecklist} (检查方面, CON-04): what the monthly inspection looks
 * at, e.g. the front-end devices of a security system (前端设备运行状况), with the check items
 * (检查项) the inspector goes through one by one (逐点、逐台、逐项, P15 §3). Immutable and
 * thread-safe.
 *
 * @param code the area's stable code, by which a report's result names it, e.g.
 *     {@code FRONT_END}; identifier text of at most {@value #MAX_CODE_LENGTH} code points
 * @param englishName the area's name in English; identifier text of at most
 *     {@value #MAX_TEXT_LENGTH} code points
 * @param chineseName the area's name in Chinese (简体中文); identifier text of at most
 *     {@value #MAX_TEXT_LENGTH} code points
 * @param items the check items, in the order they are inspected; at least one
 */
public record InspectionArea(
    String code, String englishName, String chineseName, List<Item> items) {

  /** The longest area code, in code points. */
  public static final int MAX_CODE_LENGTH = 40;

  /** The longest name or item text, in code points. */
  public static final int MAX_TEXT_LENGTH = 200;

  /**
   * Validates the area and copies its items.
   *
   * @param code the area's code
   * @param englishName the English name
   * @param chineseName the Chinese name
   * @param items the check items
   * @throws InvalidInputException if the code or a name is not identifier text of the allowed
   *     length, or there is no item
   */
  public InspectionArea {
    TextRules.requireIdentifierText("code", requireNonNull(code, "code"), MAX_CODE_LENGTH);
    TextRules.requireIdentifierText(
        "englishName", requireNonNull(englishName, "englishName"), MAX_TEXT_LENGTH);
    TextRules.requireIdentifierText(
        "chineseName", requireNonNull(chineseName, "chineseName"), MAX_TEXT_LENGTH);
    items = List.copyOf(requireNonNull(items, "items"));
    if (items.isEmpty()) {
      throw InvalidInputException.of("items",
          MessageBundle.CORE.message("core.inspection.noItems", "area", code));
    }
  }

  /**
   * The area with the given values; see the canonical constructor.
   *
   * @param code the area's code
   * @param englishName the English name
   * @param chineseName the Chinese name
   * @param items the check items, at least one
   * @return the area
   * @throws InvalidInputException as the canonical constructor
   */
  public static InspectionArea of(
      String code, String englishName, String chineseName, List<Item> items) {
    return new InspectionArea(code, englishName, chineseName, items);
  }

  /**
   * One check item of an area (检查项), e.g. the cameras (摄像机) of the front-end devices.
   * Immutable and thread-safe.
   *
   * @param english the item in English; identifier text of at most {@value InspectionArea#MAX_TEXT_LENGTH}
   *     code points
   * @param chinese the item in Chinese (简体中文); identifier text of at most
   *     {@value InspectionArea#MAX_TEXT_LENGTH} code points
   */
  public record Item(String english, String chinese) {

    /**
     * Validates the item.
     *
     * @param english the item in English
     * @param chinese the item in Chinese
     * @throws InvalidInputException if a text is not identifier text of at most
     *     {@value InspectionArea#MAX_TEXT_LENGTH} code points
     */
    public Item {
      TextRules.requireIdentifierText(
          "english", requireNonNull(english, "english"), MAX_TEXT_LENGTH);
      TextRules.requireIdentifierText(
          "chinese", requireNonNull(chinese, "chinese"), MAX_TEXT_LENGTH);
    }

    /**
     * The item with the given texts.
     *
     * @param english the item in English
     * @param chinese the item in Chinese
     * @return the item
     * @throws InvalidInputException as the canonical constructor
     */
    public static Item of(String english, String chinese) {
      return new Item(english, chinese);
    }
  }
}
