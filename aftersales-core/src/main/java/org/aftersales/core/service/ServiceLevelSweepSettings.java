package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * How the {@link ServiceLevelSweep} watches promises (时限巡检配置). The requests' stored next
 * checks follow from these settings: after a change that brings a warning or a level earlier (a
 * longer lead, a shorter wait, an earlier level), call {@link ServiceLevelSweep#recheckAll()}
 * before the next run.
 *
 * @param warningLead how long before a promise's due instant its pre-breach warning falls
 *     (elapsed time), positive; the seed is silent — {@link #seed()} uses
 *     {@value #SEED_WARNING_LEAD_MINUTES} minutes
 * @param ladder the escalation levels after a breach
 * @param pageSize how many requests due for a check one read fetches, 1 or more
 * @param digestBatch how many notices awaiting a digest one run lists at most, 1 or more (the rest
 *     wait for the next run)
 */
public record ServiceLevelSweepSettings(Duration warningLead, EscalationLadder ladder,
    int pageSize, int digestBatch) {

  /** Minutes before the due instant of the default pre-breach warning. */
  public static final int SEED_WARNING_LEAD_MINUTES = 60;
  /** Default page size. */
  public static final int DEFAULT_PAGE_SIZE = 500;
  /** Default digest batch. */
  public static final int DEFAULT_DIGEST_BATCH = 10_000;

  /**
   * Checks the fields.
   *
   * @param warningLead how long before the due instant the warning falls, positive
   * @param ladder the escalation levels
   * @param pageSize requests per read, 1 or more
   * @param digestBatch notices listed per run at most, 1 or more
   * @throws InvalidInputException if the lead is not positive or a size is less than 1
   */
  public ServiceLevelSweepSettings {
    requireNonNull(warningLead, "warningLead");
    requireNonNull(ladder, "ladder");
    if (warningLead.isNegative() || warningLead.isZero()) {
      throw InvalidInputException.of("warningLead",
          MessageBundle.CORE.message("core.sweep.notPositive"), warningLead);
    }
    requireAtLeastOne("pageSize", pageSize);
    requireAtLeastOne("digestBatch", digestBatch);
  }

  private static void requireAtLeastOne(String path, int value) {
    if (value < 1) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), value);
    }
  }

  /**
   * The defaults: a warning {@value #SEED_WARNING_LEAD_MINUTES} minutes before the due instant,
   * the {@link EscalationLadder#seed() default ladder}, pages of {@value #DEFAULT_PAGE_SIZE}
   * requests, digests of at most {@value #DEFAULT_DIGEST_BATCH} notices. The seed gives none of
   * these numbers (SVC-08 only says "escalated to the service supervisor"); they are the
   * library's documented choices (docs/service-level-sweeps.md).
   *
   * @return the settings
   */
  public static ServiceLevelSweepSettings seed() {
    return new ServiceLevelSweepSettings(Duration.ofMinutes(SEED_WARNING_LEAD_MINUTES),
        EscalationLadder.seed(), DEFAULT_PAGE_SIZE, DEFAULT_DIGEST_BATCH);
  }

  /**
   * The same settings with another warning lead.
   *
   * @param lead the lead, positive
   * @return the settings
   */
  public ServiceLevelSweepSettings withWarningLead(Duration lead) {
    return new ServiceLevelSweepSettings(lead, ladder, pageSize, digestBatch);
  }

  /**
   * The same settings with another ladder.
   *
   * @param other the ladder
   * @return the settings
   */
  public ServiceLevelSweepSettings withLadder(EscalationLadder other) {
    return new ServiceLevelSweepSettings(warningLead, other, pageSize, digestBatch);
  }

  /**
   * The same settings with another page size.
   *
   * @param size requests per read, 1 or more
   * @return the settings
   */
  public ServiceLevelSweepSettings withPageSize(int size) {
    return new ServiceLevelSweepSettings(warningLead, ladder, size, digestBatch);
  }
}
