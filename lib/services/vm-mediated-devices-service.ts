// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmMediatedDeviceService } from './vm-mediated-device-service';

/**
 * Options of {@link VmMediatedDevicesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_devices/methods/list | reference: vm_mediated_devices.list}
 */
export interface VmMediatedDevicesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /vms/{vm_id}/mediateddevices`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_devices/methods/list | reference: vm_mediated_devices.list}
   * @since API 4.5
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /vms/{vm_id}/mediateddevices`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_devices/methods/list | reference: vm_mediated_devices.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmMediatedDevicesService.add', {}, ['vmMediatedDevice', t.VmMediatedDevice]);
const LIST_PARAMETERS = methodParameters('VmMediatedDevicesService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_mediated_devices` service of the API.
 *
 * Path below the API root: `/vms/{vm_id}/mediateddevices`.
 * Reached with `connection.systemService().vmsService().vmService(id).mediatedDevicesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_devices | reference: vm_mediated_devices}
 * @since API 4.5
 */
export class VmMediatedDevicesService extends Service {
  /**
   * Adds a `vm_mediated_device`: sends `POST /vms/{vm_id}/mediateddevices` with it as the `<vm_mediated_device>` body, and reads the object the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_devices/methods/add | reference: vm_mediated_devices.add}
   * @param device The `device` to send: `VmMediatedDeviceInit` (a `VmMediatedDevice` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `vm_mediated_device` as the engine answers it.
   * @since API 4.5
   */
  add(device: t.VmMediatedDeviceInit, opts: RequestOptions = {}): Promise<t.VmMediatedDevice> {
    const refused = checkParameters(ADD_PARAMETERS, opts, device);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(device, 'vm_mediated_device', {}, opts) as Promise<t.VmMediatedDevice>;
  }

  /**
   * Lists the `vm_mediated_device` objects: sends `GET /vms/{vm_id}/mediateddevices` and reads the `<vm_mediated_devices>` the engine answers, one item per `<vm_mediated_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_devices/methods/list | reference: vm_mediated_devices.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link VmMediatedDevicesServiceListOptions}).
   * @returns The `devices`: a list of `VmMediatedDevice`.
   * @since API 4.5
   */
  list(opts: VmMediatedDevicesServiceListOptions = {}): Promise<List<t.VmMediatedDevice>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.VmMediatedDevice>>;
  }

  /**
   * Like {@link VmMediatedDevicesService.list} (it sends `GET /vms/{vm_id}/mediateddevices` with the same options), but yields
   * each `vm_mediated_device` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_devices/methods/list | reference: vm_mediated_devices.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   * @since API 4.5
   */
  listStream(opts: VmMediatedDevicesServiceListOptions = {}): AsyncGenerator<t.VmMediatedDevice, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'VmMediatedDevicesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.VmMediatedDevice, void, undefined>;
  }

  /**
   * Locates the `vm_mediated_device` service at `{device_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_mediated_device | reference: vm_mediated_device}
   * @since API 4.5
   */
  deviceService(id: string | number): VmMediatedDeviceService {
    return new VmMediatedDeviceService(this.connection, `${this.path}/${idSegment(id, 'VmMediatedDevicesService.deviceService')}`);
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
