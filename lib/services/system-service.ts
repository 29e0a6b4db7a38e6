// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import { AffinityLabelsService } from './affinity-labels-service';
import { BookmarksService } from './bookmarks-service';
import { ClusterLevelsService } from './cluster-levels-service';
import { ClustersService } from './clusters-service';
import { CpuProfilesService } from './cpu-profiles-service';
import { DataCentersService } from './data-centers-service';
import { DiskProfilesService } from './disk-profiles-service';
import { DisksService } from './disks-service';
import { DomainsService } from './domains-service';
import { EngineKatelloErrataService } from './engine-katello-errata-service';
import { EventsService } from './events-service';
import { ExternalHostProvidersService } from './external-host-providers-service';
import { ExternalTemplateImportsService } from './external-template-imports-service';
import { ExternalVmImportsService } from './external-vm-imports-service';
import { GroupsService } from './groups-service';
import { HostsService } from './hosts-service';
import { IconsService } from './icons-service';
import { ImageTransfersService } from './image-transfers-service';
import { InstanceTypesService } from './instance-types-service';
import { JobsService } from './jobs-service';
import { MacPoolsService } from './mac-pools-service';
import { NetworkFiltersService } from './network-filters-service';
import { NetworksService } from './networks-service';
import { OpenstackImageProvidersService } from './openstack-image-providers-service';
import { OpenstackNetworkProvidersService } from './openstack-network-providers-service';
import { OpenstackVolumeProvidersService } from './openstack-volume-providers-service';
import { OperatingSystemsService } from './operating-systems-service';
import { RolesService } from './roles-service';
import { SchedulingPoliciesService } from './scheduling-policies-service';
import { SchedulingPolicyUnitsService } from './scheduling-policy-units-service';
import { StorageDomainsService } from './storage-domains-service';
import { StorageServerConnectionsService } from './storage-server-connections-service';
import { SystemOptionsService } from './system-options-service';
import { SystemPermissionsService } from './system-permissions-service';
import { TagsService } from './tags-service';
import { TemplatesService } from './templates-service';
import { UsersService } from './users-service';
import { VmPoolsService } from './vm-pools-service';
import { VmsService } from './vms-service';
import { VnicProfilesService } from './vnic-profiles-service';

/** Options of {@link SystemService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface SystemServiceGetOptions extends RequestOptions {
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link SystemService.reloadConfigurations}: the method's parameters, plus extra `query` and `headers`. */
export interface SystemServiceReloadConfigurationsOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system/methods/reload_configurations/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SystemService.get', { follow: 'string' });
const RELOAD_CONFIGURATIONS_PARAMETERS = methodParameters('SystemService.reloadConfigurations', { async: 'boolean' });

/**
 * The `system` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system}
 */
