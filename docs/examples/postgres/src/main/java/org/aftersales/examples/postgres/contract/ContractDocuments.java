package org.aftersales.examples.postgres.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.core.contract.BackupObligation;
import org.aftersales.core.contract.BackupRecord;
import org.aftersales.core.contract.BackupTerms;
import org.aftersales.core.contract.ContractId;
import org.aftersales.core.contract.HandoverItem;
import org.aftersales.core.contract.HandoverTerms;
import org.aftersales.core.contract.ProjectHandover;
import org.aftersales.core.contract.ProjectId;
import org.aftersales.core.contract.PropertyAfterSalesTerms;
import org.aftersales.core.contract.PropertyPaymentMethod;
import org.aftersales.core.contract.PropertySale;
import org.aftersales.core.organization.PersonId;

/**
 * The stored documents of the three hand-written aggregates of the contract family (the two
 * Immutables ones, {@code ContractFile} and {@code ChangeRecord}, are stored as they are):
 * records of what each one holds, which {@code AftersalesJson} writes and reads like every record.
 * A document is read back through the aggregate's public factory and change methods, so a stored
 * value is checked again when read. The version is not in the document: the row's column holds
 * it.
 */
final class ContractDocuments {

  private ContractDocuments() {}

  /**
   * A {@link ProjectHandover}: its recorded documents and, once completed, when and by whom.
   *
   * @param completedAt {@code null} until completed
   * @param completedBy {@code null} until completed
   */
  record Handover(ProjectId project, LocalDate finalAcceptance, ZoneId zone, HandoverTerms terms,
      List<HandoverItem> items, Instant completedAt, PersonId completedBy) {

    static Handover of(ProjectHandover h) {
      return new Handover(h.project(), h.finalAcceptance(), h.zone(), h.terms(),
          h.checklist().items(), h.completedAt().orElse(null), h.completedBy().orElse(null));
    }

    ProjectHandover handover() {
      ProjectHandover h = ProjectHandover.of(project, finalAcceptance, zone, terms);
      for (HandoverItem item : items) {
        h = h.record(item);
      }
      return completedAt == null ? h : h.complete(completedAt, completedBy);
    }
  }

  /**
   * A {@link PropertySale}: its payment schedule and terms and, once they happened, the
   * completion acceptance and the delivery.
   *
   * @param completionAcceptance {@code null} until it happened
   * @param delivery {@code null} until it happened
   */
  record Sale(ContractId contract, PropertyPaymentMethod method, List<LocalDate> dueDates,
      PropertyAfterSalesTerms terms, LocalDate completionAcceptance, LocalDate delivery) {

    static Sale of(PropertySale s) {
      return new Sale(s.contract(), s.method(), s.dueDates(), s.terms(),
          s.completionAcceptance().orElse(null), s.delivery().orElse(null));
    }

    PropertySale sale() {
      PropertySale s = PropertySale.of(contract, method, dueDates, terms);
      if (completionAcceptance != null) {
        s = s.completionAccepted(completionAcceptance);
      }
      return delivery == null ? s : s.delivered(delivery);
    }
  }

  /** A {@link BackupObligation}: its zone, terms and recorded backups. */
  record Obligation(ProjectId project, ZoneId zone, BackupTerms terms,
      List<BackupRecord> backups) {

    static Obligation of(BackupObligation o) {
      return new Obligation(o.project(), o.zone(), o.terms(), o.backups());
    }

    BackupObligation obligation() {
      BackupObligation o = BackupObligation.of(project, zone, terms);
      for (BackupRecord backup : backups) {
        o = o.record(backup);
      }
      return o;
    }
  }
}
