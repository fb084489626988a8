package org.aftersales.rules.sla;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.Violation;
import org.aftersales.rules.support.RulesMessages;

/**
 * The working-calendar text format (工作日历文本格式): a small, line-based text from which a
 * {@link WorkingCalendar} is read, so that a company can add next year's holidays and make-up
 * working days (调休) without recompiling; and the writer of the same text.
 *
 * <p>The lexical form: one entry per line, keyword first,
 * words separated by white space, {@code #} at the start of a line or after white space starting
 * a comment. A byte-order mark (U+FEFF) as the very first character is skipped; one anywhere else
 * is refused, naming its line and column. An example:
 *
 * <pre>{@code
 * zone Asia/Shanghai                                 # required, exactly once
 * week MON-FRI 09:00-12:00 13:30-18:00               # base weekly hours
 * holiday 2026-10-01..2026-10-07 National Day 国庆节
 * workday 2026-10-10 09:00-12:00 13:30-18:00 国庆调休
 * workday 2026-09-20 as MON 国庆调休
 * period 2026-07-01..2026-09-30 MON-FRI 08:30-12:00 13:00-17:30 summer hours
 * working-day 7h30m                                  # optional
 * }</pre>
 *
 * <h2>Keywords</h2>
 * <ul>
 *   <li>{@code zone ID} — the {@link java.time.ZoneId} in which dates and hours are read, e.g.
 *       {@code Asia/Shanghai}; required, exactly once, on any line.</li>
 *   <li>{@code week DAYS HOURS...} — working hours of the base weekly schedule on the given days
 *       of the week. May be repeated; the stretches of all lines add up per day.</li>
 *   <li>{@code holiday DATES [name]} — a holiday (节假日) on one date or on every date of an
 *       inclusive range; the rest of the line, if any, is its name.</li>
 *   <li>{@code workday DATE HOURS... [name]} — a make-up working day with its own hours;
 *       {@code workday DATE as DAY [name]} — a make-up working day that works the base weekly
 *       hours of the day of the week {@code DAY}, whichever line declares them.</li>
 *   <li>{@code period DATES DAYS HOURS... [name]} — a date-bounded change of the weekly schedule
 *       (e.g. summer hours). Lines with the same range and the same name make up one period's
 *       weekly schedule; periods are kept in the order of their first line, and where periods
 *       overlap the later one wins.</li>
 *   <li>{@code working-day LENGTH} — the working time one working day stands for in working-day
 *       budgets, as hours and minutes ({@code 8h}, {@code 7h30m}, {@code 450m}) or ISO-8601
 *       ({@code PT7H30M}); optional, at most once.</li>
 * </ul>
 *
 * <p>Keywords and {@code as} are lower case. {@code DAYS} is a day ({@code MON}, {@code TUE},
 * {@code WED}, {@code THU}, {@code FRI}, {@code SAT}, {@code SUN}, in any case), a range in week
 * order that may wrap ({@code MON-FRI}, {@code FRI-MON}), a comma list ({@code MON,WED,FRI}) or a
 * mix ({@code MON-WED,FRI}). {@code HOURS} are stretches in the text form of
 * {@link WorkingHours#parse(CharSequence)}, local time of the zone: {@code 09:00-12:00};
 * {@code 24:00} is accepted as an end; an end at or before the start crosses midnight, and a
 * stretch belongs to the date on which it starts. {@code DATE} is ISO {@code yyyy-MM-dd}, inside
 * the {@linkplain org.aftersales.core.shared.SupportedTime supported range} 1900-01-01 to
 * 2300-12-31 (a date outside it, such as a year typed {@code 0026}, is refused on its line);
 * {@code DATES} is a date or an inclusive range {@code yyyy-MM-dd..yyyy-MM-dd}.
 * The words of a make-up day or period after its hours are its name, so such a name must not
 * start with a word that looks like hours (a digit first and a {@code :} in it).
 *
 * <h2>Errors</h2>
 * {@link #parse(CharSequence)} reads every line before it gives up and throws one
 * {@link InvalidInputException} with a violation for every faulty line (its path is
 * {@code "line N"}, its rejected value the line's text, the first problem of the line in English
 * and Chinese) and one with path {@code "zone"} if no line names the zone. Only if every line is
 * well formed is the calendar built, and then {@link WorkingCalendar.Builder#build()} reports what
 * is wrong with the definition as a whole (a date that is both holiday and make-up day, no working
 * hours in the week, …). No calendar is ever half built.
 *
 * <h2>Limitation</h2>
 * There is no escape character: a name in which {@code #} follows white space (or comes first)
 * would be cut as a comment, and white space inside a name is kept but not at its ends. Such
 * names cannot be written; {@link #format(WorkingCalendar)} refuses them rather than writing text
 * that reads back differently.
 *
 * <p>The index range of a calendar ({@link WorkingCalendar.Builder#indexRange}) is not part of
 * the text: it tunes speed, not answers, and a calendar read from text gets the default range for
 * its dates.
 *
 * <p>This class is the entry point only: the reading is done by a package-private reader, one per
 * text, and the writing by a package-private writer, as java.time keeps its parse and print
 * contexts apart from {@code DateTimeFormatter}. It has no state and is thread-safe.
 */
public final class WorkingCalendarFormat {

  private WorkingCalendarFormat() {}

  /**
   * Reads a working calendar from its text form (see the class comment).
   *
   * @param text the whole text; lines end with {@code \n}, {@code \r\n} or {@code \r}; it may
   *     start with a byte-order mark (U+FEFF), which is skipped
   * @return the calendar, in the zone named by the text
   * @throws InvalidInputException listing every faulty line (path {@code "line N"}: among others a
   *     byte-order mark after the first character, a date outside 1900 to 2300), a missing
   *     zone (path {@code "zone"}), or what {@link WorkingCalendar.Builder#build()} refuses
   * @throws NullPointerException if {@code text} is null
   */
  public static WorkingCalendar parse(CharSequence text) {
    requireNonNull(text, "text");
    CalendarTextReader reader = new CalendarTextReader();
    List<Violation> violations = new ArrayList<>();
    for (ConfigLine line : ConfigLine.parse(text)) {
      try {
        line.requireNoByteOrderMark();
        reader.read(line);
      } catch (InvalidInputException e) {
        violations.addAll(e.violations());
      }
    }
    if (!reader.hasZone()) {
      violations.add(Violation.of("zone",
          RulesMessages.BUNDLE.message("rules.sla.format.zone.missing")));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return reader.build();
  }

  /**
   * Writes a calendar in the text form, such that {@link #parse(CharSequence)} reads it back to
   * an equal calendar. The text names the zone and the working-day length explicitly (not the
   * index range, see the class comment); holidays on consecutive dates with the same name become
   * one range line; make-up days are written with their hours. Lines end with {@code \n}.
   *
   * @param calendar any calendar
   * @return the text
   * @throws InvalidInputException if the calendar cannot be written exactly, listing every reason:
   *     a name the format cannot carry (see the class comment), working hours that are not whole
   *     minutes, a period without working hours, or two
   *     periods with the same dates and name (they would be read back as one)
   * @throws NullPointerException if {@code calendar} is null
   */
  public static String format(WorkingCalendar calendar) {
    return CalendarTextWriter.write(requireNonNull(calendar, "calendar"));
  }
}
