package org.aftersales.core.obligation;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.aftersales.core.contract.Obligation;
import org.aftersales.core.contract.ObligationKind;
import org.aftersales.core.contract.ServiceContract;
import org.aftersales.core.contract.SystemId;
import org.aftersales.core.notification.Notice;
import org.aftersales.core.notification.NoticeKey;
import org.aftersales.core.notification.NoticeKind;
import org.aftersales.core.notification.Recipient;

/**
 * The notices about contract obligations, built in one place so the run and the commands name
 * them alike. Stateless.
 */
final class ObligationNotices {

  /** The source kind of every obligation notice key. */
  static final String SOURCE = "contract-obligation";

  private ObligationNotices() {}

  /** The kind of an obligation's due notice. */
  static NoticeKind dueKind(ObligationKind kind) {
    switch (kind) {
      case EXPIRY_NOTICE:
        return NoticeKind.CONTRACT_EXPIRY;
      case FREE_PERIOD_END_REPORT:
        return NoticeKind.FREE_PERIOD_ENDING;
      default:
        return NoticeKind.OBLIGATION_DUE;
    }
  }

  /**
   * The key of a notice about an obligation: {@code contract-obligation / <contract ID> / <rule> /
   * <KIND>.<step>.<recipient> / <occurrence>@<effective due day>}. The due day is part of it, so
   * an obligation carried over is due and reminded afresh for its new day.
   */
  static NoticeKey key(Obligation o, String step, Recipient recipient, LocalDate effectiveDue) {
    return new NoticeKey(SOURCE, o.contract().value(), o.rule(),
        NoticeKey.part(o.kind().name() + "." + step + "." + recipient.text()),
        NoticeKey.part(o.occurrence() + "@" + effectiveDue));
  }

  /** The plain parameters of a notice about an obligation. */
  static ImmutableSortedMap<String, Object> parameters(ServiceContract contract, Obligation o,
      LocalDate effectiveDue) {
    ImmutableSortedMap.Builder<String, Object> p = ImmutableSortedMap.naturalOrder();
    p.put("contract", contract.id().value());
    p.put("customer", contract.customer().value());
    p.put("obligation", o.key());
    p.put("kind", o.kind().name());
    p.put("occurrence", o.occurrence());
    p.put("due", effectiveDue);
    p.put("scheduledDue", o.due());
    p.put("contractEnd", contract.end());
    p.put("systems", o.systems().stream().map(SystemId::value).collect(Collectors.joining(",")));
    return p.build();
  }

  /** A notice about an obligation to one recipient, delivered as the recipient's kind asks. */
  static Notice notice(NoticeKind kind, NoticeKey key, Recipient recipient, Instant at,
      ImmutableSortedMap<String, Object> parameters) {
    return Notice.of(key, kind, recipient, at, parameters);
  }

  /**
   * Every recipient's notice of one step, as {@link NoticeWindow.Due}s: the keys at once, the
   * parameters (shared by the recipients) only if a notice is to be recorded.
   */
  static List<NoticeWindow.Due> notices(NoticeKind kind, ServiceContract contract, Obligation o,
      String step, List<Recipient> recipients, LocalDate effectiveDue, Instant at) {
    Supplier<ImmutableSortedMap<String, Object>> parameters =
        Suppliers.memoize(() -> parameters(contract, o, effectiveDue));
    List<NoticeWindow.Due> out = new ArrayList<>(recipients.size());
    for (Recipient r : recipients) {
      NoticeKey key = key(o, step, r, effectiveDue);
      out.add(new NoticeWindow.Due(key, () -> notice(kind, key, r, at, parameters.get())));
    }
    return out;
  }
}
