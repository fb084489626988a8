package org.aftersales.core.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The safeguard run's settings: the seed's values (to the after-sales lead, a missing change
 * notice one day before the window, an overdue backup as soon as its interval has passed, pages
 * of 500), each replaceable, and out-of-range values refused with the library's own exception.
 */
class SafeguardSettingsTest {

  private static final Recipient LEAD = Recipient.role(RecipientRole.AFTER_SALES_LEAD);
  private static final Recipient ZHAO = Recipient.person(PersonId.of("SVC-ZHAO"));

  @Test
  void the_seed_reminds_the_after_sales_lead_one_day_ahead_with_no_backup_grace_in_pages_of_500() {
    // rule: CON-07, CON-08 — 售后服务组 supervises changes and keeps the backups (P8 §3)
    SafeguardSettings seed = SafeguardSettings.seed();
    assertEquals(List.of(LEAD), seed.recipients());
    assertEquals(Duration.ofHours(24), seed.changeNoticeLead());
    assertEquals(Duration.ofHours(24), SafeguardSettings.SEED_CHANGE_NOTICE_LEAD);
    assertEquals(Duration.ofSeconds(0), seed.backupGrace());
    assertEquals(500, seed.pageSize());
  }

  @Test
  void every_value_can_be_replaced_and_the_others_stay() {
    // rule: CON-07, CON-08
    SafeguardSettings seed = SafeguardSettings.seed();
    SafeguardSettings two = seed.withRecipients(List.of(ZHAO, LEAD));
    assertEquals(List.of(ZHAO, LEAD), two.recipients());
    assertEquals(Duration.ofHours(24), two.changeNoticeLead());
    assertEquals(500, two.pageSize());
    SafeguardSettings times = seed.withTimes(Duration.ofHours(48), Duration.ofHours(6));
    assertEquals(Duration.ofHours(48), times.changeNoticeLead());
    assertEquals(Duration.ofHours(6), times.backupGrace());
    assertEquals(List.of(LEAD), times.recipients());
    SafeguardSettings paged = seed.withPageSize(1);
    assertEquals(1, paged.pageSize());
    assertEquals(Duration.ofHours(24), paged.changeNoticeLead());
    assertEquals(new SafeguardSettings(List.of(LEAD), Duration.ofDays(2), Duration.ofHours(6), 500),
        times);
  }

  @Test
  void the_recipients_are_copied() {
    // rule: CON-07, CON-08
    List<Recipient> who = new ArrayList<>(List.of(ZHAO));
    SafeguardSettings settings = SafeguardSettings.seed().withRecipients(who);
    who.add(LEAD);
    assertEquals(List.of(ZHAO), settings.recipients());
    assertThrows(UnsupportedOperationException.class, () -> settings.recipients().add(LEAD));
  }

  @Test
  void no_recipient_is_refused() {
    // rule: CON-07, CON-08
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SafeguardSettings.seed().withRecipients(List.of()));
    assertEquals("recipients", e.violations().get(0).path());
    assertTrue(e.getMessage(Locale.ENGLISH).contains("no recipient"));
  }

  @Test
  void a_lead_of_zero_or_less_is_refused() {
    // rule: CON-07
    SafeguardSettings seed = SafeguardSettings.seed();
    for (Duration lead : List.of(Duration.ZERO, Duration.ofNanos(-1), Duration.ofDays(-1))) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> seed.withTimes(lead, Duration.ZERO));
      assertEquals("changeNoticeLead", e.violations().get(0).path());
    }
    assertEquals(Duration.ofNanos(1), seed.withTimes(Duration.ofNanos(1), Duration.ZERO)
        .changeNoticeLead());
  }

  @Test
  void a_negative_grace_is_refused_and_zero_is_allowed() {
    // rule: CON-08
    SafeguardSettings seed = SafeguardSettings.seed();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> seed.withTimes(Duration.ofDays(1), Duration.ofNanos(-1)));
    assertEquals("backupGrace", e.violations().get(0).path());
    assertEquals(Duration.ZERO, seed.withTimes(Duration.ofDays(1), Duration.ZERO).backupGrace());
  }

  @Test
  void a_page_size_below_one_is_refused() {
    // rule: CON-07, CON-08
    for (int size : new int[] {0, -1, Integer.MIN_VALUE}) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> SafeguardSettings.seed().withPageSize(size));
      assertEquals("pageSize", e.violations().get(0).path());
      assertTrue(e.getMessage(Locale.ENGLISH).contains("greater than or equal to 1"));
    }
  }

  @Test
  void a_missing_value_is_refused() {
    // rule: CON-07, CON-08
    assertThrows(NullPointerException.class,
        () -> new SafeguardSettings(null, Duration.ofDays(1), Duration.ZERO, 1));
    assertThrows(NullPointerException.class,
        () -> new SafeguardSettings(List.of(LEAD), null, Duration.ZERO, 1));
    assertThrows(NullPointerException.class,
        () -> new SafeguardSettings(List.of(LEAD), Duration.ofDays(1), null, 1));
  }
}
