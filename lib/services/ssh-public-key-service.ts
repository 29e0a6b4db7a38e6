// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link SshPublicKeyService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface SshPublicKeyServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link SshPublicKeyService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface SshPublicKeyServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link SshPublicKeyService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface SshPublicKeyServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SshPublicKeyService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('SshPublicKeyService.update', { async: 'boolean' }, ['sshPublicKey', t.SshPublicKey]);
const REMOVE_PARAMETERS = methodParameters('SshPublicKeyService.remove', { async: 'boolean' });

/**
 * The `ssh_public_key` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key}
 */
export class SshPublicKeyService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key/methods/get}
   * @returns The `key` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key/methods/get/parameters/key}
   */
  get(opts: SshPublicKeyServiceGetOptions = {}): Promise<t.SshPublicKey> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.SshPublicKey>;
  }

  /**
   * Updates the object: `PUT` of `<ssh_public_key>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key/methods/update}
   * @param key The `key` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key/methods/update/parameters/key}
   * @deprecated The model marks it deprecated.
   */
  update(key: t.SshPublicKeyInit, opts: SshPublicKeyServiceUpdateOptions = {}): Promise<t.SshPublicKey> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, key);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(key, 'ssh_public_key', query, opts) as Promise<t.SshPublicKey>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key/methods/remove}
   */
  remove(opts: SshPublicKeyServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    return super.service(path);
  }
}
