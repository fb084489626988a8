package org.aftersales.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.Version;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The stored version of a project handover (CON-03) and of a property sale (CON-09): initial for
 * a value never stored, kept by every transition (only the repository stores the next), replaced
 * by {@code withVersion}, and part of equality, so that a stale copy is never mistaken for the
 * stored one.
 */
class StoredVersionTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant T = Instant.parse("2027-03-20T02:00:00Z");
  private static final PersonId WANG = PersonId.of("wang");

  private static ProjectHandover handover() {
    return ProjectHandover.of(ProjectId.of("XM-2027-03"), LocalDate.of(2027, 3, 15), SHANGHAI,
        HandoverTerms.seed());
  }

  private static HandoverItem item(HandoverDocument document) {
    return HandoverItem.of(document, WANG, T, "DMS/" + document.name());
  }

  private static PropertySale sale() {
    return PropertySale.of(ContractId.of("GF-2026-118"), PropertyPaymentMethod.INSTALMENTS,
        List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)),
        PropertyAfterSalesTerms.seed());
  }

  @Test
  @Tag("CON-03")
  void a_new_handover_is_at_the_initial_version_and_its_transitions_keep_the_version() {
    // rule: CON-03
    ProjectHandover stored = handover().withVersion(Version.of(4));
    assertEquals(Version.initial(), handover().version());
    ProjectHandover recorded = stored;
    for (HandoverDocument document : HandoverDocument.values()) {
      recorded = recorded.record(item(document));
      assertEquals(Version.of(4), recorded.version(), document.name());
    }
    assertEquals(Version.of(4), recorded.complete(T, WANG).version());
  }

  @Test
  @Tag("CON-03")
  void with_version_changes_only_the_version_of_a_handover() {
    // rule: CON-03
    ProjectHandover open = handover().record(item(HandoverDocument.TECHNICAL_DOCUMENTS));
    ProjectHandover v7 = open.withVersion(Version.of(7));
    assertEquals(Version.of(7), v7.version());
    assertEquals(open.checklist(), v7.checklist());
    assertEquals(open.joinBy(), v7.joinBy());
    assertEquals(open, v7.withVersion(Version.initial()));
    assertEquals(open.hashCode(), v7.withVersion(Version.initial()).hashCode());
    ProjectHandover done = open.record(item(HandoverDocument.OPEN_ISSUES_AND_SCHEDULE))
        .record(item(HandoverDocument.EXTERNAL_BOUNDARY))
        .record(item(HandoverDocument.INTERNAL_BOUNDARY)).complete(T, WANG);
    ProjectHandover doneV2 = done.withVersion(Version.of(2));
    assertEquals(done.completedAt(), doneV2.completedAt());
    assertEquals(done.completedBy(), doneV2.completedBy());
    assertThrows(NullPointerException.class, () -> open.withVersion(null));
  }

  @Test
  @Tag("CON-03")
  void handovers_differing_only_in_their_version_are_not_equal() {
    // rule: CON-03
    ProjectHandover open = handover();
    assertNotEquals(open, open.withVersion(Version.of(1)));
    assertNotEquals(open.hashCode(), open.withVersion(Version.of(1)).hashCode());
    assertNotEquals(open.withVersion(Version.of(1)), open.withVersion(Version.of(2)));
    assertEquals(open.withVersion(Version.of(2)), handover().withVersion(Version.of(2)));
    assertEquals(open.withVersion(Version.of(2)).hashCode(),
        handover().withVersion(Version.of(2)).hashCode());
  }

  @Test
  @Tag("CON-09")
  void a_new_sale_is_at_the_initial_version_and_its_transitions_keep_the_version() {
    // rule: CON-09
    PropertySale stored = sale().withVersion(Version.of(3));
    assertEquals(Version.initial(), sale().version());
    assertEquals(Version.of(3), stored.completionAccepted(LocalDate.of(2027, 6, 30)).version());
    assertEquals(Version.of(3), stored.delivered(LocalDate.of(2027, 9, 1)).version());
    assertEquals(Version.of(3), stored.completionAccepted(LocalDate.of(2027, 6, 30))
        .delivered(LocalDate.of(2027, 9, 1)).version());
  }

  @Test
  @Tag("CON-09")
  void with_version_changes_only_the_version_of_a_sale() {
    // rule: CON-09
    PropertySale delivered = sale().completionAccepted(LocalDate.of(2027, 6, 30))
        .delivered(LocalDate.of(2027, 9, 1));
    PropertySale v5 = delivered.withVersion(Version.of(5));
    assertEquals(Version.of(5), v5.version());
    assertEquals(delivered.reminders(), v5.reminders());
    assertEquals(delivered.dueDates(), v5.dueDates());
    assertEquals(delivered, v5.withVersion(Version.initial()));
    assertEquals(delivered.hashCode(), v5.withVersion(Version.initial()).hashCode());
    assertThrows(NullPointerException.class, () -> delivered.withVersion(null));
  }

  @Test
  @Tag("CON-09")
  void sales_differing_only_in_their_version_are_not_equal() {
    // rule: CON-09
    PropertySale open = sale();
    assertNotEquals(open, open.withVersion(Version.of(1)));
    assertNotEquals(open.hashCode(), open.withVersion(Version.of(1)).hashCode());
    assertNotEquals(open.withVersion(Version.of(1)), open.withVersion(Version.of(2)));
    assertEquals(open.withVersion(Version.of(2)), sale().withVersion(Version.of(2)));
    assertEquals(open.withVersion(Version.of(2)).hashCode(),
        sale().withVersion(Version.of(2)).hashCode());
  }
}
