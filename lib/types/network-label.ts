// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';
import { Network } from './network';
import type { NetworkInit } from './network';

/**
 * The `network_label` type of the API, on the wire `<network_label>` (a list: `<network_labels>` with one `<network_label>` per item); 4 attributes and 2 links.
 *
 * Create one with `new NetworkLabel({ ... })`, or pass a plain {@link NetworkLabelInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label}
 */
export class NetworkLabel extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<network_label>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Network`. On the wire: element `<network>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `network` link)
   */
  network?: Network;

  /**
   * `HostNic`. On the wire: element `<host_nic>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `host_nic` link)
   */
  hostNic?: HostNic;

  /**
   * Creates a `network_label` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NetworkLabelInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.network = undefined;
      this.hostNic = undefined;
    }
  }
}

/**
 * A `network_label` as the SDK accepts it: a {@link NetworkLabel} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label}
 */
export interface NetworkLabelInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<network_label>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<network_label>`.
   *
   * Needed by:
   * - `NetworkLabelsService.add`: `label.id`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `NetworkInit` (a `Network` or a plain object). On the wire: element `<network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `network` link)
   */
  network?: NetworkInit;
  /**
   * `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<host_nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/network_label | reference: network_label} (its `host_nic` link)
   */
  hostNic?: HostNicInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(NetworkLabel, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  network: Network,
  hostNic: HostNic,
}));
