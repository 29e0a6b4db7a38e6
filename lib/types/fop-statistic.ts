// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';

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
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `fop_statistic` as the SDK accepts it: a {@link FopStatistic} or a plain object of the same shape, at any depth. */
export interface FopStatisticInit {
  href?: string;
  name?: string;
  statistics?: StatisticInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(FopStatistic, () => ({
  href: VALUE,
  name: VALUE,
  statistics: [Statistic],
}));
