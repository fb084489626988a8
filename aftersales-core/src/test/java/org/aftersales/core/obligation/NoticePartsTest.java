package org.aftersales.core.obligation;

import static org.aftersales.core.obligation.ObligationFakes.maintenance;
import static org.aftersales.core.obligation.ObligationFakes.sh;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.aftersales.core.contract.MonthEndSchedule;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.obligation.ObligationFakes.Files;
import org.aftersales.core.obligation.ObligationFakes.Log;
import org.aftersales.core.obligation.ObligationFakes.TestClock;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.servicelevel.OfficeCalendar;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;

/**
 * The notice-key parts this package derives stay within a key part's 128 code points: a part
 * that fits is kept as it is, a longer one becomes {@code sha256-} and the first 40 hex digits of
 * its SHA-256 — computed here independently with the JDK's {@link MessageDigest}.
 *
 * <p>// rule: CON-04 (the notices of an inspection to a person with a long ID)
 */
class NoticePartsTest {

  /** The reference: {@code sha256-} and the first 40 hex digits of the UTF-8 SHA-256. */
  static String hashed(String text) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8));
    // 20 bytes are 40 hex digits.
    return "sha256-" + HexFormat.of().formatHex(digest, 0, 20);
  }

  @Test
  void a_short_part_and_one_of_exactly_128_code_points_are_kept_as_they_are() {
    assertEquals("MONTHLY_INSPECTION.due.role:AFTER_SALES_LEAD",
        NoticeKey.part("MONTHLY_INSPECTION.due.role:AFTER_SALES_LEAD"));
    String ascii = "x".repeat(128);
    assertEquals(ascii, NoticeKey.part(ascii));
    // 128 code points outside the BMP are 256 chars: still one part's length.
    String wide = "\uD840\uDC00".repeat(128);
    assertEquals(256, wide.length());
    assertEquals(wide, NoticeKey.part(wide));
  }

  @Test
  void a_part_of_129_code_points_becomes_its_stable_sha256_prefix() throws Exception {
    String long129 = "y".repeat(129);
    String bounded = NoticeKey.part(long129);
    assertEquals(hashed(long129), bounded);
    assertEquals(7 + 40, bounded.length());
    String wide = "\uD840\uDC00".repeat(129);
    assertEquals(hashed(wide), NoticeKey.part(wide));
  }

  @Test
  void a_recipient_with_a_128_character_id_gets_a_valid_key_the_same_on_every_run()
      throws Exception {
    // The step "MONTHLY_INSPECTION.due.person:" + 128 characters is 158 code points: hashed; the
    // occurrence "2027-01 SYS-1@2027-01-31" fits and is kept.
    String id = "P" + "7".repeat(127);
    Recipient person = Recipient.person(PersonId.of(id));
    String step = "MONTHLY_INSPECTION.due.person:" + id;
    NoticeKey expected = new NoticeKey("contract-obligation", "C-1",
        RuleId.of("CON-04"), hashed(step),
        "2027-01 SYS-1@2027-01-31");
    // Two runs on their own fakes (another node, another day) derive the same key.
    for (int run = 0; run < 2; run++) {
      Files files = new Files();
      files.stored(maintenance("C-1", List.of("SYS-1"), LocalDate.of(2027, 1, 1),
          LocalDate.of(2027, 1, 31)));
      Log log = new Log();
      ObligationReminders reminders = new ObligationReminders(files, log,
          new MonthEndSchedule(), ObligationSettings.seed()
              .withRecipients(ObligationKind.MONTHLY_INSPECTION, List.of(person)),
          new OfficeCalendar(), new TestClock(sh("2027-06-0" + (run + 1) + "T12:00")));
      // January's inspection, due Sun 31 Jan, lead 7: notice day Sun 24 Jan → Mon 25 Jan 09:00.
      Instant at = sh("2027-01-25T09:00");
      List<Notice> recorded = reminders.issue(at, at.plusNanos(1_000)).recorded();
      assertEquals(1, recorded.size());
      Notice n = recorded.get(0);
      assertEquals(expected, n.key());
      assertEquals(person, n.recipient());
    }
  }
}
