// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link VmMediatedDeviceService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device/methods/get | reference: vm_mediated_device.get}
 */
export interface VmMediatedDeviceServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/mediateddevices/{device_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device/methods/get | reference: vm_mediated_device.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link VmMediatedDeviceService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device/methods/update | reference: vm_mediated_device.update}
 */
export interface VmMediatedDeviceServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /vms/{vm_id}/mediateddevices/{device_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device/methods/update | reference: vm_mediated_device.update}
   * @since API 4.5
   */
  async?: boolean;
}

/**
 * Options of {@link VmMediatedDeviceService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device/methods/remove | reference: vm_mediated_device.remove}
 */
export interface VmMediatedDeviceServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /vms/{vm_id}/mediateddevices/{device_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device/methods/remove | reference: vm_mediated_device.remove}
   * @since API 4.5
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmMediatedDeviceService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('VmMediatedDeviceService.update', { async: 'boolean' }, ['vmMediatedDevice', t.VmMediatedDevice]);
const REMOVE_PARAMETERS = methodParameters('VmMediatedDeviceService.remove', { async: 'boolean' });

/**
 * The `vm_mediated_device` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/mediateddevices/{device_id}`.
 * Reached with `connection.systemService().vmsService().vmService(id).mediatedDevicesService().deviceService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device | reference: vm_mediated_device}
 */
export class VmMediatedDeviceService extends Service {
  /**
   * Retrieves the `vm_mediated_device`: sends `GET /vms/{vm_id}/mediateddevices/{device_id}` and reads the `<vm_mediated_device>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device/methods/get | reference: vm_mediated_device.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmMediatedDeviceServiceGetOptions}).
   * @returns The `device`: `VmMediatedDevice`.
   * @since API 4.5
   */
  get(opts: VmMediatedDeviceServiceGetOptions = {}): Promise<t.VmMediatedDevice> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.VmMediatedDevice>;
  }

  /**
   * Updates the `vm_mediated_device`: sends `PUT /vms/{vm_id}/mediateddevices/{device_id}` with the `<vm_mediated_device>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device/methods/update | reference: vm_mediated_device.update}
   * @param device The `device` to send: `VmMediatedDeviceInit` (a `VmMediatedDevice` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmMediatedDeviceServiceUpdateOptions}).
   * @returns The `vm_mediated_device` as the engine answers it.
   * @since API 4.5
   */
  update(device: t.VmMediatedDeviceInit, opts: VmMediatedDeviceServiceUpdateOptions = {}): Promise<t.VmMediatedDevice> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, device);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(device, 'vm_mediated_device', query, opts) as Promise<t.VmMediatedDevice>;
  }

  /**
   * Removes: sends `DELETE /vms/{vm_id}/mediateddevices/{device_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device/methods/remove | reference: vm_mediated_device.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmMediatedDeviceServiceRemoveOptions}).
   * @since API 4.5
   */
  remove(opts: VmMediatedDeviceServiceRemoveOptions = {}): Promise<void> {
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
