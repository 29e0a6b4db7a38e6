// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StatisticsService } from './statistics-service';

/**
 * Options of {@link GlusterBrickService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/get | reference: gluster_brick.get}
 */
export interface GlusterBrickServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/{brick_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/get | reference: gluster_brick.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link GlusterBrickService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/remove | reference: gluster_brick.remove}
 */
export interface GlusterBrickServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/{brick_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/remove | reference: gluster_brick.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterBrickService.replace}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/replace | reference: gluster_brick.replace}
 */
export interface GlusterBrickServiceReplaceOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<force>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/{brick_id}/replace` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/replace | reference: gluster_brick.replace}
   */
  force?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/{brick_id}/replace` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/replace | reference: gluster_brick.replace}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('GlusterBrickService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('GlusterBrickService.remove', { async: 'boolean' });
const REPLACE_PARAMETERS = methodParameters('GlusterBrickService.replace', { force: 'boolean', async: 'boolean' });

/**
 * The `gluster_brick` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/{brick_id}` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/{brick_id}`).
 * Reached with `connection.systemService().clustersService().clusterService(id).glusterVolumesService().volumeService(id).glusterBricksService().brickService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick | reference: gluster_brick}
 */
export class GlusterBrickService extends Service {
  /**
   * Retrieves the `gluster_brick`: sends `GET /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/{brick_id}` (or the same below any other of the service's 2 paths) and reads the `<brick>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/get | reference: gluster_brick.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterBrickServiceGetOptions}).
   * @returns The `brick`: `GlusterBrick`.
   */
  get(opts: GlusterBrickServiceGetOptions = {}): Promise<t.GlusterBrick> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.GlusterBrick>;
  }

  /**
   * Removes: sends `DELETE /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/{brick_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/remove | reference: gluster_brick.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterBrickServiceRemoveOptions}).
   */
  remove(opts: GlusterBrickServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * The `replace` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/{brick_id}/replace` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick/methods/replace | reference: gluster_brick.replace}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterBrickServiceReplaceOptions}).
   * @deprecated The API model marks it deprecated.
   */
  replace(opts: GlusterBrickServiceReplaceOptions = {}): Promise<void> {
    const refused = checkParameters(REPLACE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      force: opts.force,
      async: opts.async,
    };
    return this._action('replace', action, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `statistics` service at `statistics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
   */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'statistics': return this.statisticsService().service(rest);
    }
    return super.service(path);
  }
}
