package org.aftersales.core.servicelevel;

import org.aftersales.core.shared.InvalidInputException;
import org.aftersales.core.shared.LocalizableMessage;
import org.aftersales.core.shared.MessageBundle;
import org.aftersales.core.shared.NamedCode;

/**
 * Where the service is given (服务区域), as far as service levels care: the seed's city/suburb
 * split (SVC-11), its ring-road zones for 24×7 emergency service (SVC-12), and domestic/overseas
 * for complaints (CMP-05, CMP-06). An adopter may define its own zones with
 * {@link #of(String, String, String)}. Immutable and thread-safe.
 */
public final class ServiceZone extends NamedCode<ServiceZone> {

  private static final long serialVersionUID = 1L;

  /** The city (市区), SVC-11. */
  public static final ServiceZone CITY = seed("CITY");
  /** The suburbs (郊区), SVC-11. */
  public static final ServiceZone SUBURB = seed("SUBURB");
  /** Inside ring road 1 (一环以内), SVC-12. */
  public static final ServiceZone RING_ROAD_1 = seed("RING_ROAD_1");
  /** Inside ring road 2 (二环以内), SVC-12. */
  public static final ServiceZone RING_ROAD_2 = seed("RING_ROAD_2");
  /** The rest of the city (市区其他地方), SVC-12. */
  public static final ServiceZone REST_OF_CITY = seed("REST_OF_CITY");
  /** Neighbouring cities and counties (邻近市县), SVC-12. */
  public static final ServiceZone NEIGHBOURING = seed("NEIGHBOURING");
  /** Farther away: as agreed in the contract (按合同约定), SVC-12. */
  public static final ServiceZone FARTHER = seed("FARTHER");
  /** A domestic customer (国内), CMP-05, CMP-06. */
  public static final ServiceZone DOMESTIC = seed("DOMESTIC");
  /** An overseas customer (国外), CMP-05, CMP-06. */
  public static final ServiceZone OVERSEAS = seed("OVERSEAS");

  private ServiceZone(String code, LocalizableMessage name) {
    super(code, name);
  }

  private static ServiceZone seed(String code) {
    return new ServiceZone(code, MessageBundle.CORE.message("core.servicelevel.zone." + code));
  }

  /**
   * A zone of the adopter's own.
   *
   * @param code 1 to 40 capital letters, digits, {@code _} or {@code -}
   * @param englishName the name for English readers
   * @param chineseName the name for Chinese readers
   * @return the zone; equal to a seed constant if the code is the same
   * @throws InvalidInputException if the code is malformed
   */
  public static ServiceZone of(String code, String englishName, String chineseName) {
    return new ServiceZone(code, LocalizableMessage.literal(englishName, chineseName));
  }
}
