// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `open_stack_provider` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider}
 */
export class OpenStackProvider extends Struct {
  /** The `tenant_name` attribute (`<tenant_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/tenant_name} */
  tenantName?: string;

  /** The `url` attribute (`<url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/url} */
  url?: string;

  /** The `requires_authentication` attribute (`<requires_authentication>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/requires_authentication} */
  requiresAuthentication?: boolean;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/password} */
  password?: string;

  /** The `authentication_url` attribute (`<authentication_url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/authentication_url} */
  authenticationUrl?: string;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/properties} */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/open_stack_provider/attributes/comment} */
  comment?: string;

  /** Creates a `open_stack_provider`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OpenStackProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `open_stack_provider` as the SDK accepts it: a {@link OpenStackProvider} or a plain object of the same shape, at any depth. */
export interface OpenStackProviderInit {
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
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OpenStackProvider, () => ({
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
}));
