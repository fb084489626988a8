package org.aftersales.testkit.service;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.AgreeArrivalTime;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.service.Billing;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.CommitResolutionTime;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.InspectRepair;
import org.aftersales.core.service.OpenRepairCard;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.RecordRepair;
import org.aftersales.core.service.RegisterServiceRequest;
import org.aftersales.core.service.ReplacedPart;
import org.aftersales.core.service.ReturnItem;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestCompletion;
import org.aftersales.core.service.ServiceRequestDispatch;
import org.aftersales.core.service.ServiceRequestRegistration;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.ServiceRequestWorkshop;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.service.TakeItemToWorkshop;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.testkit.arbitraries.CalendarArbitraries;
import org.aftersales.testkit.arbitraries.SharedArbitraries;

/**
 * jqwik arbitraries for service requests (叫修): registrations the registration use case accepts —
 * every seed service zone and channel, calls received at any time of 2026 and 2027 in Shanghai
 * with office-hour edges, nights, weekends and month ends often, and texts up to their length
 * limits, Chinese and Latin — and whole lives of one request that the use cases accept:
 * dispatched only, closed on site, or repaired in the workshop and returned ({@link Lifecycle}).
 *
 * <p>Built only with jqwik combinators, so values shrink (texts shorter, amounts and gaps
 * smaller, fewer parts); the request IDs, service request IDs and serial numbers come from
 * {@link ServiceFixtures}' counters when a value is made, so values never collide in shared
 * storage (a shrunk value gets fresh ones). Amounts in CNY, exact. Immutable and thread-safe.
 *
 * <pre>{@code
 * @Property
 * void everyLifeEndsAsPlanned(@ForAll("lives") ServiceArbitraries.Lifecycle life) {
 *   life.grantTo(erp);
 *   ServiceRequest last = life.runOn(registration, dispatch, completion, workshop);
 *   assertEquals(life.path().status(), last.status());
 * }
 *
 * @Provide
 * Arbitrary<ServiceArbitraries.Lifecycle> lives() {
 *   return ServiceArbitraries.lifecycles();
 * }
 * }</pre>
 */
public final class ServiceArbitraries {

  /** The seed's service zones (服务区域), from the city to overseas. */
  public static final List<ServiceZone> ZONES = List.of(ServiceZone.CITY, ServiceZone.SUBURB,
      ServiceZone.RING_ROAD_1, ServiceZone.RING_ROAD_2, ServiceZone.REST_OF_CITY,
      ServiceZone.NEIGHBOURING, ServiceZone.FARTHER, ServiceZone.DOMESTIC, ServiceZone.OVERSEAS);

  /** The office-hour edges of the seed's Shanghai day, with the seconds just before them. */
  public static final List<LocalTime> OFFICE_EDGES = List.of(LocalTime.of(8, 59, 59),
      LocalTime.of(9, 0), LocalTime.of(11, 59, 59), LocalTime.of(12, 0), LocalTime.of(13, 29, 59),
      LocalTime.of(13, 30), LocalTime.of(17, 59, 59), LocalTime.of(18, 0), LocalTime.MIDNIGHT,
      LocalTime.of(23, 59, 59));

  /** The latest last day of a warranty generated: 31 December 2099. */
  public static final LocalDate WARRANTY_UNTIL = LocalDate.of(2099, 12, 31);

  private static final Currency CNY = Currency.getInstance("CNY");

  private ServiceArbitraries() {}

