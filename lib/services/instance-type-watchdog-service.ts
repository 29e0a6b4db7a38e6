// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link InstanceTypeWatchdogService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog/methods/get | reference: instance_type_watchdog.get}
 */
export interface InstanceTypeWatchdogServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /instancetypes/{instance_type_id}/watchdogs/{watchdog_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog/methods/get | reference: instance_type_watchdog.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link InstanceTypeWatchdogService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog/methods/update | reference: instance_type_watchdog.update}
 */
export interface InstanceTypeWatchdogServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /instancetypes/{instance_type_id}/watchdogs/{watchdog_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog/methods/update | reference: instance_type_watchdog.update}
   */
  async?: boolean;
}

/**
 * Options of {@link InstanceTypeWatchdogService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog/methods/remove | reference: instance_type_watchdog.remove}
 */
export interface InstanceTypeWatchdogServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /instancetypes/{instance_type_id}/watchdogs/{watchdog_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog/methods/remove | reference: instance_type_watchdog.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('InstanceTypeWatchdogService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('InstanceTypeWatchdogService.update', { async: 'boolean' }, ['watchdog', t.Watchdog]);
const REMOVE_PARAMETERS = methodParameters('InstanceTypeWatchdogService.remove', { async: 'boolean' });

/**
 * The `instance_type_watchdog` service of the API.
 *
 * Path below the API root: `/instancetypes/{instance_type_id}/watchdogs/{watchdog_id}`.
 * Reached with `connection.systemService().instanceTypesService().instanceTypeService(id).watchdogsService().watchdogService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog | reference: instance_type_watchdog}
 */
export class InstanceTypeWatchdogService extends Service {
  /**
   * Retrieves the `watchdog`: sends `GET /instancetypes/{instance_type_id}/watchdogs/{watchdog_id}` and reads the `<watchdog>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog/methods/get | reference: instance_type_watchdog.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeWatchdogServiceGetOptions}).
   * @returns The `watchdog`: `Watchdog`.
   */
  get(opts: InstanceTypeWatchdogServiceGetOptions = {}): Promise<t.Watchdog> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Watchdog>;
  }

  /**
   * Updates the `watchdog`: sends `PUT /instancetypes/{instance_type_id}/watchdogs/{watchdog_id}` with the `<watchdog>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog/methods/update | reference: instance_type_watchdog.update}
   * @param watchdog The `watchdog` to send: `WatchdogInit` (a `Watchdog` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeWatchdogServiceUpdateOptions}).
   * @returns The `watchdog` as the engine answers it.
   */
  update(watchdog: t.WatchdogInit, opts: InstanceTypeWatchdogServiceUpdateOptions = {}): Promise<t.Watchdog> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, watchdog);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(watchdog, 'watchdog', query, opts) as Promise<t.Watchdog>;
  }

  /**
   * Removes: sends `DELETE /instancetypes/{instance_type_id}/watchdogs/{watchdog_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_watchdog/methods/remove | reference: instance_type_watchdog.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeWatchdogServiceRemoveOptions}).
   */
  remove(opts: InstanceTypeWatchdogServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
