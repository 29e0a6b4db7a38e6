// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AffinityGroupHostLabelsService } from './affinity-group-host-labels-service';
import { AffinityGroupHostsService } from './affinity-group-hosts-service';
import { AffinityGroupVmLabelsService } from './affinity-group-vm-labels-service';
import { AffinityGroupVmsService } from './affinity-group-vms-service';

/** Options of {@link AffinityGroupService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityGroupServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link AffinityGroupService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityGroupServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link AffinityGroupService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface AffinityGroupServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group/methods/remove/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AffinityGroupService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('AffinityGroupService.update', { async: 'boolean' }, ['affinityGroup', t.AffinityGroup]);
const REMOVE_PARAMETERS = methodParameters('AffinityGroupService.remove', { async: 'boolean' });

/**
 * The `affinity_group` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group}
 */
export class AffinityGroupService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group/methods/get}
   * @returns The `group` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group/methods/get/parameters/group}
   */
  get(opts: AffinityGroupServiceGetOptions = {}): Promise<t.AffinityGroup> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.AffinityGroup>;
  }

  /**
   * Updates the object: `PUT` of `<affinity_group>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group/methods/update}
   * @param group The `group` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group/methods/update/parameters/group}
   */
  update(group: t.AffinityGroupInit, opts: AffinityGroupServiceUpdateOptions = {}): Promise<t.AffinityGroup> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, group);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(group, 'affinity_group', query, opts) as Promise<t.AffinityGroup>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group/methods/remove}
   */
  remove(opts: AffinityGroupServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /** Locates the `vms` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vms}); sends no request. */
  vmsService(): AffinityGroupVmsService {
    return new AffinityGroupVmsService(this.connection, `${this.path}/vms`);
  }

  /**
   * Locates the `hosts` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_hosts}); sends no request.
   * @since API 4.4
   */
  hostsService(): AffinityGroupHostsService {
    return new AffinityGroupHostsService(this.connection, `${this.path}/hosts`);
  }

  /**
   * Locates the `vm_labels` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_vm_labels}); sends no request.
   * @since API 4.3.6
   */
  vmLabelsService(): AffinityGroupVmLabelsService {
    return new AffinityGroupVmLabelsService(this.connection, `${this.path}/vmlabels`);
  }

  /**
   * Locates the `host_labels` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_group_host_labels}); sends no request.
   * @since API 4.3.6
   */
  hostLabelsService(): AffinityGroupHostLabelsService {
    return new AffinityGroupHostLabelsService(this.connection, `${this.path}/hostlabels`);
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
      case 'vmlabels': return this.vmLabelsService().service(rest);
      case 'hostlabels': return this.hostLabelsService().service(rest);
    }
    return super.service(path);
  }
}
