// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/** Options of {@link TemplateGraphicsConsoleService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateGraphicsConsoleServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_graphics_console/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link TemplateGraphicsConsoleService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface TemplateGraphicsConsoleServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_graphics_console/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TemplateGraphicsConsoleService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('TemplateGraphicsConsoleService.remove', { async: 'boolean' });

/**
 * The `template_graphics_console` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_graphics_console}
 */
export class TemplateGraphicsConsoleService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_graphics_console/methods/get}
   * @returns The `console` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_graphics_console/methods/get/parameters/console}
   */
  get(opts: TemplateGraphicsConsoleServiceGetOptions = {}): Promise<t.GraphicsConsole> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.GraphicsConsole>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/template_graphics_console/methods/remove}
   */
  remove(opts: TemplateGraphicsConsoleServiceRemoveOptions = {}): Promise<void> {
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
