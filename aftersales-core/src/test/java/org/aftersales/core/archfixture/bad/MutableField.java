package org.aftersales.core.archfixture.bad;

/** Bad: a public class whose state can change after construction. */
public final class MutableField {
  private int count;

  /** Changes the state. */
  public void increment() {
    count++;
  }
}
