package org.aftersales.testkit.store;

import java.util.function.Supplier;

/**
 * A host application's unit of work (工作单元) over the storage its adapters share: what the
 * fault-injection suite needs of a store to run use cases inside a host transaction and to
 * fail an adapter's work half-way. {@link InMemoryDatabase} is one; an adopter's database gives
 * its own (for JDBC: a transaction on a connection the adapters join, nested calls as
 * savepoints).
 */
public interface UnitOfWork {

  /**
   * Runs {@code work} as a transaction: all of it or, if it throws, none of it. Called inside a
   * transaction of this unit of work on the same thread, it is nested: when the nested work
   * throws, only what it did is undone (a savepoint), and the exception reaches the caller.
   *
   * @param work the unit of work, e.g. a use-case call
   * @param <T> the result type
   * @return what {@code work} returns
   * @throws RuntimeException what {@code work} throws, after its changes were undone
   */
  <T> T inTransaction(Supplier<T> work);
}
