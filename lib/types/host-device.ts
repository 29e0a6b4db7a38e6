// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `host_device` type of the API, on the wire `<host_device>` (a list: `<host_devices>` with one `<host_device>` per item); 13 attributes and 3 links.
 *
 * Create one with `new HostDevice({ ... })`, or pass a plain {@link HostDeviceInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device}
 */
export class HostDevice extends Struct {
  /**
   * `string`. On the wire: element `<capability>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `capability` attribute)
   */
  capability?: string;

  /**
   * `Product`. On the wire: element `<product>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `product` attribute)
   */
  product?: Product;

  /**
   * `Vendor`. On the wire: element `<vendor>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `vendor` attribute)
   */
  vendor?: Vendor;

  /**
   * `number` (an integer). On the wire: element `<iommu_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `iommu_group` attribute)
   */
  iommuGroup?: number;

  /**
   * `HostDevice`. On the wire: element `<physical_function>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `physical_function` attribute)
   */
  physicalFunction?: HostDevice;

  /**
   * `number` (an integer). On the wire: element `<virtual_functions>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `virtual_functions` attribute)
   */
  virtualFunctions?: number;

  /**
   * `boolean`. On the wire: element `<placeholder>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `placeholder` attribute)
   */
  placeholder?: boolean;

  /**
   * `string`. On the wire: element `<driver>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `driver` attribute)
   * @since API 4.1.3
   */
  driver?: string;

  /**
   * A list of `MDevType`. On the wire: element `<m_dev_types>` with one `<m_dev_type>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `m_dev_types` attribute)
   * @since API 4.4
   */
  mDevTypes?: List<MDevType>;

  /**
   * `string`. On the wire: XML attribute `id` of `<host_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `host` link)
   */
  host?: Host;

  /**
   * `HostDevice`. On the wire: element `<parent_device>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `parent_device` link)
   */
  parentDevice?: HostDevice;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `vm` link)
   */
  vm?: Vm;

  /**
   * Creates a `host_device` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HostDeviceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.capability = undefined;
      this.product = undefined;
      this.vendor = undefined;
      this.iommuGroup = undefined;
      this.physicalFunction = undefined;
      this.virtualFunctions = undefined;
      this.placeholder = undefined;
      this.driver = undefined;
      this.mDevTypes = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
      this.parentDevice = undefined;
      this.vm = undefined;
    }
  }
}

/**
 * A `host_device` as the SDK accepts it: a {@link HostDevice} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device}
 */
export interface HostDeviceInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<host_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<capability>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `capability` attribute)
   */
  capability?: string;
  /**
   * `ProductInit` (a `Product` or a plain object). On the wire: element `<product>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `product` attribute)
   */
  product?: ProductInit;
  /**
   * `VendorInit` (a `Vendor` or a plain object). On the wire: element `<vendor>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `vendor` attribute)
   */
  vendor?: VendorInit;
  /**
   * `number` (an integer). On the wire: element `<iommu_group>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `iommu_group` attribute)
   */
  iommuGroup?: number;
  /**
   * `HostDeviceInit` (a `HostDevice` or a plain object). On the wire: element `<physical_function>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `physical_function` attribute)
   */
  physicalFunction?: HostDeviceInit;
  /**
   * `number` (an integer). On the wire: element `<virtual_functions>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `virtual_functions` attribute)
   */
  virtualFunctions?: number;
  /**
   * `boolean`. On the wire: element `<placeholder>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `placeholder` attribute)
   */
  placeholder?: boolean;
  /**
   * `string`. On the wire: element `<driver>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `driver` attribute)
   * @since API 4.1.3
   */
  driver?: string;
  /**
   * A list of `MDevTypeInit` (a `MDevType` or a plain object). On the wire: element `<m_dev_types>` with one `<m_dev_type>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `m_dev_types` attribute)
   * @since API 4.4
   */
  mDevTypes?: MDevTypeInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<host_device>`.
   *
   * Needed by:
   * - `VmHostDevicesService.add`: `device.id` or `device.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `VmHostDevicesService.add`: `device.id` or `device.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `host` link)
   */
  host?: HostInit;
  /**
   * `HostDeviceInit` (a `HostDevice` or a plain object). On the wire: element `<parent_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `parent_device` link)
   */
  parentDevice?: HostDeviceInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device | reference: host_device} (its `vm` link)
   */
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
