// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `cpu` type of the API, on the wire `<cpu>` (a list: `<cpus>` with one `<cpu>` per item); 9 attributes and 0 links.
 *
 * Create one with `new Cpu({ ... })`, or pass a plain {@link CpuInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu}
 */
export class Cpu extends Struct {
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `type` attribute)
   */
  type?: string;

  /**
   * `CpuTopology`. On the wire: element `<topology>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `topology` attribute)
   */
  topology?: CpuTopology;

  /**
   * `number` (an integer). On the wire: element `<level>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `level` attribute)
   */
  level?: number;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `name` attribute)
   */
  name?: string;

  /**
   * `number` (a decimal). On the wire: element `<speed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `speed` attribute)
   */
  speed?: number;

  /**
   * `CpuTune`. On the wire: element `<cpu_tune>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `cpu_tune` attribute)
   */
  cpuTune?: CpuTune;

  /**
   * `CpuMode` (`custom`, `host_model`, `host_passthrough`; or another string, from a newer engine). On the wire: element `<mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `mode` attribute)
   */
  mode?: CpuMode | (string & {});

  /**
   * `Architecture` (`undefined`, `x86_64`, `ppc64`, `s390x`, `aarch64`, `loongarch64`; or another string, from a newer engine). On the wire: element `<architecture>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `architecture` attribute)
   */
  architecture?: Architecture | (string & {});

  /**
   * A list of `Core`. On the wire: element `<cores>` with one `<core>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `cores` attribute)
   */
  cores?: List<Core>;

  /**
   * Creates a `cpu` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CpuInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.topology = undefined;
      this.level = undefined;
      this.name = undefined;
      this.speed = undefined;
      this.cpuTune = undefined;
      this.mode = undefined;
      this.architecture = undefined;
      this.cores = undefined;
    }
  }
}

/**
 * A `cpu` as the SDK accepts it: a {@link Cpu} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu}
 */
export interface CpuInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `type` attribute)
   */
  type?: string;
  /**
   * `CpuTopologyInit` (a `CpuTopology` or a plain object). On the wire: element `<topology>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `topology` attribute)
   */
  topology?: CpuTopologyInit;
  /**
   * `number` (an integer). On the wire: element `<level>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `level` attribute)
   */
  level?: number;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `name` attribute)
   */
  name?: string;
  /**
   * `number` (a decimal). On the wire: element `<speed>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `speed` attribute)
   */
  speed?: number;
  /**
   * `CpuTuneInit` (a `CpuTune` or a plain object). On the wire: element `<cpu_tune>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `cpu_tune` attribute)
   */
  cpuTune?: CpuTuneInit;
  /**
   * `CpuMode` (`custom`, `host_model`, `host_passthrough`; another string is sent as it is). On the wire: element `<mode>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `mode` attribute)
   */
  mode?: CpuMode | (string & {});
  /**
   * `Architecture` (`undefined`, `x86_64`, `ppc64`, `s390x`, `aarch64`, `loongarch64`; another string is sent as it is). On the wire: element `<architecture>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `architecture` attribute)
   */
  architecture?: Architecture | (string & {});
  /**
   * A list of `CoreInit` (a `Core` or a plain object). On the wire: element `<cores>` with one `<core>` per item.
   *
   * Needed by:
   * - `VmNumaNodesService.add`: `node.cpu.cores[].index`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu | reference: cpu} (its `cores` attribute)
   */
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
