// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AffinityGroupHostLabelsService } from './affinity-group-host-labels-service';
import { AffinityGroupHostsService } from './affinity-group-hosts-service';
import { AffinityGroupVmLabelsService } from './affinity-group-vm-labels-service';
import { AffinityGroupVmsService } from './affinity-group-vms-service';

/**
 * Options of {@link AffinityGroupService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group/methods/get | reference: affinity_group.get}
 */
export interface AffinityGroupServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}/affinitygroups/{group_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group/methods/get | reference: affinity_group.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link AffinityGroupService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group/methods/update | reference: affinity_group.update}
 */
export interface AffinityGroupServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /clusters/{cluster_id}/affinitygroups/{group_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group/methods/update | reference: affinity_group.update}
   */
  async?: boolean;
}

/**
 * Options of {@link AffinityGroupService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group/methods/remove | reference: affinity_group.remove}
 */
export interface AffinityGroupServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /clusters/{cluster_id}/affinitygroups/{group_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group/methods/remove | reference: affinity_group.remove}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('AffinityGroupService.get', { follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('AffinityGroupService.update', { async: 'boolean' }, ['affinityGroup', t.AffinityGroup]);
const REMOVE_PARAMETERS = methodParameters('AffinityGroupService.remove', { async: 'boolean' });

/**
 * The `affinity_group` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}/affinitygroups/{group_id}` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}/affinitygroups/{group_id}`).
 * Reached with `connection.systemService().clustersService().clusterService(id).affinityGroupsService().groupService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group | reference: affinity_group}
 */
export class AffinityGroupService extends Service {
  /**
   * Retrieves the `affinity_group`: sends `GET /clusters/{cluster_id}/affinitygroups/{group_id}` (or the same below any other of the service's 2 paths) and reads the `<affinity_group>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group/methods/get | reference: affinity_group.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityGroupServiceGetOptions}).
   * @returns The `group`: `AffinityGroup`.
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
   * Updates the `affinity_group`: sends `PUT /clusters/{cluster_id}/affinitygroups/{group_id}` (or the same below any other of the service's 2 paths) with the `<affinity_group>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `group.enforcing`, `group.name`, `group.positive`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group/methods/update | reference: affinity_group.update}
   * @param group The `group` to send: `AffinityGroupInit` (a `AffinityGroup` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityGroupServiceUpdateOptions}).
   * @returns The `affinity_group` as the engine answers it.
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
   * Removes: sends `DELETE /clusters/{cluster_id}/affinitygroups/{group_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group/methods/remove | reference: affinity_group.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link AffinityGroupServiceRemoveOptions}).
   */
  remove(opts: AffinityGroupServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * Locates the `affinity_group_vms` service at `vms` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vms | reference: affinity_group_vms}
   */
  vmsService(): AffinityGroupVmsService {
    return new AffinityGroupVmsService(this.connection, `${this.path}/vms`);
  }

  /**
   * Locates the `affinity_group_hosts` service at `hosts` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_hosts | reference: affinity_group_hosts}
   * @since API 4.4
   */
  hostsService(): AffinityGroupHostsService {
    return new AffinityGroupHostsService(this.connection, `${this.path}/hosts`);
  }

  /**
   * Locates the `affinity_group_vm_labels` service at `vmlabels` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_vm_labels | reference: affinity_group_vm_labels}
   * @since API 4.3.6
   */
  vmLabelsService(): AffinityGroupVmLabelsService {
    return new AffinityGroupVmLabelsService(this.connection, `${this.path}/vmlabels`);
  }

  /**
   * Locates the `affinity_group_host_labels` service at `hostlabels` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_group_host_labels | reference: affinity_group_host_labels}
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
