// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Certificate } from './certificate';
import type { CertificateInit } from './certificate';
import { OpenStackImage } from './open-stack-image';
import type { OpenStackImageInit } from './open-stack-image';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `open_stack_image_provider` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider}
 */
export class OpenStackImageProvider extends Struct {
  /** The `tenant_name` attribute (`<tenant_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/tenant_name} */
  tenantName?: string;

  /** The `url` attribute (`<url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/url} */
  url?: string;

  /** The `requires_authentication` attribute (`<requires_authentication>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/requires_authentication} */
  requiresAuthentication?: boolean;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/password} */
  password?: string;

  /** The `authentication_url` attribute (`<authentication_url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/authentication_url} */
  authenticationUrl?: string;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/properties} */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/attributes/comment} */
  comment?: string;

  /** The `certificates` link (`<certificates>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/links/certificates} */
  certificates?: List<Certificate>;

  /** The `images` link (`<images>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_image_provider/links/images} */
  images?: List<OpenStackImage>;

  /** Creates a `open_stack_image_provider`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OpenStackImageProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `open_stack_image_provider` as the SDK accepts it: a {@link OpenStackImageProvider} or a plain object of the same shape, at any depth. */
export interface OpenStackImageProviderInit {
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
  certificates?: CertificateInit[];
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
