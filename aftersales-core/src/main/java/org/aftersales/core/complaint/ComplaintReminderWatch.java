package org.aftersales.core.complaint;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;
import org.aftersales.core.notification.RecipientRole;
import org.aftersales.core.servicelevel.BusinessCalendar;
import org.aftersales.core.servicelevel.DeadlineRule;
import org.aftersales.core.servicelevel.Milestone;
import org.aftersales.core.servicelevel.ServiceLevelClock;
import org.aftersales.core.servicelevel.ServiceLevelKey;
import org.aftersales.core.servicelevel.ServiceLevelPolicy;
import org.aftersales.core.servicelevel.ServiceLevelTarget;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.RuleId;

/**
 * The domain work of the complaint reminders (催办与洽办规则), CMP-19: which urges (催办单) and
 * inquiries (洽办单) a case calls for at an instant. No port is called; the
 * {@link ComplaintReminders} use case records what this derives.
 *
 * <h2>What is due</h2>
 * Something is <b>overdue</b> at {@code at} when {@code at} is strictly after its due instant,
 * the due instant computed by the {@link ServiceLevelPolicy} as the {@link RoutingLedger} does
 * (the policy's budget for the milestone in the case's market, counted from its start):
 * <ul>
 *   <li><b>the open step</b> (CMP-05): from its own hand-over, so a late hand-off never makes the
 *       next department's step overdue; urged to the step's department
 *       ({@link ComplaintReminderSettings#departmentOf}). A step completed or returned is not
 *       urged, however late it ended: an urge asks a department to act, and there is nothing left
 *       to do; its lateness is audited at closure (the inquiry);</li>
 *   <li><b>the overall limit</b> (CMP-06, {@link Milestone#COMPLAINT_CLOSURE}, seed 13 / 17
 *       working days) from the acceptance, while the case is in progress: urged to the GM
 *       office;</li>
 *   <li><b>the investigation report</b> (CMP-04, {@link Milestone#INVESTIGATION_REPORT}, seed 3
 *       working days) from the acceptance, while no report is filed: urged to quality assurance;
 *       a policy without that target asks for no report urge.</li>
 * </ul>
 * Each overdue target is urged at level 0 to its department and, at every level {@code n} of the
 * ladder whose instant ({@code due} plus the level's working days, added on the target's
 * calendar) {@code at} is strictly after, to the level's role. Every level passed is due at once,
 * so a run after a skipped one catches up on each of them.
 *
 * <p>A case <b>closed late</b> (its {@link ComplaintCase#closedAt()} strictly after the overall
 * due instant) calls for one inquiry to the GM office, listing the steps that ended late.
 *
 * <h2>Keys</h2>
 * {@code complaint/<series>:<number>/CMP-19/<step>/<occurrence>}: the step is
 * {@code <MILESTONE>.urge} (level 0), {@code <MILESTONE>.escalation-<n>} or
 * {@code COMPLAINT_CLOSURE.inquiry}; the occurrence {@code entry-<i>} (the routing entry's index,
 * so a step returned to and opened again is a new entry and is urged again), {@code overall},
 * {@code report} or {@code closed}. A key never depends on the run, nor on the due instant: a
 * changed policy does not urge the same entry twice.
 *
 * <p>The targets are looked up once per milestone and market and kept (thread-safe); a watch
 * belongs to one policy. Only the due instants are counted (no warnings, no elapsed time), with
 * {@link ServiceLevelClock}'s arithmetic: a working-time budget's amount added on its calendar.
 */
public final class ComplaintReminderWatch {

  /** The rule every reminder's key names. */
  public static final RuleId RULE = RuleId.of("CMP-19");

  private static final Recipient GM_OFFICE = Recipient.role(RecipientRole.GM_OFFICE);
  private static final Recipient QA = Recipient.role(RecipientRole.QUALITY_ASSURANCE);

  private final ServiceLevelPolicy policy;
  private final ComplaintReminderSettings settings;
  private final Recipient[] levelRecipients;
  /** The targets looked up so far; the array is replaced, never changed, under this lock. */
  private final AtomicReference<Slot[]> slots = new AtomicReference<>(new Slot[0]);

