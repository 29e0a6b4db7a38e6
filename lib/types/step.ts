// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `step` type of the API, on the wire `<step>` (a list: `<steps>` with one `<step>` per item); 12 attributes and 4 links.
 *
 * Create one with `new Step({ ... })`, or pass a plain {@link StepInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step}
 */
export class Step extends Struct {
  /**
   * `StepEnum` (`validating`, `executing`, `finalizing`, `rebalancing_volume`, `removing_bricks`, `unknown`; or another string, from a newer engine). On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `type` attribute)
   */
  type?: StepEnum | (string & {});

  /**
   * `number` (an integer). On the wire: element `<number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `number` attribute)
   */
  number?: number;

  /**
   * `StepStatus` (`aborted`, `failed`, `finished`, `started`, `unknown`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `status` attribute)
   */
  status?: StepStatus | (string & {});

  /**
   * `Date`. On the wire: element `<start_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `start_time` attribute)
   */
  startTime?: Date;

  /**
   * `Date`. On the wire: element `<end_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `end_time` attribute)
   */
  endTime?: Date;

  /**
   * `boolean`. On the wire: element `<external>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `external` attribute)
   */
  external?: boolean;

  /**
   * `ExternalSystemType` (`vdsm`, `gluster`; or another string, from a newer engine). On the wire: element `<external_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `external_type` attribute)
   */
  externalType?: ExternalSystemType | (string & {});

  /**
   * `number` (an integer). On the wire: element `<progress>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `progress` attribute)
   * @since API 4.1
   */
  progress?: number;

  /**
   * `string`. On the wire: XML attribute `id` of `<step>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Step`. On the wire: element `<parent_step>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `parent_step` link)
   */
  parentStep?: Step;

  /**
   * `Job`. On the wire: element `<job>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `job` link)
   */
  job?: Job;

  /**
   * A list of `Statistic`. On the wire: a link, `<link rel="statistics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `statistics` link)
   */
  statistics?: List<Statistic>;

  /**
   * `Host`. On the wire: element `<execution_host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `execution_host` link)
   * @since API 4.1
   */
  executionHost?: Host;

  /**
   * Creates a `step` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: StepInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.type = undefined;
      this.number = undefined;
      this.status = undefined;
      this.startTime = undefined;
      this.endTime = undefined;
      this.external = undefined;
      this.externalType = undefined;
      this.progress = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.parentStep = undefined;
      this.job = undefined;
      this.statistics = undefined;
      this.executionHost = undefined;
    }
  }
}

/**
 * A `step` as the SDK accepts it: a {@link Step} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step}
 */
export interface StepInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<step>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step}
   */
  href?: string;
  /**
   * `StepEnum` (`validating`, `executing`, `finalizing`, `rebalancing_volume`, `removing_bricks`, `unknown`; another string is sent as it is). On the wire: element `<type>`.
   *
   * Needed by:
   * - `StepsService.add`: `step.type`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `type` attribute)
   */
  type?: StepEnum | (string & {});
  /**
   * `number` (an integer). On the wire: element `<number>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `number` attribute)
   */
  number?: number;
  /**
   * `StepStatus` (`aborted`, `failed`, `finished`, `started`, `unknown`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `status` attribute)
   */
  status?: StepStatus | (string & {});
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<start_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `start_time` attribute)
   */
  startTime?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<end_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `end_time` attribute)
   */
  endTime?: Date | string;
  /**
   * `boolean`. On the wire: element `<external>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `external` attribute)
   */
  external?: boolean;
  /**
   * `ExternalSystemType` (`vdsm`, `gluster`; another string is sent as it is). On the wire: element `<external_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `external_type` attribute)
   */
  externalType?: ExternalSystemType | (string & {});
  /**
   * `number` (an integer). On the wire: element `<progress>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `progress` attribute)
   * @since API 4.1
   */
  progress?: number;
  /**
   * `string`. On the wire: XML attribute `id` of `<step>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Needed by:
   * - `StepsService.add`: `step.description`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `StepInit` (a `Step` or a plain object). On the wire: element `<parent_step>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `parent_step` link)
   */
  parentStep?: StepInit;
  /**
   * `JobInit` (a `Job` or a plain object). On the wire: element `<job>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `job` link)
   */
  job?: JobInit;
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `statistics` link)
   */
  statistics?: StatisticInit[];
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<execution_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/step | reference: step} (its `execution_host` link)
   * @since API 4.1
   */
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
