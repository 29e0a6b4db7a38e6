// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { JobStatus } from './job-status';
import { Step } from './step';
import type { StepInit } from './step';
import { User } from './user';
import type { UserInit } from './user';

/**
 * The `job` type of the API, on the wire `<job>` (a list: `<jobs>` with one `<job>` per item); 10 attributes and 2 links.
 *
 * Create one with `new Job({ ... })`, or pass a plain {@link JobInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job}
 */
export class Job extends Struct {
  /**
   * `JobStatus` (`aborted`, `failed`, `finished`, `started`, `unknown`; or another string, from a newer engine). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `status` attribute)
   */
  status?: JobStatus | (string & {});

  /**
   * `Date`. On the wire: element `<start_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `start_time` attribute)
   */
  startTime?: Date;

  /**
   * `Date`. On the wire: element `<end_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `end_time` attribute)
   */
  endTime?: Date;

  /**
   * `Date`. On the wire: element `<last_updated>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `last_updated` attribute)
   */
  lastUpdated?: Date;

  /**
   * `boolean`. On the wire: element `<external>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `external` attribute)
   */
  external?: boolean;

  /**
   * `boolean`. On the wire: element `<auto_cleared>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `auto_cleared` attribute)
   */
  autoCleared?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<job>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `User`. On the wire: element `<owner>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `owner` link)
   */
  owner?: User;

  /**
   * A list of `Step`. On the wire: a link, `<link rel="steps" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<steps>` with one `<step>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `steps` link)
   */
  steps?: List<Step>;

  /**
   * Creates a `job` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: JobInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.status = undefined;
      this.startTime = undefined;
      this.endTime = undefined;
      this.lastUpdated = undefined;
      this.external = undefined;
      this.autoCleared = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.owner = undefined;
      this.steps = undefined;
    }
  }
}

/**
 * A `job` as the SDK accepts it: a {@link Job} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job}
 */
export interface JobInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<job>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job}
   */
  href?: string;
  /**
   * `JobStatus` (`aborted`, `failed`, `finished`, `started`, `unknown`; another string is sent as it is). On the wire: element `<status>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `status` attribute)
   */
  status?: JobStatus | (string & {});
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<start_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `start_time` attribute)
   */
  startTime?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<end_time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `end_time` attribute)
   */
  endTime?: Date | string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<last_updated>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `last_updated` attribute)
   */
  lastUpdated?: Date | string;
  /**
   * `boolean`. On the wire: element `<external>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `external` attribute)
   */
  external?: boolean;
  /**
   * `boolean`. On the wire: element `<auto_cleared>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `auto_cleared` attribute)
   */
  autoCleared?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<job>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Needed by:
   * - `JobsService.add`: `job.description`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<owner>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `owner` link)
   */
  owner?: UserInit;
  /**
   * A list of `StepInit` (a `Step` or a plain object). On the wire: element `<steps>` with one `<step>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/job | reference: job} (its `steps` link)
   */
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
