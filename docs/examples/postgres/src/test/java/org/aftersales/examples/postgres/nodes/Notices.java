package org.aftersales.examples.postgres.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aftersales.core.notification.Delivery;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.shared.OutboxEvent;

/** Notices among delivered events, and the digest check shared by the runs' tests. */
final class Notices {

  private Notices() {}

  /** The notices among {@code events}, digests of {@code digestKind} left out. */
  static List<Notice> withoutDigests(List<OutboxEvent> events, NoticeKind digestKind) {
    List<Notice> out = new ArrayList<>();
    for (OutboxEvent e : events) {
      if (e.event() instanceof Notice n && !n.kind().equals(digestKind)) {
        out.add(n);
      }
    }
    return out;
  }

  /** The digests of {@code digestKind} among {@code events}. */
  static List<Notice> digests(List<OutboxEvent> events, NoticeKind digestKind) {
    List<Notice> out = new ArrayList<>();
    for (OutboxEvent e : events) {
      if (e.event() instanceof Notice n && n.kind().equals(digestKind)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Every notice of {@code kinds} delivered in a digest is listed by exactly one digest of
   * {@code digestKind} (whichever node recorded it), and digests list nothing else.
   */
  static void assertEachListedByOneDigest(List<OutboxEvent> events, NoticeKind digestKind,
      Set<NoticeKind> kinds) {
    List<String> forDigests = withoutDigests(events, digestKind).stream()
        .filter(n -> kinds.contains(n.kind()) && n.delivery() == Delivery.IN_DIGEST)
        .map(n -> n.key().text()).toList();
    assertTrue(!forDigests.isEmpty(), "the scenario has notices for digests");
    List<Object> listed = new ArrayList<>();
    for (Notice d : digests(events, digestKind)) {
      d.parameters().forEach((name, value) -> {
        if (name.startsWith("notice-")) {
          listed.add(value);
        }
      });
    }
    assertEquals(new HashSet<>(forDigests), new HashSet<>(listed), "digests list those notices");
    assertEquals(forDigests.size(), listed.size(), "no notice listed by two digests");
  }
}
