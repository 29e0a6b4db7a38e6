// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link HostDeviceService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_device/methods/get | reference: host_device.get}
 */
export interface HostDeviceServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/devices/{device_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_device/methods/get | reference: host_device.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('HostDeviceService.get', { follow: 'string' });

/**
 * The `host_device` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/devices/{device_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id).devicesService().deviceService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_device | reference: host_device}
 */
export class HostDeviceService extends Service {
  /**
   * Retrieves the `host_device`: sends `GET /hosts/{host_id}/devices/{device_id}` and reads the `<host_device>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_device/methods/get | reference: host_device.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostDeviceServiceGetOptions}).
   * @returns The `device`: `HostDevice`.
   */
  get(opts: HostDeviceServiceGetOptions = {}): Promise<t.HostDevice> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.HostDevice>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
