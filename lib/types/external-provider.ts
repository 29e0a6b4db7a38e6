// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `external_provider` type of the API, on the wire `<external_provider>` (a list: `<external_providers>` with one `<external_provider>` per item); 10 attributes and 0 links.
 *
 * Create one with `new ExternalProvider({ ... })`, or pass a plain {@link ExternalProviderInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider}
 */
export class ExternalProvider extends Struct {
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `url` attribute)
   */
  url?: string;

  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<external_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `external_provider` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ExternalProviderInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
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
    }
  }
}

/**
 * A `external_provider` as the SDK accepts it: a {@link ExternalProvider} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider}
 */
export interface ExternalProviderInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<external_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `url` attribute)
   */
  url?: string;
  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<external_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_provider | reference: external_provider} (its `comment` attribute)
   */
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
