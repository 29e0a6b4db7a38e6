// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { Architecture } from './architecture';

/**
 * The `cpu_type` type of the API, on the wire `<cpu_type>` (a list: `<cpu_types>` with one `<cpu_type>` per item); 3 attributes and 0 links.
 *
 * Create one with `new CpuType({ ... })`, or pass a plain {@link CpuTypeInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_type | reference: cpu_type}
 */
export class CpuType extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_type | reference: cpu_type} (its `name` attribute)
   */
  name?: string;

  /**
   * `number` (an integer). On the wire: element `<level>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_type | reference: cpu_type} (its `level` attribute)
   */
  level?: number;

  /**
   * `Architecture` (`undefined`, `x86_64`, `ppc64`, `s390x`, `aarch64`, `loongarch64`; or another string, from a newer engine). On the wire: element `<architecture>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_type | reference: cpu_type} (its `architecture` attribute)
   */
  architecture?: Architecture | (string & {});

  /**
   * Creates a `cpu_type` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CpuTypeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.level = undefined;
      this.architecture = undefined;
    }
  }
}

/**
 * A `cpu_type` as the SDK accepts it: a {@link CpuType} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_type | reference: cpu_type}
 */
export interface CpuTypeInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cpu_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_type | reference: cpu_type}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_type | reference: cpu_type} (its `name` attribute)
   */
  name?: string;
  /**
   * `number` (an integer). On the wire: element `<level>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_type | reference: cpu_type} (its `level` attribute)
   */
  level?: number;
  /**
   * `Architecture` (`undefined`, `x86_64`, `ppc64`, `s390x`, `aarch64`, `loongarch64`; another string is sent as it is). On the wire: element `<architecture>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_type | reference: cpu_type} (its `architecture` attribute)
   */
  architecture?: Architecture | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CpuType, () => ({
  href: VALUE,
  name: VALUE,
  level: VALUE,
  architecture: VALUE,
}));
