package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.SupportedTime;
import org.aftersales.core.shared.Version;

/**
 * The backup obligation of a handed-over project (备份机制, CON-08, P8 §3(3)) with its recorded
 * {@link BackupRecord}s: whether data changed or lost at a given time can be restored, and where
 * the recorded backups leave gaps. Immutable and thread-safe; {@link #record(BackupRecord)}
 * returns a new value.
 *
 * <p>A time is <em>recoverable</em> at the time of the question {@code at} when a recorded
 * backup was taken at or after it and not after {@code at} (it holds the data as it was then),
 * and that backup is still kept: taken at or after {@code at} minus the retention, in the
 * business zone.
 */
public final class BackupObligation {

  private static final Comparator<BackupRecord> ORDER = Comparator
      .comparing(BackupRecord::takenAt).thenComparing(BackupRecord::what)
      .thenComparing(BackupRecord::reference);

  private final ProjectId project;
  private final ZoneId zone;
  private final BackupTerms terms;
  /** Sorted by {@link #ORDER}, without duplicates; never modified. */
  private final List<BackupRecord> backups;
  /** The stored version; {@link Version#initial()} for an obligation never stored. */
  private final Version version;

  private BackupObligation(ProjectId project, ZoneId zone, BackupTerms terms,
      List<BackupRecord> backups, Version version) {
    this.project = project;
    this.zone = zone;
    this.terms = terms;
    this.backups = List.copyOf(backups);
    this.version = version;
  }

  /**
   * The obligation with no backup recorded yet.
   *
   * @param project the handed-over project
   * @param zone the business zone, for month arithmetic
   * @param terms the window, retention and interval; {@link BackupTerms#seed()} for the seed's
   * @return the obligation
   */
  public static BackupObligation of(ProjectId project, ZoneId zone, BackupTerms terms) {
    return new BackupObligation(requireNonNull(project, "project"), requireNonNull(zone, "zone"),
        requireNonNull(terms, "terms"), List.of(), Version.initial());
  }

  /**
   * The project.
   *
   * @return the project
   */
  public ProjectId project() {
    return project;
  }

  /**
   * The business zone in which backup days and months are counted.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The terms.
   *
   * @return the terms
   */
  public BackupTerms terms() {
    return terms;
  }

  /**
   * The recorded backups, oldest first (then by what and reference).
   *
   * @return the backups; unmodifiable
   */
  public List<BackupRecord> backups() {
    return backups;
  }

  /**
   * This obligation with a backup recorded; recording the same backup again changes nothing.
   *
   * @param backup the backup taken
   * @return the new obligation
   */
  public BackupObligation record(BackupRecord backup) {
    requireNonNull(backup, "backup");
    if (backups.contains(backup)) {
      return this;
    }
    List<BackupRecord> copy = new ArrayList<>(backups);
    copy.add(backup);
    copy.sort(ORDER);
    return new BackupObligation(project, zone, terms, copy, version);
  }

  /**
   * The start of the recoverability window for a question asked at {@code at}: {@code at} minus
   * {@link BackupTerms#window()} in the business zone.
   *
   * @param at the time of the question
   * @return the first instant of the window
   * @throws InvalidInputException if {@code at} or the result is outside the supported range
   */
  public Instant windowStart(Instant at) {
    return minus(at, terms.window(), "at");
  }

