// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `virtual_numa_node` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node}
 */
export class VirtualNumaNode extends Struct {
  /** The `numa_node_pins` attribute (`<numa_node_pins>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/numa_node_pins} */
  numaNodePins?: List<NumaNodePin>;

  /** The `numa_tune_mode` attribute (`<numa_tune_mode>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/numa_tune_mode} */
  numaTuneMode?: NumaTuneMode;

  /** The `index` attribute (`<index>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/index} */
  index?: number;

  /** The `memory` attribute (`<memory>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/memory} */
  memory?: number;

  /** The `cpu` attribute (`<cpu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/cpu} */
  cpu?: Cpu;

  /** The `node_distance` attribute (`<node_distance>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/node_distance} */
  nodeDistance?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/links/host} */
  host?: Host;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/links/statistics} */
  statistics?: List<Statistic>;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/virtual_numa_node/links/vm} */
  vm?: Vm;

  /** Creates a `virtual_numa_node`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VirtualNumaNodeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `virtual_numa_node` as the SDK accepts it: a {@link VirtualNumaNode} or a plain object of the same shape, at any depth. */
export interface VirtualNumaNodeInit {
  href?: string;
  numaNodePins?: NumaNodePinInit[];
  numaTuneMode?: NumaTuneMode;
  index?: number;
  memory?: number;
  cpu?: CpuInit;
  nodeDistance?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  host?: HostInit;
  statistics?: StatisticInit[];
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
