package org.aftersales.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.contract.PropertyReminderKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The settings of the handover (CON-03) and property (CON-09) reminder runs: the seed's values,
 * each {@code with…} changing only what it names, and every refusal naming its path.
 */
@Tag("CON-03")
@Tag("CON-09")
class ProjectReminderSettingsTest {

  private static final Recipient LEAD = Recipient.role(RecipientRole.AFTER_SALES_LEAD);
  private static final Recipient MARKETING = Recipient.role(RecipientRole.MARKETING);
  private static final Recipient ZHAO = Recipient.person(PersonId.of("zhao"));
  /** Per test, not static: a static value computed once would hide a mutated {@code seed()}. */
  private final ProjectReminderSettings seed = ProjectReminderSettings.seed();

  private static String refusedPath(Executable call) {
    return assertThrows(InvalidInputException.class, call).violations().get(0).path();
  }

  @Test
  void the_seed_sends_handover_notices_to_the_after_sales_lead_on_the_day() {
    // rule: CON-03 — P8 §1: 售后服务组 joins one month before final acceptance; the notice goes
    // on the join-by day itself (lead 0) and the overdue reminder the day after the due day
    // (grace 0).
    assertEquals(List.of(LEAD), seed.handoverRecipients());
    assertEquals(0, seed.handoverJoinLeadDays());
    assertEquals(0, seed.handoverGraceDays());
  }

  @Test
  void the_seed_sends_property_reminders_to_marketing_with_their_leads() {
    // rule: CON-09 — payments and mortgage follow-ups 7 days before, the move-in notice on the
    // day of completion acceptance (立即通知), the title documents 30 days before the limit.
    for (PropertyReminderKind kind : PropertyReminderKind.values()) {
      assertEquals(List.of(MARKETING), seed.propertyRecipients().get(kind), kind.name());
    }
    assertEquals(Map.of(PropertyReminderKind.PAYMENT_DUE, 7,
        PropertyReminderKind.MORTGAGE_FOLLOW_UP, 7,
        PropertyReminderKind.MOVE_IN_NOTICE, 0,
        PropertyReminderKind.TITLE_DOCUMENTS, 30), seed.propertyLeadDays());
    assertEquals(7, ProjectReminderSettings.SEED_PAYMENT_LEAD_DAYS);
    assertEquals(30, ProjectReminderSettings.SEED_TITLE_LEAD_DAYS);
  }

  @Test
  void the_seed_looks_back_35_days_and_reads_pages_of_500() {
    // rule: CON-03, CON-09 — the same lookback and page size as the obligation run.
    assertEquals(Duration.ofDays(35), seed.lookback());
    assertEquals(500, seed.pageSize());
  }

  @Test
  void other_handover_recipients_change_nothing_else() {
    // rule: CON-03
    ProjectReminderSettings s = seed.withHandoverRecipients(List.of(ZHAO, LEAD));
    assertEquals(List.of(ZHAO, LEAD), s.handoverRecipients());
    assertEquals(seed.propertyRecipients(), s.propertyRecipients());
    assertEquals(seed.propertyLeadDays(), s.propertyLeadDays());
    assertEquals(seed.lookback(), s.lookback());
    assertEquals(seed.pageSize(), s.pageSize());
    assertEquals(0, s.handoverJoinLeadDays());
    assertEquals(seed, s.withHandoverRecipients(List.of(LEAD)));
  }

  @Test
  void other_handover_days_change_nothing_else() {
    // rule: CON-03 — 3 days' lead, 2 days' grace; the limits 0 and 366 are allowed.
    ProjectReminderSettings s = seed.withHandoverDays(3, 2);
    assertEquals(3, s.handoverJoinLeadDays());
    assertEquals(2, s.handoverGraceDays());
    assertEquals(seed.handoverRecipients(), s.handoverRecipients());
    assertEquals(seed.propertyLeadDays(), s.propertyLeadDays());
    assertEquals(366, seed.withHandoverDays(366, 366).handoverJoinLeadDays());
    assertEquals(366, seed.withHandoverDays(366, 366).handoverGraceDays());
    assertEquals(seed, s.withHandoverDays(0, 0));
  }

  @Test
  void other_recipients_and_lead_for_one_property_kind_change_only_that_kind() {
    // rule: CON-09 — the title documents to Zhao, 45 days before.
    ProjectReminderSettings s =
        seed.withProperty(PropertyReminderKind.TITLE_DOCUMENTS, List.of(ZHAO), 45);
    assertEquals(List.of(ZHAO), s.propertyRecipients().get(PropertyReminderKind.TITLE_DOCUMENTS));
    assertEquals(45, s.propertyLeadDays().get(PropertyReminderKind.TITLE_DOCUMENTS));
    assertEquals(List.of(MARKETING),
        s.propertyRecipients().get(PropertyReminderKind.PAYMENT_DUE));
    assertEquals(7, s.propertyLeadDays().get(PropertyReminderKind.PAYMENT_DUE));
    assertEquals(0, s.propertyLeadDays().get(PropertyReminderKind.MOVE_IN_NOTICE));
    assertEquals(seed.handoverRecipients(), s.handoverRecipients());
    assertNotEquals(seed, s);
    assertEquals(seed,
        s.withProperty(PropertyReminderKind.TITLE_DOCUMENTS, List.of(MARKETING), 30));
  }

