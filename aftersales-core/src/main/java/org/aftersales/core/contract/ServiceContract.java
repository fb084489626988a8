package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * A maintenance contract (维保合同) or a free maintenance period (免费维保期) of one customer for one
 * or more of its systems, from {@code start} to {@code end}, both days INCLUSIVE: the contract
 * covers every day from its first day to its last day. Dates are calendar dates of the business's
 * own zone; no zone conversion happens here.
 *
 * <p>Immutable and thread-safe; equal when every component is equal.
 *
 * @param id the contract's identifier
 * @param customer the customer holding the contract
 * @param kind a paid maintenance contract or a free maintenance period
 * @param category the systems' category (selects the inspection checklist, CON-04)
 * @param systems the systems under maintenance, at least one, each once, in the given order
 * @param start the first day covered
 * @param end the last day covered, on or after {@code start}
 */
public record ServiceContract(ContractId id, CustomerId customer, ContractKind kind,
    SystemCategory category, List<SystemId> systems, LocalDate start, LocalDate end) {

  /**
   * Validates the contract.
   *
   * @param id the contract's identifier
   * @param customer the customer holding the contract
   * @param kind a paid maintenance contract or a free maintenance period
   * @param category the systems' category
   * @param systems the systems under maintenance, at least one, each once
   * @param start the first day covered
   * @param end the last day covered, on or after {@code start}
   * @throws InvalidInputException if there is no system, a system is named twice, or the end is
   *     before the start
   */
  public ServiceContract {
    requireNonNull(id, "id");
    requireNonNull(customer, "customer");
    requireNonNull(kind, "kind");
    requireNonNull(category, "category");
    systems = List.copyOf(requireNonNull(systems, "systems"));
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (systems.isEmpty()) {
      throw InvalidInputException.of("systems",
          MessageBundle.CORE.message("core.contract.noSystems"));
    }
    if (new HashSet<>(systems).size() != systems.size()) {
      throw InvalidInputException.of("systems",
          MessageBundle.CORE.message("core.contract.systemTwice"), systems);
    }
    if (end.isBefore(start)) {
      throw InvalidInputException.of("end",
          MessageBundle.CORE.message("core.contract.endBeforeStart", "start", start), end);
    }
  }

  /**
   * A validated contract.
   *
   * @param id the contract's identifier
   * @param customer the customer holding the contract
   * @param kind a paid maintenance contract or a free maintenance period
   * @param category the systems' category
   * @param systems the systems under maintenance, at least one, each once
   * @param start the first day covered
   * @param end the last day covered (inclusive), on or after {@code start}
   * @return the contract
   * @throws InvalidInputException as the canonical constructor
   */
  public static ServiceContract of(ContractId id, CustomerId customer, ContractKind kind,
      SystemCategory category, List<SystemId> systems, LocalDate start, LocalDate end) {
    return new ServiceContract(id, customer, kind, category, systems, start, end);
  }

  /**
   * Whether the contract covers the day.
   *
   * @param day a calendar date
   * @return true if {@code start <= day <= end}
   */
  public boolean covers(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}
