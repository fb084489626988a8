package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.organization.UnitId;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.TimePrecision;

/**
 * A department's formal objection to a complaint's decision (签呈), CMP-12: the department that
 * disagrees files it as a separate matter to the general manager (各部门对客户投诉处理决议有异议时得以
 * "签呈"专案呈报处理, PCB §9.12). The objection is recorded; it does not change the decision by
 * itself.
 *
 * @param department the objecting department
 * @param filedBy who filed it
 * @param filedAt when it was filed, in the supported range, kept in whole microseconds (truncated
 *     toward the past, as every instant the library stores)
 * @param reason why the department disagrees, plain text, not blank, at most 2 000 code points
 */
public record Objection(UnitId department, PersonId filedBy, Instant filedAt, String reason) {

  /**
   * Checks the fields and truncates {@code filedAt} to microseconds.
   *
   * @param department the objecting department
   * @param filedBy who filed it
   * @param filedAt when it was filed
   * @param reason why the department disagrees
   * @throws InvalidInputException (path {@code filedAt}) if the instant is outside the supported
   *     range; (path {@code reason}) if the reason is blank, too long or not plain text
   */
  public Objection {
    requireNonNull(department, "department");
    requireNonNull(filedBy, "filedBy");
    filedAt = TimePrecision.stored(SupportedTime.require(filedAt, "filedAt"));
    reason = DecisionText.prose("reason", reason);
  }
}
