// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Certificate } from './certificate';
import type { CertificateInit } from './certificate';
import { OpenStackImage } from './open-stack-image';
import type { OpenStackImageInit } from './open-stack-image';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `open_stack_image_provider` type of the API, on the wire `<openstack_image_provider>` (a list: `<openstack_image_providers>` with one `<openstack_image_provider>` per item); 11 attributes and 2 links.
 *
 * Create one with `new OpenStackImageProvider({ ... })`, or pass a plain {@link OpenStackImageProviderInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider}
 */
export class OpenStackImageProvider extends Struct {
  /**
   * `string`. On the wire: element `<tenant_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `tenant_name` attribute)
   */
  tenantName?: string;

  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `url` attribute)
   */
  url?: string;

  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_image_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `comment` attribute)
   */
  comment?: string;

  /**
   * A list of `Certificate`. On the wire: a link, `<link rel="certificates" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<certificates>` with one `<certificate>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `certificates` link)
   */
  certificates?: List<Certificate>;

  /**
   * A list of `OpenStackImage`. On the wire: a link, `<link rel="images" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<images>` with one `<openstack_image>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `images` link)
   */
  images?: List<OpenStackImage>;

  /**
   * Creates a `open_stack_image_provider` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OpenStackImageProviderInit) {
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
      this.certificates = undefined;
      this.images = undefined;
    }
  }
}

/**
 * A `open_stack_image_provider` as the SDK accepts it: a {@link OpenStackImageProvider} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider}
 */
export interface OpenStackImageProviderInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<openstack_image_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<tenant_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `tenant_name` attribute)
   */
  tenantName?: string;
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `url` attribute)
   */
  url?: string;
  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<openstack_image_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `OpenstackImageProvidersService.add`: `provider.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `comment` attribute)
   */
  comment?: string;
  /**
   * A list of `CertificateInit` (a `Certificate` or a plain object). On the wire: element `<certificates>` with one `<certificate>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `certificates` link)
   */
  certificates?: CertificateInit[];
  /**
   * A list of `OpenStackImageInit` (a `OpenStackImage` or a plain object). On the wire: element `<images>` with one `<openstack_image>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_image_provider | reference: open_stack_image_provider} (its `images` link)
   */
  images?: OpenStackImageInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OpenStackImageProvider, () => ({
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
  certificates: [Certificate],
  images: [OpenStackImage],
}));
