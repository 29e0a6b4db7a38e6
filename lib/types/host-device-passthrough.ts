// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `host_device_passthrough` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device_passthrough}
 */
export class HostDevicePassthrough extends Struct {
  /** The `enabled` attribute (`<enabled>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/host_device_passthrough/attributes/enabled} */
  enabled?: boolean;

  /** Creates a `host_device_passthrough`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HostDevicePassthroughInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `host_device_passthrough` as the SDK accepts it: a {@link HostDevicePassthrough} or a plain object of the same shape, at any depth. */
export interface HostDevicePassthroughInit {
  href?: string;
  enabled?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostDevicePassthrough, () => ({
  href: VALUE,
  enabled: VALUE,
}));
