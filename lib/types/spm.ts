// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { SpmStatus } from './spm-status';

/**
 * The `spm` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/spm}
 */
export class Spm extends Struct {
  /** The `priority` attribute (`<priority>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/spm/attributes/priority} */
  priority?: number;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/spm/attributes/status} */
  status?: SpmStatus;

  /** Creates a `spm`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SpmInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `spm` as the SDK accepts it: a {@link Spm} or a plain object of the same shape, at any depth. */
export interface SpmInit {
  href?: string;
  priority?: number;
  status?: SpmStatus;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Spm, () => ({
  href: VALUE,
  priority: VALUE,
  status: VALUE,
}));
