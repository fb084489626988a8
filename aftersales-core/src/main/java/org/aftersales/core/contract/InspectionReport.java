package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.TextRules;
import org.aftersales.core.shared.TimePrecision;

/**
 * The monthly inspection report of one system (月度巡检报告, CON-04, P8 §2(3), P15 §3): which system,
 * which month, who inspected it and when, where the report is filed in the host's document system
 * (the 《安防工程维护工作检测记录表》 of a security system, P15 §2④), and per area of the system's
 * {@link InspectionChecklist} a result — whether the area is in order, what was found and which
 * faults were cleared on the spot (边检边进行记录，并排除发现的故障).
 *
 * <p>A report fulfils the month's inspection only if it covers every area of the checklist and
 * names no area the checklist does not have: {@link #requireCovers(InspectionChecklist)}. The
 * report itself does not know its checklist (the checklist is the system category's, see
 * {@link InspectionChecklists}), so a report can be recorded while incomplete and is checked when
 * the obligation is fulfilled. Immutable and thread-safe.
 *
 * @param system the inspected system
 * @param month the calendar month whose inspection this is; within the supported range
 * @param inspectedBy who inspected the system
 * @param inspectedAt when the inspection was recorded; truncated to whole microseconds
 *     ({@link TimePrecision}), within the supported range
 * @param document where the report is filed, e.g. its key in the document management system
 *     (档案管理系统); identifier text of at most {@value #MAX_DOCUMENT_LENGTH} code points
 * @param results the result per area, in the order given; no area twice; may be empty (such a
 *     report covers nothing)
 */
