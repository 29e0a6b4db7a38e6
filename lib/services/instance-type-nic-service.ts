// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link InstanceTypeNicService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface InstanceTypeNicServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nic/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link InstanceTypeNicService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface InstanceTypeNicServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nic/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link InstanceTypeNicService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface InstanceTypeNicServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nic/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('InstanceTypeNicService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('InstanceTypeNicService.update', { async: 'boolean' }, ['nic', t.Nic]);
const REMOVE_PARAMETERS = methodParameters('InstanceTypeNicService.remove', { async: 'boolean' });

/**
 * The `instance_type_nic` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nic}
 */
export class InstanceTypeNicService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nic/methods/get}
   * @returns The `nic` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nic/methods/get/parameters/nic}
   */
  get(opts: InstanceTypeNicServiceGetOptions = {}): Promise<t.Nic> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Nic>;
  }

  /**
   * Updates the object: `PUT` of `<nic>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nic/methods/update}
   * @param nic The `nic` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nic/methods/update/parameters/nic}
   */
  update(nic: t.NicInit, opts: InstanceTypeNicServiceUpdateOptions = {}): Promise<t.Nic> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, nic);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(nic, 'nic', query, opts) as Promise<t.Nic>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_type_nic/methods/remove}
   */
  remove(opts: InstanceTypeNicServiceRemoveOptions = {}): Promise<void> {
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
