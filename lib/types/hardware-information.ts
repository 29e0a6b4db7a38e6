// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { RngSource } from './rng-source';

/**
 * The `hardware_information` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hardware_information}
 */
export class HardwareInformation extends Struct {
  /** The `manufacturer` attribute (`<manufacturer>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hardware_information/attributes/manufacturer} */
  manufacturer?: string;

  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hardware_information/attributes/version} */
  version?: string;

  /** The `serial_number` attribute (`<serial_number>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hardware_information/attributes/serial_number} */
  serialNumber?: string;

  /** The `product_name` attribute (`<product_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hardware_information/attributes/product_name} */
  productName?: string;

  /** The `uuid` attribute (`<uuid>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hardware_information/attributes/uuid} */
  uuid?: string;

  /** The `family` attribute (`<family>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hardware_information/attributes/family} */
  family?: string;

  /** The `supported_rng_sources` attribute (`<supported_rng_sources>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hardware_information/attributes/supported_rng_sources} */
  supportedRngSources?: List<RngSource>;

  /** Creates a `hardware_information`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HardwareInformationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `hardware_information` as the SDK accepts it: a {@link HardwareInformation} or a plain object of the same shape, at any depth. */
export interface HardwareInformationInit {
  href?: string;
  manufacturer?: string;
  version?: string;
  serialNumber?: string;
  productName?: string;
  uuid?: string;
  family?: string;
  supportedRngSources?: RngSource[];
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
