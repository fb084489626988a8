package org.aftersales.core.complaint;

/**
 * The kind of cause of a fault that is ours (异常原因类别), CMP-08, in the seed's wording: quality
 * problems caused by manufacturing, assembly, design or material (因制造、装配、设计、材料等质量问题)
 * and non-quality causes by human factors (人为因素). Whether improvement is tracked depends on it:
 * human negligence is never tracked (人为疏忽免列案追踪, PCB §9.7), see
 * {@link Responsibility#ours}.
 */
public enum FaultCause {
  /** Human negligence (人为疏忽): never tracked for improvement (CMP-08). */
  HUMAN_NEGLIGENCE,
  /** Manufacturing, the production process (制造 / 制程). */
  MANUFACTURING,
  /** Assembly (装配). */
  ASSEMBLY,
  /** Design (设计). */
  DESIGN,
  /** Material (材料), including a supplier's raw material found at fault in our process. */
  MATERIAL,
  /** Any other cause (其他), e.g. storage or transport (仓储保管及运输). */
  OTHER;

  /**
   * Whether improvement for this cause may be tracked (改善追踪); false only for human negligence.
   *
   * @return false for {@link #HUMAN_NEGLIGENCE}, true otherwise
   */
  public boolean mayBeTracked() {
    return this != HUMAN_NEGLIGENCE;
  }
}
