// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link VmHostDeviceService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_device/methods/get | reference: vm_host_device.get}
 */
export interface VmHostDeviceServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/hostdevices/{device_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_device/methods/get | reference: vm_host_device.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmHostDeviceService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_device/methods/remove | reference: vm_host_device.remove}
 */
export interface VmHostDeviceServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vms/{vm_id}/hostdevices/{device_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_device/methods/remove | reference: vm_host_device.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmHostDeviceService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('VmHostDeviceService.remove', { async: 'boolean' });

/**
 * The `vm_host_device` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/hostdevices/{device_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).hostDevicesService().deviceService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_device | reference: vm_host_device}
 */
export class VmHostDeviceService extends Service {
  /**
   * Retrieves the `host_device`: sends `GET /vms/{vm_id}/hostdevices/{device_id}` and reads the `<host_device>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_device/methods/get | reference: vm_host_device.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmHostDeviceServiceGetOptions}).
   * @returns The `device`: `HostDevice`.
   */
  get(opts: VmHostDeviceServiceGetOptions = {}): Promise<t.HostDevice> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.HostDevice>;
  }

  /**
   * Removes: sends `DELETE /vms/{vm_id}/hostdevices/{device_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_device/methods/remove | reference: vm_host_device.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmHostDeviceServiceRemoveOptions}).
   */
  remove(opts: VmHostDeviceServiceRemoveOptions = {}): Promise<void> {
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
