package org.aftersales.core.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aftersales.core.internal.DomainValueStyle;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.TextRules;
import org.aftersales.core.shared.Version;
import org.immutables.value.Value;

/**
 * The record of a change to a handed-over system (修改记录, CON-07, P8 §3(2)): what is changed,
 * its impact and scope, its window, the archived source code and database scripts (源代码、数据库脚本)
 * that fix the running version, and the prior notice to the customer (事先告知). A change whose
 * window starts without a notice given early enough is {@link #withoutPriorNotice()}: if the
 * customer complains about it, the complaint is handled as a complaint (按公司投诉管理办法处理) — the
 * host registers it as an ordinary complaint case and keeps the {@link #id()} with it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@DomainValueStyle
public abstract class ChangeRecord {

  /** The longest free text (what, impact, scope), in code points. */
  public static final int MAX_TEXT_LENGTH = 2000;

  /** The longest code or script reference, in code points. */
  public static final int MAX_REFERENCE_LENGTH = 200;

  ChangeRecord() {}

  /**
   * The change's identifier, by which a host links a complaint about it.
   *
   * @return the ID
   */
  public abstract ChangeId id();

  /**
   * The handed-over project whose system is changed.
   *
   * @return the project
   */
  public abstract ProjectId project();

  /**
   * What is changed (调整的安排); free text, not blank, at most {@value #MAX_TEXT_LENGTH} code
   * points (so are the impact and the scope).
   *
   * @return free text
   */
  public abstract String what();

  /**
   * The impact the change may have on the system (可能造成的影响).
   *
   * @return free text
   */
  public abstract String impact();

  /**
   * The scope of the impact (影响范围).
   *
   * @return free text
   */
  public abstract String scope();

  /**
   * When the change window starts (影响时间).
   *
   * @return the instant
   */
  public abstract Instant windowStart();

  /**
   * When the change window ends; after {@link #windowStart()}.
   *
   * @return the instant
   */
  public abstract Instant windowEnd();

  /**
   * Where the changed source code is archived (e.g. keys in the document management system or
   * commit IDs). May be empty (a change of configuration only).
   *
   * @return the references, in the order given
   */
  public abstract List<String> codeReferences();

  /**
   * Where the database scripts of the change are archived. May be empty (no database change).
   *
   * @return the references, in the order given
   */
  public abstract List<String> scriptReferences();

  /**
   * The notice given to the customer before the change.
   *
   * @return the notice, or empty when none was given
   */
  public abstract Optional<ChangeNotice> priorNotice();

  /**
   * The stored version: {@link Version#initial()} for a record never stored. Transitions keep
   * it; the {@link ChangeRecords} repository stores the next.
   *
   * @return the version
   */
  @Value.Default
  public Version version() {
    return Version.initial();
  }

  /**
   * The same record with the version the repository stored it as; for adapters.
   *
   * @param storedVersion the stored version
   * @return the record with that version
   */
  public abstract ChangeRecord withVersion(Version storedVersion);

  @Value.Check
  void check() {
    requireText("what", what());
    requireText("impact", impact());
    requireText("scope", scope());
    SupportedTime.require(windowStart(), "windowStart");
    SupportedTime.require(windowEnd(), "windowEnd");
    if (!windowEnd().isAfter(windowStart())) {
      throw InvalidInputException.of("windowEnd", MessageBundle.CORE.message(
          "core.change.windowOrder", "start", windowStart()), windowEnd());
    }
    for (String reference : codeReferences()) {
      TextRules.requireIdentifierText("codeReferences", reference, MAX_REFERENCE_LENGTH);
    }
    for (String reference : scriptReferences()) {
      TextRules.requireIdentifierText("scriptReferences", reference, MAX_REFERENCE_LENGTH);
    }
  }

  private static void requireText(String path, String value) {
    TextRules.requireFreeText(path, value, MAX_TEXT_LENGTH);
    if (value.isBlank()) {
      throw InvalidInputException.of(path, MessageBundle.CORE.message("core.identifier.blank"),
          value);
    }
  }

  /**
   * Whether the change lacks a prior notice under the seed terms: no notice, or a notice given
   * at or after the window's start.
   *
   * @return {@code true} if the customer was not told beforehand
   */
  public boolean withoutPriorNotice() {
    return withoutPriorNotice(ChangeNoticeTerms.seed());
  }

  /**
   * Whether the change lacks a prior notice: no notice, a notice given at or after the window's
   * start, or one given less than {@link ChangeNoticeTerms#minimumLead()} before it.
   *
   * @param terms the minimum lead time
   * @return {@code true} if the customer was not told early enough
   */
  public boolean withoutPriorNotice(ChangeNoticeTerms terms) {
    if (priorNotice().isEmpty()) {
      return true;
    }
    Instant givenAt = priorNotice().get().givenAt();
    return !givenAt.isBefore(windowStart())
        || givenAt.plus(terms.minimumLead()).isAfter(windowStart());
  }

  /**
   * This record with the notice given (or replaced by a later one).
   *
   * @param notice the notice
   * @return the new record
   */
  public ChangeRecord noticed(ChangeNotice notice) {
    // Every instance is the generated implementation (the constructor is package-private).
    return ((ImmutableChangeRecord) this).withPriorNotice(notice);
  }

  /**
   * A builder; every attribute but the references and the notice is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChangeRecord}. */
  public static final class Builder extends ImmutableChangeRecord.Builder {
    Builder() {}
  }
}