  /**
   * A budget target without warnings, its calendar, its amount of working time (null for a budget
   * on the wall clock) and the ladder's offsets on that calendar.
   */
  private record Target(ServiceLevelTarget target, BusinessCalendar calendar,
      Duration workingAmount, Duration[] offsets) {}

  /** A milestone and market looked up, and what was found (null: no budget target). */
  private record Slot(Milestone milestone, ServiceZone market, Target found) {}

  /**
   * A watch for one policy.
   *
   * @param policy the service levels the due instants come from
   * @param settings the departments and the ladder
   */
  public ComplaintReminderWatch(ServiceLevelPolicy policy, ComplaintReminderSettings settings) {
    this.policy = requireNonNull(policy, "policy");
    this.settings = requireNonNull(settings, "settings");
    List<ComplaintReminderLevel> ladder = settings.ladder();
    this.levelRecipients = new Recipient[ladder.size()];
    for (int i = 0; i < ladder.size(); i++) {
      levelRecipients[i] = Recipient.role(ladder.get(i).role());
    }
  }

  /**
   * The urges due for a case in progress at {@code at}: the open step's, the overall limit's and
   * the investigation report's, each at level 0 and at every ladder level passed (see the class
   * comment). A case not in progress gets none.
   *
   * @param c the case
   * @param at the run's instant
   * @return the urges, in that order; empty if nothing is overdue
   * @throws InvalidInputException if the policy has no budget for the open step or the closure in
   *     the case's market
   */
  public List<ComplaintReminder> urgesDue(ComplaintCase c, Instant at) {
    requireNonNull(at, "at");
    if (!c.status().inProgress()) {
      return List.of();
    }
    RoutingLedger routing = c.routing();
    ServiceZone market = routing.market();
    List<ComplaintReminder> out = List.of();
    List<RoutingEntry> entries = routing.entries();
    if (!entries.isEmpty()) {
      int index = entries.size() - 1;
      RoutingEntry open = entries.get(index);
      if (open.isOpen()) {
        Target target = required(open.step(), market);
        Instant due = due(target, open.handedOverAt());
        if (at.isAfter(due)) {
          out = urge(out, c, target, open.step(), due, "entry-" + index, index,
              Recipient.role(settings.departmentOf(open.step())), at);
        }
      }
    }
    Target overall = required(Milestone.COMPLAINT_CLOSURE, market);
    Instant overallDue = due(overall, routing.acceptedAt());
    if (at.isAfter(overallDue)) {
      out = urge(out, c, overall, Milestone.COMPLAINT_CLOSURE, overallDue, "overall", -1,
          GM_OFFICE, at);
    }
    if (c.investigationReport().isEmpty()) {
      Optional<Target> report = target(Milestone.INVESTIGATION_REPORT, market);
      if (report.isPresent()) {
        Instant reportDue = due(report.get(), routing.acceptedAt());
        if (at.isAfter(reportDue)) {
          out = urge(out, c, report.get(), Milestone.INVESTIGATION_REPORT, reportDue, "report",
              -1, QA, at);
        }
      }
    }
    return out;
  }

