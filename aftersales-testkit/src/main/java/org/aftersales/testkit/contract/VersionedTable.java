package org.aftersales.testkit.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.core.shared.Version;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * The body every in-memory repository of this package shares: one table of versioned aggregates
 * by ID beside the outbox of the same {@link InMemoryDatabase}, an optimistic save that checks
 * everything before it writes anything, and keyset pages by ID of the aggregates a day-window
 * predicate selects. Thread-safe (every access runs {@link InMemoryDatabase#atomically}).
 *
 * @param <K> the ID type
 * @param <V> the aggregate type
 */
final class VersionedTable<K extends Comparable<K>, V> {

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<K, V> byId;
  private final InMemoryOutbox outbox;
  private final LocalizableMessage kind;
  private final Function<V, K> id;
  private final Function<V, Version> version;
  private final BiFunction<V, Version, V> withVersion;
  private final Comparator<V> byIdOrder;

  VersionedTable(InMemoryDatabase database, String name, LocalizableMessage kind,
      Function<V, K> id, Function<V, Version> version, BiFunction<V, Version, V> withVersion) {
    this.database = database;
    this.byId = database.table(name);
    this.outbox = InMemoryOutbox.over(database);
    this.kind = kind;
    this.id = id;
    this.version = version;
    this.withVersion = withVersion;
    this.byIdOrder = Comparator.comparing(id);
  }

  InMemoryDatabase database() {
    return database;
  }

  InMemoryOutbox outbox() {
    return outbox;
  }

  Optional<V> find(K key) {
    requireNonNull(key, "id");
    return database.atomically(() -> Optional.ofNullable(byId.get(key)));
  }

  V save(V value, List<OutboxEvent> events) {
    requireNonNull(value, "value");
    List<OutboxEvent> toAppend = List.copyOf(requireNonNull(events, "events"));
    return database.atomically(() -> {
      // Every check first, then every write: a refusal writes nothing.
      K key = id.apply(value);
      V stored = byId.get(key);
      Version expected = version.apply(value);
      Version actual = stored == null ? null : version.apply(stored);
      boolean matches = stored == null ? expected.isInitial() : actual.equals(expected);
      if (!matches) {
        throw new ConcurrentUpdateException(kind, String.valueOf(keyText(key)), expected,
            actual);
      }
      V saved = withVersion.apply(value, expected.next());
      outbox.append(toAppend);
      byId.put(key, saved);
      return saved;
    });
  }

  /** The first page (after == null) or the next, of the values the predicate selects. */
  List<V> page(K after, int max, Predicate<V> selected) {
    requireMax(max);
    return database.atomically(() -> byId.values().stream()
        .filter(v -> after == null || id.apply(v).compareTo(after) > 0).sorted(byIdOrder)
        .filter(selected).limit(max).toList());
  }

  List<V> all() {
    return database.atomically(() -> byId.values().stream().sorted(byIdOrder).toList());
  }

  int size() {
    return database.atomically(byId::size);
  }

  private static Object keyText(Object key) {
    return key instanceof org.aftersales.core.shared.Identifier<?> identifier
        ? identifier.value() : key;
  }

  static void requireMax(int max) {
    if (max < 0) {
      throw InvalidInputException.of("max",
          MessageBundle.CORE.message("core.service.maxNegative"), max);
    }
  }

  static void requireWindow(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.contract.windowReversed", "from", from), to);
    }
  }

  static void requireWindow(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", MessageBundle.CORE.message(
          "core.contract.windowReversed", "from", from), to);
    }
  }
}
