// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { ConfigurationType } from './configuration-type';

/**
 * The `configuration` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/configuration}
 */
export class Configuration extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/configuration/attributes/type} */
  type?: ConfigurationType;

  /** The `data` attribute (`<data>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/configuration/attributes/data} */
  data?: string;

  /** Creates a `configuration`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `configuration` as the SDK accepts it: a {@link Configuration} or a plain object of the same shape, at any depth. */
export interface ConfigurationInit {
  href?: string;
  type?: ConfigurationType;
  data?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Configuration, () => ({
  href: VALUE,
  type: VALUE,
  data: VALUE,
}));
