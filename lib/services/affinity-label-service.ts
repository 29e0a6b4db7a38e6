// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AffinityLabelHostsService } from './affinity-label-hosts-service';
import { AffinityLabelVmsService } from './affinity-label-vms-service';

/** Options of {@link AffinityLabelService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityLabelServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AffinityLabelService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('AffinityLabelService.update', {}, ['affinityLabel', t.AffinityLabel]);
const REMOVE_PARAMETERS = methodParameters('AffinityLabelService.remove', {});

/**
 * The `affinity_label` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label}
 */
export class AffinityLabelService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label/methods/get}
   * @returns The `label` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label/methods/get/parameters/label}
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
   * Updates the object: `PUT` of `<affinity_label>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label/methods/update}
   * @param label The `label` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label/methods/update/parameters/label}
   */
  update(label: t.AffinityLabelInit, opts: RequestOptions = {}): Promise<t.AffinityLabel> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, label);
    if (refused !== undefined) return Promise.reject(refused);
    return this._update(label, 'affinity_label', {}, opts) as Promise<t.AffinityLabel>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label/methods/remove}
   */
  remove(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._remove({}, opts);
  }

  /** Locates the `vms` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_vms}); sends no request. */
  vmsService(): AffinityLabelVmsService {
    return new AffinityLabelVmsService(this.connection, `${this.path}/vms`);
  }

  /** Locates the `hosts` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_label_hosts}); sends no request. */
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
