// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AffinityGroupsService } from './affinity-groups-service';
import { AssignedCpuProfilesService } from './assigned-cpu-profiles-service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { ClusterEnabledFeaturesService } from './cluster-enabled-features-service';
import { ClusterExternalProvidersService } from './cluster-external-providers-service';
import { ClusterNetworksService } from './cluster-networks-service';
import { GlusterHooksService } from './gluster-hooks-service';
import { GlusterVolumesService } from './gluster-volumes-service';
import { NetworkFiltersService } from './network-filters-service';

/**
 * Options of {@link ClusterService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/get | reference: cluster.get}
 */
export interface ClusterServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /clusters/{cluster_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/get | reference: cluster.get}
   */
  filter?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /clusters/{cluster_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/get | reference: cluster.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link ClusterService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/update | reference: cluster.update}
 */
export interface ClusterServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /clusters/{cluster_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/update | reference: cluster.update}
   */
  async?: boolean;
}

/**
 * Options of {@link ClusterService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/remove | reference: cluster.remove}
 */
export interface ClusterServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /clusters/{cluster_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/remove | reference: cluster.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link ClusterService.resetEmulatedMachine}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/reset_emulated_machine | reference: cluster.reset_emulated_machine}
 */
export interface ClusterServiceResetEmulatedMachineOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/resetemulatedmachine` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/reset_emulated_machine | reference: cluster.reset_emulated_machine}
   */
  async?: boolean;
}

/**
 * Options of {@link ClusterService.syncAllNetworks}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/sync_all_networks | reference: cluster.sync_all_networks}
 */
export interface ClusterServiceSyncAllNetworksOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/syncallnetworks` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/sync_all_networks | reference: cluster.sync_all_networks}
   */
  async?: boolean;
}

/**
 * Options of {@link ClusterService.upgrade}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/upgrade | reference: cluster.upgrade}
 */
export interface ClusterServiceUpgradeOptions extends RequestOptions {
  /**
   * `ClusterUpgradeAction` (`start`, `update_progress`, `finish`; another string is sent as it is), sent as `<upgrade_action>` in the `<action>` body of `POST /clusters/{cluster_id}/upgrade` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/upgrade | reference: cluster.upgrade}
   */
  upgradeAction?: t.ClusterUpgradeAction | (string & {});
  /**
   * `string`, sent as `<correlation_id>` in the `<action>` body of `POST /clusters/{cluster_id}/upgrade` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/upgrade | reference: cluster.upgrade}
   * @since API 4.5.0
   */
  correlationId?: string;
  /**
   * `number` (an integer), sent as `<upgrade_percent_complete>` in the `<action>` body of `POST /clusters/{cluster_id}/upgrade` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/upgrade | reference: cluster.upgrade}
   * @since API 4.5.0
   */
  upgradePercentComplete?: number;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /clusters/{cluster_id}/upgrade` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/upgrade | reference: cluster.upgrade}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('ClusterService.get', { filter: 'boolean', follow: 'string' });
const UPDATE_PARAMETERS = methodParameters('ClusterService.update', { async: 'boolean' }, ['cluster', t.Cluster]);
const REMOVE_PARAMETERS = methodParameters('ClusterService.remove', { async: 'boolean' });
const RESET_EMULATED_MACHINE_PARAMETERS = methodParameters('ClusterService.resetEmulatedMachine', { async: 'boolean' });
const SYNC_ALL_NETWORKS_PARAMETERS = methodParameters('ClusterService.syncAllNetworks', { async: 'boolean' });
const UPGRADE_PARAMETERS = methodParameters('ClusterService.upgrade', { upgradeAction: 'enum', correlationId: 'string', upgradePercentComplete: 'integer', async: 'boolean' });
const REFRESH_GLUSTER_HEAL_STATUS_PARAMETERS = methodParameters('ClusterService.refreshGlusterHealStatus', {});

/**
 * The `cluster` service of the API.
 *
 * Path below the API root: `/clusters/{cluster_id}` (and 1 other, such as `/datacenters/{data_center_id}/clusters/{cluster_id}`).
 * Reached with `connection.systemService().clustersService().clusterService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster | reference: cluster}
 */
