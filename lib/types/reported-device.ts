// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Ip } from './ip';
import type { IpInit } from './ip';
import { Mac } from './mac';
import type { MacInit } from './mac';
import type { ReportedDeviceType } from './reported-device-type';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `reported_device` type of the API, on the wire `<reported_device>` (a list: `<reported_devices>` with one `<reported_device>` per item); 7 attributes and 1 link.
 *
 * Create one with `new ReportedDevice({ ... })`, or pass a plain {@link ReportedDeviceInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device}
 */
export class ReportedDevice extends Struct {
  /**
   * `ReportedDeviceType` (`network`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `type` attribute)
   */
  type?: ReportedDeviceType | (string & {});

  /**
   * `Mac`. On the wire: element `<mac>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `mac` attribute)
   */
  mac?: Mac;

  /**
   * A list of `Ip`. On the wire: element `<ips>` with one `<ip>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `ips` attribute)
   */
  ips?: List<Ip>;

  /**
   * `string`. On the wire: XML attribute `id` of `<reported_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `vm` link)
   */
  vm?: Vm;

  /**
   * Creates a `reported_device` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ReportedDeviceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.mac = undefined;
      this.ips = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.vm = undefined;
    }
  }
}

/**
 * A `reported_device` as the SDK accepts it: a {@link ReportedDevice} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device}
 */
export interface ReportedDeviceInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<reported_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device}
   */
  href?: string;
  /**
   * `ReportedDeviceType` (`network`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `type` attribute)
   */
  type?: ReportedDeviceType | (string & {});
  /**
   * `MacInit` (a `Mac` or a plain object). On the wire: element `<mac>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `mac` attribute)
   */
  mac?: MacInit;
  /**
   * A list of `IpInit` (a `Ip` or a plain object). On the wire: element `<ips>` with one `<ip>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `ips` attribute)
   */
  ips?: IpInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<reported_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_device | reference: reported_device} (its `vm` link)
   */
  vm?: VmInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ReportedDevice, () => ({
  href: VALUE,
  type: VALUE,
  mac: Mac,
  ips: [Ip],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  vm: Vm,
}));