  /**
   * Any of {@link #ZONES}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceZone> zones() {
    return Arbitraries.of(ZONES);
  }

  /**
   * Any channel a call comes in by.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceChannel> channels() {
    return Arbitraries.of(ServiceChannel.class);
  }

  /**
   * Instants a call is received at, in Shanghai: a date of 2026 or 2027 (month ends and
   * Saturdays often, see {@link CalendarArbitraries#dates}) at an {@link #OFFICE_EDGES office-hour
   * edge}, a second from 09:00 to 18:00 or any second of the day (uniformly), whole seconds.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Instant> receivedInstants() {
    Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(OFFICE_EDGES)),
        Tuple.of(1, Arbitraries.integers().between(9 * 3600, 18 * 3600 - 1)
            .withDistribution(RandomDistribution.uniform()).map(LocalTime::ofSecondOfDay)),
        Tuple.of(2, Arbitraries.integers().between(0, 24 * 3600 - 1)
            .withDistribution(RandomDistribution.uniform()).map(LocalTime::ofSecondOfDay)));
    return Combinators.combine(CalendarArbitraries.dates(CalendarArbitraries.FIRST_DATE,
        CalendarArbitraries.LAST_DATE), times)
        .as((d, t) -> ZonedDateTime.of(d, t, ServiceFixtures.SHANGHAI).toInstant());
  }

  /**
   * Plain, non-blank texts of 1 to {@code maxLength} characters (UTF-16 units, as
   * {@code @Size} counts them): Chinese (CJK unified ideographs of the basic plane), Latin letters
   * and digits with spaces and punctuation, and often exactly {@code maxLength} or one
   * character.
   *
   * @param maxLength the longest text, at least 1
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxLength} is less than 1
   */
  public static Arbitrary<String> texts(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength " + maxLength + " < 1");
    }
    Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5')
        .ofMinLength(1).ofMaxLength(maxLength);
    Arbitrary<String> latin = Arbitraries.strings().alpha().numeric()
        .withChars(' ', '-', ',', '.', '#', '号').ofMinLength(1).ofMaxLength(maxLength)
        .map(ServiceArbitraries::notBlank);
    return Arbitraries.frequencyOf(
        Tuple.of(3, chinese),
        Tuple.of(3, latin),
        Tuple.of(1, Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofLength(maxLength)),
        Tuple.of(1, Arbitraries.strings().alpha().withChars(' ').ofLength(maxLength)
            .map(ServiceArbitraries::notBlank)),
        Tuple.of(1, Arbitraries.of("修", "A")));
  }

  /**
   * Phone numbers (电话) of 1 to 40 characters: digits with hyphens, spaces and a leading plus,
   * e.g. {@code 021-5080 1234}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> phones() {
    return Arbitraries.strings().numeric().withChars('-', ' ', '+').ofMinLength(1).ofMaxLength(40)
        .map(s -> s.isBlank() ? "0" + s.substring(1) : s);
  }

  /**
   * Registrations (叫修登记, SVC-02) the registration use case accepts: a fresh request ID,
   * service request ID and serial number ({@link ServiceFixtures}), a call received at
   * {@link #receivedInstants()} in any {@link #zones() zone} by any {@link #channels() channel},
   * the customer, address, product model and problem of {@link #texts} at their limits (200,
   * 500, 100 and 4 000 characters), a phone of {@link #phones()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RegisterServiceRequest> registrations() {
    return Combinators.combine(receivedInstants(), texts(200), texts(500), phones(), texts(100),
        zones(), channels(), texts(4000))
        .as((at, customer, address, phone, model, zone, channel, problem) ->
            ServiceFixtures.registerServiceRequest().receivedAt(at).customerName(customer)
                .address(address).phone(phone).productModel(model).zone(zone).channel(channel)
                .problem(problem).build());
  }

  /**
   * Replaced parts (更换零件): one of three part numbers, 1 to 10 pieces at CNY 0.01 to
   * 2 000.00 each.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ReplacedPart> replacedParts() {
    return Combinators.combine(Arbitraries.of("BRG-6204", "SEAL-12", "PCB-4411-A"),
        Arbitraries.integers().between(1, 10), SharedArbitraries.positiveMoney(CNY, 200_000))
        .as(ReplacedPart::new);
  }

  /**
   * Service reports (服务报告): fault cause, solution and customer opinion of {@link #texts} up to
   * 2 000 characters, 0 to 3 {@link #replacedParts() parts}, 0 to 600 minutes of labour, travel
   * from CNY 0.00 to 2 000.00 — charging from nothing to well above the seed's on-site limit
   * of CNY 500.00.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ServiceReport> serviceReports() {
    return Combinators.combine(texts(2000), texts(2000), replacedParts().list().ofMaxSize(3),
        Arbitraries.integers().between(0, 600), SharedArbitraries.money(CNY, 0, 200_000),
        texts(2000)).as(ServiceReport::new);
  }

  /**
   * Whole lives of one request that the use cases wired as {@link ServiceFixtures}' seed use
   * cases accept, in order, each step a few minutes to two days after the one before: a
   * {@link #registrations() registration} of a unit with no entitlement (paid after a quote),
   * under warranty until {@link #WARRANTY_UNTIL} (free) or the company's own (internal); maybe
   * the customer's requested arrival agreed (SVC-13) before the dispatch; the dispatch (SVC-02)
   * to one of three technicians; the quote of a paid job (SVC-15); maybe a committed resolution
   * time (SVC-14); then, by {@link Path}, nothing more, the service report, the signature and
   * the closing on site (SVC-03, SVC-16), or the intake into the workshop, the repair card, the
   * repair, the inspection, the report and the return (SVC-05, SVC-06).
   *
   * @return the arbitrary
   */
  public static Arbitrary<Lifecycle> lifecycles() {
    Arbitrary<Entitlement> entitlements = Arbitraries.of(Entitlement.none(),
        Entitlement.underWarrantyUntil(WARRANTY_UNTIL), Entitlement.internal());
    Arbitrary<PersonId> technicians = Arbitraries.of(ServiceFixtures.TECHNICIAN,
        PersonId.of("tech-li"), PersonId.of("tech-zhou"));
    // Gaps between steps, in minutes: often one minute, up to two days.
    Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(1, 2 * 24 * 60).list()
        .ofSize(12);
    Arbitrary<Tuple.Tuple2<Boolean, Boolean>> options = Combinators.combine(
        Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Tuple::of);
    Arbitrary<Tuple.Tuple2<ServiceReport, List<ReplacedPart>>> work = Combinators.combine(
        serviceReports(), replacedParts().list().ofMaxSize(3)).as(Tuple::of);
    return Combinators.combine(registrations(), entitlements, Arbitraries.of(Path.class),
        options, technicians, gaps, work, Arbitraries.integers().between(0, 600))
        .as((registration, entitlement, path, option, technician, gap, w, repairMinutes) ->
            lifecycle(registration, entitlement, path, option.get1(), option.get2(), technician,
                gap, w.get1(), w.get2(), repairMinutes));
  }

  private static Lifecycle lifecycle(RegisterServiceRequest registration,
      Entitlement entitlement, Path path, boolean agree, boolean commit, PersonId technician,
      List<Integer> gaps, ServiceReport report, List<ReplacedPart> repairParts,
      int repairMinutes) {
    var id = registration.serviceRequestId();
    List<Record> steps = new ArrayList<>();
    Instant[] t = new Instant[gaps.size() + 1];
    t[0] = registration.receivedAt();
    for (int i = 0; i < gaps.size(); i++) {
      t[i + 1] = t[i].plus(Duration.ofMinutes(gaps.get(i)));
    }
    if (agree) {
      steps.add(ServiceFixtures.agreeArrivalTime(id).requestedArrival(t[2]).agreedAt(t[1])
          .build());
    }
    steps.add(ServiceFixtures.assignTechnician(id).technician(technician).assignedAt(t[2])
        .build());
    if (path != Path.DISPATCHED && entitlement.billing() == Billing.PAID_AFTER_QUOTE) {
      steps.add(ServiceFixtures.quoteRepair(id).quotedAt(t[3]).build());
    }
    if (commit) {
      steps.add(ServiceFixtures.commitResolutionTime(id).committedBy(technician)
          .committedAt(t[3]).resolveBy(t[11]).build());
    }
    FileServiceReport filing = ServiceFixtures.fileServiceReport(id).technician(technician)
        .report(report).filedAt(t[5]).build();
    if (path == Path.CLOSED_ON_SITE) {
      steps.add(filing);
      steps.add(ServiceFixtures.signVoucher(id).signedAt(t[6]).build());
      steps.add(ServiceFixtures.closeServiceRequest(id).closedAt(t[7]).build());
    } else if (path == Path.RETURNED_FROM_WORKSHOP) {
      steps.add(ServiceFixtures.takeItemToWorkshop(id).takenAt(t[4]).build());
      steps.add(ServiceFixtures.openRepairCard(id).technician(technician).openedAt(t[5])
          .promisedBy(t[10]).build());
      steps.add(ServiceFixtures.recordRepair(id).labourMinutes(repairMinutes).parts(repairParts)
          .repairedAt(t[6]).build());
      steps.add(ServiceFixtures.inspectRepair(id).inspectedAt(t[7]).build());
      steps.add(ServiceFixtures.fileServiceReport(id).technician(technician).report(report)
          .filedAt(t[8]).build());
      steps.add(ServiceFixtures.returnItem(id).returnedAt(t[9]).build());
    }
    return new Lifecycle(entitlement, registration, path, List.copyOf(steps));
  }

  private static String notBlank(String s) {
    return s.isBlank() ? "A" + s.substring(1) : s;
  }

  /** How a generated life ends. */
  public enum Path {
    /** Registered and dispatched (已派工), nothing more: the request stays open. */
    DISPATCHED,
    /** Reported, signed and closed on site (现场结案). */
    CLOSED_ON_SITE,
    /** Taken to the workshop, repaired, inspected, reported and returned (带回维修后退回). */
    RETURNED_FROM_WORKSHOP;

    /**
     * The status a request ends in on this path.
     *
     * @return {@code DISPATCHED} or {@code CLOSED}
     */
    public ServiceRequestStatus status() {
      return this == DISPATCHED ? ServiceRequestStatus.DISPATCHED : ServiceRequestStatus.CLOSED;
    }
  }

  /**
   * One request's life: what its unit is entitled to, its registration, and the later commands
   * in the order the use cases accept them (records of {@code org.aftersales.core.service}).
   * Immutable.
   *
   * @param entitlement what the ERP answers for the unit (grant it with {@link #grantTo})
   * @param registration the registration
   * @param path how the life ends
   * @param steps the commands after the registration, in order
   */
  public record Lifecycle(Entitlement entitlement, RegisterServiceRequest registration, Path path,
      List<Record> steps) {

    /**
     * Checks and copies the fields.
     *
     * @param entitlement the entitlement
     * @param registration the registration
     * @param path the path
     * @param steps the later commands
     */
    public Lifecycle {
      requireNonNull(entitlement, "entitlement");
      requireNonNull(registration, "registration");
      requireNonNull(path, "path");
      steps = List.copyOf(steps);
    }

    /**
     * Grants the unit its entitlement in {@code erp} (nothing for a unit without one).
     *
     * @param erp the in-memory ERP lookup
     * @return {@code erp}
     */
    public InMemoryEntitlements grantTo(InMemoryEntitlements erp) {
      if (!entitlement.equals(Entitlement.none())) {
        erp.grant(registration.productModel(), registration.productSerial(), entitlement);
      }
      return erp;
    }

    /**
     * Sends the registration and every step to the use case that takes it, in order.
     *
     * @param registrations registers the call
     * @param dispatch dispatches and agrees arrival times (wired with a policy)
     * @param completion quotes, reports, signs, commits resolution times and closes
     * @param workshop takes in, cards, repairs, inspects and returns
     * @return the request as the last use case stored it
     */
    public ServiceRequest runOn(ServiceRequestRegistration registrations,
        ServiceRequestDispatch dispatch, ServiceRequestCompletion completion,
        ServiceRequestWorkshop workshop) {
      ServiceRequest last = registrations.register(registration);
      for (Record step : steps) {
        last = apply(step, dispatch, completion, workshop);
      }
      return last;
    }

    private static ServiceRequest apply(Record step, ServiceRequestDispatch dispatch,
        ServiceRequestCompletion completion, ServiceRequestWorkshop workshop) {
      if (step instanceof AgreeArrivalTime c) {
        return dispatch.agreeArrivalTime(c);
      } else if (step instanceof AssignTechnician c) {
        return dispatch.assign(c);
      } else if (step instanceof QuoteRepair c) {
        return completion.quote(c);
      } else if (step instanceof CommitResolutionTime c) {
        return completion.commitResolutionTime(c);
      } else if (step instanceof FileServiceReport c) {
        return completion.fileReport(c);
      } else if (step instanceof SignVoucher c) {
        return completion.signVoucher(c);
      } else if (step instanceof CloseServiceRequest c) {
        return completion.close(c);
      } else if (step instanceof TakeItemToWorkshop c) {
        return workshop.takeIn(c);
      } else if (step instanceof OpenRepairCard c) {
        return workshop.openRepairCard(c);
      } else if (step instanceof RecordRepair c) {
        return workshop.recordRepair(c);
      } else if (step instanceof InspectRepair c) {
        return workshop.inspect(c);
      } else if (step instanceof ReturnItem c) {
        return workshop.returnItem(c);
      }
      throw new IllegalArgumentException("not a step of a service request: " + step);
    }
  }
}
