// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { OpenstackVolumeAuthenticationKeyService } from './openstack-volume-authentication-key-service';

/**
 * Options of {@link OpenstackVolumeAuthenticationKeysService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_keys/methods/list | reference: openstack_volume_authentication_keys.list}
 */
export interface OpenstackVolumeAuthenticationKeysServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /openstackvolumeproviders/{provider_id}/authenticationkeys`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_keys/methods/list | reference: openstack_volume_authentication_keys.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /openstackvolumeproviders/{provider_id}/authenticationkeys`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_keys/methods/list | reference: openstack_volume_authentication_keys.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeysService.add', {}, ['openstackVolumeAuthenticationKey', t.OpenstackVolumeAuthenticationKey]);
const LIST_PARAMETERS = methodParameters('OpenstackVolumeAuthenticationKeysService.list', { max: 'integer', follow: 'string' });

/**
 * The `openstack_volume_authentication_keys` service of the API.
 *
 * Path below the API root: `/openstackvolumeproviders/{provider_id}/authenticationkeys`.
 * Reached with `connection.systemService().openstackVolumeProvidersService().providerService(id).authenticationKeysService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_keys | reference: openstack_volume_authentication_keys}
 * @deprecated The API model marks it deprecated.
 */
export class OpenstackVolumeAuthenticationKeysService extends Service {
  /**
   * Adds a `openstack_volume_authentication_key`: sends `POST /openstackvolumeproviders/{provider_id}/authenticationkeys` with it as the `<openstack_volume_authentication_key>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `key.usageType`
   * - `key.uuid`
   * - `key.value`
   *
   * Also accepts: `key.description`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_keys/methods/add | reference: openstack_volume_authentication_keys.add}
   * @param key The `key` to send: `OpenstackVolumeAuthenticationKeyInit` (a `OpenstackVolumeAuthenticationKey` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `openstack_volume_authentication_key` as the engine answers it.
   */
  add(key: t.OpenstackVolumeAuthenticationKeyInit, opts: RequestOptions = {}): Promise<t.OpenstackVolumeAuthenticationKey> {
    const refused = checkParameters(ADD_PARAMETERS, opts, key);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(key, 'openstack_volume_authentication_key', {}, opts) as Promise<t.OpenstackVolumeAuthenticationKey>;
  }

  /**
   * Lists the `openstack_volume_authentication_key` objects: sends `GET /openstackvolumeproviders/{provider_id}/authenticationkeys` and reads the `<openstack_volume_authentication_keys>` the engine answers, one item per `<openstack_volume_authentication_key>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_keys/methods/list | reference: openstack_volume_authentication_keys.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link OpenstackVolumeAuthenticationKeysServiceListOptions}).
   * @returns The `keys`: a list of `OpenstackVolumeAuthenticationKey`.
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
   * Like {@link OpenstackVolumeAuthenticationKeysService.list} (it sends `GET /openstackvolumeproviders/{provider_id}/authenticationkeys` with the same options), but yields
   * each `openstack_volume_authentication_key` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_keys/methods/list | reference: openstack_volume_authentication_keys.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
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

  /**
   * Locates the `openstack_volume_authentication_key` service at `{key_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_authentication_key | reference: openstack_volume_authentication_key}
   */
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
