// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { Network } from './network';
import type { NetworkInit } from './network';
import { StorageConnection } from './storage-connection';
import type { StorageConnectionInit } from './storage-connection';

/**
 * The `iscsi_bond` type of the API, on the wire `<iscsi_bond>` (a list: `<iscsi_bonds>` with one `<iscsi_bond>` per item); 4 attributes and 3 links.
 *
 * Create one with `new IscsiBond({ ... })`, or pass a plain {@link IscsiBondInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond}
 */
export class IscsiBond extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<iscsi_bond>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `DataCenter`. On the wire: element `<data_center>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `data_center` link)
   */
  dataCenter?: DataCenter;

  /**
   * A list of `StorageConnection`. On the wire: a link, `<link rel="storageconnections" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<storage_connections>` with one `<storage_connection>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `storage_connections` link)
   */
  storageConnections?: List<StorageConnection>;

  /**
   * A list of `Network`. On the wire: a link, `<link rel="networks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<networks>` with one `<network>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `networks` link)
   */
  networks?: List<Network>;

  /**
   * Creates a `iscsi_bond` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: IscsiBondInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.dataCenter = undefined;
      this.storageConnections = undefined;
      this.networks = undefined;
    }
  }
}

/**
 * A `iscsi_bond` as the SDK accepts it: a {@link IscsiBond} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond}
 */
export interface IscsiBondInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<iscsi_bond>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<iscsi_bond>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `IscsiBondsService.add`: `bond.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `data_center` link)
   */
  dataCenter?: DataCenterInit;
  /**
   * A list of `StorageConnectionInit` (a `StorageConnection` or a plain object). On the wire: element `<storage_connections>` with one `<storage_connection>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `storage_connections` link)
   */
  storageConnections?: StorageConnectionInit[];
  /**
   * A list of `NetworkInit` (a `Network` or a plain object). On the wire: element `<networks>` with one `<network>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_bond | reference: iscsi_bond} (its `networks` link)
   */
  networks?: NetworkInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(IscsiBond, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  dataCenter: DataCenter,
  storageConnections: [StorageConnection],
  networks: [Network],
}));
