package org.aftersales.testkit.notification;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Notifications;
import org.aftersales.core.notification.Recipient;
import org.junit.jupiter.api.Assertions;

/**
 * A {@link Notifications} that records what it is sent (通知记录器), for tests: every delivery
 * ({@link #deliveries()}), the distinct notices by key as a receiver that de-duplicates would keep
 * them ({@link #received()}), and assertions that read as sentences — {@link
 * #assertReceivedOnce(NoticeKind, Recipient)} ("exactly one notice of this kind to this
 * recipient"), {@link #assertReceivedOnce(NoticeKey)}, {@link #assertNoneReceived(NoticeKind)},
 * {@link #assertNothingReceivedBy(Recipient)}, {@link #assertNothingReceived()} — whose failures
 * list what was received. It keeps every repeat, so it hands a notice over at least once and does
 * not ignore keys it has seen. Passes {@link NotificationsContract}. Thread-safe.
 */
public final class RecordingNotifications implements Notifications {

  private final List<Notice> deliveries = new ArrayList<>();

  /** A recorder that has received nothing. */
  public RecordingNotifications() {}

  @Override
  public synchronized void send(Notice notice) {
    deliveries.add(requireNonNull(notice, "notice"));
  }

  /**
   * Every delivery, in order, repeats included.
   *
   * @return a copy
   */
  public synchronized List<Notice> deliveries() {
    return List.copyOf(deliveries);
  }

  /**
   * The distinct notices, by key, in the order first delivered: what a receiver that
   * de-duplicates by key acts on.
   *
   * @return a copy
   */
  public synchronized List<Notice> received() {
    Map<NoticeKey, Notice> byKey = new LinkedHashMap<>();
    deliveries.forEach(n -> byKey.putIfAbsent(n.key(), n));
    return List.copyOf(byKey.values());
  }

  /**
   * The distinct notices of one kind.
   *
   * @param kind the kind
   * @return them, in the order first delivered
   */
  public List<Notice> received(NoticeKind kind) {
    return received().stream().filter(n -> n.kind().equals(kind)).toList();
  }

  /**
   * The distinct notices addressed to one recipient.
   *
   * @param recipient the recipient
   * @return them, in the order first delivered
   */
  public List<Notice> receivedBy(Recipient recipient) {
    return received().stream().filter(n -> n.recipient().equals(recipient)).toList();
  }

  /**
   * Asserts that exactly one distinct notice has {@code key}, and returns it.
   *
   * @param key the key
   * @return the notice
   */
  public Notice assertReceivedOnce(NoticeKey key) {
    List<Notice> matching = received().stream().filter(n -> n.key().equals(key)).toList();
    Assertions.assertEquals(1, matching.size(), () -> "expected the notice " + key.text()
        + " once, received " + received().stream().map(n -> n.key().text()).toList());
    return matching.get(0);
  }

  /**
   * The distinct notices of one kind addressed to one recipient.
   *
   * @param kind the kind
   * @param recipient the recipient
   * @return them, in the order first delivered
   */
  public List<Notice> received(NoticeKind kind, Recipient recipient) {
    return received().stream()
        .filter(n -> n.kind().equals(kind) && n.recipient().equals(recipient)).toList();
  }

  /**
   * How many times a notice with {@code key} was delivered, repeats included.
   *
   * @param key the key
   * @return the count, 0 if never
   */
  public long timesDelivered(NoticeKey key) {
    requireNonNull(key, "key");
    return deliveries().stream().filter(n -> n.key().equals(key)).count();
  }

  /**
   * Asserts that exactly one distinct notice of {@code kind} went to {@code recipient} (repeats
   * of it under its key count once), and returns it; the failure lists every notice received.
   *
   * @param kind the kind
   * @param recipient the recipient
   * @return the notice
   */
  public Notice assertReceivedOnce(NoticeKind kind, Recipient recipient) {
    List<Notice> matching = received(kind, recipient);
    Assertions.assertEquals(1, matching.size(), () -> "expected exactly one " + kind.code()
        + " notice to " + recipient.text() + ", received " + describe(received()));
    return matching.get(0);
  }

  /**
   * Asserts that no notice of {@code kind} was delivered, to anyone.
   *
   * @param kind the kind
   */
  public void assertNoneReceived(NoticeKind kind) {
    Assertions.assertEquals(List.of(), describe(received(kind)),
        () -> "expected no " + kind.code() + " notice");
  }

  /**
   * Asserts that nothing was delivered to {@code recipient}.
   *
   * @param recipient the recipient
   */
  public void assertNothingReceivedBy(Recipient recipient) {
    Assertions.assertEquals(List.of(), describe(receivedBy(recipient)),
        () -> "expected no notice to " + recipient.text());
  }

  /**
   * Asserts that nothing was delivered.
   */
  public void assertNothingReceived() {
    Assertions.assertEquals(List.of(), received().stream().map(n -> n.key().text()).toList(),
        "expected no notice");
  }

  private static List<String> describe(List<Notice> notices) {
    return notices.stream()
        .map(n -> n.kind().code() + " to " + n.recipient().text() + " (" + n.key().text() + ")")
        .toList();
  }

  /**
   * Forgets everything delivered so far.
   */
  public synchronized void clear() {
    deliveries.clear();
  }
}
