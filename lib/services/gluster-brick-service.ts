// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { StatisticsService } from './statistics-service';

/** Options of {@link GlusterBrickService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterBrickServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link GlusterBrickService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterBrickServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link GlusterBrickService.replace}: the method's parameters, plus extra `query` and `headers`. */
export interface GlusterBrickServiceReplaceOptions extends RequestOptions {
  /** The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick/methods/replace/parameters/force} */
  force?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick/methods/replace/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('GlusterBrickService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('GlusterBrickService.remove', { async: 'boolean' });
const REPLACE_PARAMETERS = methodParameters('GlusterBrickService.replace', { force: 'boolean', async: 'boolean' });

/**
 * The `gluster_brick` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick}
 */
export class GlusterBrickService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick/methods/get}
   * @returns The `brick` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick/methods/get/parameters/brick}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick/methods/remove}
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
   * The `replace` action: `POST` of an `<action>` to `.../replace`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_brick/methods/replace}
   * @deprecated The model marks it deprecated.
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

  /** Locates the `statistics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/statistics}); sends no request. */
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
