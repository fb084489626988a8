package org.aftersales.testkit.faults;

/**
 * The failure a {@link FaultInjector} throws (注入的故障): stands for a broken connection, a
 * timeout or a crash at one port call. Unchecked, so that it travels through use cases as an
 * adapter's own exception would.
 */
public final class InjectedFault extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The port call that failed, e.g. {@code Complaints.save}. */
  private final String call;

  /** When it failed relative to the real call. */
  private final FaultInjector.Phase phase;

  /**
   * Creates the fault.
   *
   * @param call the port call, e.g. {@code Complaints.save}
   * @param phase when it failed
   */
  public InjectedFault(String call, FaultInjector.Phase phase) {
    super("injected fault " + phase + " " + call);
    this.call = call;
    this.phase = phase;
  }

  /**
   * The port call that failed.
   *
   * @return e.g. {@code Complaints.save}
   */
  public String call() {
    return call;
  }

  /**
   * When it failed.
   *
   * @return the phase
   */
  public FaultInjector.Phase phase() {
    return phase;
  }
}
