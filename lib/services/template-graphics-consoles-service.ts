// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateGraphicsConsoleService } from './template-graphics-console-service';

/**
 * Options of {@link TemplateGraphicsConsolesService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_consoles/methods/list | reference: template_graphics_consoles.list}
 */
export interface TemplateGraphicsConsolesServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /templates/{template_id}/graphicsconsoles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_consoles/methods/list | reference: template_graphics_consoles.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/graphicsconsoles`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_consoles/methods/list | reference: template_graphics_consoles.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('TemplateGraphicsConsolesService.add', {}, ['graphicsConsole', t.GraphicsConsole]);
const LIST_PARAMETERS = methodParameters('TemplateGraphicsConsolesService.list', { max: 'integer', follow: 'string' });

/**
 * The `template_graphics_consoles` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/graphicsconsoles`.
 * Reached with `connection.systemService().templatesService().templateService(id).graphicsConsolesService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_consoles | reference: template_graphics_consoles}
 */
export class TemplateGraphicsConsolesService extends Service {
  /**
   * Adds a `graphics_console`: sends `POST /templates/{template_id}/graphicsconsoles` with it as the `<graphics_console>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `console.protocol`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_consoles/methods/add | reference: template_graphics_consoles.add}
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
   * Lists the `graphics_console` objects: sends `GET /templates/{template_id}/graphicsconsoles` and reads the `<graphics_consoles>` the engine answers, one item per `<graphics_console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_consoles/methods/list | reference: template_graphics_consoles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateGraphicsConsolesServiceListOptions}).
   * @returns The `consoles`: a list of `GraphicsConsole`.
   */
  list(opts: TemplateGraphicsConsolesServiceListOptions = {}): Promise<List<t.GraphicsConsole>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.GraphicsConsole>>;
  }

  /**
   * Like {@link TemplateGraphicsConsolesService.list} (it sends `GET /templates/{template_id}/graphicsconsoles` with the same options), but yields
   * each `graphics_console` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_consoles/methods/list | reference: template_graphics_consoles.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: TemplateGraphicsConsolesServiceListOptions = {}): AsyncGenerator<t.GraphicsConsole, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'TemplateGraphicsConsolesService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.GraphicsConsole, void, undefined>;
  }

  /**
   * Locates the `template_graphics_console` service at `{console_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_graphics_console | reference: template_graphics_console}
   */
  consoleService(id: string | number): TemplateGraphicsConsoleService {
    return new TemplateGraphicsConsoleService(this.connection, `${this.path}/${idSegment(id, 'TemplateGraphicsConsolesService.consoleService')}`);
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
