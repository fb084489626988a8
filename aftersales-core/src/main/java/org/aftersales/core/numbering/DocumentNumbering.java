package org.aftersales.core.numbering;

import java.time.Instant;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Policy;
import org.aftersales.core.shared.RuleRefusalException;

/**
 * The numbering of one series (编号规则): how numbers are printed and issued. The rules module
 * implements it with configurable patterns ({@code org.aftersales.rules.numbering}); an adopter may
 * supply its own.
 *
 * <p>The period of a number is computed once, from the business timestamp (the moment the
 * document came into being — for a complaint, its acceptance by the GM office) in the numbering's
 * business zone, never from the server clock or the JVM's zone; the printed date part and the
 * counter key both come from that one period.
 */
@Policy
public interface DocumentNumbering {

  /**
   * The series numbered.
   *
   * @return the series
   */
  SeriesId series();

  /**
   * Issues the next number for a document of {@code businessTimestamp}: allocates a serial for its
   * period and prints it.
   *
   * @param businessTimestamp the document's business timestamp
   * @return the new number, never issued before
   * @throws RuleRefusalException (CMP-01) if the serial no longer fits and the scheme refuses to
   *     widen; the allocated serial is then used up
   * @throws InvalidInputException if the timestamp cannot be numbered (its year cannot be printed
   *     by the scheme); nothing is allocated then
   */
  DocumentNumber next(Instant businessTimestamp);

  /**
   * Reads a printed number back into its parts.
   *
   * @param text the printed number
   * @return the number with its period and serial
   * @throws InvalidInputException naming what is wrong if the text is not a number of this series
   */
  DocumentNumber parse(CharSequence text);
}
