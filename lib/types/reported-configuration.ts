// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `reported_configuration` type of the API, on the wire `<reported_configuration>` (a list: `<reported_configurations>` with one `<reported_configuration>` per item); 4 attributes and 0 links.
 *
 * Create one with `new ReportedConfiguration({ ... })`, or pass a plain {@link ReportedConfigurationInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration}
 */
export class ReportedConfiguration extends Struct {
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<expected_value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration} (its `expected_value` attribute)
   */
  expectedValue?: string;

  /**
   * `string`. On the wire: element `<actual_value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration} (its `actual_value` attribute)
   */
  actualValue?: string;

  /**
   * `boolean`. On the wire: element `<in_sync>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration} (its `in_sync` attribute)
   */
  inSync?: boolean;

  /**
   * Creates a `reported_configuration` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ReportedConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.name = undefined;
      this.expectedValue = undefined;
      this.actualValue = undefined;
      this.inSync = undefined;
    }
  }
}

/**
 * A `reported_configuration` as the SDK accepts it: a {@link ReportedConfiguration} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration}
 */
export interface ReportedConfigurationInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<reported_configuration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<expected_value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration} (its `expected_value` attribute)
   */
  expectedValue?: string;
  /**
   * `string`. On the wire: element `<actual_value>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration} (its `actual_value` attribute)
   */
  actualValue?: string;
  /**
   * `boolean`. On the wire: element `<in_sync>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/reported_configuration | reference: reported_configuration} (its `in_sync` attribute)
   */
  inSync?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ReportedConfiguration, () => ({
  href: VALUE,
  name: VALUE,
  expectedValue: VALUE,
  actualValue: VALUE,
  inSync: VALUE,
}));
