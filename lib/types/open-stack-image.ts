// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { OpenStackImageProvider } from './open-stack-image-provider';
import type { OpenStackImageProviderInit } from './open-stack-image-provider';

/**
 * The `open_stack_image` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image}
 */
export class OpenStackImage extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image/attributes/comment} */
  comment?: string;

  /** The `openstack_image_provider` link (`<openstack_image_provider>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image/links/openstack_image_provider} */
  openstackImageProvider?: OpenStackImageProvider;

  /** Creates a `open_stack_image`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OpenStackImageInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `open_stack_image` as the SDK accepts it: a {@link OpenStackImage} or a plain object of the same shape, at any depth. */
export interface OpenStackImageInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  openstackImageProvider?: OpenStackImageProviderInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OpenStackImage, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  openstackImageProvider: OpenStackImageProvider,
}));
