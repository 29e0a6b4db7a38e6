// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { VnicPassThroughMode } from './vnic-pass-through-mode';

/**
 * The `vnic_pass_through` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_pass_through}
 */
export class VnicPassThrough extends Struct {
  /** The `mode` attribute (`<mode>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_pass_through/attributes/mode} */
  mode?: VnicPassThroughMode;

  /** Creates a `vnic_pass_through`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VnicPassThroughInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vnic_pass_through` as the SDK accepts it: a {@link VnicPassThrough} or a plain object of the same shape, at any depth. */
export interface VnicPassThroughInit {
  href?: string;
  mode?: VnicPassThroughMode;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VnicPassThrough, () => ({
  href: VALUE,
  mode: VALUE,
}));
