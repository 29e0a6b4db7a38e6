// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { BlockStatistic } from './block-statistic';
import type { BlockStatisticInit } from './block-statistic';
import { FopStatistic } from './fop-statistic';
import type { FopStatisticInit } from './fop-statistic';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';

/**
 * The `profile_detail` type of the API, on the wire `<profile_detail>` (a list: `<profile_details>` with one `<profile_detail>` per item); 5 attributes and 0 links.
 *
 * Create one with `new ProfileDetail({ ... })`, or pass a plain {@link ProfileDetailInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail}
 */
export class ProfileDetail extends Struct {
  /**
   * `string`. On the wire: element `<profile_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `profile_type` attribute)
   */
  profileType?: string;

  /**
   * `number` (an integer). On the wire: element `<duration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `duration` attribute)
   */
  duration?: number;

  /**
   * A list of `Statistic`. On the wire: element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `statistics` attribute)
   */
  statistics?: List<Statistic>;

  /**
   * A list of `BlockStatistic`. On the wire: element `<block_statistics>` with one `<block_statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `block_statistics` attribute)
   */
  blockStatistics?: List<BlockStatistic>;

  /**
   * A list of `FopStatistic`. On the wire: element `<fop_statistics>` with one `<fop_statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `fop_statistics` attribute)
   */
  fopStatistics?: List<FopStatistic>;

  /**
   * Creates a `profile_detail` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ProfileDetailInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.profileType = undefined;
      this.duration = undefined;
      this.statistics = undefined;
      this.blockStatistics = undefined;
      this.fopStatistics = undefined;
    }
  }
}

/**
 * A `profile_detail` as the SDK accepts it: a {@link ProfileDetail} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail}
 */
export interface ProfileDetailInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<profile_detail>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<profile_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `profile_type` attribute)
   */
  profileType?: string;
  /**
   * `number` (an integer). On the wire: element `<duration>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `duration` attribute)
   */
  duration?: number;
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `statistics` attribute)
   */
  statistics?: StatisticInit[];
  /**
   * A list of `BlockStatisticInit` (a `BlockStatistic` or a plain object). On the wire: element `<block_statistics>` with one `<block_statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `block_statistics` attribute)
   */
  blockStatistics?: BlockStatisticInit[];
  /**
   * A list of `FopStatisticInit` (a `FopStatistic` or a plain object). On the wire: element `<fop_statistics>` with one `<fop_statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/profile_detail | reference: profile_detail} (its `fop_statistics` attribute)
   */
  fopStatistics?: FopStatisticInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ProfileDetail, () => ({
  href: VALUE,
  profileType: VALUE,
  duration: VALUE,
  statistics: [Statistic],
  blockStatistics: [BlockStatistic],
  fopStatistics: [FopStatistic],
}));
