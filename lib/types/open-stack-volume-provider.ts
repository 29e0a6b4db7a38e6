// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Certificate } from './certificate';
import type { CertificateInit } from './certificate';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { OpenStackVolumeType } from './open-stack-volume-type';
import type { OpenStackVolumeTypeInit } from './open-stack-volume-type';
import { OpenstackVolumeAuthenticationKey } from './openstack-volume-authentication-key';
import type { OpenstackVolumeAuthenticationKeyInit } from './openstack-volume-authentication-key';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `open_stack_volume_provider` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider}
 * @deprecated The model marks it deprecated.
 */
export class OpenStackVolumeProvider extends Struct {
  /** The `tenant_name` attribute (`<tenant_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/tenant_name} */
  tenantName?: string;

  /** The `url` attribute (`<url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/url} */
  url?: string;

  /** The `requires_authentication` attribute (`<requires_authentication>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/requires_authentication} */
  requiresAuthentication?: boolean;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/password} */
  password?: string;

  /** The `authentication_url` attribute (`<authentication_url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/authentication_url} */
  authenticationUrl?: string;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/properties} */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/attributes/comment} */
  comment?: string;

  /** The `data_center` link (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/links/data_center} */
  dataCenter?: DataCenter;

  /** The `certificates` link (`<certificates>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/links/certificates} */
  certificates?: List<Certificate>;

  /** The `volume_types` link (`<volume_types>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/links/volume_types} */
  volumeTypes?: List<OpenStackVolumeType>;

  /** The `authentication_keys` link (`<authentication_keys>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_provider/links/authentication_keys} */
  authenticationKeys?: List<OpenstackVolumeAuthenticationKey>;

  /** Creates a `open_stack_volume_provider`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OpenStackVolumeProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `open_stack_volume_provider` as the SDK accepts it: a {@link OpenStackVolumeProvider} or a plain object of the same shape, at any depth. */
export interface OpenStackVolumeProviderInit {
  href?: string;
  tenantName?: string;
  url?: string;
  requiresAuthentication?: boolean;
  username?: string;
  password?: string;
  authenticationUrl?: string;
  properties?: PropertyInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  dataCenter?: DataCenterInit;
  certificates?: CertificateInit[];
  volumeTypes?: OpenStackVolumeTypeInit[];
  authenticationKeys?: OpenstackVolumeAuthenticationKeyInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OpenStackVolumeProvider, () => ({
  href: VALUE,
  tenantName: VALUE,
  url: VALUE,
  requiresAuthentication: VALUE,
  username: VALUE,
  password: VALUE,
  authenticationUrl: VALUE,
  properties: [Property],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  dataCenter: DataCenter,
  certificates: [Certificate],
  volumeTypes: [OpenStackVolumeType],
  authenticationKeys: [OpenstackVolumeAuthenticationKey],
}));
