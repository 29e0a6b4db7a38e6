// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { ExternalSystemType } from './external-system-type';
import { Host } from './host';
import type { HostInit } from './host';
import { Job } from './job';
import type { JobInit } from './job';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';
import type { StepEnum } from './step-enum';
import type { StepStatus } from './step-status';

/**
 * The `step` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step}
 */
export class Step extends Struct {
  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/type} */
  type?: StepEnum;

  /** The `number` attribute (`<number>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/number} */
  number?: number;

  /** The `status` attribute (`<status>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/status} */
  status?: StepStatus;

  /** The `start_time` attribute (`<start_time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/start_time} */
  startTime?: Date;

  /** The `end_time` attribute (`<end_time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/end_time} */
  endTime?: Date;

  /** The `external` attribute (`<external>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/external} */
  external?: boolean;

  /** The `external_type` attribute (`<external_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/external_type} */
  externalType?: ExternalSystemType;

  /**
   * The `progress` attribute (`<progress>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/progress}
   * @since API 4.1
   */
  progress?: number;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/attributes/comment} */
  comment?: string;

  /** The `parent_step` link (`<parent_step>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/links/parent_step} */
  parentStep?: Step;

  /** The `job` link (`<job>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/links/job} */
  job?: Job;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/links/statistics} */
  statistics?: List<Statistic>;

  /**
   * The `execution_host` link (`<execution_host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/step/links/execution_host}
   * @since API 4.1
   */
  executionHost?: Host;

  /** Creates a `step`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: StepInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `step` as the SDK accepts it: a {@link Step} or a plain object of the same shape, at any depth. */
export interface StepInit {
  href?: string;
  type?: StepEnum;
  number?: number;
  status?: StepStatus;
  startTime?: Date | string;
  endTime?: Date | string;
  external?: boolean;
  externalType?: ExternalSystemType;
  progress?: number;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  parentStep?: StepInit;
  job?: JobInit;
  statistics?: StatisticInit[];
  executionHost?: HostInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Step, () => ({
  href: VALUE,
  type: VALUE,
  number: VALUE,
  status: VALUE,
  startTime: DATE,
  endTime: DATE,
  external: VALUE,
  externalType: VALUE,
  progress: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  parentStep: Step,
  job: Job,
  statistics: [Statistic],
  executionHost: Host,
}));
