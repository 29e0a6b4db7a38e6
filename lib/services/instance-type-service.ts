// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { InstanceTypeGraphicsConsolesService } from './instance-type-graphics-consoles-service';
import { InstanceTypeNicsService } from './instance-type-nics-service';
import { InstanceTypeWatchdogsService } from './instance-type-watchdogs-service';

/**
 * Options of {@link InstanceTypeService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type/methods/get | reference: instance_type.get}
 */
export interface InstanceTypeServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /instancetypes/{instance_type_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type/methods/get | reference: instance_type.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link InstanceTypeService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type/methods/update | reference: instance_type.update}
 */
export interface InstanceTypeServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /instancetypes/{instance_type_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type/methods/update | reference: instance_type.update}
   */
  async?: boolean;
}

/**
 * Options of {@link InstanceTypeService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type/methods/remove | reference: instance_type.remove}
 */
export interface InstanceTypeServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /instancetypes/{instance_type_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type/methods/remove | reference: instance_type.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('InstanceTypeService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('InstanceTypeService.update', { async: 'boolean' }, ['instanceType', t.InstanceType]);
const REMOVE_PARAMETERS = methodParameters('InstanceTypeService.remove', { async: 'boolean' });

/**
 * The `instance_type` service of the API.
 *
 * Path below the API root: `/instancetypes/{instance_type_id}`.
 * Reached with `connection.systemService().instanceTypesService().instanceTypeService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type | reference: instance_type}
 */
export class InstanceTypeService extends Service {
  /**
   * Retrieves the `instance_type`: sends `GET /instancetypes/{instance_type_id}` and reads the `<instance_type>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type/methods/get | reference: instance_type.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeServiceGetOptions}).
   * @returns The `instance_type`: `InstanceType`.
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
   * Updates the `instance_type`: sends `PUT /instancetypes/{instance_type_id}` with the `<instance_type>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `instanceType.storageErrorResumeBehaviour`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type/methods/update | reference: instance_type.update}
   * @param instanceType The `instance_type` to send: `InstanceTypeInit` (a `InstanceType` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeServiceUpdateOptions}).
   * @returns The `instance_type` as the engine answers it.
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
   * Removes: sends `DELETE /instancetypes/{instance_type_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type/methods/remove | reference: instance_type.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeServiceRemoveOptions}).
   */
  remove(opts: InstanceTypeServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `instance_type_nics` service at `nics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_nics | reference: instance_type_nics}
   */
  nicsService(): InstanceTypeNicsService {
    return new InstanceTypeNicsService(this.connection, `${this.path}/nics`);
  }

  /**
   * Locates the `instance_type_watchdogs` service at `watchdogs` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdogs | reference: instance_type_watchdogs}
   */
  watchdogsService(): InstanceTypeWatchdogsService {
    return new InstanceTypeWatchdogsService(this.connection, `${this.path}/watchdogs`);
  }

  /**
   * Locates the `instance_type_graphics_consoles` service at `graphicsconsoles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_consoles | reference: instance_type_graphics_consoles}
   */
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
