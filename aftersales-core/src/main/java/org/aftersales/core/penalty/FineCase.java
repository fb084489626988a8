package org.aftersales.core.penalty;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.organization.OrganizationUnit;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.shared.InvalidInputException;
import org.immutables.value.Value;

/**
 * A violation to be fined (罚款事项), PEN-11, PEN-12, CMP-20, SVC-19: what was violated, when, how
 * often, by whom as far as known, and what the policy needs to decide the sanction.
 *
 * <pre>{@code
 * FineCase phoneOff = FineCase.builder()
 *     .kind(FineKind.PHONE_OFF)
 *     .occurredAt(Instant.parse("2026-11-20T01:30:00Z"))   // 09:30 in Shanghai
 *     .responsible(wang)
 *     .group(serviceGroup)
 *     .build();
 * }</pre>
 *
 * <p>Invariants: {@code occurrences} and {@code report} at least 1; the responsible person, when
 * given, a member of {@code group}. Immutable and thread-safe.
 */
@Value.Immutable
@DomainValueStyle
public abstract class FineCase {

  FineCase() {}

  /**
   * What was violated.
   *
   * @return the kind
   */
  public abstract FineKind kind();

  /**
   * When the violation happened (for a count of occurrences, the first). A policy reads it in the
   * company's business zone to enforce service hours: a phone switched off at 23:00 is no
   * violation.
   *
   * @return the instant
   */
  public abstract Instant occurredAt();

  /**
   * How many times it happened; each occurrence is fined.
   *
   * @return 1 or more (default 1)
   */
  @Value.Default
  public int occurrences() {
    return 1;
  }

  /**
   * The person responsible, if one was identified.
   *
   * @return the person, a member of {@link #group()}; empty when none was identified
   */
  public abstract Optional<PersonId> responsible();

  /**
   * The group the violation belongs to; its lead pays when no person is identified and the policy
   * sends such cases to the lead (CMP-20).
   *
   * @return the group
   */
  public abstract OrganizationUnit group();

  /**
   * Which report of the same problem this is: 1 for the first, 2 when a customer reports it again
   * (CMP-20), and so on.
   *
   * @return 1 or more (default 1)
   */
  @Value.Default
  public int report() {
    return 1;
  }

  /**
   * What makes it heavier (CMP-20): a skipped inspection or backup, a false inspection report.
   *
   * @return the aggravations, possibly none
   */
  public abstract Set<Aggravation> aggravations();

  /**
   * Whether the act caused a customer complaint that was verified (造成用户投诉，一经查实), policy 11
   * §四.2: quarrelling with a customer, taking goods, a delay or a repeat repair for personal
   * reasons earn a major demerit only then (PEN-11). Without it, such an act is not sanctioned
   * by that clause — a late arrival for personal reasons is a fine of its own kind.
   *
   * @return true if a verified complaint followed (default false)
   */
  @Value.Default
  public boolean verifiedComplaint() {
    return false;
  }

  @Value.Check
  void check() {
    if (occurrences() < 1) {
      throw InvalidInputException.of("occurrences",
          PenaltyChecks.message("core.penalty.countNotPositive"), occurrences());
    }
    if (report() < 1) {
      throw InvalidInputException.of("report",
          PenaltyChecks.message("core.penalty.countNotPositive"), report());
    }
    if (responsible().isPresent() && group().members().stream()
        .noneMatch(m -> m.person().equals(responsible().get()))) {
      throw InvalidInputException.of("responsible", PenaltyChecks.message(
          "core.penalty.notInGroup", "group", group().id()), responsible().get());
    }
  }

  /**
   * A builder; {@code kind}, {@code occurredAt} and {@code group} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FineCase}. */
  public static final class Builder extends ImmutableFineCase.Builder {
    Builder() {}
  }
}
