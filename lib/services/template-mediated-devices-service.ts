// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateMediatedDeviceService } from './template-mediated-device-service';

/** Options of {@link TemplateMediatedDevicesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateMediatedDevicesServiceListOptions extends RequestOptions {
  /**
   * The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_devices/methods/list/parameters/max}
   * @since API 4.5
   */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_devices/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('TemplateMediatedDevicesService.add', {}, ['vmMediatedDevice', t.VmMediatedDevice]);
const LIST_PARAMETERS = methodParameters('TemplateMediatedDevicesService.list', { max: 'integer', follow: 'string' });

/**
 * The `template_mediated_devices` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_devices}
 * @since API 4.5
 */
export class TemplateMediatedDevicesService extends Service {
  /**
   * Adds an object: `POST` of `<vm_mediated_device>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_devices/methods/add}
   * @param device The `device` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_devices/methods/add/parameters/device}
   * @since API 4.5
   */
  add(device: t.VmMediatedDeviceInit, opts: RequestOptions = {}): Promise<t.VmMediatedDevice> {
    const refused = checkParameters(ADD_PARAMETERS, opts, device);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(device, 'vm_mediated_device', {}, opts) as Promise<t.VmMediatedDevice>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_devices/methods/list}
   * @returns The `devices` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_devices/methods/list/parameters/devices}
   * @since API 4.5
   */
  list(opts: TemplateMediatedDevicesServiceListOptions = {}): Promise<List<t.VmMediatedDevice>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.VmMediatedDevice>>;
  }

  /**
   * Like {@link TemplateMediatedDevicesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_devices/methods/list}
   */
  listStream(opts: TemplateMediatedDevicesServiceListOptions = {}): AsyncGenerator<t.VmMediatedDevice, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'TemplateMediatedDevicesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.VmMediatedDevice, void, undefined>;
  }

  /**
   * Locates the `device` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_mediated_device}); sends no request.
   * @since API 4.5
   */
  deviceService(id: string | number): TemplateMediatedDeviceService {
    return new TemplateMediatedDeviceService(this.connection, `${this.path}/${idSegment(id, 'TemplateMediatedDevicesService.deviceService')}`);
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
