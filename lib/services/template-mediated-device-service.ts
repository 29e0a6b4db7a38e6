// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link TemplateMediatedDeviceService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateMediatedDeviceServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link TemplateMediatedDeviceService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateMediatedDeviceServiceUpdateOptions extends RequestOptions {
  /**
   * The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device/methods/update/parameters/async}
   * @since API 4.5
   */
  async?: boolean;
}

/** Options of {@link TemplateMediatedDeviceService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateMediatedDeviceServiceRemoveOptions extends RequestOptions {
  /**
   * The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device/methods/remove/parameters/async}
   * @since API 4.5
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TemplateMediatedDeviceService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('TemplateMediatedDeviceService.update', { async: 'boolean' }, ['vmMediatedDevice', t.VmMediatedDevice]);
const REMOVE_PARAMETERS = methodParameters('TemplateMediatedDeviceService.remove', { async: 'boolean' });

/**
 * The `template_mediated_device` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device}
 */
export class TemplateMediatedDeviceService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device/methods/get}
   * @returns The `device` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device/methods/get/parameters/device}
   * @since API 4.5
   */
  get(opts: TemplateMediatedDeviceServiceGetOptions = {}): Promise<t.VmMediatedDevice> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.VmMediatedDevice>;
  }

  /**
   * Updates the object: `PUT` of `<vm_mediated_device>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device/methods/update}
   * @param devices The `devices` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device/methods/update/parameters/devices}
   * @since API 4.5
   */
  update(devices: t.VmMediatedDeviceInit, opts: TemplateMediatedDeviceServiceUpdateOptions = {}): Promise<t.VmMediatedDevice> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, devices);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(devices, 'vm_mediated_device', query, opts) as Promise<t.VmMediatedDevice>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device/methods/remove}
   * @since API 4.5
   */
  remove(opts: TemplateMediatedDeviceServiceRemoveOptions = {}): Promise<void> {
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
