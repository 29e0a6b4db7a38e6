// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link TemplateWatchdogService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog/methods/get | reference: template_watchdog.get}
 */
export interface TemplateWatchdogServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/watchdogs/{watchdog_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog/methods/get | reference: template_watchdog.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link TemplateWatchdogService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog/methods/update | reference: template_watchdog.update}
 */
export interface TemplateWatchdogServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /templates/{template_id}/watchdogs/{watchdog_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog/methods/update | reference: template_watchdog.update}
   */
  async?: boolean;
}

/**
 * Options of {@link TemplateWatchdogService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog/methods/remove | reference: template_watchdog.remove}
 */
export interface TemplateWatchdogServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /templates/{template_id}/watchdogs/{watchdog_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog/methods/remove | reference: template_watchdog.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TemplateWatchdogService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('TemplateWatchdogService.update', { async: 'boolean' }, ['watchdog', t.Watchdog]);
const REMOVE_PARAMETERS = methodParameters('TemplateWatchdogService.remove', { async: 'boolean' });

/**
 * The `template_watchdog` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/watchdogs/{watchdog_id}`.
 * Reached with `connection.systemService().templatesService().templateService(id).watchdogsService().watchdogService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog | reference: template_watchdog}
 */
export class TemplateWatchdogService extends Service {
  /**
   * Retrieves the `watchdog`: sends `GET /templates/{template_id}/watchdogs/{watchdog_id}` and reads the `<watchdog>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog/methods/get | reference: template_watchdog.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateWatchdogServiceGetOptions}).
   * @returns The `watchdog`: `Watchdog`.
   */
  get(opts: TemplateWatchdogServiceGetOptions = {}): Promise<t.Watchdog> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Watchdog>;
  }

  /**
   * Updates the `watchdog`: sends `PUT /templates/{template_id}/watchdogs/{watchdog_id}` with the `<watchdog>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `watchdog.action`, `watchdog.model`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog/methods/update | reference: template_watchdog.update}
   * @param watchdog The `watchdog` to send: `WatchdogInit` (a `Watchdog` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateWatchdogServiceUpdateOptions}).
   * @returns The `watchdog` as the engine answers it.
   */
  update(watchdog: t.WatchdogInit, opts: TemplateWatchdogServiceUpdateOptions = {}): Promise<t.Watchdog> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, watchdog);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(watchdog, 'watchdog', query, opts) as Promise<t.Watchdog>;
  }

  /**
   * Removes: sends `DELETE /templates/{template_id}/watchdogs/{watchdog_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_watchdog/methods/remove | reference: template_watchdog.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateWatchdogServiceRemoveOptions}).
   */
  remove(opts: TemplateWatchdogServiceRemoveOptions = {}): Promise<void> {
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