  /**
   * Whether data changed or lost at {@code asked} can be restored at {@code at} from the recorded
   * backups (see the class comment). Whether {@code asked} lies inside the promised window is
   * {@link #windowStart(Instant)}'s question; this one only reads the backups.
   *
   * @param asked the time whose data is wanted
   * @param at the time of the question
   * @return {@code true} if a kept backup was taken in {@code [asked, at]}
   * @throws InvalidInputException if an instant is outside the supported range or {@code asked}
   *     is after {@code at}
   */
  public boolean recoverable(Instant asked, Instant at) {
    SupportedTime.require(asked, "asked");
    SupportedTime.require(at, "at");
    if (asked.isAfter(at)) {
      throw InvalidInputException.of("asked",
          MessageBundle.CORE.message("core.backup.askedAfterAt", "at", at), asked);
    }
    Instant keptFrom = minus(at, terms.retention(), "at");
    Instant from = asked.isAfter(keptFrom) ? asked : keptFrom;
    for (BackupRecord backup : backups) {
      Instant taken = backup.takenAt();
      if (!taken.isBefore(from) && !taken.isAfter(at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the data of a day can be restored: the day stands for its first instant in the
   * business zone (the data as it was when the day began).
   *
   * @param asked the day whose data is wanted, in the business zone
   * @param at the time of the question
   * @return {@link #recoverable(Instant, Instant)} of the day's start
   * @throws InvalidInputException as {@link #recoverable(Instant, Instant)}
   */
  public boolean recoverable(LocalDate asked, Instant at) {
    SupportedTime.require(asked, "asked");
    return recoverable(asked.atStartOfDay(zone).toInstant(), at);
  }

  /**
   * The gaps in the window of a question asked at {@code at}: take the window's start, every
   * recorded backup inside {@code [windowStart, at]} and {@code at}, in time order; every two
   * neighbours more than {@link BackupTerms#interval()} apart are a gap. No backups at all give
   * one gap over the whole window.
   *
   * @param at the time of the question
   * @return the gaps, in time order; empty when the backups kept to the interval
   * @throws InvalidInputException if {@code at} or the window's start is outside the supported
   *     range
   */
  public List<BackupGap> gaps(Instant at) {
    Instant previous = windowStart(at);
    List<BackupGap> gaps = new ArrayList<>();
    for (BackupRecord backup : backups) {
      Instant taken = backup.takenAt();
      if (taken.isBefore(previous) || taken.isAfter(at)) {
        continue;
      }
      addGap(gaps, previous, taken);
      previous = taken;
    }
    addGap(gaps, previous, at);
    return List.copyOf(gaps);
  }

  private void addGap(List<BackupGap> gaps, Instant from, Instant to) {
    if (from.plus(terms.interval()).isBefore(to)) {
      gaps.add(new BackupGap(from, to));
    }
  }

  private Instant minus(Instant at, Period period, String what) {
    SupportedTime.require(at, what);
    Instant result = at.atZone(zone).minus(period).toInstant();
    if (!SupportedTime.contains(result)) {
      throw SupportedTime.resultOutside(what, at);
    }
    return result;
  }

  /**
   * The stored version: {@link Version#initial()} for an obligation never stored. Recording a
   * backup keeps it; the {@link Backups} repository stores the next.
   *
   * @return the version
   */
  public Version version() {
    return version;
  }

  /**
   * The same obligation with the version the repository stored it as; for adapters.
   *
   * @param storedVersion the stored version
   * @return the obligation with that version
   */
  public BackupObligation withVersion(Version storedVersion) {
    return new BackupObligation(project, zone, terms, backups,
        requireNonNull(storedVersion, "storedVersion"));
  }

  /**
   * The latest backup taken at or before {@code at}.
   *
   * @param at an instant
   * @return the backup, or empty if none was taken by then
   */
  public java.util.Optional<BackupRecord> latestAt(Instant at) {
    requireNonNull(at, "at");
    BackupRecord latest = null;
    for (BackupRecord backup : backups) {
      if (!backup.takenAt().isAfter(at)) {
        latest = backup;
      }
    }
    return java.util.Optional.ofNullable(latest);
  }

  /** Equal when the project, zone, terms, backups and version are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof BackupObligation that && project.equals(that.project)
        && zone.equals(that.zone) && terms.equals(that.terms) && backups.equals(that.backups)
        && version.equals(that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, project, zone, terms, backups);
  }

  /** The project and the number of backups, for logs. */
  @Override
  public String toString() {
    return "BackupObligation[" + project + ", " + terms + ", " + backups.size() + " backups]";
  }
}
