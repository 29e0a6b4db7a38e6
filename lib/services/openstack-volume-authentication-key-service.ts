// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link OpenstackVolumeAuthenticationKeyService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_key/methods/get | reference: openstack_volume_authentication_key.get}
 */
export interface OpenstackVolumeAuthenticationKeyServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackvolumeproviders/{provider_id}/authenticationkeys/{key_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_key/methods/get | reference: openstack_volume_authentication_key.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link OpenstackVolumeAuthenticationKeyService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_key/methods/remove | reference: openstack_volume_authentication_key.remove}
 */
export interface OpenstackVolumeAuthenticationKeyServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /openstackvolumeproviders/{provider_id}/authenticationkeys/{key_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_key/methods/remove | reference: openstack_volume_authentication_key.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeyService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeyService.update', {}, ['openstackVolumeAuthenticationKey', t.OpenstackVolumeAuthenticationKey]);
const REMOVE_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeyService.remove', { async: 'boolean' });

/**
 * The `openstack_volume_authentication_key` service of the API.
 *
 * Path below the API root: `/openstackvolumeproviders/{provider_id}/authenticationkeys/{key_id}`.
 * Reached with `connection.systemService().openstackVolumeProvidersService().providerService(id).authenticationKeysService().keyService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_key | reference: openstack_volume_authentication_key}
 * @deprecated The API model marks it deprecated.
 */
export class OpenstackVolumeAuthenticationKeyService extends Service {
  /**
   * Retrieves the `openstack_volume_authentication_key`: sends `GET /openstackvolumeproviders/{provider_id}/authenticationkeys/{key_id}` and reads the `<openstack_volume_authentication_key>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_key/methods/get | reference: openstack_volume_authentication_key.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeAuthenticationKeyServiceGetOptions}).
   * @returns The `key`: `OpenstackVolumeAuthenticationKey`.
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
   * Updates the `openstack_volume_authentication_key`: sends `PUT /openstackvolumeproviders/{provider_id}/authenticationkeys/{key_id}` with the `<openstack_volume_authentication_key>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `key.description`, `key.usageType`, `key.value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_key/methods/update | reference: openstack_volume_authentication_key.update}
   * @param key The `key` to send: `OpenstackVolumeAuthenticationKeyInit` (a `OpenstackVolumeAuthenticationKey` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `openstack_volume_authentication_key` as the engine answers it.
   */
  update(key: t.OpenstackVolumeAuthenticationKeyInit, opts: RequestOptions = {}): Promise<t.OpenstackVolumeAuthenticationKey> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, key);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(key, 'openstack_volume_authentication_key', {}, opts) as Promise<t.OpenstackVolumeAuthenticationKey>;
  }

  /**
   * Removes: sends `DELETE /openstackvolumeproviders/{provider_id}/authenticationkeys/{key_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_key/methods/remove | reference: openstack_volume_authentication_key.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeAuthenticationKeyServiceRemoveOptions}).
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
