// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `version` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version}
 */
export class Version extends Struct {
  /** The `major` attribute (`<major>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version/attributes/major} */
  major?: number;

  /** The `minor` attribute (`<minor>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version/attributes/minor} */
  minor?: number;

  /** The `build` attribute (`<build>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version/attributes/build} */
  build?: number;

  /** The `revision` attribute (`<revision>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version/attributes/revision} */
  revision?: number;

  /** The `full_version` attribute (`<full_version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version/attributes/full_version} */
  fullVersion?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/version/attributes/comment} */
  comment?: string;

  /** Creates a `version`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VersionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `version` as the SDK accepts it: a {@link Version} or a plain object of the same shape, at any depth. */
export interface VersionInit {
  href?: string;
  major?: number;
  minor?: number;
  build?: number;
  revision?: number;
  fullVersion?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Version, () => ({
  href: VALUE,
  major: VALUE,
  minor: VALUE,
  build: VALUE,
  revision: VALUE,
  fullVersion: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
