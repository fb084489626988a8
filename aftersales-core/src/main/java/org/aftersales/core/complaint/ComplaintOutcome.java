package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.Money;

/**
 * What the decision of a complaint case gives the customer (处理结果, PCB §9.14 and §13,
 * CMP-14 and CMP-15): either the complaint is {@linkplain NotValid not valid} (投诉不成立), or a
 * {@linkplain Remedy remedy} of one or more lines — allowance (折让), compensation (赔款), return
 * (退货), reprocessing (重处理), replacement (换货) — since a decision may combine several (part
 * allowance, part return).
 *
 * <p>Immutable values: every operation returns a new outcome. A host records the outcome on the
 * case and asks it what the customer's receivables and the execution documents require.
 */
public sealed interface ComplaintOutcome permits ComplaintOutcome.NotValid, ComplaintOutcome.Remedy {

  /**
   * The complaint is not valid.
   *
   * @return the not-valid outcome
   */
  static NotValid notValid() {
    return NotValid.INSTANCE;
  }

  /**
   * A remedy of the given lines, at most one per {@link RemedyKind}.
   *
   * @param lines the lines; at least one
   * @return the remedy
   * @throws InvalidInputException if there is no line or a kind appears twice
   */
  static Remedy remedy(RemedyLine... lines) {
    return new Remedy(List.of(lines));
  }

  /**
   * Whether the customer's receivables are collected on the normal payment terms
   * (以规定收款期收回应收帐款, CMP-14): true when the complaint is not valid. A host's receivables
   * process reads this; a remedy settles the receivables through its allowance or return instead.
   *
   * @return true for a not-valid complaint
   */
  boolean receivablesCollectedOnNormalTerms();

  /**
   * Whether every line is executed: its document (sales allowance certificate or finished-goods
   * return slip) is recorded, or it needs none (CMP-15). A not-valid outcome is executed as
   * decided.
   *
   * @return true once executed
   */
  boolean isExecuted();

  /**
   * Whether every line is complete: executed by its document (CMP-15) and, where it needs one,
   * proved by an accepted proof document (CMP-18). A not-valid outcome is complete as decided.
   *
   * @return true once complete
   */
  boolean isComplete();

  /**
   * The quantity of pieces the decision accepts: the sum of the lines' quantities; 0 for a
   * not-valid complaint.
   *
   * @return the accepted quantity, 0 or more
   */
  long acceptedQuantity();

  /**
   * The quantity a kind of line covers.
   *
   * @param kind the kind
   * @return the line's quantity, 0 if there is no such line
   */
  long quantity(RemedyKind kind);

  /**
   * The complaint is not valid (客户投诉不成立, PCB §9.14, CMP-14): the customer gets nothing and the
   * sales staff collect the receivables on the normal terms; an objection of the customer goes
   * up by a formal memo (签呈), outside this value.
   */
  record NotValid() implements ComplaintOutcome {

    private static final NotValid INSTANCE = new NotValid();

    /**
     * Always true: a not-valid complaint does not hold the receivables (CMP-14).
     *
     * @return true
     */
    @Override
    public boolean receivablesCollectedOnNormalTerms() {
      return true;
    }

    /**
     * Always true: nothing is to be executed.
     *
     * @return true
     */
    @Override
    public boolean isExecuted() {
      return true;
    }

    /**
     * Always true: nothing is to be proved.
     *
     * @return true
     */
    @Override
    public boolean isComplete() {
      return true;
    }

    /**
     * Always 0: nothing is accepted.
     *
     * @return 0
     */
    @Override
    public long acceptedQuantity() {
      return 0;
    }

    /**
     * Always 0.
     *
     * @param kind any kind
     * @return 0
     */
    @Override
    public long quantity(RemedyKind kind) {
      requireNonNull(kind, "kind");
      return 0;
    }
  }

  /**
   * A remedy (处理方式, CMP-15): one line per kind the decision gives, in the order given.
   *
   * @param lines the lines; at least one, no kind twice, amounts in one currency; copied
   */
  record Remedy(List<RemedyLine> lines) implements ComplaintOutcome {

