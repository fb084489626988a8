package org.aftersales.testkit.notification;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract of the {@link Notifications} port (通知端口契约测试), as tests any adapter can run:
 * extend this class, give the adapter ({@link #notifications()}) and tell how often your test
 * channel (a fake mail server, an SMS sandbox) has been handed a notice
 * ({@link #timesHandedOver(NoticeKey)}); if the adapter ignores a key it has sent, say so
 * ({@link #ignoresKeysAlreadySent()}).
 *
 * <pre>{@code
 * class MailNotificationsTest extends NotificationsContract {
 *   @Override protected Notifications notifications() { return new MailNotifications(smtp); }
 *   @Override protected long timesHandedOver(NoticeKey key) {
 *     return smtp.messages().stream().filter(m -> m.header("X-Notice-Key")
 *         .equals(key.text())).count();
 *   }
 *   @Override protected boolean ignoresKeysAlreadySent() { return true; }
 * }
 * }</pre>
 *
 * <h2>What it checks — what the port's Javadoc promises</h2>
 * <ul>
 *   <li>returning normally means handed over: once {@code send} returns, a notice to be sent on
 *       its own ({@link Delivery#IMMEDIATE}) has been handed over (at least once; exactly once by
 *       an adapter that ignores keys it has sent), whatever the library's kind and whatever its
 *       plain parameters; a kind the channel may not know (an adopter's own) is handed over or
 *       refused with an exception, never dropped with a normal return;</li>
 *   <li>a notice awaiting a digest ({@link Delivery#IN_DIGEST}) is accepted; it need not be handed
 *       over on its own (the Javadoc lets the adapter keep it for a dashboard), while the
 *       supervisor's digest itself is;</li>
 *   <li>at least once: the relay offers a notice again, so a repeat with the same key is accepted
 *       as well; an adapter that ignores keys it has sent hands it over exactly once, any other at
 *       least once;</li>
 *   <li>keys are compared whole and exactly: notices differing only in the occurrence, the step or
 *       the letter case of the source ID are different notices, each handed over;</li>
 *   <li>two relays at once: 16 threads sending the same notices concurrently all return normally,
 *       and each key is handed over (exactly once if the adapter ignores keys it has sent).</li>
 * </ul>
 *
 * <p>The port's Javadoc is silent on what a {@code null} or otherwise unusable notice does, on
 * what a channel does with a kind it cannot render, on the order notices are handed over in, and
 * on how a notice is rendered; this contract checks none of them beyond "a normal return means
 * handed over". Keys are built from a random key per run, so the channel may hold other notices.
 * Each test fails after two minutes. // rule: SVC-08
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class NotificationsContract {

  private static final String RUN =
      UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Instant AT = Instant.parse("2026-11-02T07:30:00.123456Z");
  private static final Recipient TECHNICIAN = Recipient.person(PersonId.of("tech-li"));
  private static final Map<String, Object> EVERY_PLAIN_TYPE = Map.of(
      "text", "机号 SN-1 保修期内", "count", 3L, "urgent", Boolean.TRUE,
      "amount", new BigDecimal("1234.50"), "due", AT, "day", LocalDate.of(2026, 11, 2));

  /** For subclasses. */
  protected NotificationsContract() {}

  /**
   * The adapter under test; it may be a new instance on each call, over the same channel.
   *
   * @return the adapter
   */
  protected abstract Notifications notifications();

  /**
   * How many times the test channel has been handed the notice with {@code key}, counted when
   * this is called.
   *
   * @param key the notice's key
   * @return the count, 0 if never
   */
  protected abstract long timesHandedOver(NoticeKey key);

  /**
   * Whether the adapter remembers the keys it has sent and ignores a key it has seen (the
   * Javadoc's "an implementation that must not send twice"); false by default.
   *
   * @return true if a repeat is never handed over again
   */
  protected boolean ignoresKeysAlreadySent() {
    return false;
  }

  private static NoticeKey newKey(String step) {
    return new NoticeKey("service-request", "SR-" + RUN + "-" + COUNTER.incrementAndGet(),
        RuleId.of("SVC-08"), step, "2026-11-02T07:30:00Z");
  }

  private static Notice breach(NoticeKey key, Recipient to) {
    return Notice.of(key, NoticeKind.BREACH, to, AT,
        Map.of("serviceRequest", key.sourceId(), "due", AT, "level", 1L));
  }

  private void assertHandedOverAsPromised(NoticeKey key, String what) {
    long times = timesHandedOver(key);
    if (ignoresKeysAlreadySent()) {
      assertEquals(1, times, what + ": handed over exactly once");
    } else {
      assertTrue(times >= 1, what + ": handed over at least once, was " + times);
    }
  }

  @Test
  void a_notice_to_be_sent_on_its_own_is_handed_over_once_send_returns() {
    Notice notice = breach(newKey("ARRIVAL_ON_SITE.breach"), TECHNICIAN);
    assertEquals(Delivery.IMMEDIATE, notice.delivery(), "a technician's notice is sent alone");
    notifications().send(notice);
    assertHandedOverAsPromised(notice.key(), "a notice sent once");
  }

  @Test
  void every_kind_of_the_library_is_handed_over_with_any_plain_parameters()
      throws IllegalAccessException {
    List<NoticeKind> kinds = new ArrayList<>();
    // The library's kinds as declared, so a kind added later is covered without editing here.
    for (Field f : NoticeKind.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == NoticeKind.class) {
        kinds.add((NoticeKind) f.get(null));
      }
    }
    assertTrue(kinds.size() >= 20, "the library declares its kinds as constants: " + kinds);
    for (NoticeKind kind : kinds) {
      NoticeKey key = newKey(kind.code().toLowerCase(Locale.ROOT));
      notifications().send(Notice.of(key, kind, TECHNICIAN, AT, EVERY_PLAIN_TYPE));
      assertHandedOverAsPromised(key, kind.code());
    }
  }

  @Test
  void a_kind_the_channel_may_not_know_is_handed_over_or_refused_but_never_dropped() {
    // The Javadoc does not say what a channel does with a kind it has no template for; it does
    // say that returning normally means handed over. So either is kept: a throw (the relay offers
    // it again) or a hand-over — but not a normal return that sent nothing.
    NoticeKind unknown = NoticeKind.of("ADOPTER-OWN_1", "Our own notice", "自定义通知");
    NoticeKey key = newKey("adopter-own");
    RuntimeException refused = null;
    try {
      notifications().send(Notice.of(key, unknown, TECHNICIAN, AT, EVERY_PLAIN_TYPE));
    } catch (RuntimeException e) {
      refused = e;
    }
    // After a throw it may or may not have been handed over, so only a normal return binds.
    assertTrue(refused != null || timesHandedOver(key) >= 1,
        "send returned normally, so the notice must have been handed over");
  }

  @Test
  void a_notice_awaiting_a_digest_is_accepted_and_the_digest_itself_is_handed_over() {
    Recipient supervisor = Recipient.supervisorPerson(PersonId.of("sup-" + RUN));
    Notice listed = breach(newKey("ARRIVAL_ON_SITE.breach"), supervisor);
    Notice byRole = breach(newKey("ARRIVAL_ON_SITE.breach"),
        Recipient.role(RecipientRole.SUPERVISOR));
    assertEquals(Delivery.IN_DIGEST, listed.delivery());
    assertEquals(Delivery.IN_DIGEST, byRole.delivery());
    assertDoesNotThrow(() -> notifications().send(listed));
    assertDoesNotThrow(() -> notifications().send(byRole));
    Notice digest = new Notice(new NoticeKey("supervisor-digest", supervisor.text(),
        RuleId.of("SVC-08"), "digest", listed.key().digest()), NoticeKind.SUPERVISOR_DIGEST,
        supervisor, Delivery.IMMEDIATE, AT, new TreeMap<>(Map.of("count", 2L)));
    notifications().send(digest);
    assertHandedOverAsPromised(digest.key(), "the digest");
  }

  @Test
  void a_repeat_offered_by_the_relay_is_accepted_and_handed_over_at_least_once_in_all() {
    Notice notice = breach(newKey("REPLY.breach"), TECHNICIAN);
    notifications().send(notice);
    assertDoesNotThrow(() -> notifications().send(notice), "the relay offers it again");
    assertDoesNotThrow(() -> notifications().send(notice), "and again");
    assertHandedOverAsPromised(notice.key(), "a notice sent three times");
  }

  @Test
  void notices_whose_keys_differ_in_one_part_or_in_letter_case_are_different_notices() {
    NoticeKey key = new NoticeKey("service-request", "sr-case-" + RUN + "-"
        + COUNTER.incrementAndGet(), RuleId.of("SVC-08"), "ARRIVAL_ON_SITE.escalation-1",
        "2026-11-02T07:30:00Z");
    List<NoticeKey> keys = List.of(key,
        new NoticeKey(key.sourceKind(), key.sourceId(), key.rule(), key.step(),
            "2026-11-02T08:30:00Z"),
        new NoticeKey(key.sourceKind(), key.sourceId(), key.rule(),
            "ARRIVAL_ON_SITE.escalation-2", key.occurrence()),
        new NoticeKey(key.sourceKind(), key.sourceId().toUpperCase(Locale.ROOT), key.rule(),
            key.step(), key.occurrence()));
    for (NoticeKey k : keys) {
      notifications().send(breach(k, TECHNICIAN));
    }
    for (NoticeKey k : keys) {
      assertHandedOverAsPromised(k, k.text());
    }
  }

  @Test
  void two_relays_sending_the_same_notices_at_once_get_every_one_handed_over() throws Exception {
    List<Notice> notices = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      notices.add(breach(newKey("ARRIVAL_ON_SITE.breach"), TECHNICIAN));
    }
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          for (Notice n : notices) {
            notifications().send(n);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> r : results) {
        r.get(1, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    for (Notice n : notices) {
      assertHandedOverAsPromised(n.key(), n.key().text() + " sent by 16 threads");
    }
  }
}
