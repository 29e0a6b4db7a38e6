// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Nic } from './nic';
import type { NicInit } from './nic';

/**
 * The `network_filter_parameter` type of the API, on the wire `<network_filter_parameter>` (a list: `<network_filter_parameters>` with one `<network_filter_parameter>` per item); 5 attributes and 1 link.
 *
 * Create one with `new NetworkFilterParameter({ ... })`, or pass a plain {@link NetworkFilterParameterInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter}
 * @since API 4.2
 */
export class NetworkFilterParameter extends Struct {
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `value` attribute)
   * @since API 4.2
   */
  value?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<network_filter_parameter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Nic`. On the wire: element `<nic>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `nic` link)
   * @since API 4.2
   */
  nic?: Nic;

  /**
   * Creates a `network_filter_parameter` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NetworkFilterParameterInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.value = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.nic = undefined;
    }
  }
}

/**
 * A `network_filter_parameter` as the SDK accepts it: a {@link NetworkFilterParameter} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter}
 */
export interface NetworkFilterParameterInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<network_filter_parameter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `value` attribute)
   * @since API 4.2
   */
  value?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<network_filter_parameter>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `NicInit` (a `Nic` or a plain object). On the wire: element `<nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_filter_parameter | reference: network_filter_parameter} (its `nic` link)
   * @since API 4.2
   */
  nic?: NicInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NetworkFilterParameter, () => ({
  href: VALUE,
  value: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  nic: Nic,
}));
