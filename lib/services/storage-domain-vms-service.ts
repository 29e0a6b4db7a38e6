// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageDomainVmService } from './storage-domain-vm-service';

/**
 * Options of {@link StorageDomainVmsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vms/methods/list | reference: storage_domain_vms.list}
 */
export interface StorageDomainVmsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /storagedomains/{storage_domain_id}/vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vms/methods/list | reference: storage_domain_vms.list}
   */
  max?: number;
  /**
   * `boolean`, sent as query parameter `unregistered` of `GET /storagedomains/{storage_domain_id}/vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vms/methods/list | reference: storage_domain_vms.list}
   * @since API 4.1.1
   */
  unregistered?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/vms`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vms/methods/list | reference: storage_domain_vms.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('StorageDomainVmsService.list', { max: 'integer', unregistered: 'boolean', follow: 'string' });

/**
 * The `storage_domain_vms` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/vms`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).vmsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vms | reference: storage_domain_vms}
 */
export class StorageDomainVmsService extends Service {
  /**
   * Lists the `vm` objects: sends `GET /storagedomains/{storage_domain_id}/vms` and reads the `<vms>` the engine answers, one item per `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vms/methods/list | reference: storage_domain_vms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainVmsServiceListOptions}).
   * @returns The `vm`: a list of `Vm`.
   */
  list(opts: StorageDomainVmsServiceListOptions = {}): Promise<List<t.Vm>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      unregistered: opts.unregistered,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Vm>>;
  }

  /**
   * Like {@link StorageDomainVmsService.list} (it sends `GET /storagedomains/{storage_domain_id}/vms` with the same options), but yields
   * each `vm` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vms/methods/list | reference: storage_domain_vms.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: StorageDomainVmsServiceListOptions = {}): AsyncGenerator<t.Vm, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StorageDomainVmsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      unregistered: opts.unregistered,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Vm, void, undefined>;
  }

  /**
   * Locates the `storage_domain_vm` service at `{vm_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_vm | reference: storage_domain_vm}
   */
  vmService(id: string | number): StorageDomainVmService {
    return new StorageDomainVmService(this.connection, `${this.path}/${idSegment(id, 'StorageDomainVmsService.vmService')}`);
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
