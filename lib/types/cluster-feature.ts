// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import { ClusterLevel } from './cluster-level';
import type { ClusterLevelInit } from './cluster-level';

/**
 * The `cluster_feature` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_feature}
 * @since API 4.1.6
 */
export class ClusterFeature extends Struct {
  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_feature/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_feature/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_feature/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_feature/attributes/comment} */
  comment?: string;

  /**
   * The `cluster_level` link (`<cluster_level>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/cluster_feature/links/cluster_level}
   * @since API 4.1.6
   */
  clusterLevel?: ClusterLevel;

  /** Creates a `cluster_feature`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ClusterFeatureInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `cluster_feature` as the SDK accepts it: a {@link ClusterFeature} or a plain object of the same shape, at any depth. */
export interface ClusterFeatureInit {
  href?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  clusterLevel?: ClusterLevelInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ClusterFeature, () => ({
  href: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  clusterLevel: ClusterLevel,
}));
