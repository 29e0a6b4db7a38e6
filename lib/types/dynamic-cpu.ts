// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { CpuTopology } from './cpu-topology';
import type { CpuTopologyInit } from './cpu-topology';
import { CpuTune } from './cpu-tune';
import type { CpuTuneInit } from './cpu-tune';

/**
 * The `dynamic_cpu` type of the API, on the wire `<dynamic_cpu>` (a list: `<dynamic_cpus>` with one `<dynamic_cpu>` per item); 2 attributes and 0 links.
 *
 * Create one with `new DynamicCpu({ ... })`, or pass a plain {@link DynamicCpuInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dynamic_cpu | reference: dynamic_cpu}
 */
export class DynamicCpu extends Struct {
  /**
   * `CpuTopology`. On the wire: element `<topology>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dynamic_cpu | reference: dynamic_cpu} (its `topology` attribute)
   */
  topology?: CpuTopology;

  /**
   * `CpuTune`. On the wire: element `<cpu_tune>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dynamic_cpu | reference: dynamic_cpu} (its `cpu_tune` attribute)
   */
  cpuTune?: CpuTune;

  /**
   * Creates a `dynamic_cpu` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: DynamicCpuInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.topology = undefined;
      this.cpuTune = undefined;
    }
  }
}

/**
 * A `dynamic_cpu` as the SDK accepts it: a {@link DynamicCpu} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dynamic_cpu | reference: dynamic_cpu}
 */
export interface DynamicCpuInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<dynamic_cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dynamic_cpu | reference: dynamic_cpu}
   */
  href?: string;
  /**
   * `CpuTopologyInit` (a `CpuTopology` or a plain object). On the wire: element `<topology>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dynamic_cpu | reference: dynamic_cpu} (its `topology` attribute)
   */
  topology?: CpuTopologyInit;
  /**
   * `CpuTuneInit` (a `CpuTune` or a plain object). On the wire: element `<cpu_tune>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/dynamic_cpu | reference: dynamic_cpu} (its `cpu_tune` attribute)
   */
  cpuTune?: CpuTuneInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(DynamicCpu, () => ({
  href: VALUE,
  topology: CpuTopology,
  cpuTune: CpuTune,
}));
