package org.aftersales.testkit.faults;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.aftersales.testkit.store.UnitOfWork;

/**
 * Wraps ports so that one chosen call fails (故障注入器). Every call through a wrapped port is
 * counted, across all ports wrapped by this injector, from 0; {@link #failAt(int, Phase)} arms a
 * one-shot fault at a call index:
 * <ul>
 *   <li>{@link Phase#BEFORE}: the call never reaches the adapter (the connection broke);</li>
 *   <li>{@link Phase#DURING}: the adapter does its work inside a (nested) transaction of the
 *       {@link UnitOfWork} its storage belongs to — an
 *       {@link org.aftersales.testkit.store.InMemoryDatabase} or an adopter's database — that then
 *       fails and rolls back (a crash before the commit; only for an injector made
 *       {@link #over(UnitOfWork) over a unit of work});</li>
 *   <li>{@link Phase#AFTER}: the adapter did its work and committed, then the reply is lost.</li>
 * </ul>
 * The fault is an {@link InjectedFault}. Methods of {@code Object} pass through uncounted.
 * Thread-safe; meant for one scenario at a time.
 */
public final class FaultInjector {

  /** When the armed call fails, relative to the real call. */
  public enum Phase {
    /** Before the call reaches the adapter. */
    BEFORE,
    /** Inside the adapter's work, which is then rolled back. */
    DURING,
    /** After the adapter's work was committed: the reply is lost. */
    AFTER
  }

  private final UnitOfWork database;
  private final List<String> calls = new ArrayList<>();
  /** The armed call, if any. */
  private final AtomicReference<Armed> armed = new AtomicReference<>();
  /** The fault thrown since the last arming, if any. */
  private final AtomicReference<InjectedFault> fired = new AtomicReference<>();

  /** A call index and when it fails. */
  private record Armed(int callIndex, Phase phase) {}

  private FaultInjector(UnitOfWork database) {
    this.database = database;
  }

  /**
   * An injector for adapters of any kind; {@link Phase#DURING} is not available.
   *
   * @return the injector
   */
  public static FaultInjector create() {
    return new FaultInjector(null);
  }

  /**
   * An injector whose {@link Phase#DURING} faults roll back a transaction of {@code database}.
   *
   * @param database the unit of work of the storage the wrapped adapters store in, e.g. an
   *     {@link org.aftersales.testkit.store.InMemoryDatabase}
   * @return the injector
   */
  public static FaultInjector over(UnitOfWork database) {
    return new FaultInjector(requireNonNull(database, "database"));
  }

  /**
   * A proxy of {@code port} that counts its calls and fails the armed one.
   *
   * @param port the port interface
   * @param adapter the real adapter
   * @param <P> the port type
   * @return the proxy
   */
  public <P> P wrap(Class<P> port, P adapter) {
    requireNonNull(port, "port");
    requireNonNull(adapter, "adapter");
    InvocationHandler handler = (proxy, method, args) -> call(port, adapter, method, args);
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
        handler));
  }

  /**
   * Arms a one-shot fault at the call with this index (counted from 0 over the injector's life).
   *
   * @param callIndex the index of the call to fail; must not have happened yet
   * @param phase when it fails
   * @throws IllegalStateException if the index is past, or DURING without a database
   */
  public synchronized void failAt(int callIndex, Phase phase) {
    requireNonNull(phase, "phase");
    if (callIndex < calls.size()) {
      throw new IllegalStateException("call " + callIndex + " has already happened");
    }
    if (phase == Phase.DURING && database == null) {
      throw new IllegalStateException("DURING needs an injector over a database");
    }
    armed.set(new Armed(callIndex, phase));
    fired.set(null);
  }

  /** Disarms the fault, if it has not fired. */
  public synchronized void disarm() {
    armed.set(null);
  }

  /**
   * How many port calls were made so far.
   *
   * @return the count
   */
  public synchronized int callCount() {
    return calls.size();
  }

  /**
   * The port calls made so far, e.g. {@code Complaints.findByRequestId}, in order.
   *
   * @return a copy
   */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /**
   * The fault thrown since the last {@link #failAt}, if it fired.
   *
   * @return the fault, or {@code null}
   */
  public synchronized InjectedFault fired() {
    return fired.get();
  }

  private Object call(Class<?> port, Object adapter, Method method, Object[] args)
      throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return invoke(adapter, method, args);
    }
    String name = port.getSimpleName() + "." + method.getName();
    InjectedFault fault = null;
    synchronized (this) {
      int index = calls.size();
      calls.add(name);
      Armed target = armed.get();
      if (target != null && target.callIndex() == index) {
        armed.set(null);
        fault = new InjectedFault(name, target.phase());
        fired.set(fault);
      }
    }
    if (fault == null) {
      return invoke(adapter, method, args);
    }
    InjectedFault thrown = fault;
    switch (thrown.phase()) {
      case BEFORE -> throw thrown;
      case DURING -> {
        database.inTransaction(() -> {
          invokeUnchecked(adapter, method, args);
          throw thrown;
        });
        throw thrown;
      }
      default -> {
        invoke(adapter, method, args);
        throw thrown;
      }
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void invokeUnchecked(Object target, Method method, Object[] args) {
    try {
      method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
