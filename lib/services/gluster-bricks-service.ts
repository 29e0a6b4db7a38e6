// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { GlusterBrickService } from './gluster-brick-service';

/** Options of {@link GlusterBricksService.activate}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterBricksServiceActivateOptions extends RequestOptions {
  /** The `bricks` parameter (`<bricks>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/activate/parameters/bricks} */
  bricks?: t.GlusterBrickInit[];
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/activate/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterBricksService.add}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterBricksServiceAddOptions extends RequestOptions {
  /** The `replica_count` parameter (query parameter `replica_count`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/add/parameters/replica_count} */
  replicaCount?: number;
  /** The `stripe_count` parameter (query parameter `stripe_count`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/add/parameters/stripe_count} */
  stripeCount?: number;
}

/** Options of {@link GlusterBricksService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterBricksServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link GlusterBricksService.migrate}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterBricksServiceMigrateOptions extends RequestOptions {
  /** The `bricks` parameter (`<bricks>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/migrate/parameters/bricks} */
  bricks?: t.GlusterBrickInit[];
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/migrate/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterBricksService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterBricksServiceRemoveOptions extends RequestOptions {
  /** The `bricks` parameter (`<bricks>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/remove/parameters/bricks} */
  bricks?: t.GlusterBrickInit[];
  /** The `replica_count` parameter (query parameter `replica_count`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/remove/parameters/replica_count} */
  replicaCount?: number;
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterBricksService.stopMigrate}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterBricksServiceStopMigrateOptions extends RequestOptions {
  /** The `bricks` parameter (`<bricks>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/stop_migrate/parameters/bricks} */
  bricks?: t.GlusterBrickInit[];
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/stop_migrate/parameters/async} */
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
 * The `gluster_bricks` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks}
 */
export class GlusterBricksService extends Service {
  /**
   * The `activate` action: `POST` of an `<action>` to `.../activate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/activate}
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
   * Adds an object: `POST` of `<bricks>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/add}
   * @param bricks The `bricks` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/add/parameters/bricks}
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
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/list}
   * @returns The `bricks` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/list/parameters/bricks}
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
   * Like {@link GlusterBricksService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/list}
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
   * The `migrate` action: `POST` of an `<action>` to `.../migrate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/migrate}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/remove}
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
   * The `stop_migrate` action: `POST` of an `<action>` to `.../stopmigrate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_bricks/methods/stop_migrate}
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

  /** Locates the `brick` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick}); sends no request. */
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
