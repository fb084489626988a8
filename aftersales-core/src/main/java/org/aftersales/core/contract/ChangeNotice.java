package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.TimePrecision;

/**
 * The prior notice of a change given to the customer (事先告知客户, CON-07): when and how. What
 * it told (the plan, impact, scope and time) is the {@link ChangeRecord} it belongs to. Immutable
 * and thread-safe.
 *
 * @param givenAt when the customer was told (truncated to the microsecond, as stored)
 * @param channel how the customer was told
 */
public record ChangeNotice(Instant givenAt, ChangeNoticeChannel channel) {

  /**
   * Validates the notice.
   *
   * @param givenAt when the customer was told
   * @param channel how
   * @throws InvalidInputException if {@code givenAt} is outside the supported range
   */
  public ChangeNotice {
    givenAt = TimePrecision.stored(SupportedTime.require(givenAt, "givenAt"));
    requireNonNull(channel, "channel");
  }

  /**
   * The notice with the given values.
   *
   * @param givenAt when the customer was told
   * @param channel how
   * @return the notice
   * @throws InvalidInputException if {@code givenAt} is outside the supported range
   */
  public static ChangeNotice of(Instant givenAt, ChangeNoticeChannel channel) {
    return new ChangeNotice(givenAt, channel);
  }
}
