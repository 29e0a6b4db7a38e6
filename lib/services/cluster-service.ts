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

/** Options of {@link ClusterService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterServiceGetOptions extends RequestOptions {
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/get/parameters/filter} */
  filter?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link ClusterService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link ClusterService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterServiceRemoveOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link ClusterService.resetEmulatedMachine}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterServiceResetEmulatedMachineOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/reset_emulated_machine/parameters/async} */
  async?: boolean;
}

/** Options of {@link ClusterService.syncAllNetworks}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterServiceSyncAllNetworksOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/sync_all_networks/parameters/async} */
  async?: boolean;
}

/** Options of {@link ClusterService.upgrade}: the method's parameters, plus extra `query` and `headers`. */
export interface ClusterServiceUpgradeOptions extends RequestOptions {
  /** The `upgrade_action` parameter (`<upgrade_action>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/upgrade/parameters/upgrade_action} */
  upgradeAction?: t.ClusterUpgradeAction;
  /**
   * The `correlation_id` parameter (`<correlation_id>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/upgrade/parameters/correlation_id}
   * @since API 4.5.0
   */
  correlationId?: string;
  /**
   * The `upgrade_percent_complete` parameter (`<upgrade_percent_complete>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/upgrade/parameters/upgrade_percent_complete}
   * @since API 4.5.0
   */
  upgradePercentComplete?: number;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/upgrade/parameters/async} */
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
 * The `cluster` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster}
 */
export class ClusterService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/get}
   * @returns The `cluster` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/get/parameters/cluster}
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
   * Updates the object: `PUT` of `<cluster>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/update}
   * @param cluster The `cluster` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/update/parameters/cluster}
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
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/remove}
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
   * The `reset_emulated_machine` action: `POST` of an `<action>` to `.../resetemulatedmachine`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/reset_emulated_machine}
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
   * The `sync_all_networks` action: `POST` of an `<action>` to `.../syncallnetworks`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/sync_all_networks}
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
   * The `upgrade` action: `POST` of an `<action>` to `.../upgrade`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/upgrade}
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
   * The `refresh_gluster_heal_status` action: `POST` of an `<action>` to `.../refreshglusterhealstatus`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster/methods/refresh_gluster_heal_status}
   */
  refreshGlusterHealStatus(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(REFRESH_GLUSTER_HEAL_STATUS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('refreshglusterhealstatus', {}, undefined, opts) as Promise<void>;
  }

  /** Locates the `affinity_groups` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_groups}); sends no request. */
  affinityGroupsService(): AffinityGroupsService {
    return new AffinityGroupsService(this.connection, `${this.path}/affinitygroups`);
  }

  /** Locates the `cpu_profiles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_cpu_profiles}); sends no request. */
  cpuProfilesService(): AssignedCpuProfilesService {
    return new AssignedCpuProfilesService(this.connection, `${this.path}/cpuprofiles`);
  }

  /** Locates the `networks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_networks}); sends no request. */
  networksService(): ClusterNetworksService {
    return new ClusterNetworksService(this.connection, `${this.path}/networks`);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Locates the `gluster_hooks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_hooks}); sends no request. */
  glusterHooksService(): GlusterHooksService {
    return new GlusterHooksService(this.connection, `${this.path}/glusterhooks`);
  }

  /** Locates the `gluster_volumes` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/gluster_volumes}); sends no request. */
  glusterVolumesService(): GlusterVolumesService {
    return new GlusterVolumesService(this.connection, `${this.path}/glustervolumes`);
  }

  /** Locates the `network_filters` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_filters}); sends no request. */
  networkFiltersService(): NetworkFiltersService {
    return new NetworkFiltersService(this.connection, `${this.path}/networkfilters`);
  }

  /**
   * Locates the `enabled_features` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_enabled_features}); sends no request.
   * @since API 4.1.6
   */
  enabledFeaturesService(): ClusterEnabledFeaturesService {
    return new ClusterEnabledFeaturesService(this.connection, `${this.path}/enabledfeatures`);
  }

  /**
   * Locates the `external_network_providers` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_external_providers}); sends no request.
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
