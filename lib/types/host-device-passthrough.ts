// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `host_device_passthrough` type of the API, on the wire `<host_device_passthrough>` (a list: `<host_device_passthroughs>` with one `<host_device_passthrough>` per item); 1 attribute and 0 links.
 *
 * Create one with `new HostDevicePassthrough({ ... })`, or pass a plain {@link HostDevicePassthroughInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device_passthrough | reference: host_device_passthrough}
 */
export class HostDevicePassthrough extends Struct {
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device_passthrough | reference: host_device_passthrough} (its `enabled` attribute)
   */
  enabled?: boolean;

  /**
   * Creates a `host_device_passthrough` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HostDevicePassthroughInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.enabled = undefined;
    }
  }
}

/**
 * A `host_device_passthrough` as the SDK accepts it: a {@link HostDevicePassthrough} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device_passthrough | reference: host_device_passthrough}
 */
export interface HostDevicePassthroughInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<host_device_passthrough>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device_passthrough | reference: host_device_passthrough}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<enabled>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/host_device_passthrough | reference: host_device_passthrough} (its `enabled` attribute)
   */
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostDevicePassthrough, () => ({
  href: VALUE,
  enabled: VALUE,
}));
