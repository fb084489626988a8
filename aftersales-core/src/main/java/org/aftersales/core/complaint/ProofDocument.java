package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;
import org.aftersales.core.shared.RuleRefusalException;

/**
 * A document the buyer stamps with its uniform-invoice seal (统一发票章) to prove a return or an
 * allowance (退货证明 / 折让证明, PCB §13.2(4)(5), CMP-18). The sales staff obtain one of them before
 * the return or the allowance goes to accounting; a line of an outcome is complete only with an
 * accepted proof of its purpose.
 *
 * <p>Proof of return, one of three (§13.2(4)): the original uniform invoice taken back and stamped
 * by the buyer (收回原开立统一发票，盖统一发票章); a copy of the original invoice annotated with the
 * returned quantity, unit price and amount and the quantity, unit price and amount actually
 * received, stamped by the buyer (注明退货的发票影印本盖章); a sales-return certificate (销货退回证明单)
 * filled in and stamped by the buyer.
 *
 * <p>Proof of allowance (§13.2(5)): the seed says "three ways" but lists two, and the library
 * takes the two it lists: a copy of the original invoice annotated with the allowance's unit price
 * and amount and the unit price and amount actually received, stamped by the buyer; a sales
 * allowance certificate (销货折让证明单) filled in and stamped by the buyer.
 */
public enum ProofDocument {
  /** 收回原开立统一发票并由买受人盖统一发票章: the stamped original invoice (return). */
  STAMPED_ORIGINAL_INVOICE(Purpose.RETURN),
  /** 注明退货数量、单价、金额的原发票影印本，买受人盖章: the stamped annotated invoice copy (return). */
  STAMPED_RETURN_ANNOTATED_INVOICE_COPY(Purpose.RETURN),
  /** 销货退回证明单，买受人盖章签回: the stamped sales-return certificate (return). */
  STAMPED_RETURN_CERTIFICATE(Purpose.RETURN),
  /** 注明折让单价、金额的原发票影印本，买受人盖章: the stamped annotated invoice copy (allowance). */
  STAMPED_ALLOWANCE_ANNOTATED_INVOICE_COPY(Purpose.ALLOWANCE),
  /** 销货折让证明单，买受人盖章签回: the stamped sales allowance certificate (allowance). */
  STAMPED_ALLOWANCE_CERTIFICATE(Purpose.ALLOWANCE);

  /** What a proof document proves. */
  public enum Purpose {
    /** 退货证明: proves that sold goods came back (a return). */
    RETURN,
    /** 折让证明: proves a price reduction or a compensation (an allowance). */
    ALLOWANCE
  }

  private static final RuleId CMP_18 = RuleId.of("CMP-18");

  private final Purpose purpose;

  ProofDocument(Purpose purpose) {
    this.purpose = purpose;
  }

  /**
   * What this document proves.
   *
   * @return return or allowance
   */
  public Purpose purpose() {
    return purpose;
  }

  /**
   * The documents accepted as proof for {@code purpose}: three for a return, two for an allowance.
   *
   * @param purpose return or allowance
   * @return the accepted documents, in the seed's order; a new modifiable set
   */
  public static Set<ProofDocument> acceptedFor(Purpose purpose) {
    requireNonNull(purpose, "purpose");
    Set<ProofDocument> accepted = EnumSet.noneOf(ProofDocument.class);
    for (ProofDocument document : values()) {
      if (document.purpose == purpose) {
        accepted.add(document);
      }
    }
    return accepted;
  }

  /**
   * This document, if it proves {@code purpose} (CMP-18).
   *
   * @param required what the document has to prove
   * @return this document
   * @throws RuleRefusalException (CMP-18) if it proves the other purpose, e.g. a sales-return
   *     certificate offered for an allowance
   */
  public ProofDocument requireProves(Purpose required) {
    requireNonNull(required, "required");
    if (purpose != required) {
      throw new RuleRefusalException(CMP_18, MessageBundle.CORE.message(
          "core.outcome.proofOfOtherPurpose", "document", name(), "purpose", required.name()));
    }
    return this;
  }
}
