// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { NumaNode } from './numa-node';
import type { NumaNodeInit } from './numa-node';

/**
 * The `numa_node_pin` type of the API, on the wire `<numa_node_pin>` (a list: `<numa_node_pins>` with one `<numa_node_pin>` per item); 3 attributes and 0 links.
 *
 * Create one with `new NumaNodePin({ ... })`, or pass a plain {@link NumaNodePinInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_node_pin | reference: numa_node_pin}
 */
export class NumaNodePin extends Struct {
  /**
   * `NumaNode`. On the wire: element `<host_numa_node>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_node_pin | reference: numa_node_pin} (its `host_numa_node` attribute)
   * @deprecated The API model marks it deprecated.
   */
  hostNumaNode?: NumaNode;

  /**
   * `boolean`. On the wire: element `<pinned>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_node_pin | reference: numa_node_pin} (its `pinned` attribute)
   * @deprecated The API model marks it deprecated.
   */
  pinned?: boolean;

  /**
   * `number` (an integer). On the wire: element `<index>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_node_pin | reference: numa_node_pin} (its `index` attribute)
   */
  index?: number;

  /**
   * Creates a `numa_node_pin` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NumaNodePinInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.hostNumaNode = undefined;
      this.pinned = undefined;
      this.index = undefined;
    }
  }
}

/**
 * A `numa_node_pin` as the SDK accepts it: a {@link NumaNodePin} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_node_pin | reference: numa_node_pin}
 */
export interface NumaNodePinInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<numa_node_pin>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_node_pin | reference: numa_node_pin}
   */
  href?: string;
  /**
   * `NumaNodeInit` (a `NumaNode` or a plain object). On the wire: element `<host_numa_node>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_node_pin | reference: numa_node_pin} (its `host_numa_node` attribute)
   * @deprecated The API model marks it deprecated.
   */
  hostNumaNode?: NumaNodeInit;
  /**
   * `boolean`. On the wire: element `<pinned>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_node_pin | reference: numa_node_pin} (its `pinned` attribute)
   * @deprecated The API model marks it deprecated.
   */
  pinned?: boolean;
  /**
   * `number` (an integer). On the wire: element `<index>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/numa_node_pin | reference: numa_node_pin} (its `index` attribute)
   */
  index?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NumaNodePin, () => ({
  href: VALUE,
  hostNumaNode: NumaNode,
  pinned: VALUE,
  index: VALUE,
}));
