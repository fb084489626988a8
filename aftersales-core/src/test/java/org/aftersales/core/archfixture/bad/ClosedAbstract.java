package org.aftersales.core.archfixture.bad;

/** Good: a public abstract class closed to the subclasses it names. */
public abstract sealed class ClosedAbstract permits ClosedAbstract.Only {

  /** The one permitted subclass. */
  public static final class Only extends ClosedAbstract {}
}
