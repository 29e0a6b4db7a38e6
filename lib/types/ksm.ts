// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `ksm` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ksm}
 */
export class Ksm extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ksm/attributes/enabled} */
  enabled?: boolean;

  /** The `merge_across_nodes` attribute (`<merge_across_nodes>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/ksm/attributes/merge_across_nodes} */
  mergeAcrossNodes?: boolean;

  /** Creates a `ksm`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: KsmInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `ksm` as the SDK accepts it: a {@link Ksm} or a plain object of the same shape, at any depth. */
export interface KsmInit {
  href?: string;
  enabled?: boolean;
  mergeAcrossNodes?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Ksm, () => ({
  href: VALUE,
  enabled: VALUE,
  mergeAcrossNodes: VALUE,
}));
