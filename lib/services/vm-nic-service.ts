// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { NicNetworkFilterParametersService } from './nic-network-filter-parameters-service';
import { StatisticsService } from './statistics-service';
import { VmReportedDevicesService } from './vm-reported-devices-service';

/** Options of {@link VmNicService.activate}: the method's parameters, plus extra `query` and `headers`. */
export interface VmNicServiceActivateOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/activate/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmNicService.deactivate}: the method's parameters, plus extra `query` and `headers`. */
export interface VmNicServiceDeactivateOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/deactivate/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmNicService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface VmNicServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link VmNicService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface VmNicServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link VmNicService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface VmNicServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ACTIVATE_PARAMETERS = methodParameters('VmNicService.activate', { async: 'boolean' });
const DEACTIVATE_PARAMETERS = methodParameters('VmNicService.deactivate', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('VmNicService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmNicService.update', { async: 'boolean' }, ['nic', t.Nic]);
const REMOVE_PARAMETERS = methodParameters('VmNicService.remove', { async: 'boolean' });

/**
 * The `vm_nic` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic}
 */
export class VmNicService extends Service {
  /**
   * The `activate` action: `POST` of an `<action>` to `.../activate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/activate}
   */
  activate(opts: VmNicServiceActivateOptions = {}): Promise<void> {
    const refused = checkParameters(ACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('activate', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `deactivate` action: `POST` of an `<action>` to `.../deactivate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/deactivate}
   */
  deactivate(opts: VmNicServiceDeactivateOptions = {}): Promise<void> {
    const refused = checkParameters(DEACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('deactivate', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/get}
   * @returns The `nic` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/get/parameters/nic}
   */
  get(opts: VmNicServiceGetOptions = {}): Promise<t.Nic> {
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
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/update}
   * @param nic The `nic` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/update/parameters/nic}
   */
  update(nic: t.NicInit, opts: VmNicServiceUpdateOptions = {}): Promise<t.Nic> {
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
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_nic/methods/remove}
   */
  remove(opts: VmNicServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `statistics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/statistics}); sends no request. */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Locates the `reported_devices` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_reported_devices}); sends no request. */
  reportedDevicesService(): VmReportedDevicesService {
    return new VmReportedDevicesService(this.connection, `${this.path}/reporteddevices`);
  }

  /**
   * Locates the `network_filter_parameters` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/nic_network_filter_parameters}); sends no request.
   * @since API 4.2
   */
  networkFilterParametersService(): NicNetworkFilterParametersService {
    return new NicNetworkFilterParametersService(this.connection, `${this.path}/networkfilterparameters`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'statistics': return this.statisticsService().service(rest);
      case 'reporteddevices': return this.reportedDevicesService().service(rest);
      case 'networkfilterparameters': return this.networkFilterParametersService().service(rest);
    }
    return super.service(path);
  }
}
