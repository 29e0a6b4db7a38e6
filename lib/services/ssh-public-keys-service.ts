// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { SshPublicKeyService } from './ssh-public-key-service';

/** Options of {@link SshPublicKeysService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface SshPublicKeysServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_keys/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_keys/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('SshPublicKeysService.add', {}, ['sshPublicKey', t.SshPublicKey]);
const LIST_PARAMETERS = methodParameters('SshPublicKeysService.list', { max: 'integer', follow: 'string' });

/**
 * The `ssh_public_keys` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_keys}
 */
export class SshPublicKeysService extends Service {
  /**
   * Adds an object: `POST` of `<ssh_public_key>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_keys/methods/add}
   * @param key The `key` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_keys/methods/add/parameters/key}
   */
  add(key: t.SshPublicKeyInit, opts: RequestOptions = {}): Promise<t.SshPublicKey> {
    const refused = checkParameters(ADD_PARAMETERS, opts, key);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(key, 'ssh_public_key', {}, opts) as Promise<t.SshPublicKey>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_keys/methods/list}
   * @returns The `keys` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_keys/methods/list/parameters/keys}
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
   * Like {@link SshPublicKeysService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_keys/methods/list}
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

  /** Locates the `key` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/ssh_public_key}); sends no request. */
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
