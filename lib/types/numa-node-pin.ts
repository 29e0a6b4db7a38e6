// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { NumaNode } from './numa-node';
import type { NumaNodeInit } from './numa-node';

/**
 * The `numa_node_pin` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node_pin}
 */
export class NumaNodePin extends Struct {
  /**
   * The `host_numa_node` attribute (`<host_numa_node>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node_pin/attributes/host_numa_node}
   * @deprecated The model marks it deprecated.
   */
  hostNumaNode?: NumaNode;

  /**
   * The `pinned` attribute (`<pinned>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node_pin/attributes/pinned}
   * @deprecated The model marks it deprecated.
   */
  pinned?: boolean;

  /** The `index` attribute (`<index>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/numa_node_pin/attributes/index} */
  index?: number;

  /** Creates a `numa_node_pin`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NumaNodePinInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `numa_node_pin` as the SDK accepts it: a {@link NumaNodePin} or a plain object of the same shape, at any depth. */
export interface NumaNodePinInit {
  href?: string;
  hostNumaNode?: NumaNodeInit;
  pinned?: boolean;
  index?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NumaNodePin, () => ({
  href: VALUE,
  hostNumaNode: NumaNode,
  pinned: VALUE,
  index: VALUE,
}));
