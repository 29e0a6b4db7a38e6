// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { InstanceTypeGraphicsConsoleService } from './instance-type-graphics-console-service';

/**
 * Options of {@link InstanceTypeGraphicsConsolesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_consoles/methods/list | reference: instance_type_graphics_consoles.list}
 */
export interface InstanceTypeGraphicsConsolesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /instancetypes/{instance_type_id}/graphicsconsoles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_consoles/methods/list | reference: instance_type_graphics_consoles.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /instancetypes/{instance_type_id}/graphicsconsoles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_consoles/methods/list | reference: instance_type_graphics_consoles.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('InstanceTypeGraphicsConsolesService.add', {}, ['graphicsConsole', t.GraphicsConsole]);
const LIST_PARAMETERS = methodParameters('InstanceTypeGraphicsConsolesService.list', { max: 'integer', follow: 'string' });

/**
 * The `instance_type_graphics_consoles` service of the API.
 *
 * Path below the API root: `/instancetypes/{instance_type_id}/graphicsconsoles`.
 * Reached with `connection.systemService().instanceTypesService().instanceTypeService(id).graphicsConsolesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_consoles | reference: instance_type_graphics_consoles}
 */
export class InstanceTypeGraphicsConsolesService extends Service {
  /**
   * Adds a `graphics_console`: sends `POST /instancetypes/{instance_type_id}/graphicsconsoles` with it as the `<graphics_console>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `console.protocol`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_consoles/methods/add | reference: instance_type_graphics_consoles.add}
   * @param console The `console` to send: `GraphicsConsoleInit` (a `GraphicsConsole` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `graphics_console` as the engine answers it.
   */
  add(console: t.GraphicsConsoleInit, opts: RequestOptions = {}): Promise<t.GraphicsConsole> {
    const refused = checkParameters(ADD_PARAMETERS, opts, console);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(console, 'graphics_console', {}, opts) as Promise<t.GraphicsConsole>;
  }

  /**
   * Lists the `graphics_console` objects: sends `GET /instancetypes/{instance_type_id}/graphicsconsoles` and reads the `<graphics_consoles>` the engine answers, one item per `<graphics_console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_consoles/methods/list | reference: instance_type_graphics_consoles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link InstanceTypeGraphicsConsolesServiceListOptions}).
   * @returns The `consoles`: a list of `GraphicsConsole`.
   */
  list(opts: InstanceTypeGraphicsConsolesServiceListOptions = {}): Promise<List<t.GraphicsConsole>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.GraphicsConsole>>;
  }

  /**
   * Like {@link InstanceTypeGraphicsConsolesService.list} (it sends `GET /instancetypes/{instance_type_id}/graphicsconsoles` with the same options), but yields
   * each `graphics_console` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_consoles/methods/list | reference: instance_type_graphics_consoles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: InstanceTypeGraphicsConsolesServiceListOptions = {}): AsyncGenerator<t.GraphicsConsole, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'InstanceTypeGraphicsConsolesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.GraphicsConsole, void, undefined>;
  }

  /**
   * Locates the `instance_type_graphics_console` service at `{console_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_type_graphics_console | reference: instance_type_graphics_console}
   */
  consoleService(id: string | number): InstanceTypeGraphicsConsoleService {
    return new InstanceTypeGraphicsConsoleService(this.connection, `${this.path}/${idSegment(id, 'InstanceTypeGraphicsConsolesService.consoleService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.consoleService(decodeURIComponent(head)).service(rest);
  }
}