export class SystemService extends Service {
  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system/methods/get}
   * @returns The `api` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system/methods/get/parameters/api}
   */
  get(opts: SystemServiceGetOptions = {}): Promise<t.Api> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Api>;
  }

  /**
   * The `reload_configurations` action: `POST` of an `<action>` to `.../reloadconfigurations`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system/methods/reload_configurations}
   */
  reloadConfigurations(opts: SystemServiceReloadConfigurationsOptions = {}): Promise<void> {
    const refused = checkParameters(RELOAD_CONFIGURATIONS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('reloadconfigurations', action, undefined, opts) as Promise<void>;
  }

  /** Locates the `cluster_levels` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cluster_levels}); sends no request. */
  clusterLevelsService(): ClusterLevelsService {
    return new ClusterLevelsService(this.connection, 'clusterlevels');
  }

  /** Locates the `bookmarks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/bookmarks}); sends no request. */
  bookmarksService(): BookmarksService {
    return new BookmarksService(this.connection, 'bookmarks');
  }

  /** Locates the `clusters` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/clusters}); sends no request. */
  clustersService(): ClustersService {
    return new ClustersService(this.connection, 'clusters');
  }

  /** Locates the `cpu_profiles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/cpu_profiles}); sends no request. */
  cpuProfilesService(): CpuProfilesService {
    return new CpuProfilesService(this.connection, 'cpuprofiles');
  }

  /** Locates the `data_centers` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/data_centers}); sends no request. */
  dataCentersService(): DataCentersService {
    return new DataCentersService(this.connection, 'datacenters');
  }

  /** Locates the `disk_profiles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disk_profiles}); sends no request. */
  diskProfilesService(): DiskProfilesService {
    return new DiskProfilesService(this.connection, 'diskprofiles');
  }

  /** Locates the `disks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/disks}); sends no request. */
  disksService(): DisksService {
    return new DisksService(this.connection, 'disks');
  }

  /** Locates the `domains` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/domains}); sends no request. */
  domainsService(): DomainsService {
    return new DomainsService(this.connection, 'domains');
  }

  /** Locates the `events` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/events}); sends no request. */
  eventsService(): EventsService {
    return new EventsService(this.connection, 'events');
  }

  /** Locates the `external_host_providers` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_host_providers}); sends no request. */
  externalHostProvidersService(): ExternalHostProvidersService {
    return new ExternalHostProvidersService(this.connection, 'externalhostproviders');
  }

  /**
   * Locates the `external_vm_imports` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_vm_imports}); sends no request.
   * @since API 4.0.4
   */
  externalVmImportsService(): ExternalVmImportsService {
    return new ExternalVmImportsService(this.connection, 'externalvmimports');
  }

  /**
   * Locates the `external_template_imports` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_template_imports}); sends no request.
   * @since API 4.4.7
   */
  externalTemplateImportsService(): ExternalTemplateImportsService {
    return new ExternalTemplateImportsService(this.connection, 'externaltemplateimports');
  }

  /** Locates the `groups` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/groups}); sends no request. */
  groupsService(): GroupsService {
    return new GroupsService(this.connection, 'groups');
  }

  /** Locates the `hosts` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/hosts}); sends no request. */
  hostsService(): HostsService {
    return new HostsService(this.connection, 'hosts');
  }

  /** Locates the `icons` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/icons}); sends no request. */
  iconsService(): IconsService {
    return new IconsService(this.connection, 'icons');
  }

  /** Locates the `instance_types` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/instance_types}); sends no request. */
  instanceTypesService(): InstanceTypesService {
    return new InstanceTypesService(this.connection, 'instancetypes');
  }

  /** Locates the `jobs` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/jobs}); sends no request. */
  jobsService(): JobsService {
    return new JobsService(this.connection, 'jobs');
  }

  /** Locates the `affinity_labels` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/affinity_labels}); sends no request. */
  affinityLabelsService(): AffinityLabelsService {
    return new AffinityLabelsService(this.connection, 'affinitylabels');
  }

  /** Locates the `mac_pools` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/mac_pools}); sends no request. */
  macPoolsService(): MacPoolsService {
    return new MacPoolsService(this.connection, 'macpools');
  }

  /** Locates the `network_filters` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_filters}); sends no request. */
  networkFiltersService(): NetworkFiltersService {
    return new NetworkFiltersService(this.connection, 'networkfilters');
  }

  /** Locates the `networks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/networks}); sends no request. */
  networksService(): NetworksService {
    return new NetworksService(this.connection, 'networks');
  }

  /** Locates the `openstack_image_providers` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_image_providers}); sends no request. */
  openstackImageProvidersService(): OpenstackImageProvidersService {
    return new OpenstackImageProvidersService(this.connection, 'openstackimageproviders');
  }

  /** Locates the `openstack_network_providers` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_network_providers}); sends no request. */
  openstackNetworkProvidersService(): OpenstackNetworkProvidersService {
    return new OpenstackNetworkProvidersService(this.connection, 'openstacknetworkproviders');
  }

  /** Locates the `openstack_volume_providers` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/openstack_volume_providers}); sends no request. */
  openstackVolumeProvidersService(): OpenstackVolumeProvidersService {
    return new OpenstackVolumeProvidersService(this.connection, 'openstackvolumeproviders');
  }

  /** Locates the `operating_systems` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/operating_systems}); sends no request. */
  operatingSystemsService(): OperatingSystemsService {
    return new OperatingSystemsService(this.connection, 'operatingsystems');
  }

  /** Locates the `roles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/roles}); sends no request. */
  rolesService(): RolesService {
    return new RolesService(this.connection, 'roles');
  }

  /** Locates the `scheduling_policies` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policies}); sends no request. */
  schedulingPoliciesService(): SchedulingPoliciesService {
    return new SchedulingPoliciesService(this.connection, 'schedulingpolicies');
  }

  /** Locates the `scheduling_policy_units` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/scheduling_policy_units}); sends no request. */
  schedulingPolicyUnitsService(): SchedulingPolicyUnitsService {
    return new SchedulingPolicyUnitsService(this.connection, 'schedulingpolicyunits');
  }

  /** Locates the `storage_domains` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_domains}); sends no request. */
  storageDomainsService(): StorageDomainsService {
    return new StorageDomainsService(this.connection, 'storagedomains');
  }

  /** Locates the `storage_connections` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connections}); sends no request. */
  storageConnectionsService(): StorageServerConnectionsService {
    return new StorageServerConnectionsService(this.connection, 'storageconnections');
  }

  /** Locates the `katello_errata` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/engine_katello_errata}); sends no request. */
  katelloErrataService(): EngineKatelloErrataService {
    return new EngineKatelloErrataService(this.connection, 'katelloerrata');
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system_permissions}); sends no request. */
  permissionsService(): SystemPermissionsService {
    return new SystemPermissionsService(this.connection, 'permissions');
  }

  /** Locates the `tags` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/tags}); sends no request. */
  tagsService(): TagsService {
    return new TagsService(this.connection, 'tags');
  }

  /** Locates the `templates` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/templates}); sends no request. */
  templatesService(): TemplatesService {
    return new TemplatesService(this.connection, 'templates');
  }

  /** Locates the `users` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/users}); sends no request. */
  usersService(): UsersService {
    return new UsersService(this.connection, 'users');
  }

  /** Locates the `vm_pools` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vm_pools}); sends no request. */
  vmPoolsService(): VmPoolsService {
    return new VmPoolsService(this.connection, 'vmpools');
  }

  /** Locates the `vms` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vms}); sends no request. */
  vmsService(): VmsService {
    return new VmsService(this.connection, 'vms');
  }

  /** Locates the `vnic_profiles` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/vnic_profiles}); sends no request. */
  vnicProfilesService(): VnicProfilesService {
    return new VnicProfilesService(this.connection, 'vnicprofiles');
  }

  /**
   * Locates the `image_transfers` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/image_transfers}); sends no request.
   * @since API 4.0.4
   */
  imageTransfersService(): ImageTransfersService {
    return new ImageTransfersService(this.connection, 'imagetransfers');
  }

  /**
   * Locates the `options` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/system_options}); sends no request.
   * @since API 4.2
   */
  optionsService(): SystemOptionsService {
    return new SystemOptionsService(this.connection, 'options');
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'clusterlevels': return this.clusterLevelsService().service(rest);
      case 'bookmarks': return this.bookmarksService().service(rest);
      case 'clusters': return this.clustersService().service(rest);
      case 'cpuprofiles': return this.cpuProfilesService().service(rest);
      case 'datacenters': return this.dataCentersService().service(rest);
      case 'diskprofiles': return this.diskProfilesService().service(rest);
      case 'disks': return this.disksService().service(rest);
      case 'domains': return this.domainsService().service(rest);
      case 'events': return this.eventsService().service(rest);
      case 'externalhostproviders': return this.externalHostProvidersService().service(rest);
      case 'externalvmimports': return this.externalVmImportsService().service(rest);
      case 'externaltemplateimports': return this.externalTemplateImportsService().service(rest);
      case 'groups': return this.groupsService().service(rest);
      case 'hosts': return this.hostsService().service(rest);
      case 'icons': return this.iconsService().service(rest);
      case 'instancetypes': return this.instanceTypesService().service(rest);
      case 'jobs': return this.jobsService().service(rest);
      case 'affinitylabels': return this.affinityLabelsService().service(rest);
      case 'macpools': return this.macPoolsService().service(rest);
      case 'networkfilters': return this.networkFiltersService().service(rest);
      case 'networks': return this.networksService().service(rest);
      case 'openstackimageproviders': return this.openstackImageProvidersService().service(rest);
      case 'openstacknetworkproviders': return this.openstackNetworkProvidersService().service(rest);
      case 'openstackvolumeproviders': return this.openstackVolumeProvidersService().service(rest);
      case 'operatingsystems': return this.operatingSystemsService().service(rest);
      case 'roles': return this.rolesService().service(rest);
      case 'schedulingpolicies': return this.schedulingPoliciesService().service(rest);
      case 'schedulingpolicyunits': return this.schedulingPolicyUnitsService().service(rest);
      case 'storagedomains': return this.storageDomainsService().service(rest);
      case 'storageconnections': return this.storageConnectionsService().service(rest);
      case 'katelloerrata': return this.katelloErrataService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
      case 'tags': return this.tagsService().service(rest);
      case 'templates': return this.templatesService().service(rest);
      case 'users': return this.usersService().service(rest);
      case 'vmpools': return this.vmPoolsService().service(rest);
      case 'vms': return this.vmsService().service(rest);
      case 'vnicprofiles': return this.vnicProfilesService().service(rest);
      case 'imagetransfers': return this.imageTransfersService().service(rest);
      case 'options': return this.optionsService().service(rest);
    }
    return super.service(path);
  }
}
