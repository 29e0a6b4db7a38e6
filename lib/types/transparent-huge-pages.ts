// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `transparent_huge_pages` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/transparent_huge_pages}
 */
export class TransparentHugePages extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/transparent_huge_pages/attributes/enabled} */
  enabled?: boolean;

  /** Creates a `transparent_huge_pages`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: TransparentHugePagesInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `transparent_huge_pages` as the SDK accepts it: a {@link TransparentHugePages} or a plain object of the same shape, at any depth. */
export interface TransparentHugePagesInit {
  href?: string;
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(TransparentHugePages, () => ({
  href: VALUE,
  enabled: VALUE,
}));
