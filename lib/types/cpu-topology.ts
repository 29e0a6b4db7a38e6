// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `cpu_topology` type of the API, on the wire `<cpu_topology>` (a list: `<cpu_topologies>` with one `<cpu_topology>` per item); 3 attributes and 0 links.
 *
 * Create one with `new CpuTopology({ ... })`, or pass a plain {@link CpuTopologyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_topology | reference: cpu_topology}
 */
export class CpuTopology extends Struct {
  /**
   * `number` (an integer). On the wire: element `<sockets>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_topology | reference: cpu_topology} (its `sockets` attribute)
   */
  sockets?: number;

  /**
   * `number` (an integer). On the wire: element `<cores>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_topology | reference: cpu_topology} (its `cores` attribute)
   */
  cores?: number;

  /**
   * `number` (an integer). On the wire: element `<threads>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_topology | reference: cpu_topology} (its `threads` attribute)
   */
  threads?: number;

  /**
   * Creates a `cpu_topology` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CpuTopologyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.sockets = undefined;
      this.cores = undefined;
      this.threads = undefined;
    }
  }
}

/**
 * A `cpu_topology` as the SDK accepts it: a {@link CpuTopology} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_topology | reference: cpu_topology}
 */
export interface CpuTopologyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cpu_topology>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_topology | reference: cpu_topology}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<sockets>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_topology | reference: cpu_topology} (its `sockets` attribute)
   */
  sockets?: number;
  /**
   * `number` (an integer). On the wire: element `<cores>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_topology | reference: cpu_topology} (its `cores` attribute)
   */
  cores?: number;
  /**
   * `number` (an integer). On the wire: element `<threads>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_topology | reference: cpu_topology} (its `threads` attribute)
   */
  threads?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CpuTopology, () => ({
  href: VALUE,
  sockets: VALUE,
  cores: VALUE,
  threads: VALUE,
}));
