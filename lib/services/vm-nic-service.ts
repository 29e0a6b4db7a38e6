// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { NicNetworkFilterParametersService } from './nic-network-filter-parameters-service';
import { StatisticsService } from './statistics-service';
import { VmReportedDevicesService } from './vm-reported-devices-service';

/**
 * Options of {@link VmNicService.activate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/activate | reference: vm_nic.activate}
 */
export interface VmNicServiceActivateOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/nics/{nic_id}/activate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/activate | reference: vm_nic.activate}
   */
  async?: boolean;
}

/**
 * Options of {@link VmNicService.deactivate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/deactivate | reference: vm_nic.deactivate}
 */
export interface VmNicServiceDeactivateOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /vms/{vm_id}/nics/{nic_id}/deactivate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/deactivate | reference: vm_nic.deactivate}
   */
  async?: boolean;
}

/**
 * Options of {@link VmNicService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/get | reference: vm_nic.get}
 */
export interface VmNicServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/get | reference: vm_nic.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmNicService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/update | reference: vm_nic.update}
 */
export interface VmNicServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /vms/{vm_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/update | reference: vm_nic.update}
   */
  async?: boolean;
}

/**
 * Options of {@link VmNicService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/remove | reference: vm_nic.remove}
 */
export interface VmNicServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vms/{vm_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/remove | reference: vm_nic.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ACTIVATE_PARAMETERS = methodParameters('VmNicService.activate', { async: 'boolean' });
const DEACTIVATE_PARAMETERS = methodParameters('VmNicService.deactivate', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('VmNicService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmNicService.update', { async: 'boolean' }, ['nic', t.Nic]);
const REMOVE_PARAMETERS = methodParameters('VmNicService.remove', { async: 'boolean' });

/**
 * The `vm_nic` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/nics/{nic_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).nicsService().nicService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic | reference: vm_nic}
 */
export class VmNicService extends Service {
  /**
   * The `activate` action: sends `POST /vms/{vm_id}/nics/{nic_id}/activate` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/activate | reference: vm_nic.activate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmNicServiceActivateOptions}).
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
   * The `deactivate` action: sends `POST /vms/{vm_id}/nics/{nic_id}/deactivate` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/deactivate | reference: vm_nic.deactivate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmNicServiceDeactivateOptions}).
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
   * Retrieves the `nic`: sends `GET /vms/{vm_id}/nics/{nic_id}` and reads the `<nic>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/get | reference: vm_nic.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmNicServiceGetOptions}).
   * @returns The `nic`: `Nic`.
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
   * Updates the `nic`: sends `PUT /vms/{vm_id}/nics/{nic_id}` with the `<nic>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `nic.linked`, `nic.mac.address`, `nic.name`, `nic.plugged`, `nic.vnicProfile.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/update | reference: vm_nic.update}
   * @param nic The `nic` to send: `NicInit` (a `Nic` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmNicServiceUpdateOptions}).
   * @returns The `nic` as the engine answers it.
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
   * Removes: sends `DELETE /vms/{vm_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_nic/methods/remove | reference: vm_nic.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmNicServiceRemoveOptions}).
   */
  remove(opts: VmNicServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `statistics` service at `statistics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
   */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /**
   * Locates the `vm_reported_devices` service at `reporteddevices` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_devices | reference: vm_reported_devices}
   */
  reportedDevicesService(): VmReportedDevicesService {
    return new VmReportedDevicesService(this.connection, `${this.path}/reporteddevices`);
  }

  /**
   * Locates the `nic_network_filter_parameters` service at `networkfilterparameters` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/nic_network_filter_parameters | reference: nic_network_filter_parameters}
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
