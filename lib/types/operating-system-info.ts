// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { Architecture } from './architecture';
import { Icon } from './icon';
import type { IconInit } from './icon';
import type { TpmSupport } from './tpm-support';

/**
 * The `operating_system_info` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system_info}
 */
export class OperatingSystemInfo extends Struct {
  /** The `large_icon` attribute (`<large_icon>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system_info/attributes/large_icon} */
  largeIcon?: Icon;

  /** The `small_icon` attribute (`<small_icon>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system_info/attributes/small_icon} */
  smallIcon?: Icon;

  /**
   * The `architecture` attribute (`<architecture>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system_info/attributes/architecture}
   * @since API 4.2.4
   */
  architecture?: Architecture;

  /**
   * The `tpm_support` attribute (`<tpm_support>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system_info/attributes/tpm_support}
   * @since API 4.5.2
   */
  tpmSupport?: TpmSupport;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system_info/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system_info/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system_info/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/operating_system_info/attributes/comment} */
  comment?: string;

  /** Creates a `operating_system_info`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: OperatingSystemInfoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `operating_system_info` as the SDK accepts it: a {@link OperatingSystemInfo} or a plain object of the same shape, at any depth. */
export interface OperatingSystemInfoInit {
  href?: string;
  largeIcon?: IconInit;
  smallIcon?: IconInit;
  architecture?: Architecture;
  tpmSupport?: TpmSupport;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(OperatingSystemInfo, () => ({
  href: VALUE,
  largeIcon: Icon,
  smallIcon: Icon,
  architecture: VALUE,
  tpmSupport: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
