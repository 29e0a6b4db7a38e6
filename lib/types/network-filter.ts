// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `network_filter` type of the API, on the wire `<network_filter>` (a list: `<network_filters>` with one `<network_filter>` per item); 5 attributes and 0 links.
 *
 * Create one with `new NetworkFilter({ ... })`, or pass a plain {@link NetworkFilterInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter}
 */
export class NetworkFilter extends Struct {
  /**
   * `Version`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `version` attribute)
   */
  version?: Version;

  /**
   * `string`. On the wire: XML attribute `id` of `<network_filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `network_filter` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NetworkFilterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.version = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `network_filter` as the SDK accepts it: a {@link NetworkFilter} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter}
 */
export interface NetworkFilterInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<network_filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter}
   */
  href?: string;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `version` attribute)
   */
  version?: VersionInit;
  /**
   * `string`. On the wire: XML attribute `id` of `<network_filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter | reference: network_filter} (its `comment` attribute)
   */
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
