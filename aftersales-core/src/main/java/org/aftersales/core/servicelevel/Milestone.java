package org.aftersales.core.servicelevel;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NamedCode;

/**
 * What a service level measures (时限节点): the step that must be reached before the deadline.
 * The constants are the seed's milestones; an adopter may define more with
 * {@link #of(String, String, String)}. Immutable and thread-safe.
 */
public final class Milestone extends NamedCode<Milestone> {

  private static final long serialVersionUID = 1L;

  /** From the call to the technician's arrival on site (SVC-11, SVC-12, SVC-13). */
  public static final Milestone ARRIVAL_ON_SITE = seed("ARRIVAL_ON_SITE");
  /** Every service message answered (SVC-13). */
  public static final Milestone REPLY = seed("REPLY");
  /** The customer's problem solved (SVC-14). */
  public static final Milestone RESOLUTION = seed("RESOLUTION");
  /** The investigation report reaches the general manager (CMP-04). */
  public static final Milestone INVESTIGATION_REPORT = seed("INVESTIGATION_REPORT");
  /** GM office registers and numbers the complaint (CMP-05, ½ day). */
  public static final Milestone COMPLAINT_REGISTRATION = seed("COMPLAINT_REGISTRATION");
  /** QA finds cause and responsibility (CMP-05, 1 day). */
  public static final Milestone QA_ANALYSIS = seed("QA_ANALYSIS");
  /** Manufacturing finds cause and countermeasure (CMP-05, 1 day). */
  public static final Milestone MANUFACTURING_COUNTERMEASURE = seed("MANUFACTURING_COUNTERMEASURE");
  /** R&amp;D gives its opinion (CMP-05, 1 day). */
  public static final Milestone RND_OPINION = seed("RND_OPINION");
  /** Sales negotiates with the customer (CMP-05, 5 days domestic, 12 overseas). */
  public static final Milestone SALES_NEGOTIATION = seed("SALES_NEGOTIATION");
  /** GM office synthesises the opinions (CMP-05, ½ day, at most 1). */
  public static final Milestone GM_SYNTHESIS = seed("GM_SYNTHESIS");
  /** The complaint case is closed (CMP-06, 13 days domestic, 17 overseas). */
  public static final Milestone COMPLAINT_CLOSURE = seed("COMPLAINT_CLOSURE");

  private Milestone(String code, LocalizableMessage name) {
    super(code, name);
  }

  private static Milestone seed(String code) {
    return new Milestone(code, MessageBundle.CORE.message("core.servicelevel.milestone." + code));
  }

  /**
   * A milestone of the adopter's own.
   *
   * @param code 1 to 40 capital letters, digits, {@code _} or {@code -}
   * @param englishName the name for English readers
   * @param chineseName the name for Chinese readers
   * @return the milestone; equal to a seed constant if the code is the same
   * @throws InvalidInputException if the code is malformed
   */
  public static Milestone of(String code, String englishName, String chineseName) {
    return new Milestone(code, LocalizableMessage.literal(englishName, chineseName));
  }
}
