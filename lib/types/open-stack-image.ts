// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { OpenStackImageProvider } from './open-stack-image-provider';
import type { OpenStackImageProviderInit } from './open-stack-image-provider';

/**
 * The `open_stack_image` type of the API, on the wire `<openstack_image>` (a list: `<openstack_images>` with one `<openstack_image>` per item); 4 attributes and 1 link.
 *
 * Create one with `new OpenStackImage({ ... })`, or pass a plain {@link OpenStackImageInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image}
 */
export class OpenStackImage extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_image>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `OpenStackImageProvider`. On the wire: element `<openstack_image_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `openstack_image_provider` link)
   */
  openstackImageProvider?: OpenStackImageProvider;

  /**
   * Creates a `open_stack_image` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OpenStackImageInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.openstackImageProvider = undefined;
    }
  }
}

/**
 * A `open_stack_image` as the SDK accepts it: a {@link OpenStackImage} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image}
 */
export interface OpenStackImageInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<openstack_image>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_image>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `OpenStackImageProviderInit` (a `OpenStackImageProvider` or a plain object). On the wire: element `<openstack_image_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image | reference: open_stack_image} (its `openstack_image_provider` link)
   */
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
