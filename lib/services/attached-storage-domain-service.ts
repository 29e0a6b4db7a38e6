// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AttachedStorageDomainDisksService } from './attached-storage-domain-disks-service';

/** Options of {@link AttachedStorageDomainService.activate}: the method's parameters, plus extra `query` and `headers`. */
export interface AttachedStorageDomainServiceActivateOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/activate/parameters/async} */
  async?: boolean;
}

/** Options of {@link AttachedStorageDomainService.deactivate}: the method's parameters, plus extra `query` and `headers`. */
export interface AttachedStorageDomainServiceDeactivateOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/deactivate/parameters/async} */
  async?: boolean;
  /**
   * The `force` parameter (`<force>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/deactivate/parameters/force}
   * @since API 4.2
   */
  force?: boolean;
}

/** Options of {@link AttachedStorageDomainService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface AttachedStorageDomainServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link AttachedStorageDomainService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface AttachedStorageDomainServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ACTIVATE_PARAMETERS = methodParameters('AttachedStorageDomainService.activate', { async: 'boolean' });
const DEACTIVATE_PARAMETERS = methodParameters('AttachedStorageDomainService.deactivate', { async: 'boolean', force: 'boolean' });
const GET_PARAMETERS = methodParameters('AttachedStorageDomainService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('AttachedStorageDomainService.remove', { async: 'boolean' });

/**
 * The `attached_storage_domain` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain}
 */
export class AttachedStorageDomainService extends Service {
  /**
   * The `activate` action: `POST` of an `<action>` to `.../activate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/activate}
   */
  activate(opts: AttachedStorageDomainServiceActivateOptions = {}): Promise<void> {
    const refused = checkParameters(ACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('activate', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `deactivate` action: `POST` of an `<action>` to `.../deactivate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/deactivate}
   */
  deactivate(opts: AttachedStorageDomainServiceDeactivateOptions = {}): Promise<void> {
    const refused = checkParameters(DEACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
      force: opts.force,
    };
    return this._action('deactivate', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/get}
   * @returns The `storage_domain` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/get/parameters/storage_domain}
   */
  get(opts: AttachedStorageDomainServiceGetOptions = {}): Promise<t.StorageDomain> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.StorageDomain>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain/methods/remove}
   */
  remove(opts: AttachedStorageDomainServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `disks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/attached_storage_domain_disks}); sends no request. */
  disksService(): AttachedStorageDomainDisksService {
    return new AttachedStorageDomainDisksService(this.connection, `${this.path}/disks`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'disks': return this.disksService().service(rest);
    }
    return super.service(path);
  }
}
