// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `iscsi_details` type of the API, on the wire `<iscsi_details>` (a list: `<iscsi_detailss>` with one `<iscsi_details>` per item); 17 attributes and 0 links.
 *
 * Create one with `new IscsiDetails({ ... })`, or pass a plain {@link IscsiDetailsInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details}
 */
export class IscsiDetails extends Struct {
  /**
   * `string`. On the wire: element `<initiator>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `initiator` attribute)
   */
  initiator?: string;

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `port` attribute)
   */
  port?: number;

  /**
   * `string`. On the wire: element `<target>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `target` attribute)
   */
  target?: string;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<portal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `portal` attribute)
   */
  portal?: string;

  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `address` attribute)
   */
  address?: string;

  /**
   * `string`. On the wire: element `<serial>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `serial` attribute)
   */
  serial?: string;

  /**
   * `string`. On the wire: element `<vendor_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `vendor_id` attribute)
   */
  vendorId?: string;

  /**
   * `string`. On the wire: element `<product_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `product_id` attribute)
   */
  productId?: string;

  /**
   * `number` (an integer). On the wire: element `<lun_mapping>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `lun_mapping` attribute)
   */
  lunMapping?: number;

  /**
   * `number` (an integer). On the wire: element `<size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `size` attribute)
   */
  size?: number;

  /**
   * `number` (an integer). On the wire: element `<paths>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `paths` attribute)
   */
  paths?: number;

  /**
   * `string`. On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `status` attribute)
   */
  status?: string;

  /**
   * `string`. On the wire: element `<volume_group_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `volume_group_id` attribute)
   */
  volumeGroupId?: string;

  /**
   * `string`. On the wire: element `<storage_domain_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `storage_domain_id` attribute)
   */
  storageDomainId?: string;

  /**
   * `string`. On the wire: element `<disk_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `disk_id` attribute)
   */
  diskId?: string;

  /**
   * Creates a `iscsi_details` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: IscsiDetailsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.initiator = undefined;
      this.port = undefined;
      this.target = undefined;
      this.username = undefined;
      this.password = undefined;
      this.portal = undefined;
      this.address = undefined;
      this.serial = undefined;
      this.vendorId = undefined;
      this.productId = undefined;
      this.lunMapping = undefined;
      this.size = undefined;
      this.paths = undefined;
      this.status = undefined;
      this.volumeGroupId = undefined;
      this.storageDomainId = undefined;
      this.diskId = undefined;
    }
  }
}

/**
 * A `iscsi_details` as the SDK accepts it: a {@link IscsiDetails} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details}
 */
export interface IscsiDetailsInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<iscsi_details>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<initiator>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `initiator` attribute)
   */
  initiator?: string;
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `port` attribute)
   */
  port?: number;
  /**
   * `string`. On the wire: element `<target>`.
   *
   * Needed by:
   * - `HostService.iscsiLogin`: `opts.iscsi.target`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `target` attribute)
   */
  target?: string;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<portal>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `portal` attribute)
   */
  portal?: string;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Needed by:
   * - `HostService.iscsiDiscover`: `opts.iscsi.address`
   * - `HostService.discoverIscsi`: `opts.iscsi.address`
   * - `HostService.iscsiLogin`: `opts.iscsi.address`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `address` attribute)
   */
  address?: string;
  /**
   * `string`. On the wire: element `<serial>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `serial` attribute)
   */
  serial?: string;
  /**
   * `string`. On the wire: element `<vendor_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `vendor_id` attribute)
   */
  vendorId?: string;
  /**
   * `string`. On the wire: element `<product_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `product_id` attribute)
   */
  productId?: string;
  /**
   * `number` (an integer). On the wire: element `<lun_mapping>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `lun_mapping` attribute)
   */
  lunMapping?: number;
  /**
   * `number` (an integer). On the wire: element `<size>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `size` attribute)
   */
  size?: number;
  /**
   * `number` (an integer). On the wire: element `<paths>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `paths` attribute)
   */
  paths?: number;
  /**
   * `string`. On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `status` attribute)
   */
  status?: string;
  /**
   * `string`. On the wire: element `<volume_group_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `volume_group_id` attribute)
   */
  volumeGroupId?: string;
  /**
   * `string`. On the wire: element `<storage_domain_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `storage_domain_id` attribute)
   */
  storageDomainId?: string;
  /**
   * `string`. On the wire: element `<disk_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/iscsi_details | reference: iscsi_details} (its `disk_id` attribute)
   */
  diskId?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(IscsiDetails, () => ({
  href: VALUE,
  initiator: VALUE,
  port: VALUE,
  target: VALUE,
  username: VALUE,
  password: VALUE,
  portal: VALUE,
  address: VALUE,
  serial: VALUE,
  vendorId: VALUE,
  productId: VALUE,
  lunMapping: VALUE,
  size: VALUE,
  paths: VALUE,
  status: VALUE,
  volumeGroupId: VALUE,
  storageDomainId: VALUE,
  diskId: VALUE,
}));