  /**
   * When the case next needs a check after a run at {@code at} has recorded what
   * {@link #urgesDue} gives at {@code at}: the <b>earliest threshold {@code T >= at}</b> strictly
   * after which {@link #urgesDue} gives an urge it does not give at {@code at} — the due instant
   * of a target not yet overdue, or the instant of the first ladder level not yet passed of one
   * overdue — or {@link ReminderCheck#never} when nothing more can fall due until the case
   * changes (a case not in progress; an in-progress case whose every target has climbed the whole
   * ladder). Every threshold depends only on the stored case and the policy, never on the run, so
   * for {@code a < b}: whatever is due at {@code b} and not at {@code a} makes the check of
   * {@code a} strictly before {@code b} (a run at {@code b} finds the case due).
   *
   * <p>Inquiries are not scheduled here: they are found among the cases closed in the lookback.
   *
   * @param c the case, as stored (its number and version name the check)
   * @param at the run's instant
   * @return the check
   * @throws InvalidInputException if the policy has no budget for the open step or the closure in
   *     the case's market
   */
  public ReminderCheck nextCheck(ComplaintCase c, Instant at) {
    requireNonNull(at, "at");
    if (!c.status().inProgress()) {
      return ReminderCheck.never(c.number(), c.version());
    }
    RoutingLedger routing = c.routing();
    ServiceZone market = routing.market();
    Instant next = null;
    List<RoutingEntry> entries = routing.entries();
    if (!entries.isEmpty()) {
      RoutingEntry open = entries.get(entries.size() - 1);
      if (open.isOpen()) {
        Target target = required(open.step(), market);
        next = earlier(next, threshold(target, due(target, open.handedOverAt()), at));
      }
    }
    Target overall = required(Milestone.COMPLAINT_CLOSURE, market);
    next = earlier(next, threshold(overall, due(overall, routing.acceptedAt()), at));
    if (c.investigationReport().isEmpty()) {
      Optional<Target> report = target(Milestone.INVESTIGATION_REPORT, market);
      if (report.isPresent()) {
        next = earlier(next, threshold(report.get(), due(report.get(), routing.acceptedAt()), at));
      }
    }
    return next == null ? ReminderCheck.never(c.number(), c.version())
        : ReminderCheck.at(c.number(), c.version(), next);
  }

  /**
   * The first threshold of a target at or after {@code at}, as {@link #urge} climbs: the due
   * instant if not yet passed, else the first level not passed (the climb stops there, so a later
   * level fires no earlier), else null (the whole ladder is passed).
   */
  private static Instant threshold(Target target, Instant due, Instant at) {
    if (!at.isAfter(due)) {
      return due;
    }
    for (Duration offset : target.offsets()) {
      Instant level = target.calendar().addWorkingTime(due, offset);
      if (!at.isAfter(level)) {
        return level;
      }
    }
    return null;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }

  /**
   * The inquiry due for a closed case: one, to the GM office, if it was closed strictly after its
   * overall due instant (CMP-06); its parameters name the case, the closure, the due instant and,
   * as {@code lateSteps}, the steps that ended after their own due instants (codes in route order,
   * comma-separated; empty text if none).
   *
   * @param c the case
   * @return the inquiry, or empty if the case is not closed or was closed in time
   * @throws InvalidInputException if the policy has no budget for a step or the closure in the
   *     case's market
   */
  public Optional<ComplaintReminder> inquiryDue(ComplaintCase c) {
    Optional<Instant> closed = c.closedAt();
    if (closed.isEmpty()) {
      return Optional.empty();
    }
    RoutingLedger routing = c.routing();
    Instant closedAt = closed.get();
    Instant due = due(required(Milestone.COMPLAINT_CLOSURE, routing.market()),
        routing.acceptedAt());
    if (!closedAt.isAfter(due)) {
      return Optional.empty();
    }
    // Only a late case pays for the step figures. They are read at the closure, or at the latest
    // instant on the form should the closure carry an earlier one.
    List<String> late = new ArrayList<>();
    for (StepFigures f : routing.stepFigures(policy, latest(routing, closedAt))) {
      if (!f.onTime() && !late.contains(f.step().code())) {
        late.add(f.step().code());
      }
    }
    NoticeKey key = new NoticeKey(ComplaintCase.KIND_CODE, c.sourceId(), RULE,
        Milestone.COMPLAINT_CLOSURE.code() + ".inquiry", "closed");
    return Optional.of(new ComplaintReminder(key, NoticeKind.INQUIRY, GM_OFFICE, 0,
        ImmutableSortedMap.of("closedAt", closedAt, "complaint", c.number().text(), "due", due,
            "lateSteps", String.join(",", late))));
  }

  private static Instant latest(RoutingLedger routing, Instant closedAt) {
    Instant latest = routing.acceptedAt();
    for (RoutingEntry e : routing.entries()) {
      Instant end = e.endedAt().orElse(e.handedOverAt());
      if (end.isAfter(latest)) {
        latest = end;
      }
    }
    return closedAt.isBefore(latest) ? latest : closedAt;
  }

