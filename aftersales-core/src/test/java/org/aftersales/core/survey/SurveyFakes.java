package org.aftersales.core.survey;

import jakarta.validation.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aftersales.core.organization.PersonId;
import org.aftersales.core.service.Entitlement;
import org.aftersales.core.service.ServiceChannel;
import org.aftersales.core.service.ServiceRequest;
import org.aftersales.core.service.ServiceRequestId;
import org.aftersales.core.service.ServiceRequestStatus;
import org.aftersales.core.service.ServiceRequests;
import org.aftersales.core.servicelevel.ServiceZone;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.ConcurrentUpdateException;
import org.aftersales.core.shared.OutboxEvent;
import java.time.ZoneOffset;
import org.aftersales.core.shared.Money;
import org.aftersales.core.service.SignVoucher;
import org.aftersales.core.service.ServiceReport;
import org.aftersales.core.service.OnSiteCollection;
import org.aftersales.core.service.FileServiceReport;
import org.aftersales.core.service.QuoteRepair;
import org.aftersales.core.service.CloseServiceRequest;
import org.aftersales.core.service.AssignTechnician;
import org.aftersales.core.shared.RequestId;
import org.aftersales.core.shared.Version;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Recording fakes and builders for the survey tests in core. */
final class SurveyFakes {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private SurveyFakes() {}

  static CommandValidator validator() {
    return new CommandValidator(Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator());
  }

  static Instant shanghai(int month, int day, int hour, int minute) {
    return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
  }

  /**
   * A call closed at {@code closedAt} through the request's own transitions (dispatched an hour
   * earlier to {@code technician}; a report charging nothing; the voucher signed).
   */
  static ServiceRequest closed(String id, String customer, String technician, Instant closedAt) {
    ServiceRequest r = ServiceRequest.builder().id(ServiceRequestId.of(id))
        .requestId(RequestId.of("reg-" + id)).receivedAt(closedAt.minusSeconds(7200))
        .customerName(customer).address("addr").phone("phone").productModel("CNC-450")
        .productSerial("SN-" + id).zone(ServiceZone.CITY).channel(ServiceChannel.HOTLINE)
        .problem("leaks").entitlement(Entitlement.none())
        .category(Entitlement.none().category()).billing(Entitlement.none().billing())
        .status(ServiceRequestStatus.REGISTERED).version(Version.of(3)).build();
    Instant at = closedAt.minusSeconds(3600);
    r = r.dispatched(new AssignTechnician(RequestId.of("d-" + id), r.id(),
        PersonId.of(technician), PersonId.of("sup"), at), at).state();
    Money zero = Money.zero(OnSiteCollection.seed().currency());
    // A paid job (no entitlement: category A) is quoted before the work (SVC-15).
    r = r.repairQuoted(new QuoteRepair(RequestId.of("q-" + id), r.id(), zero, zero,
        PersonId.of("sales"), at), at).state();
    r = r.reportFiled(new FileServiceReport(RequestId.of("r-" + id), r.id(),
        PersonId.of(technician), new ServiceReport("worn seal",
            "seal replaced", List.of(), 0, zero, "satisfied"), closedAt), closedAt).state();
    r = r.voucherSigned(new SignVoucher(RequestId.of("s-" + id), r.id(), customer, closedAt),
        closedAt).state();
    return r.closedOnSite(new CloseServiceRequest(RequestId.of("c-" + id), r.id(),
        PersonId.of("clerk"), closedAt), OnSiteCollection.seed(), ZoneOffset.UTC, closedAt)
        .state();
  }

  static Map<SurveyCriterion, SatisfactionLevel> all(SatisfactionLevel level) {
    Map<SurveyCriterion, SatisfactionLevel> r = new EnumMap<>(SurveyCriterion.class);
    for (SurveyCriterion c : SurveyCriterion.values()) {
      r.put(c, level);
    }
    return r;
  }

