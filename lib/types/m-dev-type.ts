// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `m_dev_type` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/m_dev_type}
 * @since API 4.4
 */
export class MDevType extends Struct {
  /**
   * The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/m_dev_type/attributes/name}
   * @since API 4.4
   */
  name?: string;

  /**
   * The `human_readable_name` attribute (`<human_readable_name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/m_dev_type/attributes/human_readable_name}
   * @since API 4.4.7
   */
  humanReadableName?: string;

  /**
   * The `available_instances` attribute (`<available_instances>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/m_dev_type/attributes/available_instances}
   * @since API 4.4
   */
  availableInstances?: number;

  /**
   * The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/m_dev_type/attributes/description}
   * @since API 4.4
   */
  description?: string;

  /** Creates a `m_dev_type`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: MDevTypeInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `m_dev_type` as the SDK accepts it: a {@link MDevType} or a plain object of the same shape, at any depth. */
export interface MDevTypeInit {
  href?: string;
  name?: string;
  humanReadableName?: string;
  availableInstances?: number;
  description?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(MDevType, () => ({
  href: VALUE,
  name: VALUE,
  humanReadableName: VALUE,
  availableInstances: VALUE,
  description: VALUE,
}));
