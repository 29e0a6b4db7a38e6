// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AttachedStorageDomainService } from './attached-storage-domain-service';

/** Options of {@link AttachedStorageDomainsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface AttachedStorageDomainsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domains/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domains/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AttachedStorageDomainsService.add', {}, ['storageDomain', t.StorageDomain]);
const LIST_PARAMETERS = methodParameters('AttachedStorageDomainsService.list', { max: 'integer', follow: 'string' });

/**
 * The `attached_storage_domains` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domains}
 */
export class AttachedStorageDomainsService extends Service {
  /**
   * Adds an object: `POST` of `<storage_domain>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domains/methods/add}
   * @param storageDomain The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domains/methods/add/parameters/storage_domain}
   */
  add(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domains/methods/list}
   * @returns The `storage_domains` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domains/methods/list/parameters/storage_domains}
   */
  list(opts: AttachedStorageDomainsServiceListOptions = {}): Promise<List<t.StorageDomain>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.StorageDomain>>;
  }

  /**
   * Like {@link AttachedStorageDomainsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domains/methods/list}
   */
  listStream(opts: AttachedStorageDomainsServiceListOptions = {}): AsyncGenerator<t.StorageDomain, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'AttachedStorageDomainsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.StorageDomain, void, undefined>;
  }

  /** Locates the `storage_domain` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain}); sends no request. */
  storageDomainService(id: string | number): AttachedStorageDomainService {
    return new AttachedStorageDomainService(this.connection, `${this.path}/${idSegment(id, 'AttachedStorageDomainsService.storageDomainService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.storageDomainService(decodeURIComponent(head)).service(rest);
  }
}
