package org.aftersales.core.penalty;

/** What makes a service complaint's fine heavier (加重情节), CMP-20. */
public enum Aggravation {
  /** The complaint was traced to an inspection that was skipped (未巡检). */
  SKIPPED_INSPECTION,
  /** The complaint was traced to a backup that was skipped (未备份). */
  SKIPPED_BACKUP,
  /** The complaint was traced to a false inspection report (巡检报告造假). */
  FALSE_INSPECTION_REPORT
}
