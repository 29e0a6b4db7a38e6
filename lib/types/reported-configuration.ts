// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `reported_configuration` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_configuration}
 */
export class ReportedConfiguration extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_configuration/attributes/name} */
  name?: string;

  /** The `expected_value` attribute (`<expected_value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_configuration/attributes/expected_value} */
  expectedValue?: string;

  /** The `actual_value` attribute (`<actual_value>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_configuration/attributes/actual_value} */
  actualValue?: string;

  /** The `in_sync` attribute (`<in_sync>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/reported_configuration/attributes/in_sync} */
  inSync?: boolean;

  /** Creates a `reported_configuration`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ReportedConfigurationInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `reported_configuration` as the SDK accepts it: a {@link ReportedConfiguration} or a plain object of the same shape, at any depth. */
export interface ReportedConfigurationInit {
  href?: string;
  name?: string;
  expectedValue?: string;
  actualValue?: string;
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