    /**
     * Validates and copies the lines.
     *
     * @param lines the lines; at least one, no kind twice, amounts in one currency
     * @throws InvalidInputException if there is no line (path {@code lines}), a kind appears
     *     twice, or the allowance and the compensation are in different currencies
     */
    public Remedy {
      lines = List.copyOf(requireNonNull(lines, "lines"));
      if (lines.isEmpty()) {
        throw InvalidInputException.of("lines",
            MessageBundle.CORE.message("core.outcome.noLines"));
      }
      Set<RemedyKind> seen = EnumSet.noneOf(RemedyKind.class);
      for (RemedyLine line : lines) {
        if (!seen.add(line.kind())) {
          throw InvalidInputException.of("lines", MessageBundle.CORE.message(
              "core.outcome.kindTwice", "kind", line.kind().name()), line.kind());
        }
      }
      List<Currency> currencies = lines.stream().flatMap(l -> l.amount().stream())
          .map(Money::currency).distinct().toList();
      if (currencies.size() > 1) {
        throw InvalidInputException.of("lines", MessageBundle.CORE.message(
            "core.outcome.currencies"), currencies);
      }
    }

    /**
     * The line of a kind.
     *
     * @param kind the kind
     * @return the line, empty if the remedy has none of that kind
     */
    public Optional<RemedyLine> line(RemedyKind kind) {
      requireNonNull(kind, "kind");
      return lines.stream().filter(l -> l.kind() == kind).findFirst();
    }

    /**
     * Always false: a remedy settles the receivables through its allowance, compensation or
     * return.
     *
     * @return false
     */
    @Override
    public boolean receivablesCollectedOnNormalTerms() {
      return false;
    }

    /**
     * Whether every line is executed (CMP-15).
     *
     * @return true once every line has its document, or needs none
     */
    @Override
    public boolean isExecuted() {
      return lines.stream().allMatch(RemedyLine::isExecuted);
    }

    /**
     * Whether every line is complete (CMP-15, CMP-18).
     *
     * @return true once every line is complete
     */
    @Override
    public boolean isComplete() {
      return lines.stream().allMatch(RemedyLine::isComplete);
    }

    /**
     * This remedy, if every line is complete.
     *
     * @return this remedy
     * @throws org.aftersales.core.shared.RuleRefusalException (CMP-15) if the first incomplete
     *     line lacks its document, else (CMP-18) if it lacks its proof
     */
    public Remedy requireComplete() {
      lines.forEach(RemedyLine::requireComplete);
      return this;
    }

    /**
     * The sum of the lines' quantities.
     *
     * @return the accepted quantity
     */
    @Override
    public long acceptedQuantity() {
      long sum = 0;
      for (RemedyLine line : lines) {
        sum = Math.addExact(sum, line.quantity());
      }
      return sum;
    }

    /**
     * The quantity of the line of a kind.
     *
     * @param kind the kind
     * @return the line's quantity, 0 if the remedy has no line of that kind
     */
    @Override
    public long quantity(RemedyKind kind) {
      return line(kind).map(RemedyLine::quantity).orElse(0L);
    }

    /**
     * The money the remedy gives: the sum of its allowance and compensation amounts, exact.
     *
     * @param currency the currency of the amounts
     * @return the sum; zero if the remedy has no allowance or compensation
     * @throws InvalidInputException if an amount is in another currency
     */
    public Money amount(Currency currency) {
      List<Money> amounts = new ArrayList<>();
      lines.forEach(line -> line.amount().ifPresent(amounts::add));
      return Money.sum(amounts, currency);
    }

    /**
     * This remedy with a document recorded on the line of {@code kind} (CMP-15); see
     * {@link RemedyLine#withDocument(String)}.
     *
     * @param kind the line's kind
     * @param number the certificate's or return slip's number
     * @return a new remedy
     * @throws InvalidInputException if the remedy has no line of {@code kind} (path {@code kind}),
     *     or the line refuses the document
     */
    public Remedy withDocument(RemedyKind kind, String number) {
      return replaced(lineOf(kind).withDocument(number));
    }

    /**
     * This remedy with a proof document on the line of {@code kind} (CMP-18); see
     * {@link RemedyLine#withProof(ProofDocument)}.
     *
     * @param kind the line's kind
     * @param document the proof document
     * @return a new remedy
     * @throws InvalidInputException if the remedy has no line of {@code kind}
     * @throws org.aftersales.core.shared.RuleRefusalException (CMP-18) if the line does not accept
     *     the document
     */
    public Remedy withProof(RemedyKind kind, ProofDocument document) {
      return replaced(lineOf(kind).withProof(document));
    }

    private RemedyLine lineOf(RemedyKind kind) {
      return line(kind).orElseThrow(() -> InvalidInputException.of("kind",
          MessageBundle.CORE.message("core.outcome.noSuchLine"), kind));
    }

    private Remedy replaced(RemedyLine changed) {
      List<RemedyLine> copy = new ArrayList<>(lines);
      copy.replaceAll(l -> l.kind() == changed.kind() ? changed : l);
      return new Remedy(copy);
    }
  }
}
