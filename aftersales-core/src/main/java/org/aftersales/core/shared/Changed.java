package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The result of a command applied to an immutable aggregate (变更结果): the next state and the
 * events the change caused. The aggregate itself is never mutated.
 *
 * @param state the next state of the aggregate
 * @param events the events, in order; unmodifiable
 * @param <A> the aggregate type
 */
public record Changed<A>(A state, List<DomainEvent> events) {

  /**
   * Checks and copies the fields.
   *
   * @param state the next state
   * @param events the events caused
   */
  public Changed {
    requireNonNull(state, "state");
    events = ImmutableList.copyOf(requireNonNull(events, "events"));
  }

  /**
   * A change with one event.
   *
   * @param state the next state
   * @param event the event
   * @param <A> the aggregate type
   * @return the change
   */
  public static <A> Changed<A> of(A state, DomainEvent event) {
    return new Changed<>(state, List.of(event));
  }
}
