// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmReportedDeviceService } from './vm-reported-device-service';

/**
 * Options of {@link VmReportedDevicesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_devices/methods/list | reference: vm_reported_devices.list}
 */
export interface VmReportedDevicesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/reporteddevices` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_devices/methods/list | reference: vm_reported_devices.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/reporteddevices` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_devices/methods/list | reference: vm_reported_devices.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('VmReportedDevicesService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_reported_devices` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/reporteddevices` (and 1 other, such as `/vms/{vm_id}/nics/{nic_id}/reporteddevices`).
 * Reached with `connection.systemService().vmsService().vmService(id).reportedDevicesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_devices | reference: vm_reported_devices}
 */
export class VmReportedDevicesService extends Service {
  /**
   * Lists the `reported_device` objects: sends `GET /vms/{vm_id}/reporteddevices` (or the same below any other of the service's 2 paths) and reads the `<reported_devices>` the engine answers, one item per `<reported_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_devices/methods/list | reference: vm_reported_devices.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmReportedDevicesServiceListOptions}).
   * @returns The `reported_device`: a list of `ReportedDevice`.
   */
  list(opts: VmReportedDevicesServiceListOptions = {}): Promise<List<t.ReportedDevice>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.ReportedDevice>>;
  }

  /**
   * Like {@link VmReportedDevicesService.list} (it sends `GET /vms/{vm_id}/reporteddevices` (or the same below any other of the service's 2 paths) with the same options), but yields
   * each `reported_device` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_devices/methods/list | reference: vm_reported_devices.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: VmReportedDevicesServiceListOptions = {}): AsyncGenerator<t.ReportedDevice, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmReportedDevicesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.ReportedDevice, void, undefined>;
  }

  /**
   * Locates the `vm_reported_device` service at `{reported_device_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_reported_device | reference: vm_reported_device}
   */
  reportedDeviceService(id: string | number): VmReportedDeviceService {
    return new VmReportedDeviceService(this.connection, `${this.path}/${idSegment(id, 'VmReportedDevicesService.reportedDeviceService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.reportedDeviceService(decodeURIComponent(head)).service(rest);
  }
}
