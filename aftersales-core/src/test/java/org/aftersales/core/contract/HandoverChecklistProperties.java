package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.Size;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RuleRefusalException;

/** A handover completes exactly when every required document is recorded (CON-03). */
class HandoverChecklistProperties {

  @Property(tries = 300)
  @Tag("CON-03")
  void completionSucceedsExactlyWhenEveryDocumentIsRecorded(
      @ForAll @Size(max = 8) List<HandoverDocument> recorded) {
    // rule: CON-03 — the reference: the set of documents recorded, counted independently
    ProjectHandover handover = ProjectHandover.of(ProjectId.of("P"), LocalDate.of(2026, 3, 15),
        ProjectHandoverTest.SHANGHAI, HandoverTerms.seed());
    Set<HandoverDocument> seen = EnumSet.noneOf(HandoverDocument.class);
    for (HandoverDocument document : recorded) {
      handover = handover.record(ProjectHandoverTest.item(document));
      seen.add(document);
    }
    Set<HandoverDocument> expectedMissing = EnumSet.allOf(HandoverDocument.class);
    expectedMissing.removeAll(seen);
    assertEquals(expectedMissing, handover.checklist().missing());
    assertEquals(seen.size(), handover.checklist().items().size());
    Instant at = Instant.parse("2026-03-20T02:00:00Z");
    if (seen.size() == 4) {
      assertTrue(handover.complete(at, PersonId.of("li")).isCompleted());
    } else {
      ProjectHandover open = handover;
      assertThrows(RuleRefusalException.class, () -> open.complete(at, PersonId.of("li")));
    }
  }
}
