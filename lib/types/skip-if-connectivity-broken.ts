// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `skip_if_connectivity_broken` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/skip_if_connectivity_broken}
 */
export class SkipIfConnectivityBroken extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/skip_if_connectivity_broken/attributes/enabled} */
  enabled?: boolean;

  /** The `threshold` attribute (`<threshold>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/skip_if_connectivity_broken/attributes/threshold} */
  threshold?: number;

  /** Creates a `skip_if_connectivity_broken`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SkipIfConnectivityBrokenInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `skip_if_connectivity_broken` as the SDK accepts it: a {@link SkipIfConnectivityBroken} or a plain object of the same shape, at any depth. */
export interface SkipIfConnectivityBrokenInit {
  href?: string;
  enabled?: boolean;
  threshold?: number;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SkipIfConnectivityBroken, () => ({
  href: VALUE,
  enabled: VALUE,
  threshold: VALUE,
}));
