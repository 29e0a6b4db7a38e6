// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { BlockStatistic } from './block-statistic';
import type { BlockStatisticInit } from './block-statistic';
import { FopStatistic } from './fop-statistic';
import type { FopStatisticInit } from './fop-statistic';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';

/**
 * The `profile_detail` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/profile_detail}
 */
export class ProfileDetail extends Struct {
  /** The `profile_type` attribute (`<profile_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/profile_detail/attributes/profile_type} */
  profileType?: string;

  /** The `duration` attribute (`<duration>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/profile_detail/attributes/duration} */
  duration?: number;

  /** The `statistics` attribute (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/profile_detail/attributes/statistics} */
  statistics?: List<Statistic>;

  /** The `block_statistics` attribute (`<block_statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/profile_detail/attributes/block_statistics} */
  blockStatistics?: List<BlockStatistic>;

  /** The `fop_statistics` attribute (`<fop_statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/profile_detail/attributes/fop_statistics} */
  fopStatistics?: List<FopStatistic>;

  /** Creates a `profile_detail`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ProfileDetailInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `profile_detail` as the SDK accepts it: a {@link ProfileDetail} or a plain object of the same shape, at any depth. */
export interface ProfileDetailInit {
  href?: string;
  profileType?: string;
  duration?: number;
  statistics?: StatisticInit[];
  blockStatistics?: BlockStatisticInit[];
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
