// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageService } from './storage-service';

/**
 * Options of {@link HostStorageService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_storage/methods/list | reference: host_storage.list}
 */
export interface HostStorageServiceListOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `report_status` of `GET /hosts/{host_id}/storage`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_storage/methods/list | reference: host_storage.list}
   */
  reportStatus?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}/storage`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_storage/methods/list | reference: host_storage.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('HostStorageService.list', { reportStatus: 'boolean', follow: 'string' });

/**
 * The `host_storage` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}/storage`.
 * Reached with `connection.systemService().hostsService().hostService(id).storageService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_storage | reference: host_storage}
 */
export class HostStorageService extends Service {
  /**
   * Lists the `host_storage` objects: sends `GET /hosts/{host_id}/storage` and reads the `<host_storages>` the engine answers, one item per `<host_storage>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_storage/methods/list | reference: host_storage.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostStorageServiceListOptions}).
   * @returns The `storages`: a list of `HostStorage`.
   */
  list(opts: HostStorageServiceListOptions = {}): Promise<List<t.HostStorage>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      report_status: opts.reportStatus,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.HostStorage>>;
  }

  /**
   * Like {@link HostStorageService.list} (it sends `GET /hosts/{host_id}/storage` with the same options), but yields
   * each `host_storage` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_storage/methods/list | reference: host_storage.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: HostStorageServiceListOptions = {}): AsyncGenerator<t.HostStorage, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'HostStorageService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      report_status: opts.reportStatus,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.HostStorage, void, undefined>;
  }

  /**
   * Locates the `storage` service at `{storage_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage | reference: storage}
   */
  storageService(id: string | number): StorageService {
    return new StorageService(this.connection, `${this.path}/${idSegment(id, 'HostStorageService.storageService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.storageService(decodeURIComponent(head)).service(rest);
  }
}
