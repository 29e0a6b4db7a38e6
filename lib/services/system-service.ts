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

/**
 * Options of {@link SystemService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system/methods/get | reference: system.get}
 */
export interface SystemServiceGetOptions extends RequestOptions {
  /**
   * `string`, sent as query parameter `follow` of `GET /`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system/methods/get | reference: system.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link SystemService.reloadConfigurations}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system/methods/reload_configurations | reference: system.reload_configurations}
 */
export interface SystemServiceReloadConfigurationsOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /reloadconfigurations`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system/methods/reload_configurations | reference: system.reload_configurations}
   */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const GET_PARAMETERS = methodParameters('SystemService.get', { follow: 'string' });
const RELOAD_CONFIGURATIONS_PARAMETERS = methodParameters('SystemService.reloadConfigurations', { async: 'boolean' });

/**
 * The `system` service of the API.
 *
 * Path below the API root: `/`.
 * Reached with `connection.systemService()`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system | reference: system}
 */
export class SystemService extends Service {
  /**
   * Retrieves the `api`: sends `GET /` and reads the `<api>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system/methods/get | reference: system.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SystemServiceGetOptions}).
   * @returns The `api`: `Api`.
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
   * The `reload_configurations` action: sends `POST /reloadconfigurations` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system/methods/reload_configurations | reference: system.reload_configurations}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link SystemServiceReloadConfigurationsOptions}).
   */
  reloadConfigurations(opts: SystemServiceReloadConfigurationsOptions = {}): Promise<void> {
    const refused = checkParameters(RELOAD_CONFIGURATIONS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('reloadconfigurations', action, undefined, opts) as Promise<void>;
  }

  /**
   * Locates the `cluster_levels` service at `clusterlevels` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cluster_levels | reference: cluster_levels}
   */
  clusterLevelsService(): ClusterLevelsService {
    return new ClusterLevelsService(this.connection, 'clusterlevels');
  }

  /**
   * Locates the `bookmarks` service at `bookmarks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/bookmarks | reference: bookmarks}
   */
  bookmarksService(): BookmarksService {
    return new BookmarksService(this.connection, 'bookmarks');
  }

  /**
   * Locates the `clusters` service at `clusters` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/clusters | reference: clusters}
   */
  clustersService(): ClustersService {
    return new ClustersService(this.connection, 'clusters');
  }

  /**
   * Locates the `cpu_profiles` service at `cpuprofiles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/cpu_profiles | reference: cpu_profiles}
   */
  cpuProfilesService(): CpuProfilesService {
    return new CpuProfilesService(this.connection, 'cpuprofiles');
  }

  /**
   * Locates the `data_centers` service at `datacenters` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/data_centers | reference: data_centers}
   */
  dataCentersService(): DataCentersService {
    return new DataCentersService(this.connection, 'datacenters');
  }

  /**
   * Locates the `disk_profiles` service at `diskprofiles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disk_profiles | reference: disk_profiles}
   */
  diskProfilesService(): DiskProfilesService {
    return new DiskProfilesService(this.connection, 'diskprofiles');
  }

  /**
   * Locates the `disks` service at `disks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/disks | reference: disks}
   */
  disksService(): DisksService {
    return new DisksService(this.connection, 'disks');
  }

  /**
   * Locates the `domains` service at `domains` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/domains | reference: domains}
   */
  domainsService(): DomainsService {
    return new DomainsService(this.connection, 'domains');
  }

  /**
   * Locates the `events` service at `events` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/events | reference: events}
   */
  eventsService(): EventsService {
    return new EventsService(this.connection, 'events');
  }

  /**
   * Locates the `external_host_providers` service at `externalhostproviders` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_host_providers | reference: external_host_providers}
   */
  externalHostProvidersService(): ExternalHostProvidersService {
    return new ExternalHostProvidersService(this.connection, 'externalhostproviders');
  }

  /**
   * Locates the `external_vm_imports` service at `externalvmimports` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_vm_imports | reference: external_vm_imports}
   * @since API 4.0.4
   */
  externalVmImportsService(): ExternalVmImportsService {
    return new ExternalVmImportsService(this.connection, 'externalvmimports');
  }

  /**
   * Locates the `external_template_imports` service at `externaltemplateimports` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_template_imports | reference: external_template_imports}
   * @since API 4.4.7
   */
  externalTemplateImportsService(): ExternalTemplateImportsService {
    return new ExternalTemplateImportsService(this.connection, 'externaltemplateimports');
  }

  /**
   * Locates the `groups` service at `groups` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/groups | reference: groups}
   */
  groupsService(): GroupsService {
    return new GroupsService(this.connection, 'groups');
  }

  /**
   * Locates the `hosts` service at `hosts` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/hosts | reference: hosts}
   */
  hostsService(): HostsService {
    return new HostsService(this.connection, 'hosts');
  }

  /**
   * Locates the `icons` service at `icons` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/icons | reference: icons}
   */
  iconsService(): IconsService {
    return new IconsService(this.connection, 'icons');
  }

  /**
   * Locates the `instance_types` service at `instancetypes` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/instance_types | reference: instance_types}
   */
  instanceTypesService(): InstanceTypesService {
    return new InstanceTypesService(this.connection, 'instancetypes');
  }

  /**
   * Locates the `jobs` service at `jobs` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/jobs | reference: jobs}
   */
  jobsService(): JobsService {
    return new JobsService(this.connection, 'jobs');
  }

  /**
   * Locates the `affinity_labels` service at `affinitylabels` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/affinity_labels | reference: affinity_labels}
   */
  affinityLabelsService(): AffinityLabelsService {
    return new AffinityLabelsService(this.connection, 'affinitylabels');
  }

  /**
   * Locates the `mac_pools` service at `macpools` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/mac_pools | reference: mac_pools}
   */
  macPoolsService(): MacPoolsService {
    return new MacPoolsService(this.connection, 'macpools');
  }

  /**
   * Locates the `network_filters` service at `networkfilters` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_filters | reference: network_filters}
   */
  networkFiltersService(): NetworkFiltersService {
    return new NetworkFiltersService(this.connection, 'networkfilters');
  }

  /**
   * Locates the `networks` service at `networks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/networks | reference: networks}
   */
  networksService(): NetworksService {
    return new NetworksService(this.connection, 'networks');
  }

  /**
   * Locates the `openstack_image_providers` service at `openstackimageproviders` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_image_providers | reference: openstack_image_providers}
   */
  openstackImageProvidersService(): OpenstackImageProvidersService {
    return new OpenstackImageProvidersService(this.connection, 'openstackimageproviders');
  }

  /**
   * Locates the `openstack_network_providers` service at `openstacknetworkproviders` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_network_providers | reference: openstack_network_providers}
   */
  openstackNetworkProvidersService(): OpenstackNetworkProvidersService {
    return new OpenstackNetworkProvidersService(this.connection, 'openstacknetworkproviders');
  }

  /**
   * Locates the `openstack_volume_providers` service at `openstackvolumeproviders` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/openstack_volume_providers | reference: openstack_volume_providers}
   */
  openstackVolumeProvidersService(): OpenstackVolumeProvidersService {
    return new OpenstackVolumeProvidersService(this.connection, 'openstackvolumeproviders');
  }

  /**
   * Locates the `operating_systems` service at `operatingsystems` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/operating_systems | reference: operating_systems}
   */
  operatingSystemsService(): OperatingSystemsService {
    return new OperatingSystemsService(this.connection, 'operatingsystems');
  }

  /**
   * Locates the `roles` service at `roles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/roles | reference: roles}
   */
  rolesService(): RolesService {
    return new RolesService(this.connection, 'roles');
  }

  /**
   * Locates the `scheduling_policies` service at `schedulingpolicies` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policies | reference: scheduling_policies}
   */
  schedulingPoliciesService(): SchedulingPoliciesService {
    return new SchedulingPoliciesService(this.connection, 'schedulingpolicies');
  }

  /**
   * Locates the `scheduling_policy_units` service at `schedulingpolicyunits` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/scheduling_policy_units | reference: scheduling_policy_units}
   */
  schedulingPolicyUnitsService(): SchedulingPolicyUnitsService {
    return new SchedulingPolicyUnitsService(this.connection, 'schedulingpolicyunits');
  }

  /**
   * Locates the `storage_domains` service at `storagedomains` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_domains | reference: storage_domains}
   */
  storageDomainsService(): StorageDomainsService {
    return new StorageDomainsService(this.connection, 'storagedomains');
  }

  /**
   * Locates the `storage_server_connections` service at `storageconnections` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connections | reference: storage_server_connections}
   */
  storageConnectionsService(): StorageServerConnectionsService {
    return new StorageServerConnectionsService(this.connection, 'storageconnections');
  }

  /**
   * Locates the `engine_katello_errata` service at `katelloerrata` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/engine_katello_errata | reference: engine_katello_errata}
   */
  katelloErrataService(): EngineKatelloErrataService {
    return new EngineKatelloErrataService(this.connection, 'katelloerrata');
  }

  /**
   * Locates the `system_permissions` service at `permissions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_permissions | reference: system_permissions}
   */
  permissionsService(): SystemPermissionsService {
    return new SystemPermissionsService(this.connection, 'permissions');
  }

  /**
   * Locates the `tags` service at `tags` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/tags | reference: tags}
   */
  tagsService(): TagsService {
    return new TagsService(this.connection, 'tags');
  }

  /**
   * Locates the `templates` service at `templates` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/templates | reference: templates}
   */
  templatesService(): TemplatesService {
    return new TemplatesService(this.connection, 'templates');
  }

  /**
   * Locates the `users` service at `users` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/users | reference: users}
   */
  usersService(): UsersService {
    return new UsersService(this.connection, 'users');
  }

  /**
   * Locates the `vm_pools` service at `vmpools` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vm_pools | reference: vm_pools}
   */
  vmPoolsService(): VmPoolsService {
    return new VmPoolsService(this.connection, 'vmpools');
  }

  /**
   * Locates the `vms` service at `vms` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms | reference: vms}
   */
  vmsService(): VmsService {
    return new VmsService(this.connection, 'vms');
  }

  /**
   * Locates the `vnic_profiles` service at `vnicprofiles` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vnic_profiles | reference: vnic_profiles}
   */
  vnicProfilesService(): VnicProfilesService {
    return new VnicProfilesService(this.connection, 'vnicprofiles');
  }

  /**
   * Locates the `image_transfers` service at `imagetransfers` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/image_transfers | reference: image_transfers}
   * @since API 4.0.4
   */
  imageTransfersService(): ImageTransfersService {
    return new ImageTransfersService(this.connection, 'imagetransfers');
  }

  /**
   * Locates the `system_options` service at `options` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/system_options | reference: system_options}
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
