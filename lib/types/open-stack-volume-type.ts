// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { OpenStackVolumeProvider } from './open-stack-volume-provider';
import type { OpenStackVolumeProviderInit } from './open-stack-volume-provider';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `open_stack_volume_type` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_type}
 * @deprecated The model marks it deprecated.
 */
export class OpenStackVolumeType extends Struct {
  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_type/attributes/properties} */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_type/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_type/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_type/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_type/attributes/comment} */
  comment?: string;

  /** The `openstack_volume_provider` link (`<openstack_volume_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_volume_type/links/openstack_volume_provider} */
  openstackVolumeProvider?: OpenStackVolumeProvider;

  /** Creates a `open_stack_volume_type`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OpenStackVolumeTypeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `open_stack_volume_type` as the SDK accepts it: a {@link OpenStackVolumeType} or a plain object of the same shape, at any depth. */
export interface OpenStackVolumeTypeInit {
  href?: string;
  properties?: PropertyInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
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
