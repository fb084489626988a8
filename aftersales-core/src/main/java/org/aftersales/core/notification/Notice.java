package org.aftersales.core.notification;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import org.aftersales.core.shared.DomainEvent;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.TextRules;

/**
 * A typed notice (通知): what happened ({@link #kind()}), to whom it goes ({@link #recipient()}),
 * how ({@link #delivery()}), and its parameters as plain values — never formatted text; the host
 * renders it to mail, SMS or chat in the reader's language. Its {@link #key()} is deterministic, so
 * the {@link NoticeLog} records it once however often it is derived. A notice is a
 * {@link DomainEvent}: the log appends it to the outbox, and the relay delivers it.
 *
 * <p>Parameter values are plain: {@link String}, {@link Long}, {@link Boolean},
 * {@link BigDecimal}, {@link Instant} or {@link LocalDate}; names are identifier text, sorted.
 *
 * @param key the deterministic identity
 * @param kind what the notice says
 * @param recipient whom it is for
 * @param delivery on its own or in a digest
 * @param occurredAt when it was derived (the sweep's clock; not part of the key, so a retry or
 *     another node may derive an equal key at another instant — the first recorded wins)
 * @param parameters the plain values the text is rendered from, sorted by name; unmodifiable
 */
public record Notice(NoticeKey key, NoticeKind kind, Recipient recipient, Delivery delivery,
    Instant occurredAt, SortedMap<String, Object> parameters) implements DomainEvent {

  /**
   * Checks the fields and copies the parameters.
   *
   * @param key the deterministic identity
   * @param kind what the notice says
   * @param recipient whom it is for
   * @param delivery on its own or in a digest
   * @param occurredAt when it was derived
   * @param parameters the plain values
   * @throws InvalidInputException if a parameter's name is not identifier text or its value is
   *     not a plain value (path {@code parameters.<name>})
   */
  public Notice {
    requireNonNull(key, "key");
    requireNonNull(kind, "kind");
    requireNonNull(recipient, "recipient");
    requireNonNull(delivery, "delivery");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(parameters, "parameters");
    for (Map.Entry<String, Object> e : parameters.entrySet()) {
      String name = requireNonNull(e.getKey(), "name");
      if (name.length() > 64 || !NoticeKey.isPrintableAscii(name)) {
        TextRules.requireIdentifierText("parameters", name, 64);
      }
      if (!isPlain(e.getValue())) {
        throw InvalidInputException.of("parameters." + e.getKey(),
            MessageBundle.CORE.message("core.notice.notPlain"), String.valueOf(e.getValue()));
      }
    }
    // An ImmutableSortedMap in natural order is kept as it is (copyOfSorted returns it).
    parameters = ImmutableSortedMap.copyOfSorted(parameters);
  }

  /**
   * A notice whose delivery follows from its recipient: {@link Delivery#IN_DIGEST} for a
   * {@linkplain Recipient#supervisor() supervisor}, {@link Delivery#IMMEDIATE} for anyone else.
   *
   * @param key the deterministic identity
   * @param kind what the notice says
   * @param recipient whom it is for
   * @param occurredAt when it was derived
   * @param parameters the plain values
   * @return the notice
   */
  public static Notice of(NoticeKey key, NoticeKind kind, Recipient recipient, Instant occurredAt,
      Map<String, Object> parameters) {
    return new Notice(key, kind, recipient,
        recipient.supervisor() ? Delivery.IN_DIGEST : Delivery.IMMEDIATE, occurredAt,
        parameters instanceof ImmutableSortedMap<String, Object> sorted
            && sorted.comparator().equals(java.util.Comparator.naturalOrder())
            ? sorted : ImmutableSortedMap.copyOf(parameters));
  }

  private static boolean isPlain(Object value) {
    return value instanceof String || value instanceof Long || value instanceof Boolean
        || value instanceof BigDecimal || value instanceof Instant || value instanceof LocalDate;
  }

  /**
   * The outbox event that carries this notice, under {@link NoticeKey#eventId()}.
   *
   * @return the outbox event
   */
  public OutboxEvent outboxEvent() {
    return new OutboxEvent(key.eventId(), this);
  }
}
