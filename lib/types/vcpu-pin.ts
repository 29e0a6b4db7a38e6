// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `vcpu_pin` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vcpu_pin}
 */
export class VcpuPin extends Struct {
  /** The `vcpu` attribute (`<vcpu>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vcpu_pin/attributes/vcpu} */
  vcpu?: number;

  /** The `cpu_set` attribute (`<cpu_set>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/vcpu_pin/attributes/cpu_set} */
  cpuSet?: string;

  /** Creates a `vcpu_pin`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: VcpuPinInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `vcpu_pin` as the SDK accepts it: a {@link VcpuPin} or a plain object of the same shape, at any depth. */
export interface VcpuPinInit {
  href?: string;
  vcpu?: number;
  cpuSet?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(VcpuPin, () => ({
  href: VALUE,
  vcpu: VALUE,
  cpuSet: VALUE,
}));
