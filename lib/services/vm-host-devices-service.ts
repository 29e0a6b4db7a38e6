// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmHostDeviceService } from './vm-host-device-service';

/** Options of {@link VmHostDevicesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VmHostDevicesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_devices/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_devices/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('VmHostDevicesService.add', {}, ['hostDevice', t.HostDevice]);
const LIST_PARAMETERS = methodParameters('VmHostDevicesService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_host_devices` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_devices}
 */
export class VmHostDevicesService extends Service {
  /**
   * Adds an object: `POST` of `<host_device>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_devices/methods/add}
   * @param device The `device` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_devices/methods/add/parameters/device}
   */
  add(device: t.HostDeviceInit, opts: RequestOptions = {}): Promise<t.HostDevice> {
    const refused = checkParameters(ADD_PARAMETERS, opts, device);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(device, 'host_device', {}, opts) as Promise<t.HostDevice>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_devices/methods/list}
   * @returns The `device` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_devices/methods/list/parameters/device}
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
   * Like {@link VmHostDevicesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_devices/methods/list}
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

  /** Locates the `device` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_host_device}); sends no request. */
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
