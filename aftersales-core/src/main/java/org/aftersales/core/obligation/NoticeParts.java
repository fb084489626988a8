package org.aftersales.core.obligation;

import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.shared.Identifier;

/**
 * Keeps the parts of the notice keys this package derives within a key part's length
 * ({@value Identifier#MAX_LENGTH} code points): a step that names a recipient, or an occurrence
 * that names a system, built from identifiers that may each be that long. Stateless.
 */
final class NoticeParts {

  private NoticeParts() {}

  /** {@code text} as a key part ({@link NoticeKey#part}): itself, or its SHA-256 form. */
  static String bounded(String text) {
    return NoticeKey.part(text);
  }
}
