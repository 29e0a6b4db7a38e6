// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Ip } from './ip';
import type { IpInit } from './ip';
import { Mac } from './mac';
import type { MacInit } from './mac';
import type { ReportedDeviceType } from './reported-device-type';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `reported_device` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_device}
 */
export class ReportedDevice extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_device/attributes/type} */
  type?: ReportedDeviceType;

  /** The `mac` attribute (`<mac>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_device/attributes/mac} */
  mac?: Mac;

  /** The `ips` attribute (`<ips>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_device/attributes/ips} */
  ips?: List<Ip>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_device/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_device/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_device/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_device/attributes/comment} */
  comment?: string;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_device/links/vm} */
  vm?: Vm;

  /** Creates a `reported_device`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ReportedDeviceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `reported_device` as the SDK accepts it: a {@link ReportedDevice} or a plain object of the same shape, at any depth. */
export interface ReportedDeviceInit {
  href?: string;
  type?: ReportedDeviceType;
  mac?: MacInit;
  ips?: IpInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
