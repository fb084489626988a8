package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

/**
 * The stable identity of one stored domain event (事件编号), for the receiver's de-duplication: the
 * relay delivers each event at least once, and a receiver that has seen an ID before ignores it.
 *
 * <p>The library derives it from where the event came from, never from a clock or a random number:
 * {@code <source kind>/<source id>/<version>/<index>}, for example {@code complaint/261107/2/0} —
 * the first event of the change that stored version 2 of complaint case 261107. A retried command
 * whose first attempt stored nothing produces the same IDs; a change that was stored is never
 * stored again (the versions are optimistic), so an ID never names two different events. Any text
 * that is a valid {@link Identifier} is accepted by {@link #of(String)} (for adapters reading IDs
 * back). Immutable and thread-safe.
 */
public final class EventId extends Identifier<EventId> {

  private static final long serialVersionUID = 1L;

  private EventId(String value) {
    super(value);
  }

  /**
   * Wraps a stored event ID, for adapters reading it back.
   *
   * @param value the ID's text
   * @return the ID
   * @throws InvalidInputException if {@code value} is not a valid identifier (see
   *     {@link Identifier})
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  /**
   * The ID of the {@code index}-th event (from 0) of the change that stored {@code version} of
   * the aggregate {@code sourceId} of kind {@code sourceKind}.
   *
   * @param sourceKind the aggregate kind's code, e.g. {@code complaint}
   * @param sourceId the aggregate's identity as text, e.g. {@code 261107}
   * @param version the version the change stored (1 for a new aggregate)
   * @param index the event's position within the change, from 0
   * @return e.g. {@code complaint/261107/1/0}
   * @throws InvalidInputException if the text is longer than {@value Identifier#MAX_LENGTH}
   *     characters or otherwise not a valid identifier
   * @throws InvalidInputException if {@code index} is negative or {@code version} is
   *     {@link Version#initial()} (nothing stored has version 0)
   */
  public static EventId of(String sourceKind, String sourceId, Version version, int index) {
    requireNonNull(sourceKind, "sourceKind");
    requireNonNull(sourceId, "sourceId");
    requireNonNull(version, "version");
    if (index < 0) {
      throw InvalidInputException.of("index", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 0), index);
    }
    if (version.isInitial()) {
      throw InvalidInputException.of("version", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), version);
    }
    return new EventId(sourceKind + "/" + sourceId + "/" + version.value() + "/" + index);
  }
}
