package org.aftersales.testkit.faults;

import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.Outbox;
import org.aftersales.testkit.events.InMemoryOutbox;
import org.aftersales.testkit.store.InMemoryDatabase;

/**
 * The fault-injection suite for use cases (故障注入契约): proves that a scenario of use-case calls
 * loses nothing and does nothing twice when any port call fails — before, during or after it
 * reaches the adapter — and the caller retries the failed call with the same command (the same
 * request ID). Extend it for every use case, the library's and your own:
 *
 * <pre>{@code
 * class ComplaintRegistrationFaultTest extends FaultInjectionContract<MyWorld> {
 *   protected MyWorld newWorld(InMemoryDatabase db, FaultInjector faults) { ...wrap every port... }
 *   protected List<Step<MyWorld>> scenario() { ... }
 *   protected Object observe(MyWorld w, List<OutboxEvent> delivered) { ... }
 * }
 * }</pre>
 *
 * <h2>What it runs</h2>
 * The scenario first runs without faults: the reference — each step's result, how many port calls
 * each step makes, the stored state and the events the {@link EventRelay} delivers. Then, for every
 * step, every port call that step makes and every {@link FaultInjector.Phase}, a fresh world runs
 * the steps before it, fails that call, retries the step (and repeats it once more), runs the rest
 * and relays every event. It checks that:
 * <ol>
 *   <li>the failing call surfaced as the {@link InjectedFault} (or the use case tolerated it and
 *       returned the reference result);</li>
 *   <li>the retry, and a repeat after it, return the reference result ({@link #observeResult});</li>
 *   <li>the stored state and the delivered events (de-duplicated by event ID) equal the
 *       reference's ({@link #observe}) — nothing lost, nothing twice;</li>
 * </ol>
 * once with each port call its own transaction (autocommit: a serial drawn before a failure may be
 * lost, so {@link #observe} should not depend on number values) and once with each step inside a
 * host transaction of the {@link InMemoryDatabase} (the unit of work: everything is rolled back,
 * so {@link #observeExactly} — numbers included — must equal the reference; a fault after the
 * commit is a lost reply). Finally the relay itself is failed at each of its port calls (outbox
 * reads, marks, and the publisher) and rerun: every event is delivered at least once, and the
 * de-duplicated deliveries equal the reference.
 *
 * <p>Every test has a timeout of five minutes. To run the same suite over your own database and
 * adapters, extend {@link StorageFaultInjectionContract} instead.
 *
 * @param <W> the subclass's world: its use cases wired to wrapped ports
 */
public abstract class FaultInjectionContract<W>
    extends StorageFaultInjectionContract<InMemoryDatabase, W> {

  /** For subclasses. */
  protected FaultInjectionContract() {}

  /**
   * A new, empty {@link InMemoryDatabase}.
   *
   * @return the database
   */
  @Override
  protected final InMemoryDatabase newStorage() {
    return InMemoryDatabase.create();
  }

  /**
   * The database's outbox, {@link InMemoryOutbox#over(InMemoryDatabase)}.
   *
   * @param database the run's database
   * @return its outbox
   */
  @Override
  protected final Outbox outbox(InMemoryDatabase database) {
    return InMemoryOutbox.over(database);
  }

  /**
   * A fresh world over {@code database}: the use cases under test, every port they call wrapped
   * by {@code faults} ({@link FaultInjector#wrap}). Adapters must store in {@code database}; the
   * outbox is {@link InMemoryOutbox#over(InMemoryDatabase)}.
   *
   * @param database a new, empty database
   * @param faults the injector to wrap ports with
   * @return the world
   */
  @Override
  protected abstract W newWorld(InMemoryDatabase database, FaultInjector faults);
}
