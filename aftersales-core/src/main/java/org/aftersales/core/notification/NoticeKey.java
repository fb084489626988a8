package org.aftersales.core.notification;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import org.aftersales.core.shared.EventId;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.TextRules;

/**
 * The deterministic identity of a notice (通知键): what it is about (a source kind and ID), the
 * rule that calls for it, the step or level, and the occurrence — for example
 * {@code service-request / SR-1 / SVC-08 / ARRIVAL_ON_SITE.breach / 2026-11-02T07:30:00Z}. Two
 * nodes, two runs or a retry that find the same thing due derive the same key, and the
 * {@link NoticeLog}'s unique constraint on it records the notice once.
 *
 * <p>Every part is identifier text (1 to {@value Identifier#MAX_LENGTH} code points, no control
 * characters, no white space at an end); keys are equal when every part is, compared exactly.
 *
 * @param sourceKind the kind of what the notice is about, e.g. {@code service-request}
 * @param sourceId its identity as text, e.g. {@code SR-1}
 * @param rule the rule that calls for the notice, e.g. SVC-08
 * @param step the step or level, e.g. {@code ARRIVAL_ON_SITE.escalation-2}
 * @param occurrence which occurrence, e.g. the promised instant or the business day
 */
public record NoticeKey(String sourceKind, String sourceId, RuleId rule, String step,
    String occurrence) implements Comparable<NoticeKey> {

  /**
   * Checks the parts.
   *
   * @param sourceKind the kind of what the notice is about
   * @param sourceId its identity as text
   * @param rule the rule
   * @param step the step or level
   * @param occurrence which occurrence
   * @throws org.aftersales.core.shared.InvalidInputException if a part is not identifier text
   */
  public NoticeKey {
    requirePart("sourceKind", requireNonNull(sourceKind, "sourceKind"));
    requirePart("sourceId", requireNonNull(sourceId, "sourceId"));
    requireNonNull(rule, "rule");
    requirePart("step", requireNonNull(step, "step"));
    requirePart("occurrence", requireNonNull(occurrence, "occurrence"));
  }

  /**
   * Checks one part: printable ASCII without spaces (what the library's own keys are made of) is
   * identifier text as it is, which a sweep deriving many keys checks in one pass; anything else
   * goes through the full {@link TextRules} check.
   */
  private static void requirePart(String path, String value) {
    if (!isPrintableAscii(value)) {
      TextRules.requireIdentifierText(path, value, Identifier.MAX_LENGTH);
    }
  }

  /** 1 to {@value Identifier#MAX_LENGTH} characters, each from {@code !} to {@code ~}. */
  static boolean isPrintableAscii(String value) {
    int n = value.length();
    if (n == 0 || n > Identifier.MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c > '~') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code text} as a key part: as it is if it fits ({@value Identifier#MAX_LENGTH} code points),
   * else {@code sha256-} and the first 40 hex digits of its SHA-256 (UTF-8) — stable, so every
   * run and node derives the same part. For parts built from identifiers that may each be that
   * long (a recipient's text, a system ID inside an occurrence).
   *
   * @param text the part's text
   * @return the text, or its digest form if it is too long
   */
  public static String part(String text) {
    if (text.codePointCount(0, text.length()) <= Identifier.MAX_LENGTH) {
      return text;
    }
    return "sha256-" + Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString()
        .substring(0, 40);
  }

  /**
   * The key as one text: {@code <source kind>/<source id>/<rule>/<step>/<occurrence>}.
   *
   * @return the text
   */
  public String text() {
    return sourceKind + "/" + sourceId + "/" + rule.value() + "/" + step + "/" + occurrence;
  }

  /**
   * The outbox event ID of the notice, stable across runs and nodes: {@code notice/} and the
   * {@link #text()} if that fits an identifier, else {@code notice/sha256/} and the first 40 hex
   * digits of the SHA-256 of the text (UTF-8) — a long source ID must not make a key unusable.
   *
   * @return the event ID
   */
  public EventId eventId() {
    String plain = "notice/" + text();
    if (plain.codePointCount(0, plain.length()) <= Identifier.MAX_LENGTH) {
      return EventId.of(plain);
    }
    return EventId.of("notice/sha256/" + digest());
  }

  /**
   * The first 40 hex digits of the SHA-256 of {@link #text()} (UTF-8): a short, stable stand-in
   * for the key, e.g. in another key's occurrence.
   *
   * @return 40 lower-case hex digits
   */
  public String digest() {
    return Hashing.sha256().hashString(text(), StandardCharsets.UTF_8).toString()
        .substring(0, 40);
  }

  /**
   * Orders keys by {@link #text()}.
   *
   * @param other another key
   * @return the comparison of the texts
   */
  @Override
  public int compareTo(NoticeKey other) {
    return text().compareTo(other.text());
  }
}
