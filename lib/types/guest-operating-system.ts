// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Kernel } from './kernel';
import type { KernelInit } from './kernel';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `guest_operating_system` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/guest_operating_system}
 */
export class GuestOperatingSystem extends Struct {
  /** The `architecture` attribute (`<architecture>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/guest_operating_system/attributes/architecture} */
  architecture?: string;

  /** The `codename` attribute (`<codename>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/guest_operating_system/attributes/codename} */
  codename?: string;

  /** The `distribution` attribute (`<distribution>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/guest_operating_system/attributes/distribution} */
  distribution?: string;

  /** The `kernel` attribute (`<kernel>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/guest_operating_system/attributes/kernel} */
  kernel?: Kernel;

  /** The `family` attribute (`<family>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/guest_operating_system/attributes/family} */
  family?: string;

  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/guest_operating_system/attributes/version} */
  version?: Version;

  /** Creates a `guest_operating_system`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GuestOperatingSystemInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `guest_operating_system` as the SDK accepts it: a {@link GuestOperatingSystem} or a plain object of the same shape, at any depth. */
export interface GuestOperatingSystemInit {
  href?: string;
  architecture?: string;
  codename?: string;
  distribution?: string;
  kernel?: KernelInit;
  family?: string;
  version?: VersionInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GuestOperatingSystem, () => ({
  href: VALUE,
  architecture: VALUE,
  codename: VALUE,
  distribution: VALUE,
  kernel: Kernel,
  family: VALUE,
  version: Version,
}));
