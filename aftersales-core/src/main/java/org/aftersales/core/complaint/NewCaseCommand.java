package org.aftersales.core.complaint;

import java.time.Instant;
import org.aftersales.core.shared.RequestId;

/**
 * A command that opens a new complaint case with a new number (开立投诉案件): registering a
 * complaint (CMP-01), or raising a new case after the customer rejected a decision (CMP-10). Both
 * are idempotent by request ID: the use case looks up the case an earlier command with the same
 * request ID opened and asks {@link #isRepeatOf} whether this command is that one sent again.
 *
 * <p>Sealed: a use case handles exactly these two kinds, and the repeat check compares commands of
 * one type, never an {@code Object} with casts.
 */
public sealed interface NewCaseCommand permits RegisterComplaint, ReopenRejectedComplaint {

  /**
   * The client's request ID; sending the same command again returns the same case.
   *
   * @return the request ID
   */
  RequestId requestId();

  /**
   * When the GM office accepted the case (受理): the business timestamp the number's period comes
   * from.
   *
   * @return the instant
   */
  Instant receivedAt();

  /**
   * Whether this command is {@code other} sent again: the same kind, the same request ID and the
   * same content. A command with the request ID of {@code other} that is not a repeat is a
   * different request under a used ID, which the use case refuses.
   *
   * @param other the command that opened the case stored under this command's request ID (see
   *     {@link ComplaintCase#openedBy()})
   * @return true if it is the same request
   */
  boolean isRepeatOf(NewCaseCommand other);
}
