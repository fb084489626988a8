package org.aftersales.examples.postgres.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aftersales.core.shared.OutboxEvent;

/** The round-trip check the JSON tests share: written, read back as its type, equal. */
final class RoundTrip {

  static final AftersalesJson JSON = new AftersalesJson();

  /** The class names of the events every JSON test has round-tripped so far. */
  static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private RoundTrip() {}

  /**
   * Writes {@code value}, reads it back as {@code type}, and asserts the result is equal to it and
   * is written to the same text again.
   */
  static <T> T check(Class<T> type, T value) {
    String json = JSON.write(value);
    T back = JSON.read(json, type);
    assertEquals(value, back, () -> type.getSimpleName() + " changed through " + json);
    assertEquals(json, JSON.write(back), () -> type.getSimpleName() + " is written unstably");
    return back;
  }

  /** An outbox event's payload, read back by the class name the outbox stores beside it. */
  static void checkEvent(OutboxEvent e) {
    SEEN.add(e.event().getClass().getName());
    try {
      @SuppressWarnings("unchecked")
      Class<Object> type = (Class<Object>) Class.forName(e.event().getClass().getName());
      check(type, e.event());
    } catch (ClassNotFoundException x) {
      throw new AssertionError(x);
    }
  }
}
