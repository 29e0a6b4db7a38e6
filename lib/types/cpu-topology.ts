// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `cpu_topology` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_topology}
 */
export class CpuTopology extends Struct {
  /** The `sockets` attribute (`<sockets>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_topology/attributes/sockets} */
  sockets?: number;

  /** The `cores` attribute (`<cores>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_topology/attributes/cores} */
  cores?: number;

  /** The `threads` attribute (`<threads>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_topology/attributes/threads} */
  threads?: number;

  /** Creates a `cpu_topology`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CpuTopologyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `cpu_topology` as the SDK accepts it: a {@link CpuTopology} or a plain object of the same shape, at any depth. */
export interface CpuTopologyInit {
  href?: string;
  sockets?: number;
  cores?: number;
  threads?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CpuTopology, () => ({
  href: VALUE,
  sockets: VALUE,
  cores: VALUE,
  threads: VALUE,
}));
