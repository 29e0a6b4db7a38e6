// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `host_cpu_unit` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit}
 * @since API 4.5
 */
export class HostCpuUnit extends Struct {
  /**
   * The `socket_id` attribute (`<socket_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit/attributes/socket_id}
   * @since API 4.5
   */
  socketId?: number;

  /**
   * The `core_id` attribute (`<core_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit/attributes/core_id}
   * @since API 4.5
   */
  coreId?: number;

  /**
   * The `cpu_id` attribute (`<cpu_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit/attributes/cpu_id}
   * @since API 4.5
   */
  cpuId?: number;

  /**
   * The `runs_vdsm` attribute (`<runs_vdsm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit/attributes/runs_vdsm}
   * @since API 4.5
   */
  runsVdsm?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit/attributes/comment} */
  comment?: string;

  /**
   * The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_cpu_unit/links/vms}
   * @since API 4.5
   */
  vms?: List<Vm>;

  /** Creates a `host_cpu_unit`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HostCpuUnitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `host_cpu_unit` as the SDK accepts it: a {@link HostCpuUnit} or a plain object of the same shape, at any depth. */
export interface HostCpuUnitInit {
  href?: string;
  socketId?: number;
  coreId?: number;
  cpuId?: number;
  runsVdsm?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  vms?: VmInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostCpuUnit, () => ({
  href: VALUE,
  socketId: VALUE,
  coreId: VALUE,
  cpuId: VALUE,
  runsVdsm: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  vms: [Vm],
}));
