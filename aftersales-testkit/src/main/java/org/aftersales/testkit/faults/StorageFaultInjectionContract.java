package org.aftersales.testkit.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.core.shared.Outbox;
import org.aftersales.core.shared.OutboxEvent;
import org.aftersales.testkit.events.RecordingEventPublisher;
import org.aftersales.testkit.store.UnitOfWork;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * The fault-injection suite for use cases over any storage (故障注入契约): what
 * {@link FaultInjectionContract} runs over an {@link org.aftersales.testkit.store.InMemoryDatabase},
 * here over the storage a subclass gives — a real database with the adopter's adapters — so that
 * a use case's "nothing lost, nothing twice" is proven where it will run:
 *
 * <pre>{@code
 * class RegistrationOnPostgresFaultTest
 *     extends StorageFaultInjectionContract<PostgresUnitOfWork, MyWorld> {
 *   protected PostgresUnitOfWork newStorage() { ...a fresh, empty database... }
 *   protected Outbox outbox(PostgresUnitOfWork db) { return new JdbcOutbox(db.connections()); }
 *   protected MyWorld newWorld(PostgresUnitOfWork db, FaultInjector faults) { ...wrap ports... }
 *   protected List<Step<MyWorld>> scenario() { ... }
 *   protected Object observe(MyWorld w, List<OutboxEvent> delivered) { ... }
 * }
 * }</pre>
 *
 * <h2>What it runs</h2>
 * The scenario first runs without faults: the reference — each step's result, how many port calls
 * each step makes, the stored state and the events the {@link EventRelay} delivers. Then, for every
 * step, every port call that step makes and every {@link FaultInjector.Phase}, a fresh world over
 * fresh storage runs the steps before it, fails that call, retries the step (and repeats it once
 * more), runs the rest and relays every event. It checks that:
 * <ol>
 *   <li>the failing call surfaced as the {@link InjectedFault} (or the use case tolerated it and
 *       returned the reference result);</li>
 *   <li>the retry, and a repeat after it, return the reference result ({@link #observeResult});</li>
 *   <li>the stored state and the delivered events (de-duplicated by event ID) equal the
 *       reference's ({@link #observe}) — nothing lost, nothing twice;</li>
 * </ol>
 * once with each port call its own transaction (autocommit: a serial drawn before a failure may be
 * lost, so {@link #observe} should not depend on number values) and once with each step inside a
 * host transaction of the storage's {@link UnitOfWork} (everything is rolled back, so
 * {@link #observeExactly} — numbers included — must equal the reference; a fault after the commit
 * is a lost reply). A {@link FaultInjector.Phase#DURING} fault runs the adapter's work in a nested
 * transaction of the unit of work and rolls it back, so the unit of work must undo a nested
 * transaction alone (a savepoint). Finally the relay itself is failed at each of its port calls
 * (outbox reads, marks, and the publisher) and rerun: every event is delivered at least once, and
 * the de-duplicated deliveries equal the reference.
 *
 * <p>Every test has a timeout of five minutes. Worlds are made one after another, never at once.
 *
 * @param <S> the storage: a unit of work the subclass's adapters store in
 * @param <W> the subclass's world: its use cases wired to wrapped ports
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class StorageFaultInjectionContract<S extends UnitOfWork, W> {

  /**
   * One use-case call of the scenario; it must send the same command (the same request ID) every
   * time it runs.
   *
   * @param name for reports, e.g. {@code register 261101}
   * @param action the call; returns the use case's result
   * @param <W> the world type
   */
  public record Step<W>(String name, Function<W, Object> action) {}

  /** For subclasses. */
  protected StorageFaultInjectionContract() {}

  /**
   * Fresh, empty storage for one run of the scenario (the suite makes one per test, one after
   * another): the adapters of {@link #newWorld} store in it, and its unit of work runs the host
   * transactions and the {@link FaultInjector.Phase#DURING} faults.
   *
   * @return the storage
   */
  protected abstract S newStorage();

  /**
   * The outbox of {@code storage}, which the suite's relay reads (the suite wraps it to fail its
   * calls).
   *
   * @param storage the run's storage
   * @return its outbox
   */
  protected abstract Outbox outbox(S storage);

  /**
   * A fresh world over {@code storage}: the use cases under test, every port they call wrapped
   * by {@code faults} ({@link FaultInjector#wrap}). Adapters must store in {@code storage}.
   *
   * @param storage the run's storage, new and empty
   * @param faults the injector to wrap ports with
   * @return the world
   */
  protected abstract W newWorld(S storage, FaultInjector faults);

  /**
   * The scenario: use-case calls in order.
   *
   * @return the steps
   */
  protected abstract List<Step<W>> scenario();

  /**
   * The observable outcome, in a form that does not depend on which serials were used (a retry
   * in autocommit may draw a new number): stored state and delivered events.
   *
   * @param world the world after the scenario
   * @param delivered the distinct events delivered, in order of first delivery
   * @return a value compared with {@code equals}
   */
  protected abstract Object observe(W world, List<OutboxEvent> delivered);

  /**
   * The observable outcome exactly, numbers included; compared when every step ran inside a host
   * transaction. By default {@link #observe}.
   *
   * @param world the world after the scenario
   * @param delivered the distinct events delivered
   * @return a value compared with {@code equals}
   */
  protected Object observeExactly(W world, List<OutboxEvent> delivered) {
    return observe(world, delivered);
  }

  /**
   * A step's result in the same form as {@link #observe} (by default the result itself).
   *
   * @param world the world
   * @param result the step's result
   * @return a value compared with {@code equals}
   */
  protected Object observeResult(W world, Object result) {
    return result;
  }

  /**
   * Failures at every port call of every step, each call its own transaction, then a retry.
   *
   * @return one test per step, call and phase
   */
  @TestFactory
  Stream<DynamicTest> a_fault_at_any_port_call_then_a_retry_loses_nothing_and_does_nothing_twice() {
    return faultTests(false);
  }

  /**
   * Failures at every port call of every step inside a host transaction, and after its commit.
   *
   * @return one test per step, call and phase
   */
  @TestFactory
  Stream<DynamicTest> in_a_host_transaction_a_fault_rolls_everything_back_and_the_retry_is_exact() {
    return faultTests(true);
  }

  /**
   * Failures at every port call of the relay, then the relay again.
   *
   * @return one test per relay call and phase
   */
  @TestFactory
  Stream<DynamicTest> a_failing_relay_or_publisher_delivers_every_event_at_least_once_later() {
    Reference ref = reference(false);
    List<DynamicTest> tests = new ArrayList<>();
    for (int k = 0; k < ref.relayCalls; k++) {
      for (FaultInjector.Phase phase : List.of(FaultInjector.Phase.BEFORE,
          FaultInjector.Phase.AFTER)) {
        int call = k;
        tests.add(DynamicTest.dynamicTest("relay call " + k + " fails " + phase, () -> {
          Run run = new Run(false);
          for (Step<W> step : scenario()) {
            run.step(step);
          }
          run.faults.failAt(run.faults.callCount() + call, phase);
          try {
            run.relayAll();
          } catch (InjectedFault expected) {
            assertSame(run.faults.fired(), expected);
          }
          run.relayAll();
          assertTrue(run.publisher.deliveries().containsAll(ref.delivered),
              "every event delivered at least once");
          assertEquals(ref.outcome, observe(run.world, run.publisher.received()));
        }));
      }
    }
    return tests.stream();
  }

  private Stream<DynamicTest> faultTests(boolean hostTransaction) {
    Reference ref = reference(hostTransaction);
    List<Step<W>> steps = scenario();
    List<DynamicTest> tests = new ArrayList<>();
    List<FaultInjector.Phase> phases = List.of(FaultInjector.Phase.values());
    for (int i = 0; i < steps.size(); i++) {
      int stepCalls = ref.callsPerStep.get(i);
      // In a host transaction, one more "call": the lost reply after the commit.
      int points = hostTransaction ? stepCalls + 1 : stepCalls;
      for (int k = 0; k < points; k++) {
        for (FaultInjector.Phase phase : phases) {
          boolean afterCommit = k == stepCalls;
          if (afterCommit && phase != FaultInjector.Phase.AFTER) {
            continue;
          }
          int stepIndex = i;
          int call = k;
          String where = afterCommit ? "after the commit" : "call " + k + " fails " + phase;
          tests.add(DynamicTest.dynamicTest(steps.get(i).name() + ": " + where,
              () -> faultThenRetry(ref, hostTransaction, stepIndex, call, phase, afterCommit)));
        }
      }
    }
    return tests.stream();
  }

  private void faultThenRetry(Reference ref, boolean hostTransaction, int stepIndex, int call,
      FaultInjector.Phase phase, boolean afterCommit) {
    Run run = new Run(hostTransaction);
    List<Step<W>> steps = scenario();
    for (int i = 0; i < stepIndex; i++) {
      run.step(steps.get(i));
    }
    Step<W> failing = steps.get(stepIndex);
    Object first = null;
    boolean failed = false;
    if (afterCommit) {
      run.step(failing); // committed; the caller never sees the reply
      failed = true;
    } else {
      run.faults.failAt(run.faults.callCount() + call, phase);
      try {
        first = run.step(failing);
      } catch (InjectedFault fault) {
        assertSame(run.faults.fired(), fault, "the fault thrown is the one injected");
        failed = true;
      }
    }
    if (!failed) {
      assertEquals(ref.results.get(stepIndex), observeResult(run.world, first),
          "a use case that tolerated the fault returns the reference result");
    }
    Object retried = run.step(failing);
    Object repeated = run.step(failing);
    assertEquals(ref.results.get(stepIndex), observeResult(run.world, retried), "the retry");
    assertEquals(ref.results.get(stepIndex), observeResult(run.world, repeated), "a repeat");
    for (int i = stepIndex + 1; i < steps.size(); i++) {
      assertEquals(ref.results.get(i), observeResult(run.world, run.step(steps.get(i))),
          steps.get(i).name());
    }
    run.relayAll();
    List<OutboxEvent> delivered = run.publisher.received();
    assertEquals(run.publisher.deliveries(), delivered,
        "with a working relay every event is delivered exactly once");
    assertEquals(ref.outcome, observe(run.world, delivered));
    if (hostTransaction) {
      assertEquals(ref.exactOutcome, observeExactly(run.world, delivered));
    }
  }

  private Reference reference(boolean hostTransaction) {
    Run run = new Run(hostTransaction);
    Reference ref = new Reference();
    for (Step<W> step : scenario()) {
      int before = run.faults.callCount();
      ref.results.add(observeResult(run.world, run.step(step)));
      ref.callsPerStep.add(run.faults.callCount() - before);
    }
    int before = run.faults.callCount();
    run.relayAll();
    ref.relayCalls = run.faults.callCount() - before;
    ref.delivered = run.publisher.received();
    if (ref.delivered.isEmpty()) {
      fail("the scenario must cause events, or the suite proves nothing about them");
    }
    ref.outcome = observe(run.world, ref.delivered);
    ref.exactOutcome = observeExactly(run.world, ref.delivered);
    return ref;
  }

  /** What the fault-free run produced. */
  private static final class Reference {
    final List<Object> results = new ArrayList<>();
    final List<Integer> callsPerStep = new ArrayList<>();
    int relayCalls;
    List<OutboxEvent> delivered;
    Object outcome;
    Object exactOutcome;
  }

  /** One world with its storage, injector, relay and recording publisher. */
  private final class Run {
    final S database = newStorage();
    final FaultInjector faults = FaultInjector.over(database);
    final W world = newWorld(database, faults);
    final RecordingEventPublisher publisher = new RecordingEventPublisher();
    final EventRelay relay = new EventRelay(
        faults.wrap(Outbox.class, outbox(database)),
        faults.wrap(DomainEventPublisher.class, publisher));
    final boolean hostTransaction;

    Run(boolean hostTransaction) {
      this.hostTransaction = hostTransaction;
    }

    Object step(Step<W> step) {
      return hostTransaction
          ? database.inTransaction(() -> step.action().apply(world))
          : step.action().apply(world);
    }

    void relayAll() {
      relay.relayAll(100, 10_000);
    }
  }
}
