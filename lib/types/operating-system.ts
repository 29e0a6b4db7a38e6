// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Boot } from './boot';
import type { BootInit } from './boot';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `operating_system` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system}
 */
export class OperatingSystem extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system/attributes/type} */
  type?: string;

  /** The `boot` attribute (`<boot>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system/attributes/boot} */
  boot?: Boot;

  /** The `kernel` attribute (`<kernel>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system/attributes/kernel} */
  kernel?: string;

  /** The `initrd` attribute (`<initrd>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system/attributes/initrd} */
  initrd?: string;

  /** The `cmdline` attribute (`<cmdline>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system/attributes/cmdline} */
  cmdline?: string;

  /** The `reported_kernel_cmdline` attribute (`<reported_kernel_cmdline>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system/attributes/reported_kernel_cmdline} */
  reportedKernelCmdline?: string;

  /** The `custom_kernel_cmdline` attribute (`<custom_kernel_cmdline>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system/attributes/custom_kernel_cmdline} */
  customKernelCmdline?: string;

  /**
   * The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system/attributes/description}
   * @since API 4.6.1
   */
  description?: string;

  /** The `version` attribute (`<version>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system/attributes/version} */
  version?: Version;

  /** Creates a `operating_system`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OperatingSystemInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `operating_system` as the SDK accepts it: a {@link OperatingSystem} or a plain object of the same shape, at any depth. */
export interface OperatingSystemInit {
  href?: string;
  type?: string;
  boot?: BootInit;
  kernel?: string;
  initrd?: string;
  cmdline?: string;
  reportedKernelCmdline?: string;
  customKernelCmdline?: string;
  description?: string;
  version?: VersionInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OperatingSystem, () => ({
  href: VALUE,
  type: VALUE,
  boot: Boot,
  kernel: VALUE,
  initrd: VALUE,
  cmdline: VALUE,
  reportedKernelCmdline: VALUE,
  customKernelCmdline: VALUE,
  description: VALUE,
  version: Version,
}));
