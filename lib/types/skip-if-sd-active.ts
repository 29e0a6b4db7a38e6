// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `skip_if_sd_active` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/skip_if_sd_active}
 */
export class SkipIfSdActive extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/skip_if_sd_active/attributes/enabled} */
  enabled?: boolean;

  /** Creates a `skip_if_sd_active`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SkipIfSdActiveInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `skip_if_sd_active` as the SDK accepts it: a {@link SkipIfSdActive} or a plain object of the same shape, at any depth. */
export interface SkipIfSdActiveInit {
  href?: string;
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SkipIfSdActive, () => ({
  href: VALUE,
  enabled: VALUE,
}));