  static SurveyCard card(String id, String customer, String technician, Instant closedAt) {
    SurveyCard card = SurveyCard.issue(
        closed(id, customer, technician == null ? "tech-removed" : technician, closedAt),
        LocalDate.ofInstant(closedAt, SHANGHAI), closedAt.plusSeconds(86_400)).state();
    // A card without a technician cannot be issued (closing requires dispatch); an adopter's
    // adapter may still rebuild one from older data, and the figures must count it for nobody.
    return technician == null
        ? ((ImmutableSurveyCard) card).withTechnician(Optional.empty()) : card;
  }

  /** Closed requests in a list; answers closedBetween with the port's semantics, logs calls. */
  static final class Requests implements ServiceRequests {
    final List<ServiceRequest> rows = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public Optional<ServiceRequest> find(ServiceRequestId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ServiceRequest> findByRequestId(RequestId requestId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServiceRequest save(ServiceRequest request, List<OutboxEvent> events) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ServiceRequest> open(int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ServiceRequest> dueBefore(Instant instant, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ServiceRequest> inWorkshop(int max) {
      throw new UnsupportedOperationException("not a query of surveys");
    }

    @Override
    public List<ServiceRequest> byTechnician(PersonId technician, LocalDate day, ZoneId zone,
        int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ServiceRequest> closedBetween(Instant from, Instant to, int max) {
      calls.add("closedBetween " + from + " " + to + " " + max);
      return rows.stream().filter(r -> !r.closedAt().orElseThrow().isBefore(from)
              && r.closedAt().orElseThrow().isBefore(to))
          .sorted(Comparator.comparing((ServiceRequest r) -> r.closedAt().orElseThrow())
              .thenComparing(ServiceRequest::id)).limit(max).toList();
    }
  }

  /** Survey cards in a map with versions; can lose one race on demand; logs calls. */
  static class Cards implements SurveyCards {
    final Map<ServiceRequestId, SurveyCard> rows = new LinkedHashMap<>();
    final List<OutboxEvent> outbox = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    /** Stored just before the next save, which then meets a stored version. */
    SurveyCard racer;

    @Override
    public Optional<SurveyCard> find(ServiceRequestId id) {
      calls.add("find " + id);
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public SurveyCard save(SurveyCard card, List<OutboxEvent> events) {
      calls.add("save " + card.serviceRequestId());
      if (racer != null) {
        rows.put(racer.serviceRequestId(), racer);
        racer = null;
      }
      SurveyCard stored = rows.get(card.serviceRequestId());
      Version actual = stored == null ? null : stored.version();
      if (stored == null ? !card.version().isInitial() : !actual.equals(card.version())) {
        throw new ConcurrentUpdateException(SurveyCard.KIND, card.serviceRequestId().value(),
            card.version(), actual);
      }
      SurveyCard saved = card.withVersion(card.version().next());
      rows.put(saved.serviceRequestId(), saved);
      outbox.addAll(events);
      return saved;
    }

    @Override
    public Optional<SurveyCard> latestOfCustomer(String customerName, Instant notAfter) {
      calls.add("latestOfCustomer " + customerName);
      return rows.values().stream().filter(c -> c.customerName().equals(customerName))
          .filter(c -> !c.closedAt().isAfter(notAfter))
          .max(Comparator.comparing(SurveyCard::closedAt)
              .thenComparing(SurveyCard::serviceRequestId));
    }

    @Override
    public List<SurveyCard> answeredBetween(Instant from, Instant to, int max) {
      calls.add("answeredBetween " + max);
      return rows.values().stream().filter(c -> c.answeredAt()
              .filter(at -> !at.isBefore(from) && at.isBefore(to)).isPresent())
          .sorted(Comparator.comparing((SurveyCard c) -> c.answeredAt().orElseThrow())
              .thenComparing(SurveyCard::serviceRequestId)).limit(max).toList();
    }
  }
}
