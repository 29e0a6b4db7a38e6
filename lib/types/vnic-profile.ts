// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { CustomProperty } from './custom-property';
import type { CustomPropertyInit } from './custom-property';
import { Network } from './network';
import type { NetworkInit } from './network';
import { NetworkFilter } from './network-filter';
import type { NetworkFilterInit } from './network-filter';
import { Permission } from './permission';
import type { PermissionInit } from './permission';
import { Qos } from './qos';
import type { QosInit } from './qos';
import { VnicPassThrough } from './vnic-pass-through';
import type { VnicPassThroughInit } from './vnic-pass-through';

/**
 * The `vnic_profile` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile}
 */
export class VnicProfile extends Struct {
  /** The `port_mirroring` attribute (`<port_mirroring>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/attributes/port_mirroring} */
  portMirroring?: boolean;

  /** The `custom_properties` attribute (`<custom_properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/attributes/custom_properties} */
  customProperties?: List<CustomProperty>;

  /** The `pass_through` attribute (`<pass_through>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/attributes/pass_through} */
  passThrough?: VnicPassThrough;

  /**
   * The `migratable` attribute (`<migratable>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/attributes/migratable}
   * @since API 4.1
   */
  migratable?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/attributes/comment} */
  comment?: string;

  /** The `network` link (`<network>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/links/network} */
  network?: Network;

  /** The `qos` link (`<qos>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/links/qos} */
  qos?: Qos;

  /** The `network_filter` link (`<network_filter>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/links/network_filter} */
  networkFilter?: NetworkFilter;

  /**
   * The `failover` link (`<failover>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/links/failover}
   * @since API 4.4.6
   */
  failover?: VnicProfile;

  /** The `permissions` link (`<permissions>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vnic_profile/links/permissions} */
  permissions?: List<Permission>;

  /** Creates a `vnic_profile`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VnicProfileInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vnic_profile` as the SDK accepts it: a {@link VnicProfile} or a plain object of the same shape, at any depth. */
export interface VnicProfileInit {
  href?: string;
  portMirroring?: boolean;
  customProperties?: CustomPropertyInit[];
  passThrough?: VnicPassThroughInit;
  migratable?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  network?: NetworkInit;
  qos?: QosInit;
  networkFilter?: NetworkFilterInit;
  failover?: VnicProfileInit;
  permissions?: PermissionInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VnicProfile, () => ({
  href: VALUE,
  portMirroring: VALUE,
  customProperties: [CustomProperty],
  passThrough: VnicPassThrough,
  migratable: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  network: Network,
  qos: Qos,
  networkFilter: NetworkFilter,
  failover: VnicProfile,
  permissions: [Permission],
}));
