// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, idSegment, methodParameters, refusedStream } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { TemplateWatchdogService } from './template-watchdog-service';

/**
 * Options of {@link TemplateWatchdogsService.list}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdogs/methods/list | reference: template_watchdogs.list}
 */
export interface TemplateWatchdogsServiceListOptions extends RequestOptions {
  /**
   * `number` (an integer), sent as query parameter `max` of `GET /templates/{template_id}/watchdogs`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdogs/methods/list | reference: template_watchdogs.list}
   */
  max?: number;
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/watchdogs`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdogs/methods/list | reference: template_watchdogs.list}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ADD_PARAMETERS = methodParameters('TemplateWatchdogsService.add', {}, ['watchdog', t.Watchdog]);
const LIST_PARAMETERS = methodParameters('TemplateWatchdogsService.list', { max: 'integer', follow: 'string' });

/**
 * The `template_watchdogs` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/watchdogs`.
 * Reached with `connection.systemService().templatesService().templateService(id).watchdogsService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdogs | reference: template_watchdogs}
 */
export class TemplateWatchdogsService extends Service {
  /**
   * Adds a `watchdog`: sends `POST /templates/{template_id}/watchdogs` with it as the `<watchdog>` body, and reads the object the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `watchdog.action`
   * - `watchdog.model`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdogs/methods/add | reference: template_watchdogs.add}
   * @param watchdog The `watchdog` to send: `WatchdogInit` (a `Watchdog` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `watchdog` as the engine answers it.
   */
  add(watchdog: t.WatchdogInit, opts: RequestOptions = {}): Promise<t.Watchdog> {
    const refused = checkParameters(ADD_PARAMETERS, opts, watchdog);
    if (refused !== undefined) return Promise.reject(refused);
    return this._add(watchdog, 'watchdog', {}, opts) as Promise<t.Watchdog>;
  }

  /**
   * Lists the `watchdog` objects: sends `GET /templates/{template_id}/watchdogs` and reads the `<watchdogs>` the engine answers, one item per `<watchdog>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdogs/methods/list | reference: template_watchdogs.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateWatchdogsServiceListOptions}).
   * @returns The `watchdogs`: a list of `Watchdog`.
   */
  list(opts: TemplateWatchdogsServiceListOptions = {}): Promise<List<t.Watchdog>> {
    const refused = checkParameters(LIST_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<List<t.Watchdog>>;
  }

  /**
   * Like {@link TemplateWatchdogsService.list} (it sends `GET /templates/{template_id}/watchdogs` with the same options), but yields
   * each `watchdog` as it arrives: the response is parsed while it downloads, so a list of any size
   * is read with the memory of one object.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdogs/methods/list | reference: template_watchdogs.list}
   * @param opts The method's parameters and extra `query`, `headers`, `signal`.
   */
  listStream(opts: TemplateWatchdogsServiceListOptions = {}): AsyncGenerator<t.Watchdog, void, undefined> {
    const refused = checkParameters(LIST_PARAMETERS, opts, undefined, 'TemplateWatchdogsService.listStream');
    if (refused !== undefined) return refusedStream(refused);
    const query = {
      max: opts.max,
      follow: opts.follow,
    };
    return this._stream(query, opts) as AsyncGenerator<t.Watchdog, void, undefined>;
  }

  /**
   * Locates the `template_watchdog` service at `{watchdog_id}` below this one; sends nothing.
   * The `id` is a non-empty string or an integer; anything else throws the SDK's `Error`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog | reference: template_watchdog}
   */
  watchdogService(id: string | number): TemplateWatchdogService {
    return new TemplateWatchdogService(this.connection, `${this.path}/${idSegment(id, 'TemplateWatchdogsService.watchdogService')}`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    return this.watchdogService(decodeURIComponent(head)).service(rest);
  }
}
