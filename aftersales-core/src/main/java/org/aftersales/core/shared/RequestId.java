package org.aftersales.core.shared;

/**
 * A client-chosen request ID (请求编号) that makes a creating command idempotent: sending the same
 * command again with the same request ID returns the first result (the same case, the same number)
 * instead of creating a second one. Reusing it for a different command is refused with
 * {@link DuplicateRequestException}.
 *
 * <p>Identifier text (see {@link TextRules}) of 1 to {@value Identifier#MAX_LENGTH} code points; a UUID is a good choice. Immutable and thread-safe.
 */
public final class RequestId extends Identifier<RequestId> {

  private static final long serialVersionUID = 1L;

  private RequestId(String value) {
    super(value);
  }

  /**
   * Wraps a request ID.
   *
   * @param value the client's request ID
   * @return the typed request ID
   * @throws InvalidInputException if {@code value} is not a valid identifier (see
   *     {@link Identifier})
   */
  public static RequestId of(String value) {
    return new RequestId(value);
  }
}