public record InspectionReport(SystemId system, YearMonth month, PersonId inspectedBy,
    Instant inspectedAt, String document, List<AreaResult> results) {

  /** The rule this value enforces. */
  public static final RuleId RULE = RuleId.of("CON-04");

  /** The longest document reference, in code points. */
  public static final int MAX_DOCUMENT_LENGTH = 200;

  /** The longest findings and cleared-faults text, in code points. */
  public static final int MAX_TEXT_LENGTH = 2000;

  /**
   * Validates the report, truncates {@code inspectedAt} to whole microseconds and copies the
   * results.
   *
   * @param system the inspected system
   * @param month the month
   * @param inspectedBy who inspected
   * @param inspectedAt when
   * @param document where the report is filed
   * @param results the results per area
   * @throws InvalidInputException if the month or the instant is outside the supported range,
   *     the document reference is not identifier text of at most {@value #MAX_DOCUMENT_LENGTH}
   *     code points, or two results name the same area
   */
  public InspectionReport {
    requireNonNull(system, "system");
    SupportedTime.require(month, "month");
    requireNonNull(inspectedBy, "inspectedBy");
    inspectedAt = TimePrecision.stored(SupportedTime.require(inspectedAt, "inspectedAt"));
    TextRules.requireIdentifierText(
        "document", requireNonNull(document, "document"), MAX_DOCUMENT_LENGTH);
    results = List.copyOf(requireNonNull(results, "results"));
    Set<String> seen = new HashSet<>();
    for (AreaResult result : results) {
      if (!seen.add(result.areaCode())) {
        throw InvalidInputException.of("results",
            MessageBundle.CORE.message("core.inspection.resultTwice", "area", result.areaCode()),
            result.areaCode());
      }
    }
  }

  /**
   * The report with the given values; see the canonical constructor.
   *
   * @param system the inspected system
   * @param month the month
   * @param inspectedBy who inspected
   * @param inspectedAt when; truncated to whole microseconds
   * @param document where the report is filed
   * @param results the results per area
   * @return the report
   * @throws InvalidInputException as the canonical constructor
   */
  public static InspectionReport of(SystemId system, YearMonth month, PersonId inspectedBy,
      Instant inspectedAt, String document, List<AreaResult> results) {
    return new InspectionReport(system, month, inspectedBy, inspectedAt, document, results);
  }

  /**
   * The result for an area.
   *
   * @param areaCode the area's code
   * @return the result, or empty if the report has none for that area
   */
  public Optional<AreaResult> result(String areaCode) {
    requireNonNull(areaCode, "areaCode");
    for (AreaResult result : results) {
      if (result.areaCode().equals(areaCode)) {
        return Optional.of(result);
      }
    }
    return Optional.empty();
  }

  /**
   * The areas of the checklist this report has no result for.
   *
   * @param checklist the checklist of the system's category
   * @return the areas without a result, in the checklist's order; empty when every area is
   *     covered; unmodifiable
   */
  public List<InspectionArea> missingAreas(InspectionChecklist checklist) {
    requireNonNull(checklist, "checklist");
    Set<String> covered = resultCodes();
    List<InspectionArea> missing = new ArrayList<>();
    for (InspectionArea area : checklist.areas()) {
      if (!covered.contains(area.code())) {
        missing.add(area);
      }
    }
    return List.copyOf(missing);
  }

  /**
   * The area codes of this report's results that the checklist does not have.
   *
   * @param checklist the checklist of the system's category
   * @return the unknown codes, in the report's order; empty when every result names an area of
   *     the checklist; unmodifiable
   */
  public List<String> unknownAreas(InspectionChecklist checklist) {
    requireNonNull(checklist, "checklist");
    Set<String> known = new HashSet<>(checklist.codes());
    List<String> unknown = new ArrayList<>();
    for (AreaResult result : results) {
      if (!known.contains(result.areaCode())) {
        unknown.add(result.areaCode());
      }
    }
    return List.copyOf(unknown);
  }

  /**
   * Whether the report has a result for every area of the checklist (results for other areas do
   * not matter here; {@link #requireCovers(InspectionChecklist)} refuses them).
   *
   * @param checklist the checklist of the system's category
   * @return {@code true} when {@link #missingAreas(InspectionChecklist)} is empty
   */
  public boolean covers(InspectionChecklist checklist) {
    return missingAreas(checklist).isEmpty();
  }

  /**
   * Checks that this report can fulfil the month's inspection of a system with the given
   * checklist: it has a result for every area of the checklist and none for an area the
   * checklist does not have.
   *
   * @param checklist the checklist of the system's category
   * @throws RuleRefusalException (CON-04) if a result names an area the checklist does not have
   *     (the message names the unknown codes), else if an area of the checklist has no result
   *     (the message names the missing areas by code and by name, in English and in Chinese)
   */
  public void requireCovers(InspectionChecklist checklist) {
    List<String> unknown = unknownAreas(checklist);
    if (!unknown.isEmpty()) {
      throw new RuleRefusalException(RULE, MessageBundle.CORE.message(
          "core.inspection.unknownAreas", "system", system, "month", month,
          "codes", unknown, "category", checklist.category()));
    }
    List<InspectionArea> missing = missingAreas(checklist);
    if (!missing.isEmpty()) {
      List<String> codes = new ArrayList<>();
      List<String> english = new ArrayList<>();
      List<String> chinese = new ArrayList<>();
      for (InspectionArea area : missing) {
        codes.add(area.code());
        english.add(area.englishName());
        chinese.add(area.chineseName());
      }
      throw new RuleRefusalException(RULE, MessageBundle.CORE.message(
          "core.inspection.missingAreas", "system", system, "month", month,
          "codes", codes, "names", MessageBundle.CORE.message(
              "core.inspection.areaNames.literal", "en", english, "zh", chinese)));
    }
  }

  private Set<String> resultCodes() {
    Set<String> codes = new HashSet<>();
    for (AreaResult result : results) {
      codes.add(result.areaCode());
    }
    return codes;
  }

  /**
   * The result of one area of the checklist in an {@link InspectionReport} (检查结果): whether the
   * area is in order, the findings (发现的问题) and the faults cleared on the spot (现场排除的故障).
   * An area not in order must say what was found. Immutable and thread-safe.
   *
   * @param areaCode the area's code, as in {@link InspectionArea#code()}; identifier text of at
   *     most {@value InspectionArea#MAX_CODE_LENGTH} code points
   * @param inOrder whether the area is in order (正常)
   * @param findings what was found; plain text of at most
   *     {@value InspectionReport#MAX_TEXT_LENGTH} code points; may be empty when the area is in
   *     order, not blank when it is not
   * @param faultsCleared the faults cleared on the spot; plain text of at most
   *     {@value InspectionReport#MAX_TEXT_LENGTH} code points; may be empty
   */
  public record AreaResult(String areaCode, boolean inOrder, String findings,
      String faultsCleared) {

    /**
     * Validates the result.
     *
     * @param areaCode the area's code
     * @param inOrder whether the area is in order
     * @param findings what was found
     * @param faultsCleared the faults cleared on the spot
     * @throws InvalidInputException if the code is not identifier text, a text is not plain text
     *     of the allowed length, or the area is not in order and the findings are blank
     */
    public AreaResult {
      TextRules.requireIdentifierText("areaCode", requireNonNull(areaCode, "areaCode"),
          InspectionArea.MAX_CODE_LENGTH);
      TextRules.requireFreeText("findings", requireNonNull(findings, "findings"),
          MAX_TEXT_LENGTH);
      TextRules.requireFreeText("faultsCleared", requireNonNull(faultsCleared, "faultsCleared"),
          MAX_TEXT_LENGTH);
      if (!inOrder && findings.isBlank()) {
        throw InvalidInputException.of("findings",
            MessageBundle.CORE.message("core.inspection.findingsRequired", "area", areaCode),
            findings);
      }
    }

    /**
     * The result with the given values; see the canonical constructor.
     *
     * @param areaCode the area's code
     * @param inOrder whether the area is in order
     * @param findings what was found
     * @param faultsCleared the faults cleared on the spot
     * @return the result
     * @throws InvalidInputException as the canonical constructor
     */
    public static AreaResult of(String areaCode, boolean inOrder, String findings,
        String faultsCleared) {
      return new AreaResult(areaCode, inOrder, findings, faultsCleared);
    }

    /**
     * An area found in order, with nothing to report.
     *
     * @param areaCode the area's code
     * @return the result: in order, no findings, no faults cleared
     * @throws InvalidInputException if the code is not identifier text
     */
    public static AreaResult inOrder(String areaCode) {
      return new AreaResult(areaCode, true, "", "");
    }

    /**
     * An area found not in order.
     *
     * @param areaCode the area's code
     * @param findings what was found; not blank
     * @param faultsCleared the faults cleared on the spot; may be empty
     * @return the result
     * @throws InvalidInputException as the canonical constructor
     */
    public static AreaResult notInOrder(String areaCode, String findings, String faultsCleared) {
      return new AreaResult(areaCode, false, findings, faultsCleared);
    }
  }
}
