// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { StorageDomainServerConnectionService } from './storage-domain-server-connection-service';

/**
 * Options of {@link StorageDomainServerConnectionsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connections/methods/list | reference: storage_domain_server_connections.list}
 */
export interface StorageDomainServerConnectionsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /storagedomains/{storage_domain_id}/storageconnections`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connections/methods/list | reference: storage_domain_server_connections.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /storagedomains/{storage_domain_id}/storageconnections`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connections/methods/list | reference: storage_domain_server_connections.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('StorageDomainServerConnectionsService.add', {}, ['storageConnection', t.StorageConnection]);
const LIST_PARAMETERS = methodParameters('StorageDomainServerConnectionsService.list', { max: 'integer', follow: 'string' });

/**
 * The `storage_domain_server_connections` service of the API.
 *
 * Path below the API root: `/storagedomains/{storage_domain_id}/storageconnections`.
 * Reached with `connection.systemService().storageDomainsService().storageDomainService(id).storageConnectionsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connections | reference: storage_domain_server_connections}
 */
export class StorageDomainServerConnectionsService extends Service {
  /**
   * Adds a `storage_connection`: sends `POST /storagedomains/{storage_domain_id}/storageconnections` with it as the `<storage_connection>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `connection.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connections/methods/add | reference: storage_domain_server_connections.add}
   * @param connection The `connection` to send: `StorageConnectionInit` (a `StorageConnection` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `storage_connection` as the engine answers it.
   */
  add(connection: t.StorageConnectionInit, opts: RequestOptions = {}): Promise<t.StorageConnection> {
    const refused = checkParameters(ADD_PARAMETERS, opts, connection);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(connection, 'storage_connection', {}, opts) as Promise<t.StorageConnection>;
  }

  /**
   * Lists the `storage_connection` objects: sends `GET /storagedomains/{storage_domain_id}/storageconnections` and reads the `<storage_connections>` the engine answers, one item per `<storage_connection>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connections/methods/list | reference: storage_domain_server_connections.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link StorageDomainServerConnectionsServiceListOptions}).
   * @returns The `connections`: a list of `StorageConnection`.
   */
  list(opts: StorageDomainServerConnectionsServiceListOptions = {}): Promise<List<t.StorageConnection>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.StorageConnection>>;
  }

  /**
   * Like {@link StorageDomainServerConnectionsService.list} (it sends `GET /storagedomains/{storage_domain_id}/storageconnections` with the same options), but yields
   * each `storage_connection` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connections/methods/list | reference: storage_domain_server_connections.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: StorageDomainServerConnectionsServiceListOptions = {}): AsyncGenerator<t.StorageConnection, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'StorageDomainServerConnectionsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.StorageConnection, void, undefined>;
  }

  /**
   * Locates the `storage_domain_server_connection` service at `{connection_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domain_server_connection | reference: storage_domain_server_connection}
   */
  connectionService(id: string | number): StorageDomainServerConnectionService {
    return new StorageDomainServerConnectionService(this.connection, `${this.path}/${idSegment(id, 'StorageDomainServerConnectionsService.connectionService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.connectionService(decodeURIComponent(head)).service(rest);
  }
}
