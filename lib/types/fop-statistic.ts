// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, initStruct } from '../struct';
import type { List } from '../struct';
import type { Statistic, StatisticInit } from './statistic';

/**
 * The `fop_statistic` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fop_statistic}
 */
export class FopStatistic extends Struct {
  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fop_statistic/attributes/name} */
  name?: string;

  /** The `statistics` attribute (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/fop_statistic/attributes/statistics} */
  statistics?: List<Statistic>;

  /** Creates a `fop_statistic`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: FopStatisticInit) {
    super();
    if (init !== undefined) initStruct(this, init, 64);
  }
}

/** A `fop_statistic` as the SDK accepts it: a {@link FopStatistic} or a plain object of the same shape, at any depth. */
export interface FopStatisticInit {
  href?: string;
  name?: string;
  statistics?: StatisticInit[];
}