  private List<ComplaintReminder> urge(List<ComplaintReminder> out, ComplaintCase c,
      Target target, Milestone milestone, Instant due, String occurrence, int entry,
      Recipient department, Instant at) {
    List<ComplaintReminder> result = out.isEmpty() ? new ArrayList<>(4) : out;
    String code = milestone.code();
    String source = c.sourceId();
    String number = c.number().text();
    result.add(reminder(source, number, code + ".urge", occurrence, code, due, 0, entry,
        department));
    Duration[] offsets = target.offsets();
    for (int i = 0; i < offsets.length; i++) {
      // Levels are in order of their offsets: the first not passed ends the climb.
      if (!at.isAfter(target.calendar().addWorkingTime(due, offsets[i]))) {
        break;
      }
      result.add(reminder(source, number, code + ".escalation-" + (i + 1), occurrence, code,
          due, i + 1, entry, levelRecipients[i]));
    }
    return result;
  }

  private static ComplaintReminder reminder(String source, String number, String step,
      String occurrence, String milestone, Instant due, int level, int entry, Recipient to) {
    NoticeKey key = new NoticeKey(ComplaintCase.KIND_CODE, source, RULE, step, occurrence);
    ImmutableSortedMap.Builder<String, Object> p = ImmutableSortedMap.<String, Object>naturalOrder()
        .put("complaint", number).put("due", due).put("level", (long) level)
        .put("milestone", milestone);
    if (entry >= 0) {
      p.put("entry", (long) entry);
    }
    return new ComplaintReminder(key, NoticeKind.URGE, to, level, p.build());
  }

  private Target required(Milestone milestone, ServiceZone market) {
    return target(milestone, market).orElseThrow(() -> InvalidInputException.of("policy",
        MessageBundle.CORE.message("core.routing.noBudget", "step", milestone.code(),
            "market", market.code())));
  }

  /**
   * The budget target of the milestone in the market, looked up once: a linear search of the
   * few pairs seen so far (a route has seven milestones, a policy two or three markets) is
   * cheaper than building and hashing a key per case.
   */
  private Optional<Target> target(Milestone milestone, ServiceZone market) {
    Slot slot = known(milestone, market);
    if (slot == null) {
      synchronized (slots) {
        slot = known(milestone, market);
        if (slot == null) {
          Target found = policy.targetFor(ServiceLevelKey.of(milestone, market))
              .filter(t -> t.rule() instanceof DeadlineRule.WithinBudget)
              .map(t -> {
                BusinessCalendar calendar = policy.calendarFor(t);
                // A wall-clock budget has no working amount: its due instant comes from a clock.
                return new Target(t.withoutWarnings(), calendar,
                    ((DeadlineRule.WithinBudget) t.rule()).budget().workingTimeOn(calendar)
                        .orElse(null),
                    offsets(calendar));
              }).orElse(null);
          slot = new Slot(milestone, market, found);
          Slot[] seen = slots.get();
          Slot[] more = Arrays.copyOf(seen, seen.length + 1);
          more[seen.length] = slot;
          slots.set(more);
        }
      }
    }
    return Optional.ofNullable(slot.found());
  }

  private Slot known(Milestone milestone, ServiceZone market) {
    for (Slot slot : slots.get()) {
      if (slot.milestone().equals(milestone) && slot.market().equals(market)) {
        return slot;
      }
    }
    return null;
  }


  /** The ladder's working days as working time on {@code calendar}, to the nanosecond, down. */
  private Duration[] offsets(BusinessCalendar calendar) {
    List<ComplaintReminderLevel> ladder = settings.ladder();
    Duration[] offsets = new Duration[ladder.size()];
    BigDecimal day = BigDecimal.valueOf(calendar.workingDayLength().toNanos());
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = Duration.ofNanos(day.multiply(ladder.get(i).workingDaysOverdue())
          .setScale(0, RoundingMode.DOWN).longValueExact());
    }
    return offsets;
  }

  private static Instant due(Target target, Instant start) {
    Duration working = target.workingAmount();
    if (working != null) {
      // Without pauses, a working-time clock is due when its amount of working time has passed.
      return target.calendar().addWorkingTime(start, working);
    }
    // A budget's clock without pauses always has a due instant (as in RoutingLedger).
    return ServiceLevelClock.of(target.target(), target.calendar(), start).due().orElseThrow();
  }
}
