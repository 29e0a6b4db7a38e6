// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
import { OpenStackVolumeProvider } from './open-stack-volume-provider';
import type { OpenStackVolumeProviderInit } from './open-stack-volume-provider';
import type { OpenstackVolumeAuthenticationKeyUsageType } from './openstack-volume-authentication-key-usage-type';

/**
 * The `openstack_volume_authentication_key` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key}
 * @deprecated The model marks it deprecated.
 */
export class OpenstackVolumeAuthenticationKey extends Struct {
  /** The `uuid` attribute (`<uuid>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key/attributes/uuid} */
  uuid?: string;

  /** The `value` attribute (`<value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key/attributes/value} */
  value?: string;

  /** The `usage_type` attribute (`<usage_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key/attributes/usage_type} */
  usageType?: OpenstackVolumeAuthenticationKeyUsageType;

  /** The `creation_date` attribute (`<creation_date>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key/attributes/creation_date} */
  creationDate?: Date;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key/attributes/comment} */
  comment?: string;

  /** The `openstack_volume_provider` link (`<openstack_volume_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/openstack_volume_authentication_key/links/openstack_volume_provider} */
  openstackVolumeProvider?: OpenStackVolumeProvider;

  /** Creates a `openstack_volume_authentication_key`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OpenstackVolumeAuthenticationKeyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `openstack_volume_authentication_key` as the SDK accepts it: a {@link OpenstackVolumeAuthenticationKey} or a plain object of the same shape, at any depth. */
export interface OpenstackVolumeAuthenticationKeyInit {
  href?: string;
  uuid?: string;
  value?: string;
  usageType?: OpenstackVolumeAuthenticationKeyUsageType;
  creationDate?: Date | string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  openstackVolumeProvider?: OpenStackVolumeProviderInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OpenstackVolumeAuthenticationKey, () => ({
  href: VALUE,
  uuid: VALUE,
  value: VALUE,
  usageType: VALUE,
  creationDate: DATE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  openstackVolumeProvider: OpenStackVolumeProvider,
}));
