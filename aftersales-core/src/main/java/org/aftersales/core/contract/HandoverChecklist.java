package org.aftersales.core.contract;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checklist of a project handover (移交清单, CON-03): which of the required
 * {@link HandoverDocument}s have been recorded, each with who, when and its reference. Immutable
 * and thread-safe; {@link #record(HandoverItem)} returns a new checklist.
 */
public final class HandoverChecklist {

  private static final HandoverChecklist EMPTY =
      new HandoverChecklist(new EnumMap<>(HandoverDocument.class));

  /** The recorded items by document; never modified after construction. */
  private final Map<HandoverDocument, HandoverItem> items;

  private HandoverChecklist(EnumMap<HandoverDocument, HandoverItem> items) {
    this.items = Collections.unmodifiableMap(items);
  }

  /**
   * The checklist with nothing recorded yet.
   *
   * @return the empty checklist
   */
  public static HandoverChecklist empty() {
    return EMPTY;
  }

  /**
   * This checklist with {@code item} recorded. Recording a document again replaces the earlier
   * item (a corrected or re-filed document: the latest filing counts).
   *
   * @param item the recorded document
   * @return the new checklist
   */
  public HandoverChecklist record(HandoverItem item) {
    requireNonNull(item, "item");
    EnumMap<HandoverDocument, HandoverItem> copy = new EnumMap<>(HandoverDocument.class);
    copy.putAll(items);
    copy.put(item.document(), item);
    return new HandoverChecklist(copy);
  }

  /**
   * The recorded items, in the order of {@link HandoverDocument}.
   *
   * @return the items; unmodifiable
   */
  public List<HandoverItem> items() {
    return List.copyOf(new ArrayList<>(items.values()));
  }

  /**
   * The required documents not recorded yet, in the order of {@link HandoverDocument}.
   *
   * @return the missing documents; unmodifiable; empty when the checklist is complete
   */
  public Set<HandoverDocument> missing() {
    EnumSet<HandoverDocument> missing = EnumSet.allOf(HandoverDocument.class);
    missing.removeAll(items.keySet());
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Whether every required document is recorded.
   *
   * @return {@code true} when nothing is missing
   */
  public boolean isComplete() {
    return items.size() == HandoverDocument.values().length;
  }

  /** Equal when the same items are recorded. */
  @Override
  public boolean equals(Object other) {
    return other instanceof HandoverChecklist that && items.equals(that.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  /** The recorded items, for logs. */
  @Override
  public String toString() {
    return "HandoverChecklist" + items.values();
  }
}
