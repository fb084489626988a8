package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.aftersales.core.contract.InspectionReport.AreaResult;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RuleRefusalException;

/**
 * A report covers a checklist exactly when the codes of its results include every code of the
 * checklist, and fulfils the inspection exactly when they are the checklist's codes (CON-04).
 */
class InspectionCoverageProperties {

  /** Codes drawn from a small pool so that checklists and reports overlap often. */
  static final List<String> POOL = List.of("A", "B", "C", "D", "E", "F");

  @Provide
  Arbitrary<Set<String>> checklistCodes() {
    return Arbitraries.of(POOL).set().ofMinSize(1).ofMaxSize(POOL.size());
  }

  @Provide
  Arbitrary<List<String>> reportCodes() {
    return Arbitraries.of(POOL).list().uniqueElements().ofMaxSize(POOL.size());
  }

  static InspectionChecklist checklist(Set<String> codes) {
    List<InspectionArea> areas = new ArrayList<>();
    for (String code : codes) {
      areas.add(InspectionArea.of(code, "area " + code, "方面 " + code,
          List.of(InspectionArea.Item.of("item", "检查项"))));
    }
    return InspectionChecklist.of(SystemCategory.SECURITY, areas);
  }

  static InspectionReport report(List<String> codes) {
    List<AreaResult> results = new ArrayList<>();
    for (String code : codes) {
      results.add(AreaResult.inOrder(code));
    }
    return InspectionReport.of(SystemId.of("SYS-1"), YearMonth.of(2026, 11), PersonId.of("li"),
        Instant.parse("2026-11-30T08:00:00Z"), "DMS/1", results);
  }

  @Property(tries = 500)
  @Tag("CON-04")
  void aReportCoversTheChecklistExactlyWhenItsCodesIncludeTheChecklistsCodes(
      @ForAll("checklistCodes") Set<String> checklistCodes,
      @ForAll("reportCodes") List<String> reportCodes) {
    // rule: CON-04 — the reference: set inclusion and set difference of the codes
    InspectionChecklist checklist = checklist(new LinkedHashSet<>(checklistCodes));
    InspectionReport report = report(reportCodes);
    Set<String> given = new HashSet<>(reportCodes);
    boolean superset = given.containsAll(checklistCodes);
    assertEquals(superset, report.covers(checklist));

    Set<String> missing = new HashSet<>(checklistCodes);
    missing.removeAll(given);
    Set<String> missingFound = new HashSet<>();
    for (InspectionArea area : report.missingAreas(checklist)) {
      missingFound.add(area.code());
    }
    assertEquals(missing, missingFound);
    assertEquals(missing.size(), report.missingAreas(checklist).size());

    Set<String> unknown = new HashSet<>(given);
    unknown.removeAll(checklistCodes);
    assertEquals(unknown, new HashSet<>(report.unknownAreas(checklist)));

    if (superset && given.size() == checklistCodes.size()) {
      report.requireCovers(checklist);
    } else {
      assertThrows(RuleRefusalException.class, () -> report.requireCovers(checklist));
    }
  }
}
