package org.aftersales.rules.numbering;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.numbering.SequenceKey;

/**
 * A small thread-safe {@link NumberSequences} for the rules tests (the testkit's adapter is not
 * available here: rules must not depend on the testkit). Gapless: 1, 2, 3, … per key. Records
 * every key it was asked for, in order, so tests can check which counter a number came from.
 */
final class FakeSequences implements NumberSequences {

  private final ConcurrentMap<SequenceKey, AtomicLong> counters = new ConcurrentHashMap<>();
  private final List<SequenceKey> requested = new CopyOnWriteArrayList<>();

  @Override
  public long next(SequenceKey key) {
    requested.add(key);
    return counters.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
  }

  @Override
  public OptionalLong lastAllocated(SequenceKey key) {
    AtomicLong counter = counters.get(key);
    return counter == null ? OptionalLong.empty() : OptionalLong.of(counter.get());
  }

  @Override
  public boolean isGapless() {
    return true;
  }

  /** Sets a counter as if {@code last} serials had been handed out already. */
  FakeSequences startingAfter(SequenceKey key, long last) {
    counters.computeIfAbsent(key, k -> new AtomicLong()).set(last);
    return this;
  }

  /** Every key asked for, in the order of the calls. */
  List<SequenceKey> requestedKeys() {
    return List.copyOf(requested);
  }
}
