// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `host_cpu_unit` type of the API, on the wire `<host_cpu_unit>` (a list: `<host_cpu_units>` with one `<host_cpu_unit>` per item); 8 attributes and 1 link.
 *
 * Create one with `new HostCpuUnit({ ... })`, or pass a plain {@link HostCpuUnitInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit}
 * @since API 4.5
 */
export class HostCpuUnit extends Struct {
  /**
   * `number` (an integer). On the wire: element `<socket_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `socket_id` attribute)
   * @since API 4.5
   */
  socketId?: number;

  /**
   * `number` (an integer). On the wire: element `<core_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `core_id` attribute)
   * @since API 4.5
   */
  coreId?: number;

  /**
   * `number` (an integer). On the wire: element `<cpu_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `cpu_id` attribute)
   * @since API 4.5
   */
  cpuId?: number;

  /**
   * `boolean`. On the wire: element `<runs_vdsm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `runs_vdsm` attribute)
   * @since API 4.5
   */
  runsVdsm?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<host_cpu_unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Vm`. On the wire: a link, `<link rel="vms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `vms` link)
   * @since API 4.5
   */
  vms?: List<Vm>;

  /**
   * Creates a `host_cpu_unit` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HostCpuUnitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.socketId = undefined;
      this.coreId = undefined;
      this.cpuId = undefined;
      this.runsVdsm = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.vms = undefined;
    }
  }
}

/**
 * A `host_cpu_unit` as the SDK accepts it: a {@link HostCpuUnit} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit}
 */
export interface HostCpuUnitInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<host_cpu_unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<socket_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `socket_id` attribute)
   * @since API 4.5
   */
  socketId?: number;
  /**
   * `number` (an integer). On the wire: element `<core_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `core_id` attribute)
   * @since API 4.5
   */
  coreId?: number;
  /**
   * `number` (an integer). On the wire: element `<cpu_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `cpu_id` attribute)
   * @since API 4.5
   */
  cpuId?: number;
  /**
   * `boolean`. On the wire: element `<runs_vdsm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `runs_vdsm` attribute)
   * @since API 4.5
   */
  runsVdsm?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<host_cpu_unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_cpu_unit | reference: host_cpu_unit} (its `vms` link)
   * @since API 4.5
   */
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
