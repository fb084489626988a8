package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.core.shared.Identifier;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;
import org.aftersales.core.shared.TextRules;

/**
 * One line of a decided remedy (处理方式的一项, PCB §13.1, CMP-15): its {@link RemedyKind}, the
 * quantity of pieces it covers, for an allowance or a compensation the amount, the numbers of the
 * documents that execute it and the proof document the buyer stamped (CMP-18).
 *
 * <p>Documents (CMP-15): an allowance or a compensation is executed by one sales allowance
 * certificate (销货折让证明单); a return or a reprocessing by one or more finished-goods return slips
 * (成品退货单; a return may be split across several slips); a replacement needs none. Document
 * numbers are the company's own, kept as plain identifier text of 1 to
 * {@value Identifier#MAX_LENGTH} code points.
 *
 * <p>Quantities are whole pieces ({@code long}): the seed counts pieces (数量, 不良数量) and never a
 * fraction of one.
 *
 * <p>Immutable and thread-safe: every operation returns a new line. A small value with optional
 * parts, so a final class rather than a record (decision 0010).
 */
public final class RemedyLine {

  private static final RuleId CMP_15 = RuleId.of("CMP-15");
  private static final RuleId CMP_18 = RuleId.of("CMP-18");

  private final RemedyKind kind;
  private final long quantity;
  /** The amount of an allowance or a compensation; null for the other kinds. */
  private final Money amount;
  private final List<String> documents;
  /** The accepted proof document; null until given. */
  private final ProofDocument proof;

  private RemedyLine(RemedyKind kind, long quantity, Money amount, List<String> documents,
      ProofDocument proof) {
    this.kind = kind;
    this.quantity = quantity;
    this.amount = amount;
    this.documents = List.copyOf(documents);
    this.proof = proof;
  }

  private static RemedyLine withAmount(RemedyKind kind, long quantity, Money amount) {
    requireNonNull(amount, "amount");
    if (quantity < 0) {
      throw InvalidInputException.of("quantity",
          MessageBundle.CORE.message("core.outcome.quantityNegative"), quantity);
    }
    if (!amount.isPositive()) {
      throw InvalidInputException.of("amount",
          MessageBundle.CORE.message("core.outcome.amountNotPositive"), amount);
    }
    return new RemedyLine(kind, quantity, amount, List.of(), null);
  }

  private static RemedyLine ofPieces(RemedyKind kind, long quantity) {
    if (quantity <= 0) {
      throw InvalidInputException.of("quantity",
          MessageBundle.CORE.message("core.outcome.quantityNotPositive"), quantity);
    }
    return new RemedyLine(kind, quantity, null, List.of(), null);
  }

  /**
   * An allowance (折让): the customer keeps {@code quantity} pieces and is credited {@code amount}.
   *
   * @param quantity the pieces the allowance covers; 0 or more
   * @param amount the credit, in any currency with a minor unit; more than zero
   * @return the line, not yet executed
   * @throws InvalidInputException if {@code quantity} is negative or {@code amount} not positive
   */
  public static RemedyLine allowance(long quantity, Money amount) {
    return withAmount(RemedyKind.ALLOWANCE, quantity, amount);
  }

  /**
   * A compensation (赔款) of {@code amount} for {@code quantity} pieces the customer keeps.
   *
   * @param quantity the pieces the compensation covers; 0 or more
   * @param amount the compensation; more than zero
   * @return the line, not yet executed
   * @throws InvalidInputException if {@code quantity} is negative or {@code amount} not positive
   */
  public static RemedyLine compensation(long quantity, Money amount) {
    return withAmount(RemedyKind.COMPENSATION, quantity, amount);
  }

  /**
   * A compensation (赔款) of {@code amount} that covers no pieces (a loss, not defective goods).
   *
   * @param amount the compensation; more than zero
   * @return the line, quantity 0, not yet executed
   * @throws InvalidInputException if {@code amount} is not positive
   */
  public static RemedyLine compensation(Money amount) {
    return compensation(0, amount);
  }

  /**
   * A return (退货) of {@code quantity} pieces: the approved return quantity (核定的退货量).
   *
   * @param quantity the pieces to come back; 1 or more
   * @return the line, not yet executed
   * @throws InvalidInputException if {@code quantity} is not positive
   */
  public static RemedyLine returnOf(long quantity) {
    return ofPieces(RemedyKind.RETURN, quantity);
  }

  /**
   * A reprocessing (重处理) of {@code quantity} pieces.
   *
   * @param quantity the pieces to come back for reprocessing; 1 or more
   * @return the line, not yet executed
   * @throws InvalidInputException if {@code quantity} is not positive
   */
  public static RemedyLine reprocessing(long quantity) {
    return ofPieces(RemedyKind.REPROCESSING, quantity);
  }

  /**
   * A replacement (换货) of {@code quantity} pieces; executed as decided (the seed names no
   * document for it).
   *
   * @param quantity the pieces replaced; 1 or more
   * @return the line
   * @throws InvalidInputException if {@code quantity} is not positive
   */
  public static RemedyLine replacement(long quantity) {
    return ofPieces(RemedyKind.REPLACEMENT, quantity);
  }

