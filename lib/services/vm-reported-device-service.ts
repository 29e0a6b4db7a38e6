// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link VmReportedDeviceService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_device/methods/get | reference: vm_reported_device.get}
 */
export interface VmReportedDeviceServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/reporteddevices/{reported_device_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_device/methods/get | reference: vm_reported_device.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('VmReportedDeviceService.get', { follow: 'string' });

/**
 * The `vm_reported_device` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/reporteddevices/{reported_device_id}` (and 1 other, such as `/vms/{vm_id}/nics/{nic_id}/reporteddevices/{reported_device_id}`).
 * Reached with `connection.systemService().vmsService().vmService(id).reportedDevicesService().reportedDeviceService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_device | reference: vm_reported_device}
 */
export class VmReportedDeviceService extends Service {
  /**
   * Retrieves the `reported_device`: sends `GET /vms/{vm_id}/reporteddevices/{reported_device_id}` (or the same below any other of the service's 2 paths) and reads the `<reported_device>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_device/methods/get | reference: vm_reported_device.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmReportedDeviceServiceGetOptions}).
   * @returns The `reported_device`: `ReportedDevice`.
   */
  get(opts: VmReportedDeviceServiceGetOptions = {}): Promise<t.ReportedDevice> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.ReportedDevice>;
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
