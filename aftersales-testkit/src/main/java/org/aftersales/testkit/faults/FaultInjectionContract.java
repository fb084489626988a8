package org.aftersales.testkit.faults;

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
 * <p>It is {@link StorageFaultInjectionContract} — whose class comment says what it runs and
 * checks — over a fresh {@link InMemoryDatabase} per run, with the database's outbox; the host
 * transactions are the database's. To run the same suite over your own database and adapters,
 * extend {@link StorageFaultInjectionContract} instead. Every test has a timeout of five minutes.
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
