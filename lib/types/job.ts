// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { JobStatus } from './job-status';
import { Step } from './step';
import type { StepInit } from './step';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `job` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job}
 */
export class Job extends Struct {
  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/status} */
  status?: JobStatus;

  /** The `start_time` attribute (`<start_time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/start_time} */
  startTime?: Date;

  /** The `end_time` attribute (`<end_time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/end_time} */
  endTime?: Date;

  /** The `last_updated` attribute (`<last_updated>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/last_updated} */
  lastUpdated?: Date;

  /** The `external` attribute (`<external>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/external} */
  external?: boolean;

  /** The `auto_cleared` attribute (`<auto_cleared>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/auto_cleared} */
  autoCleared?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/attributes/comment} */
  comment?: string;

  /** The `owner` link (`<owner>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/links/owner} */
  owner?: User;

  /** The `steps` link (`<steps>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/job/links/steps} */
  steps?: List<Step>;

  /** Creates a `job`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: JobInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `job` as the SDK accepts it: a {@link Job} or a plain object of the same shape, at any depth. */
export interface JobInit {
  href?: string;
  status?: JobStatus;
  startTime?: Date | string;
  endTime?: Date | string;
  lastUpdated?: Date | string;
  external?: boolean;
  autoCleared?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  owner?: UserInit;
  steps?: StepInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Job, () => ({
  href: VALUE,
  status: VALUE,
  startTime: DATE,
  endTime: DATE,
  lastUpdated: DATE,
  external: VALUE,
  autoCleared: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  owner: User,
  steps: [Step],
}));
