// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { CpuTopology } from './cpu-topology';
import type { CpuTopologyInit } from './cpu-topology';
import { CpuTune } from './cpu-tune';
import type { CpuTuneInit } from './cpu-tune';

/**
 * The `dynamic_cpu` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/dynamic_cpu}
 */
export class DynamicCpu extends Struct {
  /** The `topology` attribute (`<topology>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/dynamic_cpu/attributes/topology} */
  topology?: CpuTopology;

  /** The `cpu_tune` attribute (`<cpu_tune>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/dynamic_cpu/attributes/cpu_tune} */
  cpuTune?: CpuTune;

  /** Creates a `dynamic_cpu`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: DynamicCpuInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `dynamic_cpu` as the SDK accepts it: a {@link DynamicCpu} or a plain object of the same shape, at any depth. */
export interface DynamicCpuInit {
  href?: string;
  topology?: CpuTopologyInit;
  cpuTune?: CpuTuneInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(DynamicCpu, () => ({
  href: VALUE,
  topology: CpuTopology,
  cpuTune: CpuTune,
}));
