package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The checklist of the monthly inspection (巡检清单, CON-04) of the systems of one
 * {@link SystemCategory}: the {@link InspectionArea}s an {@link InspectionReport} must cover, in
 * the order they are inspected. For a security system the seed's four areas (P15 §3); see
 * {@link InspectionChecklists}. Immutable and thread-safe.
 *
 * @param category the category of the systems this checklist is for
 * @param areas the areas, in the order they are inspected; at least one, codes unique
 */
public record InspectionChecklist(SystemCategory category, List<InspectionArea> areas) {

  /**
   * Validates the checklist and copies its areas.
   *
   * @param category the category of the systems
   * @param areas the areas, in order
   * @throws InvalidInputException if there is no area or two areas have the same code
   */
  public InspectionChecklist {
    requireNonNull(category, "category");
    areas = List.copyOf(requireNonNull(areas, "areas"));
    if (areas.isEmpty()) {
      throw InvalidInputException.of("areas",
          MessageBundle.CORE.message("core.inspection.noAreas", "category", category));
    }
    Set<String> seen = new HashSet<>();
    for (InspectionArea area : areas) {
      if (!seen.add(area.code())) {
        throw InvalidInputException.of("areas",
            MessageBundle.CORE.message("core.inspection.areaTwice", "area", area.code()),
            area.code());
      }
    }
  }

  /**
   * The checklist with the given areas; see the canonical constructor.
   *
   * @param category the category of the systems
   * @param areas the areas, in order; at least one, codes unique
   * @return the checklist
   * @throws InvalidInputException as the canonical constructor
   */
  public static InspectionChecklist of(SystemCategory category, List<InspectionArea> areas) {
    return new InspectionChecklist(category, areas);
  }

  /**
   * The area with the given code.
   *
   * @param code an area code, e.g. {@code FRONT_END}
   * @return the area, or empty if this checklist has no area with that code
   */
  public Optional<InspectionArea> area(String code) {
    requireNonNull(code, "code");
    for (InspectionArea area : areas) {
      if (area.code().equals(code)) {
        return Optional.of(area);
      }
    }
    return Optional.empty();
  }

  /**
   * The codes of the areas, in the checklist's order.
   *
   * @return the codes; unmodifiable
   */
  public List<String> codes() {
    List<String> codes = new ArrayList<>(areas.size());
    for (InspectionArea area : areas) {
      codes.add(area.code());
    }
    return List.copyOf(codes);
  }
}
