// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { IconService } from './icon-service';

/**
 * Options of {@link IconsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icons/methods/list | reference: icons.list}
 */
export interface IconsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /icons`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icons/methods/list | reference: icons.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /icons`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icons/methods/list | reference: icons.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const LIST_PARAMETERS = methodParameters('IconsService.list', { max: 'integer', follow: 'string' });

/**
 * The `icons` service of the API.
 *
 * Path below the API root: `/icons`.
 * Reached with `connection.systemService().iconsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icons | reference: icons}
 */
export class IconsService extends Service {
  /**
   * Lists the `icon` objects: sends `GET /icons` and reads the `<icons>` the engine answers, one item per `<icon>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icons/methods/list | reference: icons.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link IconsServiceListOptions}).
   * @returns The `icons`: a list of `Icon`.
   */
  list(opts: IconsServiceListOptions = {}): Promise<List<t.Icon>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Icon>>;
  }

  /**
   * Like {@link IconsService.list} (it sends `GET /icons` with the same options), but yields
   * each `icon` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icons/methods/list | reference: icons.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: IconsServiceListOptions = {}): AsyncGenerator<t.Icon, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'IconsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Icon, void, undefined>;
  }

  /**
   * Locates the `icon` service at `{icon_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icon | reference: icon}
   */
  iconService(id: string | number): IconService {
    return new IconService(this.connection, `${this.path}/${idSegment(id, 'IconsService.iconService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.iconService(decodeURIComponent(head)).service(rest);
  }
}
