// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { HostNic } from './host-nic';
import type { HostNicInit } from './host-nic';

/**
 * The `unmanaged_network` type of the API, on the wire `<unmanaged_network>` (a list: `<unmanaged_networks>` with one `<unmanaged_network>` per item); 4 attributes and 2 links.
 *
 * Create one with `new UnmanagedNetwork({ ... })`, or pass a plain {@link UnmanagedNetworkInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network}
 */
export class UnmanagedNetwork extends Struct {
  /**
   * `string`. On the wire: XML attribute `id` of `<unmanaged_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `HostNic`. On the wire: element `<host_nic>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `host_nic` link)
   */
  hostNic?: HostNic;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `host` link)
   */
  host?: Host;

  /**
   * Creates a `unmanaged_network` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: UnmanagedNetworkInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.hostNic = undefined;
      this.host = undefined;
    }
  }
}

/**
 * A `unmanaged_network` as the SDK accepts it: a {@link UnmanagedNetwork} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network}
 */
export interface UnmanagedNetworkInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<unmanaged_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network}
   */
  href?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<unmanaged_network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostNicInit` (a `HostNic` or a plain object). On the wire: element `<host_nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `host_nic` link)
   */
  hostNic?: HostNicInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/unmanaged_network | reference: unmanaged_network} (its `host` link)
   */
  host?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(UnmanagedNetwork, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  hostNic: HostNic,
  host: Host,
}));
