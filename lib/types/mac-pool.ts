// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Range } from './range';
import type { RangeInit } from './range';

/**
 * The `mac_pool` type of the API, on the wire `<mac_pool>` (a list: `<mac_pools>` with one `<mac_pool>` per item); 7 attributes and 1 link.
 *
 * Create one with `new MacPool({ ... })`, or pass a plain {@link MacPoolInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool}
 */
export class MacPool extends Struct {
  /**
   * `boolean`. On the wire: element `<allow_duplicates>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `allow_duplicates` attribute)
   */
  allowDuplicates?: boolean;

  /**
   * `boolean`. On the wire: element `<default_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `default_pool` attribute)
   */
  defaultPool?: boolean;

  /**
   * A list of `Range`. On the wire: element `<ranges>` with one `<range>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `ranges` attribute)
   */
  ranges?: List<Range>;

  /**
   * `string`. On the wire: XML attribute `id` of `<mac_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `permissions` link)
   * @since API 4.4.3
   */
  permissions?: List<Permission>;

  /**
   * Creates a `mac_pool` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: MacPoolInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.allowDuplicates = undefined;
      this.defaultPool = undefined;
      this.ranges = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.permissions = undefined;
    }
  }
}

/**
 * A `mac_pool` as the SDK accepts it: a {@link MacPool} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool}
 */
export interface MacPoolInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<mac_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<allow_duplicates>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `allow_duplicates` attribute)
   */
  allowDuplicates?: boolean;
  /**
   * `boolean`. On the wire: element `<default_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `default_pool` attribute)
   */
  defaultPool?: boolean;
  /**
   * A list of `RangeInit` (a `Range` or a plain object). On the wire: element `<ranges>` with one `<range>` per item.
   *
   * Needed by:
   * - `MacPoolsService.add`: `pool.ranges[].from`
   * - `MacPoolsService.add`: `pool.ranges[].to`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `ranges` attribute)
   */
  ranges?: RangeInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<mac_pool>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `MacPoolsService.add`: `pool.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/mac_pool | reference: mac_pool} (its `permissions` link)
   * @since API 4.4.3
   */
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
