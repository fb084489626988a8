package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.rules.support.RulesMessages;

/**
 * One significant line of the working-calendar text (配置行, {@link WorkingCalendarFormat}): a
 * keyword followed by arguments separated by white space, with its 1-based line number in the
 * original text. Only the calendar format uses it, so it lives beside it, package-private.
 *
 * <p>The lexical form, read by {@link #parse(CharSequence)}:
 *
 * <ul>
 *   <li>one entry per line; lines end with {@code \n}, {@code \r\n} or {@code \r};</li>
 *   <li>{@code #} at the start of a line or after white space starts a comment that runs to the
 *       end of the line ({@code #} inside a word, as in {@code A#1}, is part of the word);</li>
 *   <li>blank lines and comment-only lines are ignored;</li>
 *   <li>words are separated by white space in the Unicode sense (spaces, tabs, the no-break space,
 *       the ideographic space U+3000 of Chinese input methods, …); the first word is the keyword,
 *       the others are its arguments;</li>
 *   <li>a byte-order mark (U+FEFF, which Windows editors put before UTF-8 text) is skipped as the
 *       very first character of the text; anywhere else — including a second one at the start,
 *       and inside comments — it is an error naming its line and column (see
 *       {@link #requireNoByteOrderMark()}), because an invisible character inside a word would
 *       make a keyword, date or name silently differ from what the reader sees.</li>
 * </ul>
 *
 * <p>A line that does not make sense to its reader is refused with {@link #refuse}, which names
 * the line number and its text in the error. Immutable and thread-safe.
 */
final class ConfigLine {

  private static final CharMatcher SPACE = CharMatcher.whitespace();
  private static final Splitter WORDS = Splitter.on(SPACE).omitEmptyStrings();

  /** The byte-order mark, U+FEFF. */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  private final int number;
  private final String text;
  private final ImmutableList<String> words;
  /** The 1-based column of the first byte-order mark in the original line, or 0 if none. */
  private final int byteOrderMarkColumn;

  private ConfigLine(int number, String text, int byteOrderMarkColumn) {
    this.number = number;
    this.text = text;
    this.words = ImmutableList.copyOf(WORDS.split(text));
    this.byteOrderMarkColumn = byteOrderMarkColumn;
  }

  /**
   * Splits a configuration text into its significant lines.
   *
   * @param text the whole text
   * @return the non-blank, non-comment lines in order, comments and surrounding white space
   *     removed, and every line that holds a misplaced byte-order mark (even one that is otherwise
   *     blank or a comment) so that the reader can refuse it; never {@code null}
   */
  static List<ConfigLine> parse(CharSequence text) {
    requireNonNull(text, "text");
    // A byte-order mark as the first character is an encoding artefact, not content.
    boolean leadingMark = text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK;
    CharSequence body = leadingMark ? text.subSequence(1, text.length()) : text;
    ImmutableList.Builder<ConfigLine> lines = ImmutableList.builder();
    int number = 0;
    for (String raw : Splitter.onPattern("\r\n|\r|\n").split(body)) {
      number++;
      int mark = raw.indexOf(BYTE_ORDER_MARK);
      // Columns count the original line, so the skipped leading mark counts on line 1.
      int markColumn = mark < 0 ? 0 : mark + 1 + (number == 1 && leadingMark ? 1 : 0);
      String content = SPACE.trimFrom(withoutComment(raw));
      if (!content.isEmpty() || markColumn > 0) {
        lines.add(new ConfigLine(number, content, markColumn));
      }
    }
    return lines.build();
  }

  /**
   * Refuses this line if it holds a byte-order mark (one that is not the first character of the
   * text, which {@link #parse} skips).
   *
   * @throws InvalidInputException (path {@code "line N"}) naming the line and the column (1-based,
   *     in UTF-16 code units of the original line) of the first mark
   */
  void requireNoByteOrderMark() {
    if (byteOrderMarkColumn > 0) {
      throw refuse(RulesMessages.BUNDLE.message("rules.config.byteOrderMark",
          "line", number, "column", byteOrderMarkColumn));
    }
  }

  private static String withoutComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '#' && (i == 0 || SPACE.matches(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /**
   * The 1-based number of the line in the original text.
   *
   * @return the line number
   */
  int number() {
    return number;
  }

  /**
   * The line without comment and surrounding white space.
   *
   * @return the text; never empty
   */
  String text() {
    return text;
  }

  /**
   * The first word.
   *
   * @return the keyword
   */
  String keyword() {
    return words.get(0);
  }

  /**
   * The words after the keyword.
   *
   * @return the arguments, possibly empty; unmodifiable
   */
  List<String> arguments() {
    return words.subList(1, words.size());
  }

  /**
   * An error for this line, to be thrown by the caller: the violation's path is
   * {@code "line N"} and its rejected value is the line's text.
   *
   * @param reason what is wrong with the line, in both languages
   * @return the exception
   */
  InvalidInputException refuse(LocalizableMessage reason) {
    return InvalidInputException.of("line " + number, reason, text);
  }

  /**
   * An error saying that this line's keyword is not one of {@code expected}.
   *
   * @param expected the keywords the reader understands
   * @return the exception, to be thrown by the caller
   */
  InvalidInputException unknownKeyword(Collection<String> expected) {
    return refuse(RulesMessages.BUNDLE.message("rules.config.unknownKeyword",
        "keyword", keyword(), "expected", ImmutableList.copyOf(expected)));
  }

  /**
   * Checks that the line has between {@code min} and {@code max} arguments.
   *
   * @param min the fewest arguments allowed
   * @param max the most arguments allowed; {@link Integer#MAX_VALUE} for no limit
   * @return this line
   * @throws InvalidInputException naming the line if the count is outside the range
   */
  ConfigLine requireArgumentCount(int min, int max) {
    int count = arguments().size();
    if (count < min || count > max) {
      String expected = min == max ? Integer.toString(min)
          : max == Integer.MAX_VALUE ? min + "+" : min + "–" + max;
      throw refuse(RulesMessages.BUNDLE.message("rules.config.argumentCount",
          "keyword", keyword(), "expected", expected, "actual", count));
    }
    return this;
  }

  /**
   * {@code "N: text"}.
   *
   * @return the line number and text
   */
  @Override
  public String toString() {
    return number + ": " + text;
  }
}
