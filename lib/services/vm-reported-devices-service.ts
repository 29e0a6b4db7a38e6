// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { VmReportedDeviceService } from './vm-reported-device-service';

/** Options of {@link VmReportedDevicesService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface VmReportedDevicesServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_reported_devices/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_reported_devices/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('VmReportedDevicesService.list', { max: 'integer', follow: 'string' });

/**
 * The `vm_reported_devices` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_reported_devices}
 */
export class VmReportedDevicesService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_reported_devices/methods/list}
   * @returns The `reported_device` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_reported_devices/methods/list/parameters/reported_device}
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
   * Like {@link VmReportedDevicesService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_reported_devices/methods/list}
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

  /** Locates the `reported_device` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_reported_device}); sends no request. */
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
