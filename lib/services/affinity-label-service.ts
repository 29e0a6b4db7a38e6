// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AffinityLabelHostsService } from './affinity-label-hosts-service';
import { AffinityLabelVmsService } from './affinity-label-vms-service';

/**
 * Options of {@link AffinityLabelService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label/methods/get | reference: affinity_label.get}
 */
export interface AffinityLabelServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /affinitylabels/{label_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label/methods/get | reference: affinity_label.get}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AffinityLabelService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('AffinityLabelService.update', {}, ['affinityLabel', t.AffinityLabel]);
const REMOVE_PARAMETERS = methodParameters('AffinityLabelService.remove', {});

/**
 * The `affinity_label` service of the API.
 *
 * Path below the API root: `/affinitylabels/{label_id}`.
 * Reached with `connection.systemService().affinityLabelsService().labelService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label | reference: affinity_label}
 */
export class AffinityLabelService extends Service {
  /**
   * Retrieves the `affinity_label`: sends `GET /affinitylabels/{label_id}` and reads the `<affinity_label>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label/methods/get | reference: affinity_label.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityLabelServiceGetOptions}).
   * @returns The `label`: `AffinityLabel`.
   */
  get(opts: AffinityLabelServiceGetOptions = {}): Promise<t.AffinityLabel> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.AffinityLabel>;
  }

  /**
   * Updates the `affinity_label`: sends `PUT /affinitylabels/{label_id}` with the `<affinity_label>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label/methods/update | reference: affinity_label.update}
   * @param label The `label` to send: `AffinityLabelInit` (a `AffinityLabel` or a plain object). What it needs and accepts is listed above.
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @returns The `affinity_label` as the engine answers it.
   */
  update(label: t.AffinityLabelInit, opts: RequestOptions = {}): Promise<t.AffinityLabel> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, label);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(label, 'affinity_label', {}, opts) as Promise<t.AffinityLabel>;
  }

  /**
   * Removes: sends `DELETE /affinitylabels/{label_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label/methods/remove | reference: affinity_label.remove}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /**
   * Locates the `affinity_label_vms` service at `vms` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_vms | reference: affinity_label_vms}
   */
  vmsService(): AffinityLabelVmsService {
    return new AffinityLabelVmsService(this.connection, `${this.path}/vms`);
  }

  /**
   * Locates the `affinity_label_hosts` service at `hosts` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_label_hosts | reference: affinity_label_hosts}
   */
  hostsService(): AffinityLabelHostsService {
    return new AffinityLabelHostsService(this.connection, `${this.path}/hosts`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'vms': return this.vmsService().service(rest);
      case 'hosts': return this.hostsService().service(rest);
    }
    return super.service(path);
  }
}
