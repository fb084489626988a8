package org.aftersales.core.survey;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * One criterion's monthly figures for a technician (单项评分统计), SUR-03: how many customers ticked
 * each level, and the average score.
 *
 * <p><b>The average is exact, then rounded once.</b> The exact average is the fraction
 * {@link #totalPoints()} / {@link #count()} (levels scored 4 to 1, {@link SatisfactionLevel#points()});
 * {@link #average()} rounds it to two decimal places, half up ({@link RoundingMode#HALF_UP}): e.g.
 * 11 points from 3 answers is 3.67. No floating point is involved.
 *
 * @param criterion the criterion
 * @param distribution how many answers gave each level; every level present (0 included);
 *     copied, unmodifiable
 */
public record CriterionFigures(SurveyCriterion criterion,
    Map<SatisfactionLevel, Integer> distribution) {

  /** The decimal places of {@link #average()}. */
  public static final int AVERAGE_SCALE = 2;

  /**
   * Checks and copies the fields.
   *
   * @param criterion the criterion
   * @param distribution the counts by level
   * @throws InvalidInputException if a level is missing or a count negative (path
   *     {@code distribution})
   */
  public CriterionFigures {
    requireNonNull(criterion, "criterion");
    distribution = Map.copyOf(requireNonNull(distribution, "distribution"));
    for (SatisfactionLevel level : SatisfactionLevel.values()) {
      Integer n = distribution.get(level);
      if (n == null || n < 0) {
        throw InvalidInputException.of("distribution",
            MessageBundle.CORE.message("core.survey.distributionInvalid", "level", level), n);
      }
    }
  }

  /**
   * No answers yet.
   *
   * @param criterion the criterion
   * @return figures with every level at 0
   */
  public static CriterionFigures none(SurveyCriterion criterion) {
    Map<SatisfactionLevel, Integer> zero = new EnumMap<>(SatisfactionLevel.class);
    for (SatisfactionLevel level : SatisfactionLevel.values()) {
      zero.put(level, 0);
    }
    return new CriterionFigures(criterion, zero);
  }

  /**
   * These figures with one more answer at {@code level}.
   *
   * @param level the level ticked
   * @return the new figures
   */
  public CriterionFigures plus(SatisfactionLevel level) {
    Map<SatisfactionLevel, Integer> next = new EnumMap<>(distribution);
    next.merge(level, 1, Integer::sum);
    return new CriterionFigures(criterion, next);
  }

  /**
   * How many answers there are.
   *
   * @return the sum of the distribution
   */
  public int count() {
    int n = 0;
    for (int c : distribution.values()) {
      n += c;
    }
    return n;
  }

  /**
   * The sum of the answers' scores (4 for very satisfied … 1 for dissatisfied).
   *
   * @return the total points
   */
  public long totalPoints() {
    long total = 0;
    for (Map.Entry<SatisfactionLevel, Integer> e : distribution.entrySet()) {
      total += (long) e.getKey().points() * e.getValue();
    }
    return total;
  }

  /**
   * The average score, {@link #totalPoints()} / {@link #count()} rounded to
   * {@value #AVERAGE_SCALE} decimal places, half up.
   *
   * @return the average, between 1.00 and 4.00; empty when there are no answers
   */
  public Optional<BigDecimal> average() {
    int count = count();
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(totalPoints())
        .divide(BigDecimal.valueOf(count), AVERAGE_SCALE, RoundingMode.HALF_UP));
  }
}