  /**
   * This line with the number of a document that executes it (CMP-15): the sales allowance
   * certificate (销货折让证明单) of an allowance or a compensation, or one more finished-goods return
   * slip (成品退货单) of a return or a reprocessing.
   *
   * @param number the document's number, identifier text (see {@link TextRules})
   * @return a new line with the document added
   * @throws InvalidInputException if the number is not identifier text (path {@code document}),
   *     is already recorded on this line, the line is a replacement (which has no document), or
   *     an allowance or compensation already has its certificate
   */
  public RemedyLine withDocument(String number) {
    TextRules.requireIdentifierText("document", requireNonNull(number, "number"),
        Identifier.MAX_LENGTH);
    if (!kind.needsDocument()) {
      throw InvalidInputException.of("document",
          MessageBundle.CORE.message("core.outcome.noDocumentForKind", "kind", kind.name()),
          number);
    }
    if (documents.contains(number)) {
      throw InvalidInputException.of("document",
          MessageBundle.CORE.message("core.outcome.documentTwice"), number);
    }
    if (!documents.isEmpty() && !kind.allowsSeveralDocuments()) {
      throw InvalidInputException.of("document", MessageBundle.CORE.message(
          "core.outcome.oneCertificate", "kind", kind.name(), "recorded", documents.get(0)),
          number);
    }
    List<String> more = new ArrayList<>(documents);
    more.add(number);
    return new RemedyLine(kind, quantity, amount, more, proof);
  }

  /**
   * This line with the proof document the buyer stamped (CMP-18). A return needs a proof of
   * return, an allowance or a compensation a proof of allowance; a reprocessing or a replacement
   * takes none. A later proof replaces an earlier one.
   *
   * @param document the proof document
   * @return a new line with the proof
   * @throws RuleRefusalException (CMP-18) if the document proves the other purpose, or the line
   *     takes no proof
   */
  public RemedyLine withProof(ProofDocument document) {
    requireNonNull(document, "document");
    ProofDocument.Purpose needed = proofPurpose().orElseThrow(
        () -> new RuleRefusalException(CMP_18, MessageBundle.CORE.message(
            "core.outcome.noProofForKind", "kind", kind.name())));
    return new RemedyLine(kind, quantity, amount, documents, document.requireProves(needed));
  }

  /**
   * The kind of remedy.
   *
   * @return the kind
   */
  public RemedyKind kind() {
    return kind;
  }

  /**
   * The pieces this line covers; for a return, the approved return quantity (核定的退货量).
   *
   * @return the quantity, 0 or more (1 or more for a return, reprocessing or replacement)
   */
  public long quantity() {
    return quantity;
  }

  /**
   * The amount of an allowance or a compensation.
   *
   * @return the amount, more than zero; empty for the other kinds
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * The numbers of the documents recorded so far, in the order recorded.
   *
   * @return the numbers; unmodifiable, empty until the first document
   */
  public List<String> documents() {
    return documents;
  }

  /**
   * The accepted proof document.
   *
   * @return the proof, empty until given (and always for a reprocessing or a replacement)
   */
  public Optional<ProofDocument> proof() {
    return Optional.ofNullable(proof);
  }

  /**
   * What the proof of this line has to prove (CMP-18).
   *
   * @return return for a return, allowance for an allowance or compensation; empty for a
   *     reprocessing or a replacement, which take no proof
   */
  public Optional<ProofDocument.Purpose> proofPurpose() {
    return switch (kind) {
      case RETURN -> Optional.of(ProofDocument.Purpose.RETURN);
      case ALLOWANCE, COMPENSATION -> Optional.of(ProofDocument.Purpose.ALLOWANCE);
      case REPROCESSING, REPLACEMENT -> Optional.empty();
    };
  }

  /**
   * Whether the line counts as executed (CMP-15): its document is recorded, or it needs none.
   *
   * @return true once executed
   */
  public boolean isExecuted() {
    return !kind.needsDocument() || !documents.isEmpty();
  }

  /**
   * Whether the line is complete: executed and, where it needs one, with its proof (CMP-18).
   *
   * @return true once complete
   */
  public boolean isComplete() {
    return isExecuted() && (proof != null || proofPurpose().isEmpty());
  }

  /**
   * This line, if it is complete.
   *
   * @return this line
   * @throws RuleRefusalException (CMP-15) if its document is missing, else (CMP-18) if its proof is
   */
  public RemedyLine requireComplete() {
    if (!isExecuted()) {
      throw new RuleRefusalException(CMP_15, MessageBundle.CORE.message(
          "core.outcome.documentMissing", "kind", kind.name()));
    }
    if (!isComplete()) {
      throw new RuleRefusalException(CMP_18, MessageBundle.CORE.message(
          "core.outcome.proofMissing", "kind", kind.name()));
    }
    return this;
  }

  /**
   * Equal if kind, quantity, amount, documents (in order) and proof are equal.
   *
   * @param other the object to compare with
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof RemedyLine that
        && that.kind == kind
        && that.quantity == quantity
        && Objects.equals(that.amount, amount)
        && that.documents.equals(documents)
        && that.proof == proof;
  }

  /**
   * A hash consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, quantity, amount, documents, proof);
  }

  /**
   * For logs, e.g. {@code RETURN 40 proof=STAMPED_RETURN_CERTIFICATE}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return kind + " " + quantity + (amount == null ? "" : " " + amount) + " " + documents
        + (proof == null ? "" : " proof=" + proof);
  }
}
