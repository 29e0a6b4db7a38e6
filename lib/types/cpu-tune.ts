// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { VcpuPin } from './vcpu-pin';
import type { VcpuPinInit } from './vcpu-pin';

/**
 * The `cpu_tune` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_tune}
 */
export class CpuTune extends Struct {
  /** The `vcpu_pins` attribute (`<vcpu_pins>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cpu_tune/attributes/vcpu_pins} */
  vcpuPins?: List<VcpuPin>;

  /** Creates a `cpu_tune`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: CpuTuneInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `cpu_tune` as the SDK accepts it: a {@link CpuTune} or a plain object of the same shape, at any depth. */
export interface CpuTuneInit {
  href?: string;
  vcpuPins?: VcpuPinInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(CpuTune, () => ({
  href: VALUE,
  vcpuPins: [VcpuPin],
}));
