// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { VcpuPin } from './vcpu-pin';
import type { VcpuPinInit } from './vcpu-pin';

/**
 * The `cpu_tune` type of the API, on the wire `<cpu_tune>` (a list: `<cpu_tunes>` with one `<cpu_tune>` per item); 1 attribute and 0 links.
 *
 * Create one with `new CpuTune({ ... })`, or pass a plain {@link CpuTuneInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_tune | reference: cpu_tune}
 */
export class CpuTune extends Struct {
  /**
   * A list of `VcpuPin`. On the wire: element `<vcpu_pins>` with one `<vcpu_pin>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_tune | reference: cpu_tune} (its `vcpu_pins` attribute)
   */
  vcpuPins?: List<VcpuPin>;

  /**
   * Creates a `cpu_tune` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: CpuTuneInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.vcpuPins = undefined;
    }
  }
}

/**
 * A `cpu_tune` as the SDK accepts it: a {@link CpuTune} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_tune | reference: cpu_tune}
 */
export interface CpuTuneInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<cpu_tune>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_tune | reference: cpu_tune}
   */
  href?: string;
  /**
   * A list of `VcpuPinInit` (a `VcpuPin` or a plain object). On the wire: element `<vcpu_pins>` with one `<vcpu_pin>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/cpu_tune | reference: cpu_tune} (its `vcpu_pins` attribute)
   */
  vcpuPins?: VcpuPinInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CpuTune, () => ({
  href: VALUE,
  vcpuPins: [VcpuPin],
}));
