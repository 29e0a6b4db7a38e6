// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link TemplateGraphicsConsoleService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_console/methods/get | reference: template_graphics_console.get}
 */
export interface TemplateGraphicsConsoleServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_console/methods/get | reference: template_graphics_console.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link TemplateGraphicsConsoleService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_console/methods/remove | reference: template_graphics_console.remove}
 */
export interface TemplateGraphicsConsoleServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /templates/{template_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_console/methods/remove | reference: template_graphics_console.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TemplateGraphicsConsoleService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('TemplateGraphicsConsoleService.remove', { async: 'boolean' });

/**
 * The `template_graphics_console` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/graphicsconsoles/{console_id}`.
 * Reached with `connection.systemService().templatesService().templateService(id).graphicsConsolesService().consoleService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_console | reference: template_graphics_console}
 */
export class TemplateGraphicsConsoleService extends Service {
  /**
   * Retrieves the `graphics_console`: sends `GET /templates/{template_id}/graphicsconsoles/{console_id}` and reads the `<graphics_console>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_console/methods/get | reference: template_graphics_console.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateGraphicsConsoleServiceGetOptions}).
   * @returns The `console`: `GraphicsConsole`.
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
   * Removes: sends `DELETE /templates/{template_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_console/methods/remove | reference: template_graphics_console.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateGraphicsConsoleServiceRemoveOptions}).
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
