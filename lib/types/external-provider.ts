// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `external_provider` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider}
 */
export class ExternalProvider extends Struct {
  /** The `url` attribute (`<url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/url} */
  url?: string;

  /** The `requires_authentication` attribute (`<requires_authentication>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/requires_authentication} */
  requiresAuthentication?: boolean;

  /** The `username` attribute (`<username>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/username} */
  username?: string;

  /** The `password` attribute (`<password>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/password} */
  password?: string;

  /** The `authentication_url` attribute (`<authentication_url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/authentication_url} */
  authenticationUrl?: string;

  /** The `properties` attribute (`<properties>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/properties} */
  properties?: List<Property>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_provider/attributes/comment} */
  comment?: string;

  /** Creates a `external_provider`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ExternalProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `external_provider` as the SDK accepts it: a {@link ExternalProvider} or a plain object of the same shape, at any depth. */
export interface ExternalProviderInit {
  href?: string;
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
const MEMBERS = initTable(ExternalProvider, () => ({
  href: VALUE,
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
