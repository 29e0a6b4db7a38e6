// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { MDevType } from './m-dev-type';
import type { MDevTypeInit } from './m-dev-type';
import { Product } from './product';
import type { ProductInit } from './product';
import { Vendor } from './vendor';
import type { VendorInit } from './vendor';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `host_device` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device}
 */
export class HostDevice extends Struct {
  /** The `capability` attribute (`<capability>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/capability} */
  capability?: string;

  /** The `product` attribute (`<product>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/product} */
  product?: Product;

  /** The `vendor` attribute (`<vendor>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/vendor} */
  vendor?: Vendor;

  /** The `iommu_group` attribute (`<iommu_group>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/iommu_group} */
  iommuGroup?: number;

  /** The `physical_function` attribute (`<physical_function>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/physical_function} */
  physicalFunction?: HostDevice;

  /** The `virtual_functions` attribute (`<virtual_functions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/virtual_functions} */
  virtualFunctions?: number;

  /** The `placeholder` attribute (`<placeholder>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/placeholder} */
  placeholder?: boolean;

  /**
   * The `driver` attribute (`<driver>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/driver}
   * @since API 4.1.3
   */
  driver?: string;

  /**
   * The `m_dev_types` attribute (`<m_dev_types>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/m_dev_types}
   * @since API 4.4
   */
  mDevTypes?: List<MDevType>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/links/host} */
  host?: Host;

  /** The `parent_device` link (`<parent_device>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/links/parent_device} */
  parentDevice?: HostDevice;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device/links/vm} */
  vm?: Vm;

  /** Creates a `host_device`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HostDeviceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `host_device` as the SDK accepts it: a {@link HostDevice} or a plain object of the same shape, at any depth. */
export interface HostDeviceInit {
  href?: string;
  capability?: string;
  product?: ProductInit;
  vendor?: VendorInit;
  iommuGroup?: number;
  physicalFunction?: HostDeviceInit;
  virtualFunctions?: number;
  placeholder?: boolean;
  driver?: string;
  mDevTypes?: MDevTypeInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  host?: HostInit;
  parentDevice?: HostDeviceInit;
  vm?: VmInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostDevice, () => ({
  href: VALUE,
  capability: VALUE,
  product: Product,
  vendor: Vendor,
  iommuGroup: VALUE,
  physicalFunction: HostDevice,
  virtualFunctions: VALUE,
  placeholder: VALUE,
  driver: VALUE,
  mDevTypes: [MDevType],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
  parentDevice: HostDevice,
  vm: Vm,
}));
