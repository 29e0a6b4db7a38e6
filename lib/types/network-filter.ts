// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `network_filter` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter}
 */
export class NetworkFilter extends Struct {
  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter/attributes/version} */
  version?: Version;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/network_filter/attributes/comment} */
  comment?: string;

  /** Creates a `network_filter`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NetworkFilterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `network_filter` as the SDK accepts it: a {@link NetworkFilter} or a plain object of the same shape, at any depth. */
export interface NetworkFilterInit {
  href?: string;
  version?: VersionInit;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NetworkFilter, () => ({
  href: VALUE,
  version: Version,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
