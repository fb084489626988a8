package org.aftersales.rules.contract;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aftersales.core.contract.InspectionArea;
import org.aftersales.core.contract.InspectionArea.Item;
import org.aftersales.core.contract.InspectionChecklist;
import org.aftersales.core.contract.InspectionChecklists;
import org.aftersales.core.contract.SystemCategory;

/**
 * The checklists of the seed's monthly inspection (巡检清单), CON-04, one per
 * {@link SystemCategory}; each can be replaced through the {@link Builder}.
 *
 * <ul>
 *   <li><b>{@link SystemCategory#SECURITY}</b>: the four areas of the monthly inspection of a
 *       security alarm and linkage system (月检, P15 §3), with the seed's items, in the seed's
 *       order: {@code FRONT_END} 前端设备运行状况 (入侵探测器、摄像机、镜头、云台、解码器),
 *       {@code CABLING} 管线情况 (管线质量、防雷接地情况、屏蔽情况、线路接头质量),
 *       {@code CENTRAL_CONTROL} 中心控制设备运行状况 (矩阵切换主机、报警主机、监视器、图像处理和记录设备、
 *       电源设备、回放清晰度) and {@code SYSTEM_FUNCTIONS} 系统功能、系统的各项技术指标及操作运行情况.
 *       The seed lists the fourth area as one phrase without sub-items; its three parts (系统功能,
 *       系统的各项技术指标, 操作运行情况) are taken as its items. The seed's "等" (and so on) leaves
 *       the lists open: an adopter adds items by replacing the checklist.</li>
 *   <li><b>{@link SystemCategory#GENERAL}</b>: the seed names no areas for other systems (P8
 *       §2(3) only asks for a monthly inspection and a report per system); P15 §2② says what an
 *       inspection is for — to learn the system's operating state and solve the problems found
 *       (了解系统的运行状态，解决存在的问题). So the checklist has one area,
 *       {@code SYSTEM_OPERATION} 系统运行情况, with those two items.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SeedInspectionChecklists implements InspectionChecklists {

  /** P15 §3 ①: the front-end devices' operating condition. */
  public static final InspectionArea FRONT_END = InspectionArea.of("FRONT_END",
      "operating condition of the front-end devices", "前端设备运行状况", List.of(
          Item.of("intrusion detectors", "入侵探测器"),
          Item.of("cameras", "摄像机"),
          Item.of("lenses", "镜头"),
          Item.of("pan-tilt heads", "云台"),
          Item.of("decoders", "解码器")));

  /** P15 §3 ②: the cabling. */
  public static final InspectionArea CABLING = InspectionArea.of("CABLING",
      "cabling", "管线情况", List.of(
          Item.of("quality of cables and conduits", "管线质量"),
          Item.of("lightning protection and earthing", "防雷接地情况"),
          Item.of("shielding", "屏蔽情况"),
          Item.of("quality of line joints", "线路接头质量")));

  /** P15 §3 ③: the central control equipment's operating condition. */
  public static final InspectionArea CENTRAL_CONTROL = InspectionArea.of("CENTRAL_CONTROL",
      "operating condition of the central control equipment", "中心控制设备运行状况", List.of(
          Item.of("matrix switcher", "矩阵切换主机"),
          Item.of("alarm host", "报警主机"),
          Item.of("monitors", "监视器"),
          Item.of("image processing and recording equipment", "图像处理和记录设备"),
          Item.of("power supply equipment", "电源设备"),
          Item.of("playback clarity", "回放清晰度")));

  /** P15 §3 ④: the system's functions, technical indicators and operation. */
  public static final InspectionArea SYSTEM_FUNCTIONS = InspectionArea.of("SYSTEM_FUNCTIONS",
      "system functions, technical indicators and operation",
      "系统功能、系统的各项技术指标及操作运行情况", List.of(
          Item.of("system functions", "系统功能"),
          Item.of("technical indicators of the system", "系统的各项技术指标"),
          Item.of("operation and running", "操作运行情况")));

  /** P15 §2②, P8 §2(3): the operation of a system without a category-specific checklist. */
  public static final InspectionArea SYSTEM_OPERATION = InspectionArea.of("SYSTEM_OPERATION",
      "system operation", "系统运行情况", List.of(
          Item.of("learn the system's operating state", "了解系统的运行状态"),
          Item.of("solve the problems found", "解决存在的问题")));

  /** The checklists by category; one for every category, never modified after construction. */
  private final Map<SystemCategory, InspectionChecklist> checklists;

  private SeedInspectionChecklists(Map<SystemCategory, InspectionChecklist> checklists) {
    this.checklists = checklists;
  }

  /**
   * The seed's checklists: the four areas of P15 §3 for a security system, one area "system
   * operation" for any other system.
   *
   * @return the checklists
   */
  public static SeedInspectionChecklists seed() {
    return builder().build();
  }

  /**
   * A builder starting from the seed's checklists.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public InspectionChecklist checklistFor(SystemCategory category) {
    return checklists.get(requireNonNull(category, "category"));
  }

  @Override
  public String toString() {
    return "SeedInspectionChecklists" + checklists;
  }

  /**
   * Configures a {@link SeedInspectionChecklists}; starts from the seed's checklists. Not
   * thread-safe.
   */
  public static final class Builder {

    private final Map<SystemCategory, InspectionChecklist> checklists =
        new EnumMap<>(SystemCategory.class);

    private Builder() {
      checklists.put(SystemCategory.SECURITY, InspectionChecklist.of(SystemCategory.SECURITY,
          List.of(FRONT_END, CABLING, CENTRAL_CONTROL, SYSTEM_FUNCTIONS)));
      checklists.put(SystemCategory.GENERAL,
          InspectionChecklist.of(SystemCategory.GENERAL, List.of(SYSTEM_OPERATION)));
    }

    /**
     * Uses {@code checklist} for the systems of its {@link InspectionChecklist#category()},
     * replacing the seed's (or an earlier) checklist of that category.
     *
     * @param checklist the checklist
     * @return this builder
     */
    public Builder checklist(InspectionChecklist checklist) {
      requireNonNull(checklist, "checklist");
      checklists.put(checklist.category(), checklist);
      return this;
    }

    /**
     * The configured checklists.
     *
     * @return the checklists; later changes to this builder do not affect them
     */
    public SeedInspectionChecklists build() {
      return new SeedInspectionChecklists(new EnumMap<>(checklists));
    }
  }
}
