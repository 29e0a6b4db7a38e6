// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmHostDeviceService } from './vm-host-device-service';

/**
 * Options of {@link VmHostDevicesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_devices/methods/list | reference: vm_host_devices.list}
 */
export interface VmHostDevicesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/hostdevices`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_devices/methods/list | reference: vm_host_devices.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/hostdevices`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_devices/methods/list | reference: vm_host_devices.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmHostDevicesService.add', {}, ['hostDevice', t.HostDevice]);
const LIST_PARAMETERS = methodParameters('VmHostDevicesService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_host_devices` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/hostdevices`.
 * Reached with `connection.systemService().vmsService().vmService(id).hostDevicesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_devices | reference: vm_host_devices}
 */
export class VmHostDevicesService extends Service {
  /**
   * Adds a `host_device`: sends `POST /vms/{vm_id}/hostdevices` with it as the `<host_device>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `device.id` or `device.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_devices/methods/add | reference: vm_host_devices.add}
   * @param device The `device` to send: `HostDeviceInit` (a `HostDevice` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `host_device` as the engine answers it.
   */
  add(device: t.HostDeviceInit, opts: RequestOptions = {}): Promise<t.HostDevice> {
    const refused = checkParameters(ADD_PARAMETERS, opts, device);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(device, 'host_device', {}, opts) as Promise<t.HostDevice>;
  }

  /**
   * Lists the `host_device` objects: sends `GET /vms/{vm_id}/hostdevices` and reads the `<host_devices>` the engine answers, one item per `<host_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_devices/methods/list | reference: vm_host_devices.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmHostDevicesServiceListOptions}).
   * @returns The `device`: a list of `HostDevice`.
   */
  list(opts: VmHostDevicesServiceListOptions = {}): Promise<List<t.HostDevice>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.HostDevice>>;
  }

  /**
   * Like {@link VmHostDevicesService.list} (it sends `GET /vms/{vm_id}/hostdevices` with the same options), but yields
   * each `host_device` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_devices/methods/list | reference: vm_host_devices.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: VmHostDevicesServiceListOptions = {}): AsyncGenerator<t.HostDevice, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmHostDevicesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.HostDevice, void, undefined>;
  }

  /**
   * Locates the `vm_host_device` service at `{device_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_host_device | reference: vm_host_device}
   */
  deviceService(id: string | number): VmHostDeviceService {
    return new VmHostDeviceService(this.connection, `${this.path}/${idSegment(id, 'VmHostDevicesService.deviceService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.deviceService(decodeURIComponent(head)).service(rest);
  }
}
