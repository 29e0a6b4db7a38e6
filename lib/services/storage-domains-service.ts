// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageDomainService } from './storage-domain-service';

/**
 * Options of {@link StorageDomainsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/list | reference: storage_domains.list}
 */
export interface StorageDomainsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /storagedomains`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/list | reference: storage_domains.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `search` of `GET /storagedomains`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/list | reference: storage_domains.list}
   */
  search?: string;
  /**
   * `boolean`, sent as query parameter `case_sensitive` of `GET /storagedomains`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/list | reference: storage_domains.list}
   */
  caseSensitive?: boolean;
  /**
   * `boolean`, sent as query parameter `filter` of `GET /storagedomains`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/list | reference: storage_domains.list}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/list | reference: storage_domains.list}
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
 * The `storage_domains` service of the API.
 *
 * Path below the API root: `/storagedomains`.
 * Reached with `connection.systemService().storageDomainsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains | reference: storage_domains}
 */
export class StorageDomainsService extends Service {
  /**
   * Adds a `storage_domain`: sends `POST /storagedomains` with it as the `<storage_domain>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `storageDomain.storage.type` is one of `iscsi`, `fcp`.
   *
   * Needs (the engine refuses the request without them):
   * - `storageDomain.host.id` or `storageDomain.host.name`
   * - `storageDomain.type`
   * - `storageDomain.storage.type`
   * - `storageDomain.storage.logicalUnits[].id`
   *
   * Also accepts: `storageDomain.storage.address`, `storageDomain.storage.logicalUnits[].lunMapping`, `storageDomain.storage.logicalUnits[].password`, `storageDomain.storage.logicalUnits[].paths`, `storageDomain.storage.logicalUnits[].portal`, `storageDomain.storage.logicalUnits[].productId`, `storageDomain.storage.logicalUnits[].serial`, `storageDomain.storage.logicalUnits[].username`, `storageDomain.storage.logicalUnits[].vendorId`, `storageDomain.name`, `storageDomain.storage.overrideLuns`, `storageDomain.storageFormat`, `storageDomain.wipeAfterDelete`.
   *
   * Rule: the engine's check, BackendStorageDomainsResource.add -> addSAN -> getLunIds: validateParameters(logicalUnit, "id") for each logical unit; address and target only together, when the host must log in.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/add | reference: storage_domains.add}
   * @param storageDomain The `storage_domain` to send: `StorageDomainInit` (a `StorageDomain` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_domain` as the engine answers it.
   */
  addDirectLun(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_DIRECT_LUN_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds a `storage_domain`: sends `POST /storagedomains` with it as the `<storage_domain>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   *
   * Needs (the engine refuses the request without them):
   * - `storageDomain.host.id` or `storageDomain.host.name`
   * - `storageDomain.type`
   * - `storageDomain.storage`
   * - when `storageDomain.storage.id` is not given: `storageDomain.storage.type`
   *
   * Also accepts: `storageDomain.comment`, `storageDomain.criticalSpaceActionBlocker`, `storageDomain.warningLowSpaceIndicator`, `storageDomain.backup`, `storageDomain.blockSize`, `storageDomain.storage.address`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/add | reference: storage_domains.add}
   * @param storageDomain The `storage_domain` to send: `StorageDomainInit` (a `StorageDomain` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_domain` as the engine answers it.
   */
  addBlockDomain(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_BLOCK_DOMAIN_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds a `storage_domain`: sends `POST /storagedomains` with it as the `<storage_domain>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `storageDomain.storage.type` is `nfs`.
   *
   * Needs (the engine refuses the request without them):
   * - `storageDomain.host.id` or `storageDomain.host.name`
   * - `storageDomain.type`
   * - `storageDomain.storage.type`
   * - `storageDomain.storage.path`
   * - `storageDomain.storage.address`
   * - `storageDomain.name`
   *
   * Also accepts: `storageDomain.name`, `storageDomain.storageFormat`, `storageDomain.wipeAfterDelete`.
   *
   * Rule: the engine's check, BackendStorageDomainsResource.add: for NFS validateParameters(storage, "path") (a file domain) and validateParameters(storage, "address"); addDomain: validateParameters(storageDomain, "name").
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/add | reference: storage_domains.add}
   * @param storageDomain The `storage_domain` to send: `StorageDomainInit` (a `StorageDomain` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_domain` as the engine answers it.
   */
  addByPath(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_BY_PATH_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds a `storage_domain`: sends `POST /storagedomains` with it as the `<storage_domain>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `storageDomain.storage.type` is `localfs`.
   *
   * Needs (the engine refuses the request without them):
   * - `storageDomain.host.id` or `storageDomain.host.name`
   * - `storageDomain.type`
   * - `storageDomain.storage.type`
   * - `storageDomain.storage.path`
   * - `storageDomain.name`
   *
   * Also accepts: `storageDomain.name`, `storageDomain.storageFormat`, `storageDomain.wipeAfterDelete`.
   *
   * Rule: the engine's check, BackendStorageDomainsResource.add: for a local domain validateParameters(storage, "path") (a file domain); addDomain: validateParameters(storageDomain, "name").
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/add | reference: storage_domains.add}
   * @param storageDomain The `storage_domain` to send: `StorageDomainInit` (a `StorageDomain` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_domain` as the engine answers it.
   */
  addLocal(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_LOCAL_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds a `storage_domain`: sends `POST /storagedomains` with it as the `<storage_domain>` body, and reads the object the engine answers.
   *
   * A signature of `add`: the same request, with the members of this case.
   * The engine takes this branch when `storageDomain.storage.type` is one of `glusterfs`, `posixfs`.
   *
   * Needs (the engine refuses the request without them):
   * - `storageDomain.host.id` or `storageDomain.host.name`
   * - `storageDomain.type`
   * - `storageDomain.storage.type`
   * - `storageDomain.storage.path`
   * - `storageDomain.storage.vfsType`
   * - `storageDomain.name`
   *
   * Also accepts: `storageDomain.name`, `storageDomain.storage.address`, `storageDomain.storage.mountOptions`, `storageDomain.storageFormat`, `storageDomain.wipeAfterDelete`.
   *
   * Rule: the engine's check, BackendStorageDomainsResource.add: for GlusterFS and POSIX validateParameters(storage, "path") and validateParameters(storage, "vfsType"); addDomain: validateParameters(storageDomain, "name").
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/add | reference: storage_domains.add}
   * @param storageDomain The `storage_domain` to send: `StorageDomainInit` (a `StorageDomain` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_domain` as the engine answers it.
   */
  addGlusterOrPostfs(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_GLUSTER_OR_POSTFS_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Adds a `storage_domain`: sends `POST /storagedomains` with it as the `<storage_domain>` body, and reads the object the engine answers.
   *
   * Its signatures send the same request for particular cases: `addDirectLun` (when `storageDomain.storage.type` is one of `iscsi`, `fcp`), `addBlockDomain`, `addByPath` (when `storageDomain.storage.type` is `nfs`), `addLocal` (when `storageDomain.storage.type` is `localfs`), `addGlusterOrPostfs` (when `storageDomain.storage.type` is one of `glusterfs`, `posixfs`).
   *
   * Needs (the engine refuses the request without them):
   * - `storageDomain.host.id` or `storageDomain.host.name`
   * - `storageDomain.type`
   * - `storageDomain.storage`
   * - when `storageDomain.storage.id` is not given: `storageDomain.storage.type`
   *
   * Also accepts: `storageDomain.comment`, `storageDomain.criticalSpaceActionBlocker`, `storageDomain.warningLowSpaceIndicator`, `storageDomain.backup`, `storageDomain.blockSize`.
   *
   * Rule: the engine's check, BackendStorageDomainsResource.add: validateParameters(storageDomain, "host.id|name", "type", "storage").
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/add | reference: storage_domains.add}
   * @param storageDomain The `storage_domain` to send: `StorageDomainInit` (a `StorageDomain` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_domain` as the engine answers it.
   */
  add(storageDomain: t.StorageDomainInit, opts: RequestOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(ADD_PARAMETERS, opts, storageDomain);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(storageDomain, 'storage_domain', {}, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Lists the `storage_domain` objects: sends `GET /storagedomains` and reads the `<storage_domains>` the engine answers, one item per `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/list | reference: storage_domains.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainsServiceListOptions}).
   * @returns The `storage_domains`: a list of `StorageDomain`.
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
   * Like {@link StorageDomainsService.list} (it sends `GET /storagedomains` with the same options), but yields
   * each `storage_domain` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains/methods/list | reference: storage_domains.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `storage_domain` service at `{storage_domain_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain | reference: storage_domain}
   */
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
