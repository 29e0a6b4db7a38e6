// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { OpenStackVolumeProvider } from './open-stack-volume-provider';
import type { OpenStackVolumeProviderInit } from './open-stack-volume-provider';
import type { OpenstackVolumeAuthenticationKeyUsageType } from './openstack-volume-authentication-key-usage-type';

/**
 * The `openstack_volume_authentication_key` type of the API, on the wire `<openstack_volume_authentication_key>` (a list: `<openstack_volume_authentication_keys>` with one `<openstack_volume_authentication_key>` per item); 8 attributes and 1 link.
 *
 * Create one with `new OpenstackVolumeAuthenticationKey({ ... })`, or pass a plain {@link OpenstackVolumeAuthenticationKeyInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key}
 * @deprecated The API model marks it deprecated.
 */
export class OpenstackVolumeAuthenticationKey extends Struct {
  /**
   * `string`. On the wire: element `<uuid>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `uuid` attribute)
   */
  uuid?: string;

  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `value` attribute)
   */
  value?: string;

  /**
   * `OpenstackVolumeAuthenticationKeyUsageType` (`ceph`; or another string, from a newer engine). On the wire: element `<usage_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `usage_type` attribute)
   */
  usageType?: OpenstackVolumeAuthenticationKeyUsageType | (string & {});

  /**
   * `Date`. On the wire: element `<creation_date>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `creation_date` attribute)
   */
  creationDate?: Date;

  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_volume_authentication_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `OpenStackVolumeProvider`. On the wire: element `<openstack_volume_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `openstack_volume_provider` link)
   */
  openstackVolumeProvider?: OpenStackVolumeProvider;

  /**
   * Creates a `openstack_volume_authentication_key` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OpenstackVolumeAuthenticationKeyInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.uuid = undefined;
      this.value = undefined;
      this.usageType = undefined;
      this.creationDate = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.openstackVolumeProvider = undefined;
    }
  }
}

/**
 * A `openstack_volume_authentication_key` as the SDK accepts it: a {@link OpenstackVolumeAuthenticationKey} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key}
 */
export interface OpenstackVolumeAuthenticationKeyInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<openstack_volume_authentication_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<uuid>`.
   *
   * Needed by:
   * - `OpenstackVolumeAuthenticationKeysService.add`: `key.uuid`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `uuid` attribute)
   */
  uuid?: string;
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Needed by:
   * - `OpenstackVolumeAuthenticationKeysService.add`: `key.value`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `value` attribute)
   */
  value?: string;
  /**
   * `OpenstackVolumeAuthenticationKeyUsageType` (`ceph`; another string is sent as it is). On the wire: element `<usage_type>`.
   *
   * Needed by:
   * - `OpenstackVolumeAuthenticationKeysService.add`: `key.usageType`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `usage_type` attribute)
   */
  usageType?: OpenstackVolumeAuthenticationKeyUsageType | (string & {});
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<creation_date>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `creation_date` attribute)
   */
  creationDate?: Date | string;
  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_volume_authentication_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `OpenStackVolumeProviderInit` (a `OpenStackVolumeProvider` or a plain object). On the wire: element `<openstack_volume_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/openstack_volume_authentication_key | reference: openstack_volume_authentication_key} (its `openstack_volume_provider` link)
   */
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
