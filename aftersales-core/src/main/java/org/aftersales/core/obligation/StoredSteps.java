package org.aftersales.core.obligation;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.aftersales.core.shared.ConcurrentUpdateException;

/**
 * How the registers of this package store a versioned value idempotently: a new one only if none
 * is stored (an equal one again answers the stored one), a change only if it changes something,
 * and a save that loses a race read and applied again, up to {@value ContractObligations#ATTEMPTS}
 * attempts. Stateless.
 */
final class StoredSteps {

  private StoredSteps() {}

  /**
   * Stores a new value: {@code find} the stored one; if present, answer it when {@code same}
   * holds, else throw {@code other}; if absent, {@code save}.
   */
  static <V> V create(Supplier<Optional<V>> find, Predicate<V> same,
      Supplier<? extends RuntimeException> other, Supplier<V> save) {
    for (int attempt = 1; ; attempt++) {
      Optional<V> stored = find.get();
      if (stored.isPresent()) {
        if (same.test(stored.get())) {
          return stored.get();
        }
        throw other.get();
      }
      try {
        return save.get();
      } catch (ConcurrentUpdateException conflict) {
        if (attempt >= ContractObligations.ATTEMPTS) {
          throw conflict;
        }
      }
    }
  }

  /**
   * Changes a stored value: {@code find} it (throwing if absent), apply {@code step}, and
   * {@code save} the result unless it equals the stored one.
   */
  static <V> V update(Supplier<V> find, UnaryOperator<V> step, UnaryOperator<V> save) {
    for (int attempt = 1; ; attempt++) {
      V stored = find.get();
      V next = step.apply(stored);
      if (next.equals(stored)) {
        return stored;
      }
      try {
        return save.apply(next);
      } catch (ConcurrentUpdateException conflict) {
        if (attempt >= ContractObligations.ATTEMPTS) {
          throw conflict;
        }
      }
    }
  }
}
