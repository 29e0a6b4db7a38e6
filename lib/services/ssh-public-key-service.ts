// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link SshPublicKeyService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key/methods/get | reference: ssh_public_key.get}
 */
export interface SshPublicKeyServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /users/{user_id}/sshpublickeys/{key_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key/methods/get | reference: ssh_public_key.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link SshPublicKeyService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key/methods/update | reference: ssh_public_key.update}
 */
export interface SshPublicKeyServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /users/{user_id}/sshpublickeys/{key_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key/methods/update | reference: ssh_public_key.update}
   */
  async?: boolean;
}

/**
 * Options of {@link SshPublicKeyService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key/methods/remove | reference: ssh_public_key.remove}
 */
export interface SshPublicKeyServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /users/{user_id}/sshpublickeys/{key_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key/methods/remove | reference: ssh_public_key.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SshPublicKeyService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('SshPublicKeyService.update', { async: 'boolean' }, ['sshPublicKey', t.SshPublicKey]);
const REMOVE_PARAMETERS = methodParameters('SshPublicKeyService.remove', { async: 'boolean' });

/**
 * The `ssh_public_key` service of the API.
 *
 * Path below the API root: `/users/{user_id}/sshpublickeys/{key_id}`.
 * Reached with `connection.systemService().usersService().userService(id).sshPublicKeysService().keyService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key | reference: ssh_public_key}
 */
export class SshPublicKeyService extends Service {
  /**
   * Retrieves the `ssh_public_key`: sends `GET /users/{user_id}/sshpublickeys/{key_id}` and reads the `<ssh_public_key>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key/methods/get | reference: ssh_public_key.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SshPublicKeyServiceGetOptions}).
   * @returns The `key`: `SshPublicKey`.
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
   * Updates the `ssh_public_key`: sends `PUT /users/{user_id}/sshpublickeys/{key_id}` with the `<ssh_public_key>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key/methods/update | reference: ssh_public_key.update}
   * @param key The `key` to send: `SshPublicKeyInit` (a `SshPublicKey` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SshPublicKeyServiceUpdateOptions}).
   * @returns The `ssh_public_key` as the engine answers it.
   * @deprecated The API model marks it deprecated.
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
   * Removes: sends `DELETE /users/{user_id}/sshpublickeys/{key_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key/methods/remove | reference: ssh_public_key.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SshPublicKeyServiceRemoveOptions}).
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
