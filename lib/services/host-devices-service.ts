// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { HostDeviceService } from './host-device-service';

/**
 * Options of {@link HostDevicesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_devices/methods/list | reference: host_devices.list}
 */
export interface HostDevicesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /hosts/{host_id}/devices`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_devices/methods/list | reference: host_devices.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/devices`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_devices/methods/list | reference: host_devices.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('HostDevicesService.list', { max: 'integer', follow: 'string' });

/**
 * The `host_devices` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/devices`.
 * Reached with `connection.systemService().hostsService().hostService(id).devicesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_devices | reference: host_devices}
 */
export class HostDevicesService extends Service {
  /**
   * Lists the `host_device` objects: sends `GET /hosts/{host_id}/devices` and reads the `<host_devices>` the engine answers, one item per `<host_device>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_devices/methods/list | reference: host_devices.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostDevicesServiceListOptions}).
   * @returns The `devices`: a list of `HostDevice`.
   */
  list(opts: HostDevicesServiceListOptions = {}): Promise<List<t.HostDevice>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.HostDevice>>;
  }

  /**
   * Like {@link HostDevicesService.list} (it sends `GET /hosts/{host_id}/devices` with the same options), but yields
   * each `host_device` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_devices/methods/list | reference: host_devices.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: HostDevicesServiceListOptions = {}): AsyncGenerator<t.HostDevice, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'HostDevicesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.HostDevice, void, undefined>;
  }

  /**
   * Locates the `host_device` service at `{device_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_device | reference: host_device}
   */
  deviceService(id: string | number): HostDeviceService {
    return new HostDeviceService(this.connection, `${this.path}/${idSegment(id, 'HostDevicesService.deviceService')}`);
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
