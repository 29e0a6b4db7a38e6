// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { InstanceTypeGraphicsConsolesService } from './instance-type-graphics-consoles-service';
import { InstanceTypeNicsService } from './instance-type-nics-service';
import { InstanceTypeWatchdogsService } from './instance-type-watchdogs-service';

/** Options of {@link InstanceTypeService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface InstanceTypeServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link InstanceTypeService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface InstanceTypeServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link InstanceTypeService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface InstanceTypeServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('InstanceTypeService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('InstanceTypeService.update', { async: 'boolean' }, ['instanceType', t.InstanceType]);
const REMOVE_PARAMETERS = methodParameters('InstanceTypeService.remove', { async: 'boolean' });

/**
 * The `instance_type` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type}
 */
export class InstanceTypeService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type/methods/get}
   * @returns The `instance_type` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type/methods/get/parameters/instance_type}
   */
  get(opts: InstanceTypeServiceGetOptions = {}): Promise<t.InstanceType> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.InstanceType>;
  }

  /**
   * Updates the object: `PUT` of `<instance_type>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type/methods/update}
   * @param instanceType The `instance_type` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type/methods/update/parameters/instance_type}
   */
  update(instanceType: t.InstanceTypeInit, opts: InstanceTypeServiceUpdateOptions = {}): Promise<t.InstanceType> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, instanceType);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(instanceType, 'instance_type', query, opts) as Promise<t.InstanceType>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type/methods/remove}
   */
  remove(opts: InstanceTypeServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `nics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nics}); sends no request. */
  nicsService(): InstanceTypeNicsService {
    return new InstanceTypeNicsService(this.connection, `${this.path}/nics`);
  }

  /** Locates the `watchdogs` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_watchdogs}); sends no request. */
  watchdogsService(): InstanceTypeWatchdogsService {
    return new InstanceTypeWatchdogsService(this.connection, `${this.path}/watchdogs`);
  }

  /** Locates the `graphics_consoles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_graphics_consoles}); sends no request. */
  graphicsConsolesService(): InstanceTypeGraphicsConsolesService {
    return new InstanceTypeGraphicsConsolesService(this.connection, `${this.path}/graphicsconsoles`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'nics': return this.nicsService().service(rest);
      case 'watchdogs': return this.watchdogsService().service(rest);
      case 'graphicsconsoles': return this.graphicsConsolesService().service(rest);
    }
    return super.service(path);
  }
}
