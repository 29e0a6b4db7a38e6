// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackVolumeAuthenticationKeyService } from './openstack-volume-authentication-key-service';

/** Options of {@link OpenstackVolumeAuthenticationKeysService.list}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackVolumeAuthenticationKeysServiceListOptions extends RequestOptions {
  /** The `max` parameter (query parameter `max`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_keys/methods/list/parameters/max} */
  max?: number;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_keys/methods/list/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeysService.add', {}, ['openstackVolumeAuthenticationKey', t.OpenstackVolumeAuthenticationKey]);
const LIST_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeysService.list', { max: 'integer', follow: 'string' });

/**
 * The `openstack_volume_authentication_keys` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_keys}
 * @deprecated The model marks it deprecated.
 */
export class OpenstackVolumeAuthenticationKeysService extends Service {
  /**
   * Adds an object: `POST` of `<openstack_volume_authentication_key>`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_keys/methods/add}
   * @param key The `key` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_keys/methods/add/parameters/key}
   */
  add(key: t.OpenstackVolumeAuthenticationKeyInit, opts: RequestOptions = {}): Promise<t.OpenstackVolumeAuthenticationKey> {
    const refused = checkParameters(ADD_PARAMETERS, opts, key);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(key, 'openstack_volume_authentication_key', {}, opts) as Promise<t.OpenstackVolumeAuthenticationKey>;
  }

  /**
   * Lists the objects: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_keys/methods/list}
   * @returns The `keys` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_keys/methods/list/parameters/keys}
   */
  list(opts: OpenstackVolumeAuthenticationKeysServiceListOptions = {}): Promise<List<t.OpenstackVolumeAuthenticationKey>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.OpenstackVolumeAuthenticationKey>>;
  }

  /**
   * Like {@link OpenstackVolumeAuthenticationKeysService.list}, but yields each object as it arrives, so a list of any
   * size is read with the memory of one object (the response is parsed while it downloads).
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_keys/methods/list}
   */
  listStream(opts: OpenstackVolumeAuthenticationKeysServiceListOptions = {}): AsyncGenerator<t.OpenstackVolumeAuthenticationKey, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'OpenstackVolumeAuthenticationKeysService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.OpenstackVolumeAuthenticationKey, void, undefined>;
  }

  /** Locates the `key` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_key}); sends no request. */
  keyService(id: string | number): OpenstackVolumeAuthenticationKeyService {
    return new OpenstackVolumeAuthenticationKeyService(this.connection, `${this.path}/${idSegment(id, 'OpenstackVolumeAuthenticationKeysService.keyService')}`);
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
