package org.aftersales.core.shared;

import static java.util.Objects.requireNonNull;

/**
 * A request ID was used again for a different command (重复请求). Repeating a creating command with
 * the same {@link RequestId} and the same content is not an error: it returns the first result.
 * Reusing the ID with different content is, because the caller evidently confused two requests.
 */
public final class DuplicateRequestException extends AftersalesException {

  private static final long serialVersionUID = 1L;

  /** The reused request ID. */
  private final RequestId requestId;

  /**
   * Creates the exception.
   *
   * @param kind what the request creates, in both languages (e.g. "complaint case / 投诉案件")
   * @param requestId the reused request ID
   */
  public DuplicateRequestException(LocalizableMessage kind, RequestId requestId) {
    super(MessageBundle.CORE.message("core.error.duplicateRequest",
        "kind", requireNonNull(kind, "kind"), "requestId", requireNonNull(requestId, "requestId")));
    this.requestId = requestId;
  }

  /**
   * The reused request ID.
   *
   * @return the request ID
   */
  public RequestId requestId() {
    return requestId;
  }
}
