// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link OpenstackVolumeAuthenticationKeyService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackVolumeAuthenticationKeyServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_key/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link OpenstackVolumeAuthenticationKeyService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface OpenstackVolumeAuthenticationKeyServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_key/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeyService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeyService.update', {}, ['openstackVolumeAuthenticationKey', t.OpenstackVolumeAuthenticationKey]);
const REMOVE_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeyService.remove', { async: 'boolean' });

/**
 * The `openstack_volume_authentication_key` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_key}
 * @deprecated The model marks it deprecated.
 */
export class OpenstackVolumeAuthenticationKeyService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_key/methods/get}
   * @returns The `key` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_key/methods/get/parameters/key}
   */
  get(opts: OpenstackVolumeAuthenticationKeyServiceGetOptions = {}): Promise<t.OpenstackVolumeAuthenticationKey> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.OpenstackVolumeAuthenticationKey>;
  }

  /**
   * Updates the object: `PUT` of `<openstack_volume_authentication_key>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_key/methods/update}
   * @param key The `key` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_key/methods/update/parameters/key}
   */
  update(key: t.OpenstackVolumeAuthenticationKeyInit, opts: RequestOptions = {}): Promise<t.OpenstackVolumeAuthenticationKey> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, key);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(key, 'openstack_volume_authentication_key', {}, opts) as Promise<t.OpenstackVolumeAuthenticationKey>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_authentication_key/methods/remove}
   */
  remove(opts: OpenstackVolumeAuthenticationKeyServiceRemoveOptions = {}): Promise<void> {
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
