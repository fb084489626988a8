package org.aftersales.core.service;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * One level of the escalation ladder (升级级别), SVC-08: a breached promise still unmet
 * {@link #afterBreach()} after its due instant is escalated to {@link #role()}.
 *
 * @param level the level's number, from 1
 * @param afterBreach how long after the due instant (elapsed time), zero or more
 * @param role to whom; {@link RecipientRole#SUPERVISOR} means the request's supervisor once it is
 *     dispatched
 */
public record EscalationLevel(int level, Duration afterBreach, RecipientRole role) {

  /**
   * Checks the fields.
   *
   * @param level the level's number, from 1
   * @param afterBreach how long after the due instant, zero or more
   * @param role to whom
   * @throws InvalidInputException if the level is less than 1 or the duration negative
   */
  public EscalationLevel {
    requireNonNull(afterBreach, "afterBreach");
    requireNonNull(role, "role");
    if (level < 1) {
      throw InvalidInputException.of("level", MessageBundle.CORE.message(
          "jakarta.validation.constraints.Min.message", "value", 1), level);
    }
    if (afterBreach.isNegative()) {
      throw InvalidInputException.of("afterBreach",
          MessageBundle.CORE.message("core.sweep.negativeDuration"), afterBreach);
    }
  }
}
