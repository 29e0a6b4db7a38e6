// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `vnic_profile` type of the API, on the wire `<vnic_profile>` (a list: `<vnic_profiles>` with one `<vnic_profile>` per item); 8 attributes and 5 links.
 *
 * Create one with `new VnicProfile({ ... })`, or pass a plain {@link VnicProfileInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile}
 */
export class VnicProfile extends Struct {
  /**
   * `boolean`. On the wire: element `<port_mirroring>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `port_mirroring` attribute)
   */
  portMirroring?: boolean;

  /**
   * A list of `CustomProperty`. On the wire: element `<custom_properties>` with one `<custom_property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `custom_properties` attribute)
   */
  customProperties?: List<CustomProperty>;

  /**
   * `VnicPassThrough`. On the wire: element `<pass_through>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `pass_through` attribute)
   */
  passThrough?: VnicPassThrough;

  /**
   * `boolean`. On the wire: element `<migratable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `migratable` attribute)
   * @since API 4.1
   */
  migratable?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<vnic_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Network`. On the wire: element `<network>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `network` link)
   */
  network?: Network;

  /**
   * `Qos`. On the wire: element `<qos>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `qos` link)
   */
  qos?: Qos;

  /**
   * `NetworkFilter`. On the wire: element `<network_filter>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `network_filter` link)
   */
  networkFilter?: NetworkFilter;

  /**
   * `VnicProfile`. On the wire: element `<failover>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `failover` link)
   * @since API 4.4.6
   */
  failover?: VnicProfile;

  /**
   * A list of `Permission`. On the wire: a link, `<link rel="permissions" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<permissions>` with one `<permission>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `permissions` link)
   */
  permissions?: List<Permission>;

  /**
   * Creates a `vnic_profile` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VnicProfileInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.portMirroring = undefined;
      this.customProperties = undefined;
      this.passThrough = undefined;
      this.migratable = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.network = undefined;
      this.qos = undefined;
      this.networkFilter = undefined;
      this.failover = undefined;
      this.permissions = undefined;
    }
  }
}

/**
 * A `vnic_profile` as the SDK accepts it: a {@link VnicProfile} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile}
 */
export interface VnicProfileInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vnic_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<port_mirroring>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `port_mirroring` attribute)
   */
  portMirroring?: boolean;
  /**
   * A list of `CustomPropertyInit` (a `CustomProperty` or a plain object). On the wire: element `<custom_properties>` with one `<custom_property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `custom_properties` attribute)
   */
  customProperties?: CustomPropertyInit[];
  /**
   * `VnicPassThroughInit` (a `VnicPassThrough` or a plain object). On the wire: element `<pass_through>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `pass_through` attribute)
   */
  passThrough?: VnicPassThroughInit;
  /**
   * `boolean`. On the wire: element `<migratable>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `migratable` attribute)
   * @since API 4.1
   */
  migratable?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<vnic_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `AssignedVnicProfilesService.add`: `profile.name`
   * - `VnicProfilesService.add`: `profile.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `NetworkInit` (a `Network` or a plain object). On the wire: element `<network>`.
   *
   * Needed by:
   * - `VnicProfilesService.add`: `profile.network.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `network` link)
   */
  network?: NetworkInit;
  /**
   * `QosInit` (a `Qos` or a plain object). On the wire: element `<qos>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `qos` link)
   */
  qos?: QosInit;
  /**
   * `NetworkFilterInit` (a `NetworkFilter` or a plain object). On the wire: element `<network_filter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `network_filter` link)
   */
  networkFilter?: NetworkFilterInit;
  /**
   * `VnicProfileInit` (a `VnicProfile` or a plain object). On the wire: element `<failover>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `failover` link)
   * @since API 4.4.6
   */
  failover?: VnicProfileInit;
  /**
   * A list of `PermissionInit` (a `Permission` or a plain object). On the wire: element `<permissions>` with one `<permission>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vnic_profile | reference: vnic_profile} (its `permissions` link)
   */
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
