package org.aftersales.core.obligation;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.aftersales.core.shared.Identifier;

/**
 * Keeps the parts of the notice keys this package derives within a key part's length
 * ({@value Identifier#MAX_LENGTH} code points): a step that names a recipient, or an occurrence
 * that names a system, built from identifiers that may each be that long. Stateless.
 */
final class NoticeParts {

  private NoticeParts() {}

  /**
   * {@code text} as it is if it fits a key part, else {@code sha256-} and the first 40 hex digits
   * of its SHA-256 (UTF-8) — stable, so every run and node derives the same part.
   */
  static String bounded(String text) {
    if (text.codePointCount(0, text.length()) <= Identifier.MAX_LENGTH) {
      return text;
    }
    return "sha256-" + Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString()
        .substring(0, 40);
  }
}
