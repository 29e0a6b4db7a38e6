// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { GlusterBrickService } from './gluster-brick-service';

/**
 * Options of {@link GlusterBricksService.activate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/activate | reference: gluster_bricks.activate}
 */
export interface GlusterBricksServiceActivateOptions extends RequestOptions {
  /**
   * A list of `GlusterBrickInit` (a `GlusterBrick` or a plain object), sent as `<bricks>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/activate` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/activate | reference: gluster_bricks.activate}
   */
  bricks?: t.GlusterBrickInit[];
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/activate` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/activate | reference: gluster_bricks.activate}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterBricksService.add}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/add | reference: gluster_bricks.add}
 */
export interface GlusterBricksServiceAddOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `replica_count` of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/add | reference: gluster_bricks.add}
   */
  replicaCount?: number;
  /**
   * `number` (an integer), sent as query parameter `stripe_count` of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/add | reference: gluster_bricks.add}
   */
  stripeCount?: number;
}

/**
 * Options of {@link GlusterBricksService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/list | reference: gluster_bricks.list}
 */
export interface GlusterBricksServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/list | reference: gluster_bricks.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/list | reference: gluster_bricks.list}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link GlusterBricksService.migrate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/migrate | reference: gluster_bricks.migrate}
 */
export interface GlusterBricksServiceMigrateOptions extends RequestOptions {
  /**
   * A list of `GlusterBrickInit` (a `GlusterBrick` or a plain object), sent as `<bricks>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/migrate` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/migrate | reference: gluster_bricks.migrate}
   */
  bricks?: t.GlusterBrickInit[];
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/migrate` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/migrate | reference: gluster_bricks.migrate}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterBricksService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/remove | reference: gluster_bricks.remove}
 */
export interface GlusterBricksServiceRemoveOptions extends RequestOptions {
  /**
   * A list of `GlusterBrickInit` (a `GlusterBrick` or a plain object), sent as `<bricks>` in the `<action>` body of `DELETE /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/remove | reference: gluster_bricks.remove}
   */
  bricks?: t.GlusterBrickInit[];
  /**
   * `number` (an integer), sent as query parameter `replica_count` of `DELETE /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/remove | reference: gluster_bricks.remove}
   */
  replicaCount?: number;
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/remove | reference: gluster_bricks.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link GlusterBricksService.stopMigrate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/stop_migrate | reference: gluster_bricks.stop_migrate}
 */
export interface GlusterBricksServiceStopMigrateOptions extends RequestOptions {
  /**
   * A list of `GlusterBrickInit` (a `GlusterBrick` or a plain object), sent as `<bricks>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/stopmigrate` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/stop_migrate | reference: gluster_bricks.stop_migrate}
   */
  bricks?: t.GlusterBrickInit[];
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/stopmigrate` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/stop_migrate | reference: gluster_bricks.stop_migrate}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ACTIVATE_PARAMETERS = methodParameters('GlusterBricksService.activate', { bricks: [t.GlusterBrick], async: 'boolean' });
const ADD_PARAMETERS = methodParameters('GlusterBricksService.add', { replicaCount: 'integer', stripeCount: 'integer' }, ['bricks', [t.GlusterBrick]]);
const LIST_PARAMETERS = methodParameters('GlusterBricksService.list', { max: 'integer', follow: 'string' });
const MIGRATE_PARAMETERS = methodParameters('GlusterBricksService.migrate', { bricks: [t.GlusterBrick], async: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('GlusterBricksService.remove', { bricks: [t.GlusterBrick], replicaCount: 'integer', async: 'boolean' });
const STOP_MIGRATE_PARAMETERS = methodParameters('GlusterBricksService.stopMigrate', { bricks: [t.GlusterBrick], async: 'boolean' });

/**
 * The `gluster_bricks` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks`).
 * Reached with `connection.systemService().clustersService().clusterService(id).glusterVolumesService().volumeService(id).glusterBricksService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks | reference: gluster_bricks}
 */
export class GlusterBricksService extends Service {
  /**
   * The `activate` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/activate` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/activate | reference: gluster_bricks.activate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterBricksServiceActivateOptions}).
   */
  activate(opts: GlusterBricksServiceActivateOptions = {}): Promise<void> {
    const refused = checkParameters(ACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      bricks: opts.bricks,
      async: opts.async,
    };
    return this._action('activate', action, undefined, opts) as Promise<void>;
  }

  /**
   * Adds a `gluster_brick`: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths) with it as the `<bricks>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/add | reference: gluster_bricks.add}
   * @param bricks The `bricks` to send: a list of `GlusterBrickInit` (a `GlusterBrick` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterBricksServiceAddOptions}).
   * @returns The `gluster_brick` as the engine answers it.
   */
  add(bricks: t.GlusterBrickInit[], opts: GlusterBricksServiceAddOptions = {}): Promise<List<t.GlusterBrick>> {
    const refused = checkParameters(ADD_PARAMETERS, opts, bricks);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      replica_count: opts.replicaCount,
      stripe_count: opts.stripeCount,
    };
    return this._add(bricks, 'gluster_brick', query, opts) as Promise<List<t.GlusterBrick>>;
  }

  /**
   * Lists the `gluster_brick` objects: sends `GET /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths) and reads the `<bricks>` the engine answers, one item per `<brick>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/list | reference: gluster_bricks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterBricksServiceListOptions}).
   * @returns The `bricks`: a list of `GlusterBrick`.
   */
  list(opts: GlusterBricksServiceListOptions = {}): Promise<List<t.GlusterBrick>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.GlusterBrick>>;
  }

  /**
   * Like {@link GlusterBricksService.list} (it sends `GET /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `gluster_brick` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/list | reference: gluster_bricks.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: GlusterBricksServiceListOptions = {}): AsyncGenerator<t.GlusterBrick, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'GlusterBricksService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.GlusterBrick, void, undefined>;
  }

  /**
   * The `migrate` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/migrate` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/migrate | reference: gluster_bricks.migrate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterBricksServiceMigrateOptions}).
   */
  migrate(opts: GlusterBricksServiceMigrateOptions = {}): Promise<void> {
    const refused = checkParameters(MIGRATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      bricks: opts.bricks,
      async: opts.async,
    };
    return this._action('migrate', action, undefined, opts) as Promise<void>;
  }

  /**
   * Removes: sends `DELETE /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/remove | reference: gluster_bricks.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterBricksServiceRemoveOptions}).
   */
  remove(opts: GlusterBricksServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      replica_count: opts.replicaCount,
      async: opts.async,
    };
    const action = {
      bricks: opts.bricks,
    };
    return this._remove(query, opts, action);
  }

  /**
   * The `stop_migrate` action: sends `POST /clusters/{cluster_id}/glustervolumes/{volume_id}/glusterbricks/stopmigrate` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_bricks/methods/stop_migrate | reference: gluster_bricks.stop_migrate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link GlusterBricksServiceStopMigrateOptions}).
   */
  stopMigrate(opts: GlusterBricksServiceStopMigrateOptions = {}): Promise<void> {
    const refused = checkParameters(STOP_MIGRATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      bricks: opts.bricks,
      async: opts.async,
    };
    return this._action('stopmigrate', action, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `gluster_brick` service at `{brick_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_brick | reference: gluster_brick}
   */
  brickService(id: string | number): GlusterBrickService {
    return new GlusterBrickService(this.connection, `${this.path}/${idSegment(id, 'GlusterBricksService.brickService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.brickService(decodeURIComponent(head)).service(rest);
  }
}
