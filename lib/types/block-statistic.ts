// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';

/**
 * The `block_statistic` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/block_statistic}
 */
export class BlockStatistic extends Struct {
  /** The `statistics` attribute (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/block_statistic/attributes/statistics} */
  statistics?: List<Statistic>;

  /** Creates a `block_statistic`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: BlockStatisticInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `block_statistic` as the SDK accepts it: a {@link BlockStatistic} or a plain object of the same shape, at any depth. */
export interface BlockStatisticInit {
  href?: string;
  statistics?: StatisticInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(BlockStatistic, () => ({
  href: VALUE,
  statistics: [Statistic],
}));
