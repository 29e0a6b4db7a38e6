// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';

/**
 * Options of {@link TemplateNicService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic/methods/get | reference: template_nic.get}
 */
export interface TemplateNicServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /templates/{template_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic/methods/get | reference: template_nic.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link TemplateNicService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic/methods/update | reference: template_nic.update}
 */
export interface TemplateNicServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /templates/{template_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic/methods/update | reference: template_nic.update}
   */
  async?: boolean;
}

/**
 * Options of {@link TemplateNicService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic/methods/remove | reference: template_nic.remove}
 */
export interface TemplateNicServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /templates/{template_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic/methods/remove | reference: template_nic.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('TemplateNicService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('TemplateNicService.update', { async: 'boolean' }, ['nic', t.Nic]);
const REMOVE_PARAMETERS = methodParameters('TemplateNicService.remove', { async: 'boolean' });

/**
 * The `template_nic` service of the API.
 *
 * Path below the API root: `/templates/{template_id}/nics/{nic_id}`.
 * Reached with `connection.systemService().templatesService().templateService(id).nicsService().nicService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic | reference: template_nic}
 */
export class TemplateNicService extends Service {
  /**
   * Retrieves the `nic`: sends `GET /templates/{template_id}/nics/{nic_id}` and reads the `<nic>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic/methods/get | reference: template_nic.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateNicServiceGetOptions}).
   * @returns The `nic`: `Nic`.
   */
  get(opts: TemplateNicServiceGetOptions = {}): Promise<t.Nic> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Nic>;
  }

  /**
   * Updates the `nic`: sends `PUT /templates/{template_id}/nics/{nic_id}` with the `<nic>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `nic.interface`, `nic.linked`, `nic.mac.address`, `nic.name`, `nic.plugged`, `nic.vnicProfile.id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic/methods/update | reference: template_nic.update}
   * @param nic The `nic` to send: `NicInit` (a `Nic` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateNicServiceUpdateOptions}).
   * @returns The `nic` as the engine answers it.
   */
  update(nic: t.NicInit, opts: TemplateNicServiceUpdateOptions = {}): Promise<t.Nic> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, nic);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(nic, 'nic', query, opts) as Promise<t.Nic>;
  }

  /**
   * Removes: sends `DELETE /templates/{template_id}/nics/{nic_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/template_nic/methods/remove | reference: template_nic.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link TemplateNicServiceRemoveOptions}).
   */
  remove(opts: TemplateNicServiceRemoveOptions = {}): Promise<void> {
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
