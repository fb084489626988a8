package org.aftersales.rules.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.aftersales.core.contract.PropertyReminderKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.junit.jupiter.api.Test;

/** The property configuration (P1, P9) with the seed's numbers, worked out by hand. */
class PropertyConfigurationTest {

  @Test
  void the_title_documents_of_a_flat_delivered_on_15_november_are_due_by_15_february() {
    // rule: CON-09 — within three months of delivery.
    assertEquals(LocalDate.parse("2027-02-15"), LocalDate.parse("2026-11-15")
        .plus(PropertyConfiguration.seed().propertyTerms().titleDocumentsWithin()));
  }

  @Test
  void the_move_in_notice_goes_out_on_the_day_of_completion_acceptance() {
    // rule: CON-09
    assertEquals(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-11-15")
        .plus(PropertyConfiguration.seed().propertyTerms().moveInNoticeWithin()));
  }

  @Test
  void the_marketing_department_is_reminded_a_week_before_a_payment() {
    // rule: CON-09
    PropertyConfiguration c = PropertyConfiguration.seed();
    assertEquals(List.of(Recipient.role(RecipientRole.MARKETING)),
        c.projectReminders().propertyRecipients().get(PropertyReminderKind.PAYMENT_DUE));
    assertEquals(7, c.projectReminders().propertyLeadDays().get(PropertyReminderKind.PAYMENT_DUE));
    assertEquals(30,
        c.projectReminders().propertyLeadDays().get(PropertyReminderKind.TITLE_DOCUMENTS));
  }
}
