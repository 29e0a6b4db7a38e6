// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { ClusterEnabledFeatureService } from './cluster-enabled-feature-service';

/** Options of {@link ClusterEnabledFeaturesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterEnabledFeaturesServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_features/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('ClusterEnabledFeaturesService.list', { follow: 'string' });
const ADD_PARAMETERS = methodParameters('ClusterEnabledFeaturesService.add', {}, ['clusterFeature', t.ClusterFeature]);

/**
 * The `cluster_enabled_features` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_features}
 * @since API 4.1.6
 */
export class ClusterEnabledFeaturesService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_features/methods/list}
   * @returns The `features` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_features/methods/list/parameters/features}
   * @since API 4.1.6
   */
  list(opts: ClusterEnabledFeaturesServiceListOptions = {}): Promise<List<t.ClusterFeature>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ClusterFeature>>;
  }

  /**
   * Like {@link ClusterEnabledFeaturesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_features/methods/list}
   */
  listStream(opts: ClusterEnabledFeaturesServiceListOptions = {}): AsyncGenerator<t.ClusterFeature, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'ClusterEnabledFeaturesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ClusterFeature, void, undefined>;
  }

  /**
   * Adds an object: `POST` of `<cluster_feature>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_features/methods/add}
   * @param feature The `feature` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_features/methods/add/parameters/feature}
   * @since API 4.1.6
   */
  add(feature: t.ClusterFeatureInit, opts: RequestOptions = {}): Promise<t.ClusterFeature> {
    const refused = checkParameters(ADD_PARAMETERS, opts, feature);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(feature, 'cluster_feature', {}, opts) as Promise<t.ClusterFeature>;
  }

  /**
   * Locates the `feature` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_feature}); sends no request.
   * @since API 4.1.6
   */
  featureService(id: string | number): ClusterEnabledFeatureService {
    return new ClusterEnabledFeatureService(this.connection, `${this.path}/${idSegment(id, 'ClusterEnabledFeaturesService.featureService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.featureService(decodeURIComponent(head)).service(rest);
  }
}
