// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { LunStatus } from './lun-status';

/**
 * The `logical_unit` type of the API, on the wire `<logical_unit>` (a list: `<logical_units>` with one `<logical_unit>` per item); 20 attributes and 0 links.
 *
 * Create one with `new LogicalUnit({ ... })`, or pass a plain {@link LogicalUnitInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit}
 */
export class LogicalUnit extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<logical_unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `address` attribute)
   */
  address?: string;

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `port` attribute)
   */
  port?: number;

  /**
   * `string`. On the wire: element `<target>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `target` attribute)
   */
  target?: string;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<portal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `portal` attribute)
   */
  portal?: string;

  /**
   * `string`. On the wire: element `<serial>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `serial` attribute)
   */
  serial?: string;

  /**
   * `string`. On the wire: element `<vendor_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `vendor_id` attribute)
   */
  vendorId?: string;

  /**
   * `string`. On the wire: element `<product_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `product_id` attribute)
   */
  productId?: string;

  /**
   * `number` (an integer). On the wire: element `<lun_mapping>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `lun_mapping` attribute)
   */
  lunMapping?: number;

  /**
   * `number` (an integer). On the wire: element `<size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `size` attribute)
   */
  size?: number;

  /**
   * `number` (an integer). On the wire: element `<paths>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `paths` attribute)
   */
  paths?: number;

  /**
   * `number` (an integer). On the wire: element `<active_paths>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `active_paths` attribute)
   */
  activePaths?: number;

  /**
   * `LunStatus` (`free`, `used`, `unusable`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `status` attribute)
   */
  status?: LunStatus | (string & {});

  /**
   * `string`. On the wire: element `<volume_group_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `volume_group_id` attribute)
   */
  volumeGroupId?: string;

  /**
   * `string`. On the wire: element `<storage_domain_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `storage_domain_id` attribute)
   */
  storageDomainId?: string;

  /**
   * `string`. On the wire: element `<disk_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `disk_id` attribute)
   */
  diskId?: string;

  /**
   * `number` (an integer). On the wire: element `<discard_max_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `discard_max_size` attribute)
   * @since API 4.1
   */
  discardMaxSize?: number;

  /**
   * `boolean`. On the wire: element `<discard_zeroes_data>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `discard_zeroes_data` attribute)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  discardZeroesData?: boolean;

  /**
   * Creates a `logical_unit` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: LogicalUnitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.address = undefined;
      this.port = undefined;
      this.target = undefined;
      this.username = undefined;
      this.password = undefined;
      this.portal = undefined;
      this.serial = undefined;
      this.vendorId = undefined;
      this.productId = undefined;
      this.lunMapping = undefined;
      this.size = undefined;
      this.paths = undefined;
      this.activePaths = undefined;
      this.status = undefined;
      this.volumeGroupId = undefined;
      this.storageDomainId = undefined;
      this.diskId = undefined;
      this.discardMaxSize = undefined;
      this.discardZeroesData = undefined;
    }
  }
}

/**
 * A `logical_unit` as the SDK accepts it: a {@link LogicalUnit} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit}
 */
export interface LogicalUnitInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<logical_unit>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<logical_unit>`.
   *
   * Needed by:
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].id` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DisksService.addLun`: `disk.lunStorage.logicalUnits[].id` when `disk.lunStorage.type` is `iscsi`
   * - `StorageDomainsService.addDirectLun`: `storageDomain.storage.logicalUnits[].id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Needed by:
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].address` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DisksService.addLun`: `disk.lunStorage.logicalUnits[].address` when `disk.lunStorage.type` is `iscsi`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `address` attribute)
   */
  address?: string;
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Needed by:
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].port` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DisksService.addLun`: `disk.lunStorage.logicalUnits[].port` when `disk.lunStorage.type` is `iscsi`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `port` attribute)
   */
  port?: number;
  /**
   * `string`. On the wire: element `<target>`.
   *
   * Needed by:
   * - `DiskAttachmentsService.addSignature1`: `attachment.disk.lunStorage.logicalUnits[].target` when `attachment.disk.lunStorage.type` is `iscsi`
   * - `DisksService.addLun`: `disk.lunStorage.logicalUnits[].target` when `disk.lunStorage.type` is `iscsi`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `target` attribute)
   */
  target?: string;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<portal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `portal` attribute)
   */
  portal?: string;
  /**
   * `string`. On the wire: element `<serial>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `serial` attribute)
   */
  serial?: string;
  /**
   * `string`. On the wire: element `<vendor_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `vendor_id` attribute)
   */
  vendorId?: string;
  /**
   * `string`. On the wire: element `<product_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `product_id` attribute)
   */
  productId?: string;
  /**
   * `number` (an integer). On the wire: element `<lun_mapping>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `lun_mapping` attribute)
   */
  lunMapping?: number;
  /**
   * `number` (an integer). On the wire: element `<size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `size` attribute)
   */
  size?: number;
  /**
   * `number` (an integer). On the wire: element `<paths>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `paths` attribute)
   */
  paths?: number;
  /**
   * `number` (an integer). On the wire: element `<active_paths>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `active_paths` attribute)
   */
  activePaths?: number;
  /**
   * `LunStatus` (`free`, `used`, `unusable`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `status` attribute)
   */
  status?: LunStatus | (string & {});
  /**
   * `string`. On the wire: element `<volume_group_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `volume_group_id` attribute)
   */
  volumeGroupId?: string;
  /**
   * `string`. On the wire: element `<storage_domain_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `storage_domain_id` attribute)
   */
  storageDomainId?: string;
  /**
   * `string`. On the wire: element `<disk_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `disk_id` attribute)
   */
  diskId?: string;
  /**
   * `number` (an integer). On the wire: element `<discard_max_size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `discard_max_size` attribute)
   * @since API 4.1
   */
  discardMaxSize?: number;
  /**
   * `boolean`. On the wire: element `<discard_zeroes_data>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/logical_unit | reference: logical_unit} (its `discard_zeroes_data` attribute)
   * @since API 4.1
   * @deprecated The API model marks it deprecated.
   */
  discardZeroesData?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(LogicalUnit, () => ({
  href: VALUE,
  id: VALUE,
  address: VALUE,
  port: VALUE,
  target: VALUE,
  username: VALUE,
  password: VALUE,
  portal: VALUE,
  serial: VALUE,
  vendorId: VALUE,
  productId: VALUE,
  lunMapping: VALUE,
  size: VALUE,
  paths: VALUE,
  activePaths: VALUE,
  status: VALUE,
  volumeGroupId: VALUE,
  storageDomainId: VALUE,
  diskId: VALUE,
  discardMaxSize: VALUE,
  discardZeroesData: VALUE,
}));
