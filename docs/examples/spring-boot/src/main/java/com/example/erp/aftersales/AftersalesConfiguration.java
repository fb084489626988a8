package com.example.erp.aftersales;

import com.example.erp.persistence.AftersalesJson;
import com.example.erp.persistence.JdbcNumberSequences;
import com.example.erp.persistence.JdbcOutbox;
import com.example.erp.persistence.JdbcPenaltyAccounts;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.aftersales.core.numbering.NumberSequences;
import org.aftersales.core.penalty.PenaltyAccounts;
import org.aftersales.core.penalty.PenaltyPosting;
import org.aftersales.core.penalty.PenaltySettlement;
import org.aftersales.core.shared.CommandValidator;
import org.aftersales.core.shared.DomainEventPublisher;
import org.aftersales.core.shared.EventRelay;
import org.aftersales.rules.numbering.NumberingScheme;
import org.aftersales.rules.numbering.SequenceNumbering;
import org.aftersales.rules.penalty.CappedDeduction;
import org.aftersales.rules.penalty.LargestRemainderAllocation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The after-sales library's use cases, policies and adapters as Spring beans. */
@Configuration(proxyBeanMethods = false)
public class AftersalesConfiguration {

  /** Where the business happens: complaint numbers (年月流水) are read in this zone. */
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  /**
   * The clock the use cases read; only its instant matters to the library.
   *
   * @return the system clock in the business zone
   */
  @Bean
  Clock clock() {
    return Clock.system(BUSINESS_ZONE);
  }

  /**
   * Hibernate Validator with its parameter-only interpolator: no expression language is needed,
   * and the library renders its own messages anyway. Closed at shutdown.
   *
   * @return the factory
   */
  @Bean(destroyMethod = "close")
  ValidatorFactory validatorFactory() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
  }

  @Bean
  Validator validator(ValidatorFactory factory) {
    return factory.getValidator();
  }

  @Bean
  CommandValidator commandValidator(Validator validator) {
    return new CommandValidator(validator);
  }

  @Bean
  AftersalesJson aftersalesJson() {
    return new AftersalesJson();
  }

  @Bean
  JdbcOutbox outbox(DataSource dataSource, AftersalesJson json) {
    return new JdbcOutbox(dataSource, json);
  }

  // Drawn inside the caller's @Transactional method: complaint numbers without gaps.
  @Bean
  NumberSequences numberSequences(DataSource dataSource) {
    return new JdbcNumberSequences(dataSource, JdbcNumberSequences.Mode.CALLER_TRANSACTION);
  }

  @Bean
  PenaltyAccounts penaltyAccounts(DataSource dataSource, JdbcOutbox outbox,
      AftersalesJson json) {
    return new JdbcPenaltyAccounts(dataSource, outbox, json);
  }

  @Bean
  SequenceNumbering complaintNumbering(NumberSequences sequences) {
    return SequenceNumbering.of(NumberingScheme.seed(BUSINESS_ZONE), sequences);
  }

  /**
   * The monthly cap on complaint deductions (PEN-08): the seed's policy, with the cap's share of
   * the efficiency bonus from {@code erp.aftersales.penalty.cap-share} (the seed's 0.5 unless the
   * application's properties say otherwise).
   *
   * @param capShare the share, e.g. 0.5
   * @return the policy
   */
  @Bean
  CappedDeduction deductionPolicy(
      @Value("${erp.aftersales.penalty.cap-share:0.5}") BigDecimal capShare) {
    return CappedDeduction.builder().capShare(capShare).build();
  }

  @Bean
  LargestRemainderAllocation allocationPolicy() {
    return LargestRemainderAllocation.seed();
  }

  @Bean
  PenaltyPosting penaltyPosting(PenaltyAccounts accounts, CommandValidator validator,
      Clock clock) {
    return new PenaltyPosting(accounts, validator, clock);
  }

  @Bean
  PenaltySettlement penaltySettlement(PenaltyAccounts accounts, CappedDeduction policy,
      Clock clock) {
    return new PenaltySettlement(accounts, policy, clock);
  }

  /**
   * Delivers the stored events as Spring application events; a real ERP would send them to its
   * broker. Receivers de-duplicate by event ID: delivery is at least once.
   *
   * @param events Spring's publisher
   * @return the publisher port
   */
  @Bean
  DomainEventPublisher domainEventPublisher(ApplicationEventPublisher events) {
    return events::publishEvent;
  }

  @Bean
  EventRelay eventRelay(JdbcOutbox outbox, DomainEventPublisher publisher) {
    return new EventRelay(outbox, publisher);
  }
}
