package org.aftersales.core.notification;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aftersales.core.shared.RuleId;

/**
 * How a run of a digesting use case (the service-level sweep, the complaint reminders) records one
 * digest (汇总通知) per recipient of the notices of its kinds awaiting one, exactly once over
 * any number of runs and nodes: the log lists a notice in one digest only
 * ({@link NoticeLog#recordDigest}); a digest refused because another node listed some of the same
 * notices first leaves the rest awaiting, so the run reads again and lists what is left, at most
 * {@code rounds} times; a recipient gets one digest per run at most. Stateless and thread-safe.
 */
public final class NoticeDigests {

  private NoticeDigests() {}

  /**
   * The digest of {@code notices} for {@code recipient}: key
   * {@code <sourceKind>/<recipient>/<rule>/digest/<digest of the first listed key>} (the
   * recipient's text as {@link NoticeKey#part}); parameters
   * {@code count} and {@code notice-000000}, {@code notice-000001}, … the listed keys' texts, in
   * the order given; delivered on its own ({@link Delivery#IMMEDIATE}).
   *
   * @param sourceKind the digest keys' source kind, e.g. {@code supervisor-digest}
   * @param rule the rule the digested notices serve
   * @param kind the digest's kind
   * @param recipient whom it is for
   * @param notices the notices it lists, at least one
   * @param at when the run derived it
   * @return the digest
   */
  public static Notice of(String sourceKind, RuleId rule, NoticeKind kind, Recipient recipient,
      List<Notice> notices, Instant at) {
    NoticeKey key = new NoticeKey(sourceKind, NoticeKey.part(recipient.text()), rule, "digest",
        notices.get(0).key().digest());
    ImmutableSortedMap.Builder<String, Object> parameters = ImmutableSortedMap.naturalOrder();
    parameters.put("count", (long) notices.size());
    for (int i = 0; i < notices.size(); i++) {
      parameters.put(String.format(Locale.ROOT, "notice-%06d", i), notices.get(i).key().text());
    }
    return new Notice(key, kind, recipient, Delivery.IMMEDIATE, at, parameters.build());
  }

  /**
   * Records one digest per recipient of the notices of {@code kinds} awaiting one. Port calls:
   * {@link NoticeLog#awaitingDigest(Set, int)}, then {@link NoticeLog#recordDigest} per recipient;
   * again only after a refused digest, at most {@code rounds} rounds.
   *
   * @param log the notice log
   * @param kinds the kinds the use case digests
   * @param batch how many awaiting notices one read takes at most
   * @param rounds how many reads at most
   * @param digestOf the digest of one recipient's notices
   * @return the digests recorded, in recipient order per round
   */
  public static List<Notice> record(NoticeLog log, Set<NoticeKind> kinds, int batch, int rounds,
      java.util.function.BiFunction<Recipient, List<Notice>, Notice> digestOf) {
    requireNonNull(log, "log");
    requireNonNull(digestOf, "digestOf");
    List<Notice> digests = new ArrayList<>();
    Set<Recipient> done = new HashSet<>();
    for (int round = 0; round < rounds; round++) {
      Map<Recipient, List<Notice>> byRecipient = new TreeMap<>();
      for (Notice notice : log.awaitingDigest(kinds, batch)) {
        if (!done.contains(notice.recipient())) {
          byRecipient.computeIfAbsent(notice.recipient(), r -> new ArrayList<>()).add(notice);
        }
      }
      boolean refused = false;
      for (Map.Entry<Recipient, List<Notice>> e : byRecipient.entrySet()) {
        Notice digest = digestOf.apply(e.getKey(), e.getValue());
        List<NoticeKey> listed = e.getValue().stream().map(Notice::key).toList();
        if (log.recordDigest(digest, listed)) {
          digests.add(digest);
          done.add(e.getKey());
        } else {
          refused = true;
        }
      }
      if (!refused) {
        break;
      }
    }
    return digests;
  }
}