  @Test
  void other_paging_changes_nothing_else() {
    // rule: CON-03, CON-09
    ProjectReminderSettings s = seed.withPaging(Duration.ofHours(36), 1);
    assertEquals(Duration.ofHours(36), s.lookback());
    assertEquals(1, s.pageSize());
    assertEquals(seed.propertyLeadDays(), s.propertyLeadDays());
    assertEquals(seed.handoverRecipients(), s.handoverRecipients());
    assertEquals(Duration.ofNanos(1), seed.withPaging(Duration.ofNanos(1), 1).lookback());
  }

  @Test
  void the_collections_are_copied_and_unmodifiable() {
    // rule: CON-09 — a caller's later change of its own list or map does not reach the settings.
    List<Recipient> who = new ArrayList<>(List.of(ZHAO));
    Map<PropertyReminderKind, List<Recipient>> recipients =
        new EnumMap<>(seed.propertyRecipients());
    Map<PropertyReminderKind, Integer> leads = new EnumMap<>(seed.propertyLeadDays());
    ProjectReminderSettings s = new ProjectReminderSettings(who, 1, 1, recipients, leads,
        Duration.ofDays(1), 10);
    who.add(LEAD);
    recipients.put(PropertyReminderKind.PAYMENT_DUE, List.of(ZHAO));
    leads.put(PropertyReminderKind.PAYMENT_DUE, 99);
    assertEquals(List.of(ZHAO), s.handoverRecipients());
    assertEquals(List.of(MARKETING), s.propertyRecipients().get(PropertyReminderKind.PAYMENT_DUE));
    assertEquals(7, s.propertyLeadDays().get(PropertyReminderKind.PAYMENT_DUE));
    assertThrows(UnsupportedOperationException.class, () -> s.handoverRecipients().add(LEAD));
    assertThrows(UnsupportedOperationException.class,
        () -> s.propertyLeadDays().put(PropertyReminderKind.PAYMENT_DUE, 1));
    assertThrows(UnsupportedOperationException.class,
        () -> s.propertyRecipients().put(PropertyReminderKind.PAYMENT_DUE, List.of()));
  }

  @Test
  void handover_settings_out_of_range_are_refused() {
    // rule: CON-03 — no recipient; a lead or grace below 0 or above 366 days.
    assertEquals("handoverRecipients",
        refusedPath(() -> seed.withHandoverRecipients(List.of())));
    assertEquals("handoverJoinLeadDays", refusedPath(() -> seed.withHandoverDays(-1, 0)));
    assertEquals("handoverJoinLeadDays", refusedPath(() -> seed.withHandoverDays(367, 0)));
    assertEquals("handoverGraceDays", refusedPath(() -> seed.withHandoverDays(0, -1)));
    assertEquals("handoverGraceDays", refusedPath(() -> seed.withHandoverDays(0, 367)));
    assertThrows(NullPointerException.class, () -> seed.withHandoverRecipients(null));
  }

  @Test
  void property_settings_out_of_range_are_refused() {
    // rule: CON-09 — no recipient for a kind, a kind missing, a lead below 0 or above 366.
    assertEquals("propertyRecipients.MOVE_IN_NOTICE", refusedPath(() ->
        seed.withProperty(PropertyReminderKind.MOVE_IN_NOTICE, List.of(), 0)));
    assertEquals("propertyLeadDays.TITLE_DOCUMENTS", refusedPath(() ->
        seed.withProperty(PropertyReminderKind.TITLE_DOCUMENTS, List.of(ZHAO), -1)));
    assertEquals("propertyLeadDays.TITLE_DOCUMENTS", refusedPath(() ->
        seed.withProperty(PropertyReminderKind.TITLE_DOCUMENTS, List.of(ZHAO), 367)));
    assertEquals(366, seed.withProperty(PropertyReminderKind.TITLE_DOCUMENTS, List.of(ZHAO), 366)
        .propertyLeadDays().get(PropertyReminderKind.TITLE_DOCUMENTS));
    Map<PropertyReminderKind, List<Recipient>> noMortgage =
        new EnumMap<>(seed.propertyRecipients());
    noMortgage.remove(PropertyReminderKind.MORTGAGE_FOLLOW_UP);
    assertEquals("propertyRecipients.MORTGAGE_FOLLOW_UP", refusedPath(() ->
        new ProjectReminderSettings(List.of(LEAD), 0, 0, noMortgage, seed.propertyLeadDays(),
            Duration.ofDays(1), 1)));
    Map<PropertyReminderKind, Integer> noLead = new EnumMap<>(seed.propertyLeadDays());
    noLead.remove(PropertyReminderKind.MOVE_IN_NOTICE);
    assertEquals("propertyLeadDays.MOVE_IN_NOTICE", refusedPath(() ->
        new ProjectReminderSettings(List.of(LEAD), 0, 0, seed.propertyRecipients(), noLead,
            Duration.ofDays(1), 1)));
    assertThrows(NullPointerException.class,
        () -> seed.withProperty(null, List.of(ZHAO), 1));
    assertThrows(NullPointerException.class,
        () -> seed.withProperty(PropertyReminderKind.PAYMENT_DUE, null, 1));
  }

  @Test
  void paging_out_of_range_is_refused() {
    // rule: CON-03, CON-09 — a lookback of zero or less, a page of less than one.
    assertEquals("lookback", refusedPath(() -> seed.withPaging(Duration.ZERO, 1)));
    assertEquals("lookback", refusedPath(() -> seed.withPaging(Duration.ofDays(-1), 1)));
    assertEquals("pageSize", refusedPath(() -> seed.withPaging(Duration.ofDays(1), 0)));
    assertThrows(NullPointerException.class, () -> seed.withPaging(null, 1));
  }
}
