// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Cpu } from './cpu';
import type { CpuInit } from './cpu';
import { Host } from './host';
import type { HostInit } from './host';
import { NumaNodePin } from './numa-node-pin';
import type { NumaNodePinInit } from './numa-node-pin';
import type { NumaTuneMode } from './numa-tune-mode';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `virtual_numa_node` type of the API, on the wire `<vm_numa_node>` (a list: `<vm_numa_nodes>` with one `<vm_numa_node>` per item); 10 attributes and 3 links.
 *
 * Create one with `new VirtualNumaNode({ ... })`, or pass a plain {@link VirtualNumaNodeInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node}
 */
export class VirtualNumaNode extends Struct {
  /**
   * A list of `NumaNodePin`. On the wire: element `<numa_node_pins>` with one `<numa_node_pin>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `numa_node_pins` attribute)
   */
  numaNodePins?: List<NumaNodePin>;

  /**
   * `NumaTuneMode` (`strict`, `interleave`, `preferred`; or another string, from a newer engine). On the wire: element `<numa_tune_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `numa_tune_mode` attribute)
   */
  numaTuneMode?: NumaTuneMode | (string & {});

  /**
   * `number` (an integer). On the wire: element `<index>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `index` attribute)
   */
  index?: number;

  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `memory` attribute)
   */
  memory?: number;

  /**
   * `Cpu`. On the wire: element `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `cpu` attribute)
   */
  cpu?: Cpu;

  /**
   * `string`. On the wire: element `<node_distance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `node_distance` attribute)
   */
  nodeDistance?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<vm_numa_node>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `host` link)
   */
  host?: Host;

  /**
   * A list of `Statistic`. On the wire: a link, `<link rel="statistics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `statistics` link)
   */
  statistics?: List<Statistic>;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `vm` link)
   */
  vm?: Vm;

  /**
   * Creates a `virtual_numa_node` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VirtualNumaNodeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.numaNodePins = undefined;
      this.numaTuneMode = undefined;
      this.index = undefined;
      this.memory = undefined;
      this.cpu = undefined;
      this.nodeDistance = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
      this.statistics = undefined;
      this.vm = undefined;
    }
  }
}

/**
 * A `virtual_numa_node` as the SDK accepts it: a {@link VirtualNumaNode} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node}
 */
export interface VirtualNumaNodeInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vm_numa_node>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node}
   */
  href?: string;
  /**
   * A list of `NumaNodePinInit` (a `NumaNodePin` or a plain object). On the wire: element `<numa_node_pins>` with one `<numa_node_pin>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `numa_node_pins` attribute)
   */
  numaNodePins?: NumaNodePinInit[];
  /**
   * `NumaTuneMode` (`strict`, `interleave`, `preferred`; another string is sent as it is). On the wire: element `<numa_tune_mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `numa_tune_mode` attribute)
   */
  numaTuneMode?: NumaTuneMode | (string & {});
  /**
   * `number` (an integer). On the wire: element `<index>`.
   *
   * Needed by:
   * - `VmNumaNodesService.add`: `node.index`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `index` attribute)
   */
  index?: number;
  /**
   * `number` (an integer). On the wire: element `<memory>`.
   *
   * Needed by:
   * - `VmNumaNodesService.add`: `node.memory`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `memory` attribute)
   */
  memory?: number;
  /**
   * `CpuInit` (a `Cpu` or a plain object). On the wire: element `<cpu>`.
   *
   * Needed by:
   * - `VmNumaNodesService.add`: `node.cpu.cores[].index`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `cpu` attribute)
   */
  cpu?: CpuInit;
  /**
   * `string`. On the wire: element `<node_distance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `node_distance` attribute)
   */
  nodeDistance?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<vm_numa_node>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `host` link)
   */
  host?: HostInit;
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `statistics` link)
   */
  statistics?: StatisticInit[];
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/virtual_numa_node | reference: virtual_numa_node} (its `vm` link)
   */
  vm?: VmInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VirtualNumaNode, () => ({
  href: VALUE,
  numaNodePins: [NumaNodePin],
  numaTuneMode: VALUE,
  index: VALUE,
  memory: VALUE,
  cpu: Cpu,
  nodeDistance: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
  statistics: [Statistic],
  vm: Vm,
}));
