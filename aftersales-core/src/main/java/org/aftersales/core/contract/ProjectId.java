package org.aftersales.core.contract;

import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;

/**
 * Identifier of a project (项目编号), e.g. a system integration project whose after-sales handover (项目移交) is tracked.
 * Immutable and thread-safe; see {@link Identifier} for what a valid identifier is.
 */
public final class ProjectId extends Identifier<ProjectId> {

  private static final long serialVersionUID = 1L;

  private ProjectId(String value) {
    super(value);
  }

  /**
   * Wraps the host system's identifier.
   *
   * @param value the host system's number or key
   * @return the typed identifier
   * @throws InvalidInputException if {@code value} is not a valid identifier
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }
}
