package org.aftersales.core.workreport;

import static java.util.Objects.requireNonNull;

import org.aftersales.core.servicelevel.ServiceCategory;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;

/**
 * How many jobs of one category took how much time (类别与耗时), a line of the daily reports
 * (SVC-09).
 *
 * @param category the category
 * @param jobs how many jobs, 0 or more
 * @param minutes their labour time in minutes, 0 or more
 */
public record CategoryTime(ServiceCategory category, int jobs, long minutes) {

  /**
   * Checks the fields.
   *
   * @param category the category
   * @param jobs the job count
   * @param minutes the minutes
   * @throws InvalidInputException if a count is negative
   */
  public CategoryTime {
    requireNonNull(category, "category");
    if (jobs < 0 || minutes < 0) {
      throw InvalidInputException.of(jobs < 0 ? "jobs" : "minutes",
          MessageBundle.CORE.message("core.service.maxNegative"));
    }
  }

  /**
   * No jobs of the category.
   *
   * @param category the category
   * @return zero jobs, zero minutes
   */
  public static CategoryTime none(ServiceCategory category) {
    return new CategoryTime(category, 0, 0);
  }

  /**
   * This line with one more job of {@code minutes}.
   *
   * @param minutes the job's labour minutes
   * @return the new line
   */
  public CategoryTime plusJob(long minutes) {
    return new CategoryTime(category, jobs + 1, Math.addExact(this.minutes, minutes));
  }

  /**
   * The sum of two lines of the same category.
   *
   * @param other another line of {@link #category()}
   * @return the sum
   * @throws InvalidInputException if the categories differ
   */
  public CategoryTime plus(CategoryTime other) {
    if (other.category != category) {
      throw InvalidInputException.of("category", MessageBundle.CORE.message(
          "core.workreport.categoryMismatch", "category", category), other.category);
    }
    return new CategoryTime(category, Math.addExact(jobs, other.jobs),
        Math.addExact(minutes, other.minutes));
  }
}
