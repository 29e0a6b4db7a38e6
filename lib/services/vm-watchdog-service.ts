// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link VmWatchdogService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmWatchdogServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdog/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VmWatchdogService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface VmWatchdogServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdog/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmWatchdogService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface VmWatchdogServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdog/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmWatchdogService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmWatchdogService.update', { async: 'boolean' }, ['watchdog', t.Watchdog]);
const REMOVE_PARAMETERS = methodParameters('VmWatchdogService.remove', { async: 'boolean' });

/**
 * The `vm_watchdog` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdog}
 */
export class VmWatchdogService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdog/methods/get}
   * @returns The `watchdog` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdog/methods/get/parameters/watchdog}
   */
  get(opts: VmWatchdogServiceGetOptions = {}): Promise<t.Watchdog> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Watchdog>;
  }

  /**
   * Updates the object: `PUT` of `<watchdog>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdog/methods/update}
   * @param watchdog The `watchdog` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdog/methods/update/parameters/watchdog}
   */
  update(watchdog: t.WatchdogInit, opts: VmWatchdogServiceUpdateOptions = {}): Promise<t.Watchdog> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, watchdog);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(watchdog, 'watchdog', query, opts) as Promise<t.Watchdog>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_watchdog/methods/remove}
   */
  remove(opts: VmWatchdogServiceRemoveOptions = {}): Promise<void> {
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