export class ClusterService extends Service {
  /**
   * Retrieves the `cluster`: sends `GET /clusters/{cluster_id}` (or the same below any other of the service's 2 paths) and reads the `<cluster>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/get | reference: cluster.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterServiceGetOptions}).
   * @returns The `cluster`: `Cluster`.
   */
  get(opts: ClusterServiceGetOptions = {}): Promise<t.Cluster> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Cluster>;
  }

  /**
   * Updates the `cluster`: sends `PUT /clusters/{cluster_id}` (or the same below any other of the service's 2 paths) with the `<cluster>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Also accepts: `cluster.ballooningEnabled`, `cluster.cpu.architecture`, `cluster.cpu.type`, `cluster.description`, `cluster.display.proxy`, `cluster.errorHandling.onError`, `cluster.glusterService`, `cluster.haReservation`, `cluster.ksm.enabled`, `cluster.memoryPolicy.overCommit.percent`, `cluster.memoryPolicy.transparentHugePages.enabled`, `cluster.name`, `cluster.threadsAsCores`, `cluster.trustedService`, `cluster.tunnelMigration`, `cluster.version.major`, `cluster.version.minor`, `cluster.virtService`, `cluster.schedulingPolicy.id` or `cluster.schedulingPolicy.name`, `cluster.fipsMode`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/update | reference: cluster.update}
   * @param cluster The `cluster` to send: `ClusterInit` (a `Cluster` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterServiceUpdateOptions}).
   * @returns The `cluster` as the engine answers it.
   */
  update(cluster: t.ClusterInit, opts: ClusterServiceUpdateOptions = {}): Promise<t.Cluster> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, cluster);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(cluster, 'cluster', query, opts) as Promise<t.Cluster>;
  }

  /**
   * Removes: sends `DELETE /clusters/{cluster_id}` (or the same below any other of the service's 2 paths).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/remove | reference: cluster.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterServiceRemoveOptions}).
   */
  remove(opts: ClusterServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * The `reset_emulated_machine` action: sends `POST /clusters/{cluster_id}/resetemulatedmachine` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/reset_emulated_machine | reference: cluster.reset_emulated_machine}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterServiceResetEmulatedMachineOptions}).
   */
  resetEmulatedMachine(opts: ClusterServiceResetEmulatedMachineOptions = {}): Promise<void> {
    const refused = checkParameters(RESET_EMULATED_MACHINE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('resetemulatedmachine', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `sync_all_networks` action: sends `POST /clusters/{cluster_id}/syncallnetworks` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/sync_all_networks | reference: cluster.sync_all_networks}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterServiceSyncAllNetworksOptions}).
   * @since API 4.2.6
   */
  syncAllNetworks(opts: ClusterServiceSyncAllNetworksOptions = {}): Promise<void> {
    const refused = checkParameters(SYNC_ALL_NETWORKS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('syncallnetworks', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `upgrade` action: sends `POST /clusters/{cluster_id}/upgrade` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/upgrade | reference: cluster.upgrade}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link ClusterServiceUpgradeOptions}).
   * @since API 4.3.2
   */
  upgrade(opts: ClusterServiceUpgradeOptions = {}): Promise<void> {
    const refused = checkParameters(UPGRADE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      upgradeAction: opts.upgradeAction,
      correlationId: opts.correlationId,
      upgradePercentComplete: opts.upgradePercentComplete,
      async: opts.async,
    };
    return this._action('upgrade', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `refresh_gluster_heal_status` action: sends `POST /clusters/{cluster_id}/refreshglusterhealstatus` (or the same below any other of the service's 2 paths) with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster/methods/refresh_gluster_heal_status | reference: cluster.refresh_gluster_heal_status}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   */
  refreshGlusterHealStatus(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REFRESH_GLUSTER_HEAL_STATUS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('refreshglusterhealstatus', {}, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `affinity_groups` service at `affinitygroups` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_groups | reference: affinity_groups}
   */
  affinityGroupsService(): AffinityGroupsService {
    return new AffinityGroupsService(this.connection, `${this.path}/affinitygroups`);
  }

  /**
   * Locates the `assigned_cpu_profiles` service at `cpuprofiles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_cpu_profiles | reference: assigned_cpu_profiles}
   */
  cpuProfilesService(): AssignedCpuProfilesService {
    return new AssignedCpuProfilesService(this.connection, `${this.path}/cpuprofiles`);
  }

  /**
   * Locates the `cluster_networks` service at `networks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_networks | reference: cluster_networks}
   */
  networksService(): ClusterNetworksService {
    return new ClusterNetworksService(this.connection, `${this.path}/networks`);
  }

  /**
   * Locates the `assigned_permissions` service at `permissions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_permissions | reference: assigned_permissions}
   */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /**
   * Locates the `gluster_hooks` service at `glusterhooks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_hooks | reference: gluster_hooks}
   */
  glusterHooksService(): GlusterHooksService {
    return new GlusterHooksService(this.connection, `${this.path}/glusterhooks`);
  }

  /**
   * Locates the `gluster_volumes` service at `glustervolumes` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/gluster_volumes | reference: gluster_volumes}
   */
  glusterVolumesService(): GlusterVolumesService {
    return new GlusterVolumesService(this.connection, `${this.path}/glustervolumes`);
  }

  /**
   * Locates the `network_filters` service at `networkfilters` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filters | reference: network_filters}
   */
  networkFiltersService(): NetworkFiltersService {
    return new NetworkFiltersService(this.connection, `${this.path}/networkfilters`);
  }

  /**
   * Locates the `cluster_enabled_features` service at `enabledfeatures` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_enabled_features | reference: cluster_enabled_features}
   * @since API 4.1.6
   */
  enabledFeaturesService(): ClusterEnabledFeaturesService {
    return new ClusterEnabledFeaturesService(this.connection, `${this.path}/enabledfeatures`);
  }

  /**
   * Locates the `cluster_external_providers` service at `externalnetworkproviders` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_external_providers | reference: cluster_external_providers}
   * @since API 4.2
   */
  externalNetworkProvidersService(): ClusterExternalProvidersService {
    return new ClusterExternalProvidersService(this.connection, `${this.path}/externalnetworkproviders`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'affinitygroups': return this.affinityGroupsService().service(rest);
      case 'cpuprofiles': return this.cpuProfilesService().service(rest);
      case 'networks': return this.networksService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
      case 'glusterhooks': return this.glusterHooksService().service(rest);
      case 'glustervolumes': return this.glusterVolumesService().service(rest);
      case 'networkfilters': return this.networkFiltersService().service(rest);
      case 'enabledfeatures': return this.enabledFeaturesService().service(rest);
      case 'externalnetworkproviders': return this.externalNetworkProvidersService().service(rest);
    }
    return super.service(path);
  }
}
