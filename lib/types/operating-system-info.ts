// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { Architecture } from './architecture';
import { Icon } from './icon';
import type { IconInit } from './icon';
import type { TpmSupport } from './tpm-support';

/**
 * The `operating_system_info` type of the API, on the wire `<operating_system>` (a list: `<operation_systems>` with one `<operating_system>` per item); 8 attributes and 0 links.
 *
 * Create one with `new OperatingSystemInfo({ ... })`, or pass a plain {@link OperatingSystemInfoInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info}
 */
export class OperatingSystemInfo extends Struct {
  /**
   * `Icon`. On the wire: element `<large_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `large_icon` attribute)
   */
  largeIcon?: Icon;

  /**
   * `Icon`. On the wire: element `<small_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `small_icon` attribute)
   */
  smallIcon?: Icon;

  /**
   * `Architecture` (`undefined`, `x86_64`, `ppc64`, `s390x`, `aarch64`, `loongarch64`; or another string, from a newer engine). On the wire: element `<architecture>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `architecture` attribute)
   * @since API 4.2.4
   */
  architecture?: Architecture | (string & {});

  /**
   * `TpmSupport` (`unsupported`, `supported`, `required`; or another string, from a newer engine). On the wire: element `<tpm_support>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `tpm_support` attribute)
   * @since API 4.5.2
   */
  tpmSupport?: TpmSupport | (string & {});

  /**
   * `string`. On the wire: XML attribute `id` of `<operating_system>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `operating_system_info` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: OperatingSystemInfoInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.largeIcon = undefined;
      this.smallIcon = undefined;
      this.architecture = undefined;
      this.tpmSupport = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `operating_system_info` as the SDK accepts it: a {@link OperatingSystemInfo} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info}
 */
export interface OperatingSystemInfoInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<operating_system>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info}
   */
  href?: string;
  /**
   * `IconInit` (a `Icon` or a plain object). On the wire: element `<large_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `large_icon` attribute)
   */
  largeIcon?: IconInit;
  /**
   * `IconInit` (a `Icon` or a plain object). On the wire: element `<small_icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `small_icon` attribute)
   */
  smallIcon?: IconInit;
  /**
   * `Architecture` (`undefined`, `x86_64`, `ppc64`, `s390x`, `aarch64`, `loongarch64`; another string is sent as it is). On the wire: element `<architecture>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `architecture` attribute)
   * @since API 4.2.4
   */
  architecture?: Architecture | (string & {});
  /**
   * `TpmSupport` (`unsupported`, `supported`, `required`; another string is sent as it is). On the wire: element `<tpm_support>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `tpm_support` attribute)
   * @since API 4.5.2
   */
  tpmSupport?: TpmSupport | (string & {});
  /**
   * `string`. On the wire: XML attribute `id` of `<operating_system>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/operating_system_info | reference: operating_system_info} (its `comment` attribute)
   */
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
