// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `vcpu_pin` type of the API, on the wire `<vcpu_pin>` (a list: `<vcpu_pins>` with one `<vcpu_pin>` per item); 2 attributes and 0 links.
 *
 * Create one with `new VcpuPin({ ... })`, or pass a plain {@link VcpuPinInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vcpu_pin | reference: vcpu_pin}
 */
export class VcpuPin extends Struct {
  /**
   * `number` (an integer). On the wire: element `<vcpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vcpu_pin | reference: vcpu_pin} (its `vcpu` attribute)
   */
  vcpu?: number;

  /**
   * `string`. On the wire: element `<cpu_set>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vcpu_pin | reference: vcpu_pin} (its `cpu_set` attribute)
   */
  cpuSet?: string;

  /**
   * Creates a `vcpu_pin` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VcpuPinInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.vcpu = undefined;
      this.cpuSet = undefined;
    }
  }
}

/**
 * A `vcpu_pin` as the SDK accepts it: a {@link VcpuPin} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vcpu_pin | reference: vcpu_pin}
 */
export interface VcpuPinInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<vcpu_pin>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vcpu_pin | reference: vcpu_pin}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<vcpu>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vcpu_pin | reference: vcpu_pin} (its `vcpu` attribute)
   */
  vcpu?: number;
  /**
   * `string`. On the wire: element `<cpu_set>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/vcpu_pin | reference: vcpu_pin} (its `cpu_set` attribute)
   */
  cpuSet?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VcpuPin, () => ({
  href: VALUE,
  vcpu: VALUE,
  cpuSet: VALUE,
}));
