// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Cpu } from './cpu';
import type { CpuInit } from './cpu';
import { Host } from './host';
import type { HostInit } from './host';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';

/**
 * The `numa_node` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node}
 */
export class NumaNode extends Struct {
  /** The `index` attribute (`<index>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/attributes/index} */
  index?: number;

  /** The `memory` attribute (`<memory>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/attributes/memory} */
  memory?: number;

  /** The `cpu` attribute (`<cpu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/attributes/cpu} */
  cpu?: Cpu;

  /** The `node_distance` attribute (`<node_distance>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/attributes/node_distance} */
  nodeDistance?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/links/host} */
  host?: Host;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node/links/statistics} */
  statistics?: List<Statistic>;

  /** Creates a `numa_node`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NumaNodeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `numa_node` as the SDK accepts it: a {@link NumaNode} or a plain object of the same shape, at any depth. */
export interface NumaNodeInit {
  href?: string;
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
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NumaNode, () => ({
  href: VALUE,
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
}));
