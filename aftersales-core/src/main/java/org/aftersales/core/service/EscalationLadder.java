package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * The escalation ladder (升级阶梯), SVC-08: the levels a breached promise climbs while it stays
 * unmet, each fired once per promise.
 *
 * @param levels the levels, numbered 1, 2, … in order, their times after the breach not
 *     decreasing; unmodifiable
 */
public record EscalationLadder(List<EscalationLevel> levels) {

  /**
   * Checks the levels.
   *
   * @param levels the levels
   * @throws InvalidInputException if they are not numbered 1, 2, … in order, or a level comes
   *     earlier after the breach than the one before (path {@code levels[i]})
   */
  public EscalationLadder {
    levels = List.copyOf(requireNonNull(levels, "levels"));
    Duration previous = Duration.ZERO;
    for (int i = 0; i < levels.size(); i++) {
      EscalationLevel level = levels.get(i);
      if (level.level() != i + 1) {
        throw InvalidInputException.of("levels[" + i + "]", MessageBundle.CORE.message(
            "core.sweep.levelOutOfOrder", "expected", i + 1), level.level());
      }
      if (level.afterBreach().compareTo(previous) < 0) {
        throw InvalidInputException.of("levels[" + i + "]", MessageBundle.CORE.message(
            "core.sweep.levelEarlier", "previous", previous), level.afterBreach());
      }
      previous = level.afterBreach();
    }
  }

  /**
   * The library's default ladder; the seed says only that a repair that will miss its promise is
   * escalated to the service supervisor (SVC-08), so the rest is a documented choice:
   * level 1 at the breach to the {@link RecipientRole#SUPERVISOR supervisor}, level 2
   * {@value #SEED_SECOND_LEVEL_HOURS} hours after the breach to the
   * {@link RecipientRole#SERVICE_MANAGER service manager}.
   *
   * @return the ladder
   */
  public static EscalationLadder seed() {
    return new EscalationLadder(List.of(
        new EscalationLevel(1, Duration.ZERO, RecipientRole.SUPERVISOR),
        new EscalationLevel(2, Duration.ofHours(SEED_SECOND_LEVEL_HOURS),
            RecipientRole.SERVICE_MANAGER)));
  }

  /** Hours after the breach of the default second level (the seed is silent). */
  public static final int SEED_SECOND_LEVEL_HOURS = 4;
}
