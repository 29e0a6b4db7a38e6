// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AffinityLabelVmService } from './affinity-label-vm-service';

/** Options of {@link AffinityLabelVmsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityLabelVmsServiceListOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_vms/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AffinityLabelVmsService.add', {}, ['vm', t.Vm]);
const LIST_PARAMETERS = methodParameters('AffinityLabelVmsService.list', { follow: 'string' });

/**
 * The `affinity_label_vms` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_vms}
 */
export class AffinityLabelVmsService extends Service {
  /**
   * Adds an object: `POST` of `<vm>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_vms/methods/add}
   * @param vm The `vm` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_vms/methods/add/parameters/vm}
   */
  add(vm: t.VmInit, opts: RequestOptions = {}): Promise<t.Vm> {
    const refused = checkParameters(ADD_PARAMETERS, opts, vm);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(vm, 'vm', {}, opts) as Promise<t.Vm>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_vms/methods/list}
   * @returns The `vms` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_vms/methods/list/parameters/vms}
   */
  list(opts: AffinityLabelVmsServiceListOptions = {}): Promise<List<t.Vm>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Vm>>;
  }

  /**
   * Like {@link AffinityLabelVmsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_vms/methods/list}
   */
  listStream(opts: AffinityLabelVmsServiceListOptions = {}): AsyncGenerator<t.Vm, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AffinityLabelVmsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Vm, void, undefined>;
  }

  /** Locates the `vm` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_vm}); sends no request. */
  vmService(id: string | number): AffinityLabelVmService {
    return new AffinityLabelVmService(this.connection, `${this.path}/${idSegment(id, 'AffinityLabelVmsService.vmService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.vmService(decodeURIComponent(head)).service(rest);
  }
}
