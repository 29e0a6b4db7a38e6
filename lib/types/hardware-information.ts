// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { RngSource } from './rng-source';

/**
 * The `hardware_information` type of the API, on the wire `<hardware_information>` (a list: `<hardware_informations>` with one `<hardware_information>` per item); 7 attributes and 0 links.
 *
 * Create one with `new HardwareInformation({ ... })`, or pass a plain {@link HardwareInformationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information}
 */
export class HardwareInformation extends Struct {
  /**
   * `string`. On the wire: element `<manufacturer>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `manufacturer` attribute)
   */
  manufacturer?: string;

  /**
   * `string`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `version` attribute)
   */
  version?: string;

  /**
   * `string`. On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `serial_number` attribute)
   */
  serialNumber?: string;

  /**
   * `string`. On the wire: element `<product_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `product_name` attribute)
   */
  productName?: string;

  /**
   * `string`. On the wire: element `<uuid>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `uuid` attribute)
   */
  uuid?: string;

  /**
   * `string`. On the wire: element `<family>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `family` attribute)
   */
  family?: string;

  /**
   * A list of `RngSource` (`random`, `urandom`, `hwrng`; or another string, from a newer engine). On the wire: element `<supported_rng_sources>` with one `<supported_rng_source>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `supported_rng_sources` attribute)
   */
  supportedRngSources?: List<RngSource | (string & {})>;

  /**
   * Creates a `hardware_information` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HardwareInformationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.manufacturer = undefined;
      this.version = undefined;
      this.serialNumber = undefined;
      this.productName = undefined;
      this.uuid = undefined;
      this.family = undefined;
      this.supportedRngSources = undefined;
    }
  }
}

/**
 * A `hardware_information` as the SDK accepts it: a {@link HardwareInformation} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information}
 */
export interface HardwareInformationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<hardware_information>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<manufacturer>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `manufacturer` attribute)
   */
  manufacturer?: string;
  /**
   * `string`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `version` attribute)
   */
  version?: string;
  /**
   * `string`. On the wire: element `<serial_number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `serial_number` attribute)
   */
  serialNumber?: string;
  /**
   * `string`. On the wire: element `<product_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `product_name` attribute)
   */
  productName?: string;
  /**
   * `string`. On the wire: element `<uuid>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `uuid` attribute)
   */
  uuid?: string;
  /**
   * `string`. On the wire: element `<family>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `family` attribute)
   */
  family?: string;
  /**
   * A list of `RngSource` (`random`, `urandom`, `hwrng`; another string is sent as it is). On the wire: element `<supported_rng_sources>` with one `<supported_rng_source>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hardware_information | reference: hardware_information} (its `supported_rng_sources` attribute)
   */
  supportedRngSources?: (RngSource | (string & {}))[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HardwareInformation, () => ({
  href: VALUE,
  manufacturer: VALUE,
  version: VALUE,
  serialNumber: VALUE,
  productName: VALUE,
  uuid: VALUE,
  family: VALUE,
  supportedRngSources: [VALUE],
}));
