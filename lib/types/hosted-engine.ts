// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `hosted_engine` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hosted_engine}
 */
export class HostedEngine extends Struct {
  /** The `configured` attribute (`<configured>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hosted_engine/attributes/configured} */
  configured?: boolean;

  /** The `active` attribute (`<active>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hosted_engine/attributes/active} */
  active?: boolean;

  /** The `score` attribute (`<score>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hosted_engine/attributes/score} */
  score?: number;

  /** The `global_maintenance` attribute (`<global_maintenance>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hosted_engine/attributes/global_maintenance} */
  globalMaintenance?: boolean;

  /** The `local_maintenance` attribute (`<local_maintenance>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/hosted_engine/attributes/local_maintenance} */
  localMaintenance?: boolean;

  /** Creates a `hosted_engine`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: HostedEngineInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `hosted_engine` as the SDK accepts it: a {@link HostedEngine} or a plain object of the same shape, at any depth. */
export interface HostedEngineInit {
  href?: string;
  configured?: boolean;
  active?: boolean;
  score?: number;
  globalMaintenance?: boolean;
  localMaintenance?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostedEngine, () => ({
  href: VALUE,
  configured: VALUE,
  active: VALUE,
  score: VALUE,
  globalMaintenance: VALUE,
  localMaintenance: VALUE,
}));
