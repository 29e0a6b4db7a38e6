// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Property } from './property';
import type { PropertyInit } from './property';

/**
 * The `open_stack_provider` type of the API, on the wire `<open_stack_provider>` (a list: `<open_stack_providers>` with one `<open_stack_provider>` per item); 11 attributes and 0 links.
 *
 * Create one with `new OpenStackProvider({ ... })`, or pass a plain {@link OpenStackProviderInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider}
 */
export class OpenStackProvider extends Struct {
  /**
   * `string`. On the wire: element `<tenant_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `tenant_name` attribute)
   */
  tenantName?: string;

  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `url` attribute)
   */
  url?: string;

  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;

  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `username` attribute)
   */
  username?: string;

  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `password` attribute)
   */
  password?: string;

  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;

  /**
   * A list of `Property`. On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `properties` attribute)
   */
  properties?: List<Property>;

  /**
   * `string`. On the wire: XML attribute `id` of `<open_stack_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `open_stack_provider` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OpenStackProviderInit) {
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
    }
  }
}

/**
 * A `open_stack_provider` as the SDK accepts it: a {@link OpenStackProvider} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider}
 */
export interface OpenStackProviderInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<open_stack_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<tenant_name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `tenant_name` attribute)
   */
  tenantName?: string;
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `url` attribute)
   */
  url?: string;
  /**
   * `boolean`. On the wire: element `<requires_authentication>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `requires_authentication` attribute)
   */
  requiresAuthentication?: boolean;
  /**
   * `string`. On the wire: element `<username>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `username` attribute)
   */
  username?: string;
  /**
   * `string`. On the wire: element `<password>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `password` attribute)
   */
  password?: string;
  /**
   * `string`. On the wire: element `<authentication_url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `authentication_url` attribute)
   */
  authenticationUrl?: string;
  /**
   * A list of `PropertyInit` (a `Property` or a plain object). On the wire: element `<properties>` with one `<property>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `properties` attribute)
   */
  properties?: PropertyInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<open_stack_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/open_stack_provider | reference: open_stack_provider} (its `comment` attribute)
   */
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
