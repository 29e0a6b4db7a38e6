// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { ExternalHostProvider } from './external-host-provider';
import type { ExternalHostProviderInit } from './external-host-provider';

/**
 * The `external_compute_resource` type of the API, on the wire `<external_compute_resource>` (a list: `<external_compute_resources>` with one `<external_compute_resource>` per item); 7 attributes and 1 link.
 *
 * Create one with `new ExternalComputeResource({ ... })`, or pass a plain {@link ExternalComputeResourceInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource}
 */
export class ExternalComputeResource extends Struct {
  /**
   * `string`. On the wire: element `<provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `provider` attribute)
   */
  provider?: string;

  /**
   * `string`. On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `user` attribute)
   */
  user?: string;

  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `url` attribute)
   */
  url?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<external_compute_resource>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `ExternalHostProvider`. On the wire: element `<external_host_provider>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `external_host_provider` link)
   */
  externalHostProvider?: ExternalHostProvider;

  /**
   * Creates a `external_compute_resource` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ExternalComputeResourceInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.provider = undefined;
      this.user = undefined;
      this.url = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.externalHostProvider = undefined;
    }
  }
}

/**
 * A `external_compute_resource` as the SDK accepts it: a {@link ExternalComputeResource} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource}
 */
export interface ExternalComputeResourceInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<external_compute_resource>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `provider` attribute)
   */
  provider?: string;
  /**
   * `string`. On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `user` attribute)
   */
  user?: string;
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `url` attribute)
   */
  url?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<external_compute_resource>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `ExternalHostProviderInit` (a `ExternalHostProvider` or a plain object). On the wire: element `<external_host_provider>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_compute_resource | reference: external_compute_resource} (its `external_host_provider` link)
   */
  externalHostProvider?: ExternalHostProviderInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ExternalComputeResource, () => ({
  href: VALUE,
  provider: VALUE,
  user: VALUE,
  url: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  externalHostProvider: ExternalHostProvider,
}));
