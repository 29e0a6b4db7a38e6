// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';

/**
 * The `registration_cluster_mapping` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_cluster_mapping}
 * @since API 4.2
 */
export class RegistrationClusterMapping extends Struct {
  /**
   * The `from` link (`<from>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_cluster_mapping/links/from}
   * @since API 4.2
   */
  from?: Cluster;

  /**
   * The `to` link (`<to>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/registration_cluster_mapping/links/to}
   * @since API 4.2
   */
  to?: Cluster;

  /** Creates a `registration_cluster_mapping`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: RegistrationClusterMappingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `registration_cluster_mapping` as the SDK accepts it: a {@link RegistrationClusterMapping} or a plain object of the same shape, at any depth. */
export interface RegistrationClusterMappingInit {
  href?: string;
  from?: ClusterInit;
  to?: ClusterInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(RegistrationClusterMapping, () => ({
  href: VALUE,
  from: Cluster,
  to: Cluster,
}));
