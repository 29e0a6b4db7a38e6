// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageService } from './storage-service';

/** Options of {@link HostStorageService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface HostStorageServiceListOptions extends RequestOptions {
  /** The `report_status` parameter (query parameter `report_status`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_storage/methods/list/parameters/report_status} */
  reportStatus?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_storage/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('HostStorageService.list', { reportStatus: 'boolean', follow: 'string' });

/**
 * The `host_storage` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_storage}
 */
export class HostStorageService extends Service {
  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_storage/methods/list}
   * @returns The `storages` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_storage/methods/list/parameters/storages}
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
   * Like {@link HostStorageService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_storage/methods/list}
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

  /** Locates the `storage` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage}); sends no request. */
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
