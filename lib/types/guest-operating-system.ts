// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Kernel } from './kernel';
import type { KernelInit } from './kernel';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `guest_operating_system` type of the API, on the wire `<guest_operating_system>` (a list: `<guest_operating_systems>` with one `<guest_operating_system>` per item); 6 attributes and 0 links.
 *
 * Create one with `new GuestOperatingSystem({ ... })`, or pass a plain {@link GuestOperatingSystemInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system}
 */
export class GuestOperatingSystem extends Struct {
  /**
   * `string`. On the wire: element `<architecture>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `architecture` attribute)
   */
  architecture?: string;

  /**
   * `string`. On the wire: element `<codename>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `codename` attribute)
   */
  codename?: string;

  /**
   * `string`. On the wire: element `<distribution>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `distribution` attribute)
   */
  distribution?: string;

  /**
   * `Kernel`. On the wire: element `<kernel>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `kernel` attribute)
   */
  kernel?: Kernel;

  /**
   * `string`. On the wire: element `<family>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `family` attribute)
   */
  family?: string;

  /**
   * `Version`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `version` attribute)
   */
  version?: Version;

  /**
   * Creates a `guest_operating_system` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GuestOperatingSystemInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.architecture = undefined;
      this.codename = undefined;
      this.distribution = undefined;
      this.kernel = undefined;
      this.family = undefined;
      this.version = undefined;
    }
  }
}

/**
 * A `guest_operating_system` as the SDK accepts it: a {@link GuestOperatingSystem} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system}
 */
export interface GuestOperatingSystemInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<guest_operating_system>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<architecture>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `architecture` attribute)
   */
  architecture?: string;
  /**
   * `string`. On the wire: element `<codename>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `codename` attribute)
   */
  codename?: string;
  /**
   * `string`. On the wire: element `<distribution>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `distribution` attribute)
   */
  distribution?: string;
  /**
   * `KernelInit` (a `Kernel` or a plain object). On the wire: element `<kernel>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `kernel` attribute)
   */
  kernel?: KernelInit;
  /**
   * `string`. On the wire: element `<family>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `family` attribute)
   */
  family?: string;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/guest_operating_system | reference: guest_operating_system} (its `version` attribute)
   */
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
