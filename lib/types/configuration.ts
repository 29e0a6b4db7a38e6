// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { ConfigurationType } from './configuration-type';

/**
 * The `configuration` type of the API, on the wire `<configuration>` (a list: `<configurations>` with one `<configuration>` per item); 2 attributes and 0 links.
 *
 * Create one with `new Configuration({ ... })`, or pass a plain {@link ConfigurationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration | reference: configuration}
 */
export class Configuration extends Struct {
  /**
   * `ConfigurationType` (`ovf`, `ova`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration | reference: configuration} (its `type` attribute)
   */
  type?: ConfigurationType | (string & {});

  /**
   * `string`. On the wire: element `<data>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration | reference: configuration} (its `data` attribute)
   */
  data?: string;

  /**
   * Creates a `configuration` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.data = undefined;
    }
  }
}

/**
 * A `configuration` as the SDK accepts it: a {@link Configuration} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration | reference: configuration}
 */
export interface ConfigurationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration | reference: configuration}
   */
  href?: string;
  /**
   * `ConfigurationType` (`ovf`, `ova`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Needed by:
   * - `TemplatesService.addFromConfiguration`: `template.initialization.configuration.type`
   * - `VmsService.addFromConfiguration`: `vm.initialization.configuration.type`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration | reference: configuration} (its `type` attribute)
   */
  type?: ConfigurationType | (string & {});
  /**
   * `string`. On the wire: element `<data>`.
   *
   * Needed by:
   * - `TemplatesService.addFromConfiguration`: `template.initialization.configuration.data`
   * - `VmsService.addFromConfiguration`: `vm.initialization.configuration.data`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/configuration | reference: configuration} (its `data` attribute)
   */
  data?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Configuration, () => ({
  href: VALUE,
  type: VALUE,
  data: VALUE,
}));
