// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `open_stack_volume_provider` type of the API, on the wire `<openstack_volume_provider>` (a list: `<openstack_volume_providers>` with one `<openstack_volume_provider>` per item); 11 attributes and 4 links.
 *
 * Create one with `new OpenStackVolumeProvider({ ... })`, or pass a plain {@link OpenStackVolumeProviderInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider}
 * @deprecated The API model marks it deprecated.
 */
export class OpenStackVolumeProvider extends Struct {
  /**
   * `string`. On the wire: element `<tenant_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `tenant_name` attribute)
   */
  tenantName?: string;

  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `url` attribute)
   */
  url?: string;

  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_volume_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `DataCenter`. On the wire: element `<data_center>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `data_center` link)
   */
  dataCenter?: DataCenter;

  /**
   * A list of `Certificate`. On the wire: a link, `<link rel="certificates" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<certificates>` with one `<certificate>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `certificates` link)
   */
  certificates?: List<Certificate>;

  /**
   * A list of `OpenStackVolumeType`. On the wire: a link, `<link rel="volumetypes" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<volume_types>` with one `<open_stack_volume_type>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `volume_types` link)
   */
  volumeTypes?: List<OpenStackVolumeType>;

  /**
   * A list of `OpenstackVolumeAuthenticationKey`. On the wire: a link, `<link rel="authenticationkeys" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<authentication_keys>` with one `<openstack_volume_authentication_key>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `authentication_keys` link)
   */
  authenticationKeys?: List<OpenstackVolumeAuthenticationKey>;

  /**
   * Creates a `open_stack_volume_provider` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OpenStackVolumeProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.tenantName = undefined;
      this.url = undefined;
      this.requiresAuthentication = undefined;
      this.username = undefined;
      this.password = undefined;
      this.authenticationUrl = undefined;
      this.properties = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.dataCenter = undefined;
      this.certificates = undefined;
      this.volumeTypes = undefined;
      this.authenticationKeys = undefined;
    }
  }
}

/**
 * A `open_stack_volume_provider` as the SDK accepts it: a {@link OpenStackVolumeProvider} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider}
 */
export interface OpenStackVolumeProviderInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<openstack_volume_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<tenant_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `tenant_name` attribute)
   */
  tenantName?: string;
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `url` attribute)
   */
  url?: string;
  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_volume_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `data_center` link)
   */
  dataCenter?: DataCenterInit;
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object). On the wire: element `<certificates>` with one `<certificate>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `certificates` link)
   */
  certificates?: CertificateInit[];
  /**
   * A list of `OpenStackVolumeTypeInit` (a `OpenStackVolumeType` or a plain object). On the wire: element `<volume_types>` with one `<open_stack_volume_type>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `volume_types` link)
   */
  volumeTypes?: OpenStackVolumeTypeInit[];
  /**
   * A list of `OpenstackVolumeAuthenticationKeyInit` (a `OpenstackVolumeAuthenticationKey` or a plain object). On the wire: element `<authentication_keys>` with one `<openstack_volume_authentication_key>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_provider | reference: open_stack_volume_provider} (its `authentication_keys` link)
   */
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
