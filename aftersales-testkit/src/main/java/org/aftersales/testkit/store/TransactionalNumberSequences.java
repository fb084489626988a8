package org.aftersales.testkit.store;

import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;

/** Counters in a table of an {@link InMemoryDatabase}: gapless, and rolled back with it. */
final class TransactionalNumberSequences implements NumberSequences {

  private final InMemoryDatabase database;
  private final InMemoryDatabase.Table<SequenceKey, Long> counters;

  TransactionalNumberSequences(InMemoryDatabase database) {
    this.database = database;
    this.counters = database.table("numberSequences");
  }

  @Override
  public long next(SequenceKey key) {
    requireNonNull(key, "key");
    return database.atomically(() -> {
      Long last = counters.get(key);
      long current = last == null ? 0 : last;
      if (current == Long.MAX_VALUE) {
        throw new IllegalStateException("the serials of " + key + " are exhausted");
      }
      counters.put(key, current + 1);
      return current + 1;
    });
  }

  @Override
  public OptionalLong lastAllocated(SequenceKey key) {
    requireNonNull(key, "key");
    return database.atomically(() -> {
      Long last = counters.get(key);
      return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    });
  }

  @Override
  public boolean isGapless() {
    return true;
  }

  @Override
  public String toString() {
    return "InMemoryDatabase.numberSequences";
  }
}
