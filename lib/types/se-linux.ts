// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { SeLinuxMode } from './se-linux-mode';

/**
 * The `se_linux` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/se_linux}
 */
export class SeLinux extends Struct {
  /** The `mode` attribute (`<mode>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/se_linux/attributes/mode} */
  mode?: SeLinuxMode;

  /** Creates a `se_linux`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: SeLinuxInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `se_linux` as the SDK accepts it: a {@link SeLinux} or a plain object of the same shape, at any depth. */
export interface SeLinuxInit {
  href?: string;
  mode?: SeLinuxMode;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(SeLinux, () => ({
  href: VALUE,
  mode: VALUE,
}));
