// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { Network } from './network';
import type { NetworkInit } from './network';
import { StorageConnection } from './storage-connection';
import type { StorageConnectionInit } from './storage-connection';

/**
 * The `iscsi_bond` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_bond}
 */
export class IscsiBond extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_bond/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_bond/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_bond/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_bond/attributes/comment} */
  comment?: string;

  /** The `data_center` link (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_bond/links/data_center} */
  dataCenter?: DataCenter;

  /** The `storage_connections` link (`<storage_connections>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_bond/links/storage_connections} */
  storageConnections?: List<StorageConnection>;

  /** The `networks` link (`<networks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_bond/links/networks} */
  networks?: List<Network>;

  /** Creates a `iscsi_bond`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: IscsiBondInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `iscsi_bond` as the SDK accepts it: a {@link IscsiBond} or a plain object of the same shape, at any depth. */
export interface IscsiBondInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  dataCenter?: DataCenterInit;
  storageConnections?: StorageConnectionInit[];
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
