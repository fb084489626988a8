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
 * them ({@link #received()}), and assertions that read as sentences. Thread-safe.
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
   * Asserts that nothing was delivered.
   */
  public void assertNothingReceived() {
    Assertions.assertEquals(List.of(), received().stream().map(n -> n.key().text()).toList(),
        "expected no notice");
  }

  /**
   * Forgets everything delivered so far.
   */
  public synchronized void clear() {
    deliveries.clear();
  }
}
