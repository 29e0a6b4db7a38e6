// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { Architecture } from './architecture';
import { Core } from './core';
import type { CoreInit } from './core';
import type { CpuMode } from './cpu-mode';
import { CpuTopology } from './cpu-topology';
import type { CpuTopologyInit } from './cpu-topology';
import { CpuTune } from './cpu-tune';
import type { CpuTuneInit } from './cpu-tune';

/**
 * The `cpu` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu}
 */
export class Cpu extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu/attributes/type} */
  type?: string;

  /** The `topology` attribute (`<topology>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu/attributes/topology} */
  topology?: CpuTopology;

  /** The `level` attribute (`<level>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu/attributes/level} */
  level?: number;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu/attributes/name} */
  name?: string;

  /** The `speed` attribute (`<speed>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu/attributes/speed} */
  speed?: number;

  /** The `cpu_tune` attribute (`<cpu_tune>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu/attributes/cpu_tune} */
  cpuTune?: CpuTune;

  /** The `mode` attribute (`<mode>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu/attributes/mode} */
  mode?: CpuMode;

  /** The `architecture` attribute (`<architecture>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu/attributes/architecture} */
  architecture?: Architecture;

  /** The `cores` attribute (`<cores>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu/attributes/cores} */
  cores?: List<Core>;

  /** Creates a `cpu`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CpuInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `cpu` as the SDK accepts it: a {@link Cpu} or a plain object of the same shape, at any depth. */
export interface CpuInit {
  href?: string;
  type?: string;
  topology?: CpuTopologyInit;
  level?: number;
  name?: string;
  speed?: number;
  cpuTune?: CpuTuneInit;
  mode?: CpuMode;
  architecture?: Architecture;
  cores?: CoreInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Cpu, () => ({
  href: VALUE,
  type: VALUE,
  topology: CpuTopology,
  level: VALUE,
  name: VALUE,
  speed: VALUE,
  cpuTune: CpuTune,
  mode: VALUE,
  architecture: VALUE,
  cores: [Core],
}));
