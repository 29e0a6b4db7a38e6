// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { Architecture } from './architecture';

/**
 * The `cpu_type` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_type}
 */
export class CpuType extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_type/attributes/name} */
  name?: string;

  /** The `level` attribute (`<level>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_type/attributes/level} */
  level?: number;

  /** The `architecture` attribute (`<architecture>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_type/attributes/architecture} */
  architecture?: Architecture;

  /** Creates a `cpu_type`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CpuTypeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `cpu_type` as the SDK accepts it: a {@link CpuType} or a plain object of the same shape, at any depth. */
export interface CpuTypeInit {
  href?: string;
  name?: string;
  level?: number;
  architecture?: Architecture;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CpuType, () => ({
  href: VALUE,
  name: VALUE,
  level: VALUE,
  architecture: VALUE,
}));
