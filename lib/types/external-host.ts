// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { ExternalHostProvider } from './external-host-provider';
import type { ExternalHostProviderInit } from './external-host-provider';

/**
 * The `external_host` type of the API, on the wire `<external_host>` (a list: `<external_hosts>` with one `<external_host>` per item); 5 attributes and 1 link.
 *
 * Create one with `new ExternalHost({ ... })`, or pass a plain {@link ExternalHostInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host}
 */
export class ExternalHost extends Struct {
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `address` attribute)
   */
  address?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<external_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `ExternalHostProvider`. On the wire: element `<external_host_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `external_host_provider` link)
   */
  externalHostProvider?: ExternalHostProvider;

  /**
   * Creates a `external_host` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ExternalHostInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.address = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.externalHostProvider = undefined;
    }
  }
}

/**
 * A `external_host` as the SDK accepts it: a {@link ExternalHost} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host}
 */
export interface ExternalHostInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<external_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `address` attribute)
   */
  address?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<external_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ExternalHostProviderInit` (a `ExternalHostProvider` or a plain object). On the wire: element `<external_host_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_host | reference: external_host} (its `external_host_provider` link)
   */
  externalHostProvider?: ExternalHostProviderInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ExternalHost, () => ({
  href: VALUE,
  address: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  externalHostProvider: ExternalHostProvider,
}));
