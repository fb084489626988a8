package org.aftersales.core.service;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * How many open requests one read of a sweep-like use case fetches (分页大小): the
 * {@link DispatchQueue} and the {@link PromiseRecompute} read every open request page by page
 * ({@link ServiceRequests#open}, then {@link ServiceRequests#openAfter}).
 *
 * @param pageSize requests per read, 1 or more
 */
public record SweepPaging(int pageSize) {

  /** The default page size. */
  public static final int DEFAULT_PAGE_SIZE = 500;

  /**
   * Checks the size.
   *
   * @param pageSize requests per read, 1 or more
   * @throws InvalidInputException if it is less than 1 (path {@code pageSize})
   */
  public SweepPaging {
    if (pageSize < 1) {
      throw InvalidInputException.of("pageSize", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), pageSize);
    }
  }

  /**
   * Pages of {@value #DEFAULT_PAGE_SIZE} requests.
   *
   * @return the paging
   */
  public static SweepPaging defaults() {
    return new SweepPaging(DEFAULT_PAGE_SIZE);
  }
}
