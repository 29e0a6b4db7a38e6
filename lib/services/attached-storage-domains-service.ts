// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AttachedStorageDomainService } from './attached-storage-domain-service';

/**
 * Options of {@link AttachedStorageDomainsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domains/methods/list | reference: attached_storage_domains.list}
 */
export interface AttachedStorageDomainsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /datacenters/{data_center_id}/storagedomains`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domains/methods/list | reference: attached_storage_domains.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /datacenters/{data_center_id}/storagedomains`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domains/methods/list | reference: attached_storage_domains.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('AttachedStorageDomainsService.add', {}, ['storageDomain', t.StorageDomain]);
const LIST_PARAMETERS = methodParameters('AttachedStorageDomainsService.list', { max: 'integer', follow: 'string' });

/**
 * The `attached_storage_domains` service of the API.
 *
 * Path below the API root: `/datacenters/{data_center_id}/storagedomains`.
 * Reached with `connection.systemService().dataCentersService().dataCenterService(id).storageDomainsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domains | reference: attached_storage_domains}
 */
export class AttachedStorageDomainsService extends Service {
  /**
   * Adds a `storage_domain`: sends `POST /datacenters/{data_center_id}/storagedomains` with it as the `<storage_domain>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `storageDomain.id` or `storageDomain.name`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domains/methods/add | reference: attached_storage_domains.add}
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
   * Lists the `storage_domain` objects: sends `GET /datacenters/{data_center_id}/storagedomains` and reads the `<storage_domains>` the engine answers, one item per `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domains/methods/list | reference: attached_storage_domains.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AttachedStorageDomainsServiceListOptions}).
   * @returns The `storage_domains`: a list of `StorageDomain`.
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
   * Like {@link AttachedStorageDomainsService.list} (it sends `GET /datacenters/{data_center_id}/storagedomains` with the same options), but yields
   * each `storage_domain` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domains/methods/list | reference: attached_storage_domains.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `attached_storage_domain` service at `{storage_domain_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/attached_storage_domain | reference: attached_storage_domain}
   */
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
