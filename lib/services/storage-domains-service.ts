// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageDomainService } from './storage-domain-service';

/** Options of {@link StorageDomainsService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface StorageDomainsServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/list/parameters/max} */
  max?: number;
  /** The `search` parameter (query parameter `search`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/list/parameters/search} */
  search?: string;
  /** The `case_sensitive` parameter (query parameter `case_sensitive`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/list/parameters/case_sensitive} */
  caseSensitive?: boolean;
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/list/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_DIRECT_LUN_PARAMETERS = methodParameters('StorageDomainsService.addDirectLun', {}, ['storageDomain', t.StorageDomain]);
const ADD_BLOCK_DOMAIN_PARAMETERS = methodParameters('StorageDomainsService.addBlockDomain', {}, ['storageDomain', t.StorageDomain]);
const ADD_BY_PATH_PARAMETERS = methodParameters('StorageDomainsService.addByPath', {}, ['storageDomain', t.StorageDomain]);
const ADD_LOCAL_PARAMETERS = methodParameters('StorageDomainsService.addLocal', {}, ['storageDomain', t.StorageDomain]);
const ADD_GLUSTER_OR_POSTFS_PARAMETERS = methodParameters('StorageDomainsService.addGlusterOrPostfs', {}, ['storageDomain', t.StorageDomain]);
const ADD_PARAMETERS = methodParameters('StorageDomainsService.add', {}, ['storageDomain', t.StorageDomain]);
const LIST_PARAMETERS = methodParameters('StorageDomainsService.list', { max: 'integer', search: 'string', caseSensitive: 'boolean', filter: 'boolean', follow: 'string' });

/**
 * The `storage_domains` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains}
 */
export class StorageDomainsService extends Service {
  /**
   * Adds an object: `POST` of `<storage_domain>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_direct_lun}
   * @param storageDomain The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_direct_lun/parameters/storage_domain}
   */
  addDirectLun(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_DIRECT_LUN_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds an object: `POST` of `<storage_domain>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_block_domain}
   * @param storageDomain The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_block_domain/parameters/storage_domain}
   */
  addBlockDomain(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_BLOCK_DOMAIN_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds an object: `POST` of `<storage_domain>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_by_path}
   * @param storageDomain The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_by_path/parameters/storage_domain}
   */
  addByPath(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_BY_PATH_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds an object: `POST` of `<storage_domain>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_local}
   * @param storageDomain The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_local/parameters/storage_domain}
   */
  addLocal(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_LOCAL_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds an object: `POST` of `<storage_domain>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_gluster_or_postfs}
   * @param storageDomain The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add_gluster_or_postfs/parameters/storage_domain}
   */
  addGlusterOrPostfs(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_GLUSTER_OR_POSTFS_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds an object: `POST` of `<storage_domain>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add}
   * @param storageDomain The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/add/parameters/storage_domain}
   */
  add(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/list}
   * @returns The `storage_domains` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/list/parameters/storage_domains}
   */
  list(opts: StorageDomainsServiceListOptions = {}): Promise<List<t.StorageDomain>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.StorageDomain>>;
  }

  /**
   * Like {@link StorageDomainsService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains/methods/list}
   */
  listStream(opts: StorageDomainsServiceListOptions = {}): AsyncGenerator<t.StorageDomain, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StorageDomainsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      search: opts.search,
      case_sensitive: opts.caseSensitive,
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.StorageDomain, void, undefined>;
  }

  /** Locates the `storage_domain` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domain}); sends no request. */
  storageDomainService(id: string | number): StorageDomainService {
    return new StorageDomainService(this.connection, `${this.path}/${idSegment(id, 'StorageDomainsService.storageDomainService')}`);
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
