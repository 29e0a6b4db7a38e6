// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Boot } from './boot';
import type { BootInit } from './boot';
import { Version } from './version';
import type { VersionInit } from './version';

/**
 * The `operating_system` type of the API, on the wire `<os>` (a list: `<oss>` with one `<os>` per item); 9 attributes and 0 links.
 *
 * Create one with `new OperatingSystem({ ... })`, or pass a plain {@link OperatingSystemInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system}
 */
export class OperatingSystem extends Struct {
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `type` attribute)
   */
  type?: string;

  /**
   * `Boot`. On the wire: element `<boot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `boot` attribute)
   */
  boot?: Boot;

  /**
   * `string`. On the wire: element `<kernel>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `kernel` attribute)
   */
  kernel?: string;

  /**
   * `string`. On the wire: element `<initrd>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `initrd` attribute)
   */
  initrd?: string;

  /**
   * `string`. On the wire: element `<cmdline>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `cmdline` attribute)
   */
  cmdline?: string;

  /**
   * `string`. On the wire: element `<reported_kernel_cmdline>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `reported_kernel_cmdline` attribute)
   */
  reportedKernelCmdline?: string;

  /**
   * `string`. On the wire: element `<custom_kernel_cmdline>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `custom_kernel_cmdline` attribute)
   */
  customKernelCmdline?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `description` attribute)
   * @since API 4.6.1
   */
  description?: string;

  /**
   * `Version`. On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `version` attribute)
   */
  version?: Version;

  /**
   * Creates a `operating_system` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OperatingSystemInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.boot = undefined;
      this.kernel = undefined;
      this.initrd = undefined;
      this.cmdline = undefined;
      this.reportedKernelCmdline = undefined;
      this.customKernelCmdline = undefined;
      this.description = undefined;
      this.version = undefined;
    }
  }
}

/**
 * A `operating_system` as the SDK accepts it: a {@link OperatingSystem} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system}
 */
export interface OperatingSystemInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<os>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `type` attribute)
   */
  type?: string;
  /**
   * `BootInit` (a `Boot` or a plain object). On the wire: element `<boot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `boot` attribute)
   */
  boot?: BootInit;
  /**
   * `string`. On the wire: element `<kernel>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `kernel` attribute)
   */
  kernel?: string;
  /**
   * `string`. On the wire: element `<initrd>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `initrd` attribute)
   */
  initrd?: string;
  /**
   * `string`. On the wire: element `<cmdline>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `cmdline` attribute)
   */
  cmdline?: string;
  /**
   * `string`. On the wire: element `<reported_kernel_cmdline>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `reported_kernel_cmdline` attribute)
   */
  reportedKernelCmdline?: string;
  /**
   * `string`. On the wire: element `<custom_kernel_cmdline>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `custom_kernel_cmdline` attribute)
   */
  customKernelCmdline?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `description` attribute)
   * @since API 4.6.1
   */
  description?: string;
  /**
   * `VersionInit` (a `Version` or a plain object). On the wire: element `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system | reference: operating_system} (its `version` attribute)
   */
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
