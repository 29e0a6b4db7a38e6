// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Range } from './range';
import type { RangeInit } from './range';

/**
 * The `mac_pool` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac_pool}
 */
export class MacPool extends Struct {
  /** The `allow_duplicates` attribute (`<allow_duplicates>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac_pool/attributes/allow_duplicates} */
  allowDuplicates?: boolean;

  /** The `default_pool` attribute (`<default_pool>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac_pool/attributes/default_pool} */
  defaultPool?: boolean;

  /** The `ranges` attribute (`<ranges>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac_pool/attributes/ranges} */
  ranges?: List<Range>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac_pool/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac_pool/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac_pool/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac_pool/attributes/comment} */
  comment?: string;

  /**
   * The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/mac_pool/links/permissions}
   * @since API 4.4.3
   */
  permissions?: List<Permission>;

  /** Creates a `mac_pool`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: MacPoolInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `mac_pool` as the SDK accepts it: a {@link MacPool} or a plain object of the same shape, at any depth. */
export interface MacPoolInit {
  href?: string;
  allowDuplicates?: boolean;
  defaultPool?: boolean;
  ranges?: RangeInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  permissions?: PermissionInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(MacPool, () => ({
  href: VALUE,
  allowDuplicates: VALUE,
  defaultPool: VALUE,
  ranges: [Range],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  permissions: [Permission],
}));
