// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `iscsi_details` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details}
 */
export class IscsiDetails extends Struct {
  /** The `initiator` attribute (`<initiator>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/initiator} */
  initiator?: string;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/port} */
  port?: number;

  /** The `target` attribute (`<target>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/target} */
  target?: string;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/password} */
  password?: string;

  /** The `portal` attribute (`<portal>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/portal} */
  portal?: string;

  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/address} */
  address?: string;

  /** The `serial` attribute (`<serial>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/serial} */
  serial?: string;

  /** The `vendor_id` attribute (`<vendor_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/vendor_id} */
  vendorId?: string;

  /** The `product_id` attribute (`<product_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/product_id} */
  productId?: string;

  /** The `lun_mapping` attribute (`<lun_mapping>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/lun_mapping} */
  lunMapping?: number;

  /** The `size` attribute (`<size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/size} */
  size?: number;

  /** The `paths` attribute (`<paths>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/paths} */
  paths?: number;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/status} */
  status?: string;

  /** The `volume_group_id` attribute (`<volume_group_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/volume_group_id} */
  volumeGroupId?: string;

  /** The `storage_domain_id` attribute (`<storage_domain_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/storage_domain_id} */
  storageDomainId?: string;

  /** The `disk_id` attribute (`<disk_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/iscsi_details/attributes/disk_id} */
  diskId?: string;

  /** Creates a `iscsi_details`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: IscsiDetailsInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `iscsi_details` as the SDK accepts it: a {@link IscsiDetails} or a plain object of the same shape, at any depth. */
export interface IscsiDetailsInit {
  href?: string;
  initiator?: string;
  port?: number;
  target?: string;
  username?: string;
  password?: string;
  portal?: string;
  address?: string;
  serial?: string;
  vendorId?: string;
  productId?: string;
  lunMapping?: number;
  size?: number;
  paths?: number;
  status?: string;
  volumeGroupId?: string;
  storageDomainId?: string;
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
