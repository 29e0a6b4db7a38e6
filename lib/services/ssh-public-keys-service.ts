// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { SshPublicKeyService } from './ssh-public-key-service';

/**
 * Options of {@link SshPublicKeysService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_keys/methods/list | reference: ssh_public_keys.list}
 */
export interface SshPublicKeysServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /users/{user_id}/sshpublickeys`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_keys/methods/list | reference: ssh_public_keys.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /users/{user_id}/sshpublickeys`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_keys/methods/list | reference: ssh_public_keys.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('SshPublicKeysService.add', {}, ['sshPublicKey', t.SshPublicKey]);
const LIST_PARAMETERS = methodParameters('SshPublicKeysService.list', { max: 'integer', follow: 'string' });

/**
 * The `ssh_public_keys` service of the API.
 *
 * Path below the API root: `/users/{user_id}/sshpublickeys`.
 * Reached with `connection.systemService().usersService().userService(id).sshPublicKeysService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_keys | reference: ssh_public_keys}
 */
export class SshPublicKeysService extends Service {
  /**
   * Adds a `ssh_public_key`: sends `POST /users/{user_id}/sshpublickeys` with it as the `<ssh_public_key>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `key.content`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_keys/methods/add | reference: ssh_public_keys.add}
   * @param key The `key` to send: `SshPublicKeyInit` (a `SshPublicKey` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `ssh_public_key` as the engine answers it.
   */
  add(key: t.SshPublicKeyInit, opts: RequestOptions = {}): Promise<t.SshPublicKey> {
    const refused = checkParameters(ADD_PARAMETERS, opts, key);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(key, 'ssh_public_key', {}, opts) as Promise<t.SshPublicKey>;
  }

  /**
   * Lists the `ssh_public_key` objects: sends `GET /users/{user_id}/sshpublickeys` and reads the `<ssh_public_keys>` the engine answers, one item per `<ssh_public_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_keys/methods/list | reference: ssh_public_keys.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SshPublicKeysServiceListOptions}).
   * @returns The `keys`: a list of `SshPublicKey`.
   */
  list(opts: SshPublicKeysServiceListOptions = {}): Promise<List<t.SshPublicKey>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.SshPublicKey>>;
  }

  /**
   * Like {@link SshPublicKeysService.list} (it sends `GET /users/{user_id}/sshpublickeys` with the same options), but yields
   * each `ssh_public_key` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_keys/methods/list | reference: ssh_public_keys.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: SshPublicKeysServiceListOptions = {}): AsyncGenerator<t.SshPublicKey, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'SshPublicKeysService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.SshPublicKey, void, undefined>;
  }

  /**
   * Locates the `ssh_public_key` service at `{key_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/ssh_public_key | reference: ssh_public_key}
   */
  keyService(id: string | number): SshPublicKeyService {
    return new SshPublicKeyService(this.connection, `${this.path}/${idSegment(id, 'SshPublicKeysService.keyService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.keyService(decodeURIComponent(head)).service(rest);
  }
}
