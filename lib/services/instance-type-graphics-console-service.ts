// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link InstanceTypeGraphicsConsoleService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_console/methods/get | reference: instance_type_graphics_console.get}
 */
export interface InstanceTypeGraphicsConsoleServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /instancetypes/{instance_type_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_console/methods/get | reference: instance_type_graphics_console.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link InstanceTypeGraphicsConsoleService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_console/methods/remove | reference: instance_type_graphics_console.remove}
 */
export interface InstanceTypeGraphicsConsoleServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /instancetypes/{instance_type_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_console/methods/remove | reference: instance_type_graphics_console.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('InstanceTypeGraphicsConsoleService.get', { follow: 'string' });
const REMOVE_PARAMETERS = methodParameters('InstanceTypeGraphicsConsoleService.remove', { async: 'boolean' });

/**
 * The `instance_type_graphics_console` service of the API.
 *
 * Path below the API root: `/instancetypes/{instance_type_id}/graphicsconsoles/{console_id}`.
 * Reached with `connection.systemService().instanceTypesService().instanceTypeService(id).graphicsConsolesService().consoleService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_console | reference: instance_type_graphics_console}
 */
export class InstanceTypeGraphicsConsoleService extends Service {
  /**
   * Retrieves the `graphics_console`: sends `GET /instancetypes/{instance_type_id}/graphicsconsoles/{console_id}` and reads the `<graphics_console>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_console/methods/get | reference: instance_type_graphics_console.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeGraphicsConsoleServiceGetOptions}).
   * @returns The `console`: `GraphicsConsole`.
   */
  get(opts: InstanceTypeGraphicsConsoleServiceGetOptions = {}): Promise<t.GraphicsConsole> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.GraphicsConsole>;
  }

  /**
   * Removes: sends `DELETE /instancetypes/{instance_type_id}/graphicsconsoles/{console_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_console/methods/remove | reference: instance_type_graphics_console.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeGraphicsConsoleServiceRemoveOptions}).
   */
  remove(opts: InstanceTypeGraphicsConsoleServiceRemoveOptions = {}): Promise<void> {
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
