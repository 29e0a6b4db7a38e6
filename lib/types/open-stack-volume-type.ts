// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { OpenStackVolumeProvider } from './open-stack-volume-provider';
import type { OpenStackVolumeProviderInit } from './open-stack-volume-provider';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `open_stack_volume_type` type of the API, on the wire `<open_stack_volume_type>` (a list: `<open_stack_volume_types>` with one `<open_stack_volume_type>` per item); 5 attributes and 1 link.
 *
 * Create one with `new OpenStackVolumeType({ ... })`, or pass a plain {@link OpenStackVolumeTypeInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type}
 * @deprecated The API model marks it deprecated.
 */
export class OpenStackVolumeType extends Struct {
  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<open_stack_volume_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `OpenStackVolumeProvider`. On the wire: element `<openstack_volume_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `openstack_volume_provider` link)
   */
  openstackVolumeProvider?: OpenStackVolumeProvider;

  /**
   * Creates a `open_stack_volume_type` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OpenStackVolumeTypeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.properties = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.openstackVolumeProvider = undefined;
    }
  }
}

/**
 * A `open_stack_volume_type` as the SDK accepts it: a {@link OpenStackVolumeType} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type}
 */
export interface OpenStackVolumeTypeInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<open_stack_volume_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type}
   */
  href?: string;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<open_stack_volume_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `OpenStackVolumeProviderInit` (a `OpenStackVolumeProvider` or a plain object). On the wire: element `<openstack_volume_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_volume_type | reference: open_stack_volume_type} (its `openstack_volume_provider` link)
   */
  openstackVolumeProvider?: OpenStackVolumeProviderInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OpenStackVolumeType, () => ({
  href: VALUE,
  properties: [Property],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  openstackVolumeProvider: OpenStackVolumeProvider,
}));
