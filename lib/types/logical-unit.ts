// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { LunStatus } from './lun-status';

/**
 * The `logical_unit` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit}
 */
export class LogicalUnit extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/id} */
  id?: string;

  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/address} */
  address?: string;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/port} */
  port?: number;

  /** The `target` attribute (`<target>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/target} */
  target?: string;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/password} */
  password?: string;

  /** The `portal` attribute (`<portal>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/portal} */
  portal?: string;

  /** The `serial` attribute (`<serial>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/serial} */
  serial?: string;

  /** The `vendor_id` attribute (`<vendor_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/vendor_id} */
  vendorId?: string;

  /** The `product_id` attribute (`<product_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/product_id} */
  productId?: string;

  /** The `lun_mapping` attribute (`<lun_mapping>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/lun_mapping} */
  lunMapping?: number;

  /** The `size` attribute (`<size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/size} */
  size?: number;

  /** The `paths` attribute (`<paths>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/paths} */
  paths?: number;

  /** The `active_paths` attribute (`<active_paths>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/active_paths} */
  activePaths?: number;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/status} */
  status?: LunStatus;

  /** The `volume_group_id` attribute (`<volume_group_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/volume_group_id} */
  volumeGroupId?: string;

  /** The `storage_domain_id` attribute (`<storage_domain_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/storage_domain_id} */
  storageDomainId?: string;

  /** The `disk_id` attribute (`<disk_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/disk_id} */
  diskId?: string;

  /**
   * The `discard_max_size` attribute (`<discard_max_size>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/discard_max_size}
   * @since API 4.1
   */
  discardMaxSize?: number;

  /**
   * The `discard_zeroes_data` attribute (`<discard_zeroes_data>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/logical_unit/attributes/discard_zeroes_data}
   * @since API 4.1
   * @deprecated The model marks it deprecated.
   */
  discardZeroesData?: boolean;

  /** Creates a `logical_unit`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: LogicalUnitInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `logical_unit` as the SDK accepts it: a {@link LogicalUnit} or a plain object of the same shape, at any depth. */
export interface LogicalUnitInit {
  href?: string;
  id?: string;
  address?: string;
  port?: number;
  target?: string;
  username?: string;
  password?: string;
  portal?: string;
  serial?: string;
  vendorId?: string;
  productId?: string;
  lunMapping?: number;
  size?: number;
  paths?: number;
  activePaths?: number;
  status?: LunStatus;
  volumeGroupId?: string;
  storageDomainId?: string;
  diskId?: string;
  discardMaxSize?: number;
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
