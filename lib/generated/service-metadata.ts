// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type { ServiceInfo } from '../service';

/**
 * The services of the API as data: methods with their wire details, and locators.
 * The root service is `system`.
 */
export const ROOT_SERVICE = 'system';

export const SERVICES: Readonly<Record<string, ServiceInfo>> = {
  affinity_group_host_label: {
    name: 'affinity_group_host_label',
    className: 'AffinityGroupHostLabelService',
    methods: [
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  affinity_group_host_labels: {
    name: 'affinity_group_host_labels',
    className: 'AffinityGroupHostLabelsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'label', prop: 'label', type: 'affinity_label', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'affinity_label' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'labels', prop: 'labels', type: 'affinity_label', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'affinity_labels' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'label', method: 'labelService', parameter: 'id', service: 'affinity_group_host_label' },
    ],
  },
  affinity_group_host: {
    name: 'affinity_group_host',
    className: 'AffinityGroupHostService',
    methods: [
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  affinity_group_hosts: {
    name: 'affinity_group_hosts',
    className: 'AffinityGroupHostsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'host' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'hosts', prop: 'hosts', type: 'host', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'hosts' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'host', method: 'hostService', parameter: 'id_or_name', service: 'affinity_group_host' },
    ],
  },
  affinity_group: {
    name: 'affinity_group',
    className: 'AffinityGroupService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'group', prop: 'group', type: 'affinity_group', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'affinity_group' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'group', prop: 'group', type: 'affinity_group', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'affinity_group' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'vms', method: 'vmsService', path: 'vms', service: 'affinity_group_vms' },
      { name: 'hosts', method: 'hostsService', path: 'hosts', service: 'affinity_group_hosts' },
      { name: 'vm_labels', method: 'vmLabelsService', path: 'vmlabels', service: 'affinity_group_vm_labels' },
      { name: 'host_labels', method: 'hostLabelsService', path: 'hostlabels', service: 'affinity_group_host_labels' },
    ],
  },
  affinity_group_vm_label: {
    name: 'affinity_group_vm_label',
    className: 'AffinityGroupVmLabelService',
    methods: [
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  affinity_group_vm_labels: {
    name: 'affinity_group_vm_labels',
    className: 'AffinityGroupVmLabelsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'label', prop: 'label', type: 'affinity_label', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'affinity_label' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'labels', prop: 'labels', type: 'affinity_label', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'affinity_labels' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'label', method: 'labelService', parameter: 'id', service: 'affinity_group_vm_label' },
    ],
  },
  affinity_group_vm: {
    name: 'affinity_group_vm',
    className: 'AffinityGroupVmService',
    methods: [
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  affinity_group_vms: {
    name: 'affinity_group_vms',
    className: 'AffinityGroupVmsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'vms', prop: 'vms', type: 'vm', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vms' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'vm', method: 'vmService', parameter: 'id', service: 'affinity_group_vm' },
    ],
  },
  affinity_groups: {
    name: 'affinity_groups',
    className: 'AffinityGroupsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'group', prop: 'group', type: 'affinity_group', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'affinity_group' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'groups', prop: 'groups', type: 'affinity_group', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'affinity_groups' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'group', method: 'groupService', parameter: 'id', service: 'affinity_group' },
    ],
  },
  affinity_label_host: {
    name: 'affinity_label_host',
    className: 'AffinityLabelHostService',
    methods: [
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  affinity_label_hosts: {
    name: 'affinity_label_hosts',
    className: 'AffinityLabelHostsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'host' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'hosts', prop: 'hosts', type: 'host', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'hosts' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'host', method: 'hostService', parameter: 'id', service: 'affinity_label_host' },
    ],
  },
  affinity_label: {
    name: 'affinity_label',
    className: 'AffinityLabelService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'label', prop: 'label', type: 'affinity_label', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'affinity_label' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'label', prop: 'label', type: 'affinity_label', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'affinity_label' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
    ],
    locators: [
      { name: 'vms', method: 'vmsService', path: 'vms', service: 'affinity_label_vms' },
      { name: 'hosts', method: 'hostsService', path: 'hosts', service: 'affinity_label_hosts' },
    ],
  },
  affinity_label_vm: {
    name: 'affinity_label_vm',
    className: 'AffinityLabelVmService',
    methods: [
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  affinity_label_vms: {
    name: 'affinity_label_vms',
    className: 'AffinityLabelVmsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'vms', prop: 'vms', type: 'vm', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vms' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'vm', method: 'vmService', parameter: 'id', service: 'affinity_label_vm' },
    ],
  },
  affinity_labels: {
    name: 'affinity_labels',
    className: 'AffinityLabelsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'label', prop: 'label', type: 'affinity_label', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'affinity_label' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'labels', prop: 'labels', type: 'affinity_label', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'affinity_labels' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'label', method: 'labelService', parameter: 'id', service: 'affinity_label' },
    ],
  },
  assigned_affinity_label: {
    name: 'assigned_affinity_label',
    className: 'AssignedAffinityLabelService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'label', prop: 'label', type: 'affinity_label', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'affinity_label' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
    ],
    locators: [
    ],
  },
  assigned_affinity_labels: {
    name: 'assigned_affinity_labels',
    className: 'AssignedAffinityLabelsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'label', prop: 'label', type: 'affinity_label', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'affinity_label' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'label', prop: 'label', type: 'affinity_label', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'affinity_labels' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'label', method: 'labelService', parameter: 'id', service: 'assigned_affinity_label' },
    ],
  },
  assigned_cpu_profile: {
    name: 'assigned_cpu_profile',
    className: 'AssignedCpuProfileService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'cpu_profile', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cpu_profile' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  assigned_cpu_profiles: {
    name: 'assigned_cpu_profiles',
    className: 'AssignedCpuProfilesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'cpu_profile', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'cpu_profile' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'profiles', prop: 'profiles', type: 'cpu_profile', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cpu_profiles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'profile', method: 'profileService', parameter: 'id', service: 'assigned_cpu_profile' },
    ],
  },
  assigned_disk_profile: {
    name: 'assigned_disk_profile',
    className: 'AssignedDiskProfileService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk_profile', prop: 'diskProfile', type: 'disk_profile', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_profile' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  assigned_disk_profiles: {
    name: 'assigned_disk_profiles',
    className: 'AssignedDiskProfilesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'disk_profile', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk_profile' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'profiles', prop: 'profiles', type: 'disk_profile', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_profiles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'profile', method: 'profileService', parameter: 'id', service: 'assigned_disk_profile' },
    ],
  },
  assigned_permissions: {
    name: 'assigned_permissions',
    className: 'AssignedPermissionsService',
    methods: [
      {
        name: 'add_user_level', method: 'addUserLevel', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_group_level', method: 'addGroupLevel', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_data_center_permission', method: 'addDataCenterPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_cluster_permission', method: 'addClusterPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_host_permission', method: 'addHostPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_storage_domain_permission', method: 'addStorageDomainPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_vm_permission', method: 'addVmPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_vm_pool_permission', method: 'addVmPoolPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_template_permission', method: 'addTemplatePermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'permissions', prop: 'permissions', type: 'permission', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'permissions' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'permission', method: 'permissionService', parameter: 'id', service: 'permission' },
    ],
  },
  assigned_roles: {
    name: 'assigned_roles',
    className: 'AssignedRolesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'roles', prop: 'roles', type: 'role', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'roles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'role', method: 'roleService', parameter: 'id', service: 'role' },
    ],
  },
  assigned_tag: {
    name: 'assigned_tag',
    className: 'AssignedTagService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'tag', prop: 'tag', type: 'tag', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'tag' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  assigned_tags: {
    name: 'assigned_tags',
    className: 'AssignedTagsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'tag', prop: 'tag', type: 'tag', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'tag' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'tags', prop: 'tags', type: 'tag', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'tags' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'tag', method: 'tagService', parameter: 'id', service: 'assigned_tag' },
    ],
  },
  assigned_vnic_profile: {
    name: 'assigned_vnic_profile',
    className: 'AssignedVnicProfileService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'vnic_profile', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vnic_profile' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  assigned_vnic_profiles: {
    name: 'assigned_vnic_profiles',
    className: 'AssignedVnicProfilesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'vnic_profile', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vnic_profile' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'profiles', prop: 'profiles', type: 'vnic_profile', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vnic_profiles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'profile', method: 'profileService', parameter: 'id', service: 'assigned_vnic_profile' },
    ],
  },
  attached_storage_domain_disk: {
    name: 'attached_storage_domain_disk',
    className: 'AttachedStorageDomainDiskService',
    methods: [
      {
        name: 'copy', method: 'copy', kind: 'action', verb: 'POST', path: 'copy',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disk' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
        ],
      },
      {
        name: 'export', method: 'export', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'move', method: 'move', kind: 'action', verb: 'POST', path: 'move',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
      {
        name: 'sparsify', method: 'sparsify', kind: 'action', verb: 'POST', path: 'sparsify',
        parameters: [
        ],
      },
      {
        name: 'register', method: 'register', kind: 'action', verb: 'POST', path: 'register',
        parameters: [
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  attached_storage_domain_disks: {
    name: 'attached_storage_domain_disks',
    className: 'AttachedStorageDomainDisksService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
          { name: 'unregistered', prop: 'unregistered', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'unregistered' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk', method: 'diskService', parameter: 'id', service: 'attached_storage_domain_disk' },
    ],
  },
  attached_storage_domain: {
    name: 'attached_storage_domain',
    className: 'AttachedStorageDomainService',
    methods: [
      {
        name: 'activate', method: 'activate', kind: 'action', verb: 'POST', path: 'activate',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'deactivate', method: 'deactivate', kind: 'action', verb: 'POST', path: 'deactivate',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_domain' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'disks', method: 'disksService', path: 'disks', service: 'attached_storage_domain_disks' },
    ],
  },
  attached_storage_domains: {
    name: 'attached_storage_domains',
    className: 'AttachedStorageDomainsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'storage_domains', prop: 'storageDomains', type: 'storage_domain', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_domains' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'storage_domain', method: 'storageDomainService', parameter: 'id', service: 'attached_storage_domain' },
    ],
  },
  balance: {
    name: 'balance',
    className: 'BalanceService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'balance', prop: 'balance', type: 'balance', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'balance' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  balances: {
    name: 'balances',
    className: 'BalancesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'balance', prop: 'balance', type: 'balance', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'balance' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'balances', prop: 'balances', type: 'balance', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'balances' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'balance', method: 'balanceService', parameter: 'id', service: 'balance' },
    ],
  },
  bookmark: {
    name: 'bookmark',
    className: 'BookmarkService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'bookmark', prop: 'bookmark', type: 'bookmark', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'bookmark' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'bookmark', prop: 'bookmark', type: 'bookmark', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'bookmark' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  bookmarks: {
    name: 'bookmarks',
    className: 'BookmarksService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'bookmark', prop: 'bookmark', type: 'bookmark', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'bookmark' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'bookmarks', prop: 'bookmarks', type: 'bookmark', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'bookmarks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'bookmark', method: 'bookmarkService', parameter: 'id', service: 'bookmark' },
    ],
  },
  cluster_enabled_feature: {
    name: 'cluster_enabled_feature',
    className: 'ClusterEnabledFeatureService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'feature', prop: 'feature', type: 'cluster_feature', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cluster_feature' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
    ],
    locators: [
    ],
  },
  cluster_enabled_features: {
    name: 'cluster_enabled_features',
    className: 'ClusterEnabledFeaturesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'features', prop: 'features', type: 'cluster_feature', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cluster_features' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'feature', prop: 'feature', type: 'cluster_feature', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'cluster_feature' },
        ],
      },
    ],
    locators: [
      { name: 'feature', method: 'featureService', parameter: 'id', service: 'cluster_enabled_feature' },
    ],
  },
  cluster_external_providers: {
    name: 'cluster_external_providers',
    className: 'ClusterExternalProvidersService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'providers', prop: 'providers', type: 'external_provider', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_providers' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  cluster_feature: {
    name: 'cluster_feature',
    className: 'ClusterFeatureService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'feature', prop: 'feature', type: 'cluster_feature', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cluster_feature' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  cluster_features: {
    name: 'cluster_features',
    className: 'ClusterFeaturesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'features', prop: 'features', type: 'cluster_feature', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cluster_features' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'feature', method: 'featureService', parameter: 'id', service: 'cluster_feature' },
    ],
  },
  cluster_level: {
    name: 'cluster_level',
    className: 'ClusterLevelService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'level', prop: 'level', type: 'cluster_level', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cluster_level' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'cluster_features', method: 'clusterFeaturesService', path: 'clusterfeatures', service: 'cluster_features' },
    ],
  },
  cluster_levels: {
    name: 'cluster_levels',
    className: 'ClusterLevelsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'levels', prop: 'levels', type: 'cluster_level', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cluster_levels' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'level', method: 'levelService', parameter: 'id', service: 'cluster_level' },
    ],
  },
  cluster_network: {
    name: 'cluster_network',
    className: 'ClusterNetworkService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network' },
        ],
      },
    ],
    locators: [
    ],
  },
  cluster_networks: {
    name: 'cluster_networks',
    className: 'ClusterNetworksService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'networks', prop: 'networks', type: 'network', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'networks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'network', method: 'networkService', parameter: 'id', service: 'cluster_network' },
    ],
  },
  cluster: {
    name: 'cluster',
    className: 'ClusterService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cluster' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'cluster' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'reset_emulated_machine', method: 'resetEmulatedMachine', kind: 'action', verb: 'POST', path: 'resetemulatedmachine',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'sync_all_networks', method: 'syncAllNetworks', kind: 'action', verb: 'POST', path: 'syncallnetworks',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'upgrade', method: 'upgrade', kind: 'action', verb: 'POST', path: 'upgrade',
        parameters: [
          { name: 'upgrade_action', prop: 'upgradeAction', type: 'cluster_upgrade_action', list: false, kind: 'enum', in: true, out: false, place: 'action', wireName: 'upgrade_action' },
          { name: 'correlation_id', prop: 'correlationId', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'correlation_id' },
          { name: 'upgrade_percent_complete', prop: 'upgradePercentComplete', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'upgrade_percent_complete' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'refresh_gluster_heal_status', method: 'refreshGlusterHealStatus', kind: 'action', verb: 'POST', path: 'refreshglusterhealstatus',
        parameters: [
        ],
      },
    ],
    locators: [
      { name: 'affinity_groups', method: 'affinityGroupsService', path: 'affinitygroups', service: 'affinity_groups' },
      { name: 'cpu_profiles', method: 'cpuProfilesService', path: 'cpuprofiles', service: 'assigned_cpu_profiles' },
      { name: 'networks', method: 'networksService', path: 'networks', service: 'cluster_networks' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'gluster_hooks', method: 'glusterHooksService', path: 'glusterhooks', service: 'gluster_hooks' },
      { name: 'gluster_volumes', method: 'glusterVolumesService', path: 'glustervolumes', service: 'gluster_volumes' },
      { name: 'network_filters', method: 'networkFiltersService', path: 'networkfilters', service: 'network_filters' },
      { name: 'enabled_features', method: 'enabledFeaturesService', path: 'enabledfeatures', service: 'cluster_enabled_features' },
      { name: 'external_network_providers', method: 'externalNetworkProvidersService', path: 'externalnetworkproviders', service: 'cluster_external_providers' },
    ],
  },
  clusters: {
    name: 'clusters',
    className: 'ClustersService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'cluster' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'clusters', prop: 'clusters', type: 'cluster', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'clusters' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'cluster', method: 'clusterService', parameter: 'id', service: 'cluster' },
    ],
  },
  copyable: {
    name: 'copyable',
    className: 'CopyableService',
    methods: [
      {
        name: 'copy', method: 'copy', kind: 'action', verb: 'POST', path: 'copy',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  cpu_profile: {
    name: 'cpu_profile',
    className: 'CpuProfileService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'cpu_profile', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cpu_profile' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'cpu_profile', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'cpu_profile' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  cpu_profiles: {
    name: 'cpu_profiles',
    className: 'CpuProfilesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'cpu_profile', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'cpu_profile' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'cpu_profile', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cpu_profiles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'profile', method: 'profileService', parameter: 'id', service: 'cpu_profile' },
    ],
  },
  data_center_network: {
    name: 'data_center_network',
    className: 'DataCenterNetworkService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network' },
        ],
      },
    ],
    locators: [
    ],
  },
  data_center_networks: {
    name: 'data_center_networks',
    className: 'DataCenterNetworksService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'networks', prop: 'networks', type: 'network', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'networks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'network', method: 'networkService', parameter: 'id', service: 'data_center_network' },
    ],
  },
  data_center: {
    name: 'data_center',
    className: 'DataCenterService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'data_center', prop: 'dataCenter', type: 'data_center', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'data_center' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'data_center', prop: 'dataCenter', type: 'data_center', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'data_center' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'set_master', method: 'setMaster', kind: 'action', verb: 'POST', path: 'setmaster',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'clean_finished_tasks', method: 'cleanFinishedTasks', kind: 'action', verb: 'POST', path: 'cleanfinishedtasks',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'storage_domains', method: 'storageDomainsService', path: 'storagedomains', service: 'attached_storage_domains' },
      { name: 'clusters', method: 'clustersService', path: 'clusters', service: 'clusters' },
      { name: 'networks', method: 'networksService', path: 'networks', service: 'data_center_networks' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'quotas', method: 'quotasService', path: 'quotas', service: 'quotas' },
      { name: 'qoss', method: 'qossService', path: 'qoss', service: 'qoss' },
      { name: 'iscsi_bonds', method: 'iscsiBondsService', path: 'iscsibonds', service: 'iscsi_bonds' },
    ],
  },
  data_centers: {
    name: 'data_centers',
    className: 'DataCentersService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'data_center', prop: 'dataCenter', type: 'data_center', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'data_center' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'data_centers', prop: 'dataCenters', type: 'data_center', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'data_centers' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'data_center', method: 'dataCenterService', parameter: 'id', service: 'data_center' },
    ],
  },
  disk_attachment: {
    name: 'disk_attachment',
    className: 'DiskAttachmentService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'attachment', prop: 'attachment', type: 'disk_attachment', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_attachment' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'detach_only', prop: 'detachOnly', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'detach_only' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'disk_attachment', prop: 'diskAttachment', type: 'disk_attachment', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk_attachment' },
        ],
      },
    ],
    locators: [
    ],
  },
  disk_attachments: {
    name: 'disk_attachments',
    className: 'DiskAttachmentsService',
    methods: [
      {
        name: 'add_signature1', method: 'addSignature1', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'attachment', prop: 'attachment', type: 'disk_attachment', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk_attachment' },
        ],
      },
      {
        name: 'add_providing_disk_id', method: 'addProvidingDiskId', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'attachment', prop: 'attachment', type: 'disk_attachment', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk_attachment' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'attachment', prop: 'attachment', type: 'disk_attachment', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk_attachment' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'attachments', prop: 'attachments', type: 'disk_attachment', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_attachments' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'attachment', method: 'attachmentService', parameter: 'id', service: 'disk_attachment' },
    ],
  },
  disk_profile: {
    name: 'disk_profile',
    className: 'DiskProfileService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'disk_profile', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_profile' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'disk_profile', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk_profile' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  disk_profiles: {
    name: 'disk_profiles',
    className: 'DiskProfilesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'disk_profile', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk_profile' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'disk_profile', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_profiles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk_profile', method: 'diskProfileService', parameter: 'id', service: 'disk_profile' },
    ],
  },
  disk: {
    name: 'disk',
    className: 'DiskService',
    methods: [
      {
        name: 'copy', method: 'copy', kind: 'action', verb: 'POST', path: 'copy',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disk' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'disk_profile', prop: 'diskProfile', type: 'disk_profile', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disk_profile' },
          { name: 'quota', prop: 'quota', type: 'quota', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'quota' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
        ],
      },
      {
        name: 'export', method: 'export', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk' },
          { name: 'all_content', prop: 'allContent', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'all_content' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'move', method: 'move', kind: 'action', verb: 'POST', path: 'move',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'disk_profile', prop: 'diskProfile', type: 'disk_profile', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disk_profile' },
          { name: 'quota', prop: 'quota', type: 'quota', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'quota' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'sparsify', method: 'sparsify', kind: 'action', verb: 'POST', path: 'sparsify',
        parameters: [
        ],
      },
      {
        name: 'refresh_lun', method: 'refreshLun', kind: 'action', verb: 'POST', path: 'refreshlun',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
        ],
      },
      {
        name: 'reduce', method: 'reduce', kind: 'action', verb: 'POST', path: 'reduce',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'convert', method: 'convert', kind: 'action', verb: 'POST', path: 'convert',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disk' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'disk_snapshots', method: 'diskSnapshotsService', path: 'disksnapshots', service: 'disk_snapshots' },
    ],
  },
  disk_snapshot: {
    name: 'disk_snapshot',
    className: 'DiskSnapshotService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'snapshot', prop: 'snapshot', type: 'disk_snapshot', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_snapshot' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  disk_snapshots: {
    name: 'disk_snapshots',
    className: 'DiskSnapshotsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'snapshots', prop: 'snapshots', type: 'disk_snapshot', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_snapshots' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'include_active', prop: 'includeActive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'include_active' },
          { name: 'include_template', prop: 'includeTemplate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'include_template' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'snapshot', method: 'snapshotService', parameter: 'id', service: 'disk_snapshot' },
    ],
  },
  disks: {
    name: 'disks',
    className: 'DisksService',
    methods: [
      {
        name: 'add_on_storage_domain', method: 'addOnStorageDomain', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
        ],
      },
      {
        name: 'add_lun', method: 'addLun', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk', method: 'diskService', parameter: 'id', service: 'disk' },
    ],
  },
  event: {
    name: 'event',
    className: 'EventService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'event', prop: 'event', type: 'event', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'event' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  event_subscription: {
    name: 'event_subscription',
    className: 'EventSubscriptionService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'event_subscription', prop: 'eventSubscription', type: 'event_subscription', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'event_subscription' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  event_subscriptions: {
    name: 'event_subscriptions',
    className: 'EventSubscriptionsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'event_subscription', prop: 'eventSubscription', type: 'event_subscription', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'event_subscription' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'event_subscriptions', prop: 'eventSubscriptions', type: 'event_subscription', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'event_subscriptions' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'event_subscription', method: 'eventSubscriptionService', parameter: 'id', service: 'event_subscription' },
    ],
  },
  events: {
    name: 'events',
    className: 'EventsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'event', prop: 'event', type: 'event', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'event' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'events', prop: 'events', type: 'event', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'events' },
          { name: 'from', prop: 'from', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'from' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'undelete', method: 'undelete', kind: 'action', verb: 'POST', path: 'undelete',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'event', method: 'eventService', parameter: 'id', service: 'event' },
    ],
  },
  external_network_provider_configuration: {
    name: 'external_network_provider_configuration',
    className: 'ExternalNetworkProviderConfigurationService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'configuration', prop: 'configuration', type: 'external_network_provider_configuration', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_network_provider_configuration' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  external_network_provider_configurations: {
    name: 'external_network_provider_configurations',
    className: 'ExternalNetworkProviderConfigurationsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'configurations', prop: 'configurations', type: 'external_network_provider_configuration', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_network_provider_configurations' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'configuration', method: 'configurationService', parameter: 'id', service: 'external_network_provider_configuration' },
    ],
  },
  external_provider_certificate: {
    name: 'external_provider_certificate',
    className: 'ExternalProviderCertificateService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'certificate', prop: 'certificate', type: 'certificate', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'certificate' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  external_provider_certificates: {
    name: 'external_provider_certificates',
    className: 'ExternalProviderCertificatesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'certificates', prop: 'certificates', type: 'certificate', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'certificates' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'certificate', method: 'certificateService', parameter: 'id', service: 'external_provider_certificate' },
    ],
  },
  external_provider: {
    name: 'external_provider',
    className: 'ExternalProviderService',
    methods: [
      {
        name: 'import_certificates', method: 'importCertificates', kind: 'action', verb: 'POST', path: 'importcertificates',
        parameters: [
          { name: 'certificates', prop: 'certificates', type: 'certificate', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'certificates' },
        ],
      },
      {
        name: 'test_connectivity', method: 'testConnectivity', kind: 'action', verb: 'POST', path: 'testconnectivity',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'certificates', method: 'certificatesService', path: 'certificates', service: 'external_provider_certificates' },
    ],
  },
  external_template_imports: {
    name: 'external_template_imports',
    className: 'ExternalTemplateImportsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'import', prop: 'import', type: 'external_template_import', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'external_template_import' },
        ],
      },
    ],
    locators: [
    ],
  },
  external_vm_imports: {
    name: 'external_vm_imports',
    className: 'ExternalVmImportsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'import', prop: 'import', type: 'external_vm_import', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'external_vm_import' },
        ],
      },
    ],
    locators: [
    ],
  },
  fence_agent: {
    name: 'fence_agent',
    className: 'FenceAgentService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'agent', prop: 'agent', type: 'agent', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'agent' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'agent', prop: 'agent', type: 'agent', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'agent' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  fence_agents: {
    name: 'fence_agents',
    className: 'FenceAgentsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'agent', prop: 'agent', type: 'agent', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'agent' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'agents', prop: 'agents', type: 'agent', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'agents' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'agent', method: 'agentService', parameter: 'id', service: 'fence_agent' },
    ],
  },
  file: {
    name: 'file',
    className: 'FileService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'file', prop: 'file', type: 'file', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'file' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  files: {
    name: 'files',
    className: 'FilesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'file', prop: 'file', type: 'file', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'files' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'refresh', prop: 'refresh', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'refresh' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'file', method: 'fileService', parameter: 'id', service: 'file' },
    ],
  },
  filter: {
    name: 'filter',
    className: 'FilterService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'result', prop: 'result', type: 'filter', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'filter' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  filters: {
    name: 'filters',
    className: 'FiltersService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'filter', prop: 'filter', type: 'filter', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'filter' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'filters', prop: 'filters', type: 'filter', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'filters' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'filter', method: 'filterService', parameter: 'id', service: 'filter' },
    ],
  },
  host_cpu_units: {
    name: 'host_cpu_units',
    className: 'HostCpuUnitsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'cpu_units', prop: 'cpuUnits', type: 'host_cpu_unit', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_cpu_units' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  host_device: {
    name: 'host_device',
    className: 'HostDeviceService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'device', prop: 'device', type: 'host_device', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_device' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  host_devices: {
    name: 'host_devices',
    className: 'HostDevicesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'devices', prop: 'devices', type: 'host_device', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_devices' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'device', method: 'deviceService', parameter: 'id', service: 'host_device' },
    ],
  },
  host_hook: {
    name: 'host_hook',
    className: 'HostHookService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'hook', prop: 'hook', type: 'hook', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'hook' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  host_hooks: {
    name: 'host_hooks',
    className: 'HostHooksService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'hooks', prop: 'hooks', type: 'hook', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'hooks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'hook', method: 'hookService', parameter: 'id', service: 'host_hook' },
    ],
  },
  host_nic: {
    name: 'host_nic',
    className: 'HostNicService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'host_nic', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_nic' },
          { name: 'all_content', prop: 'allContent', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'all_content' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update_virtual_functions_configuration', method: 'updateVirtualFunctionsConfiguration', kind: 'action', verb: 'POST', path: 'updatevirtualfunctionsconfiguration',
        parameters: [
          { name: 'virtual_functions_configuration', prop: 'virtualFunctionsConfiguration', type: 'host_nic_virtual_functions_configuration', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'virtual_functions_configuration' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
      { name: 'network_labels', method: 'networkLabelsService', path: 'networklabels', service: 'network_labels' },
      { name: 'network_attachments', method: 'networkAttachmentsService', path: 'networkattachments', service: 'network_attachments' },
      { name: 'virtual_function_allowed_labels', method: 'virtualFunctionAllowedLabelsService', path: 'virtualfunctionallowedlabels', service: 'network_labels' },
      { name: 'virtual_function_allowed_networks', method: 'virtualFunctionAllowedNetworksService', path: 'virtualfunctionallowednetworks', service: 'virtual_function_allowed_networks' },
      { name: 'link_layer_discovery_protocol_elements', method: 'linkLayerDiscoveryProtocolElementsService', path: 'linklayerdiscoveryprotocolelements', service: 'link_layer_discovery_protocol' },
    ],
  },
  host_nics: {
    name: 'host_nics',
    className: 'HostNicsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'nics', prop: 'nics', type: 'host_nic', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_nics' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'all_content', prop: 'allContent', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'all_content' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'nic', method: 'nicService', parameter: 'id', service: 'host_nic' },
    ],
  },
  host_numa_node: {
    name: 'host_numa_node',
    className: 'HostNumaNodeService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'node', prop: 'node', type: 'numa_node', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_numa_node' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
    ],
  },
  host_numa_nodes: {
    name: 'host_numa_nodes',
    className: 'HostNumaNodesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'nodes', prop: 'nodes', type: 'numa_node', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_numa_nodes' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'node', method: 'nodeService', parameter: 'id', service: 'host_numa_node' },
    ],
  },
  host: {
    name: 'host',
    className: 'HostService',
    methods: [
      {
        name: 'activate', method: 'activate', kind: 'action', verb: 'POST', path: 'activate',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'approve_using_root_password', method: 'approveUsingRootPassword', kind: 'action', verb: 'POST', path: 'approve',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'activate', prop: 'activate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'activate' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reboot' },
        ],
      },
      {
        name: 'approve_using_ssh', method: 'approveUsingSsh', kind: 'action', verb: 'POST', path: 'approve',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'activate', prop: 'activate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'activate' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reboot' },
        ],
      },
      {
        name: 'approve', method: 'approve', kind: 'action', verb: 'POST', path: 'approve',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'activate', prop: 'activate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'activate' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reboot' },
        ],
      },
      {
        name: 'commit_net_config', method: 'commitNetConfig', kind: 'action', verb: 'POST', path: 'commitnetconfig',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'deactivate', method: 'deactivate', kind: 'action', verb: 'POST', path: 'deactivate',
        parameters: [
          { name: 'reason', prop: 'reason', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reason' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'stop_gluster_service', prop: 'stopGlusterService', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'stop_gluster_service' },
        ],
      },
      {
        name: 'enroll_certificate', method: 'enrollCertificate', kind: 'action', verb: 'POST', path: 'enrollcertificate',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'fence', method: 'fence', kind: 'action', verb: 'POST', path: 'fence',
        parameters: [
          { name: 'fence_type', prop: 'fenceType', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'fence_type' },
          { name: 'power_management', prop: 'powerManagement', type: 'power_management', list: false, kind: 'struct', in: false, out: true, place: 'action', wireName: 'power_management' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'maintenance_after_restart', prop: 'maintenanceAfterRestart', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'maintenance_after_restart' },
        ],
      },
      {
        name: 'force_select_spm', method: 'forceSelectSpm', kind: 'action', verb: 'POST', path: 'forceselectspm',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'all_content', prop: 'allContent', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'all_content' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'install_using_root_password', method: 'installUsingRootPassword', kind: 'action', verb: 'POST', path: 'install',
        parameters: [
          { name: 'activate', prop: 'activate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'activate' },
          { name: 'root_password', prop: 'rootPassword', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'root_password' },
          { name: 'ssh', prop: 'ssh', type: 'ssh', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'ssh' },
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'image', prop: 'image', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'image' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'deploy_hosted_engine', prop: 'deployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'deploy_hosted_engine' },
          { name: 'undeploy_hosted_engine', prop: 'undeployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'undeploy_hosted_engine' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reboot' },
        ],
      },
      {
        name: 'install_using_ssh', method: 'installUsingSsh', kind: 'action', verb: 'POST', path: 'install',
        parameters: [
          { name: 'activate', prop: 'activate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'activate' },
          { name: 'root_password', prop: 'rootPassword', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'root_password' },
          { name: 'ssh', prop: 'ssh', type: 'ssh', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'ssh' },
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'image', prop: 'image', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'image' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'deploy_hosted_engine', prop: 'deployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'deploy_hosted_engine' },
          { name: 'undeploy_hosted_engine', prop: 'undeployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'undeploy_hosted_engine' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reboot' },
        ],
      },
      {
        name: 'install', method: 'install', kind: 'action', verb: 'POST', path: 'install',
        parameters: [
          { name: 'activate', prop: 'activate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'activate' },
          { name: 'root_password', prop: 'rootPassword', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'root_password' },
          { name: 'ssh', prop: 'ssh', type: 'ssh', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'ssh' },
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'image', prop: 'image', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'image' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'deploy_hosted_engine', prop: 'deployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'deploy_hosted_engine' },
          { name: 'undeploy_hosted_engine', prop: 'undeployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'undeploy_hosted_engine' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reboot' },
        ],
      },
      {
        name: 'iscsi_discover', method: 'iscsiDiscover', kind: 'action', verb: 'POST', path: 'iscsidiscover',
        parameters: [
          { name: 'iscsi', prop: 'iscsi', type: 'iscsi_details', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'iscsi' },
          { name: 'iscsi_targets', prop: 'iscsiTargets', type: 'string', list: true, kind: 'primitive', in: false, out: true, place: 'action', wireName: 'iscsi_targets' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'discover_iscsi', method: 'discoverIscsi', kind: 'action', verb: 'POST', path: 'discoveriscsi',
        parameters: [
          { name: 'iscsi', prop: 'iscsi', type: 'iscsi_details', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'iscsi' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'discovered_targets', prop: 'discoveredTargets', type: 'iscsi_details', list: true, kind: 'struct', in: false, out: true, place: 'action', wireName: 'discovered_targets' },
        ],
      },
      {
        name: 'iscsi_login', method: 'iscsiLogin', kind: 'action', verb: 'POST', path: 'iscsilogin',
        parameters: [
          { name: 'iscsi', prop: 'iscsi', type: 'iscsi_details', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'iscsi' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'unregistered_storage_domains_discover', method: 'unregisteredStorageDomainsDiscover', kind: 'action', verb: 'POST', path: 'unregisteredstoragedomainsdiscover',
        parameters: [
          { name: 'iscsi', prop: 'iscsi', type: 'iscsi_details', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'iscsi' },
          { name: 'storage_domains', prop: 'storageDomains', type: 'storage_domain', list: true, kind: 'struct', in: false, out: true, place: 'action', wireName: 'storage_domains' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'update_using_root_password', method: 'updateUsingRootPassword', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'host' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'update_using_ssh', method: 'updateUsingSsh', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'host' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'host' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'upgrade', method: 'upgrade', kind: 'action', verb: 'POST', path: 'upgrade',
        parameters: [
          { name: 'image', prop: 'image', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'image' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reboot' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'timeout', prop: 'timeout', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'timeout' },
        ],
      },
      {
        name: 'upgrade_check', method: 'upgradeCheck', kind: 'action', verb: 'POST', path: 'upgradecheck',
        parameters: [
        ],
      },
      {
        name: 'refresh', method: 'refresh', kind: 'action', verb: 'POST', path: 'refresh',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'setup_networks', method: 'setupNetworks', kind: 'action', verb: 'POST', path: 'setupnetworks',
        parameters: [
          { name: 'modified_network_attachments', prop: 'modifiedNetworkAttachments', type: 'network_attachment', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'modified_network_attachments' },
          { name: 'removed_network_attachments', prop: 'removedNetworkAttachments', type: 'network_attachment', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'removed_network_attachments' },
          { name: 'synchronized_network_attachments', prop: 'synchronizedNetworkAttachments', type: 'network_attachment', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'synchronized_network_attachments' },
          { name: 'modified_bonds', prop: 'modifiedBonds', type: 'host_nic', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'modified_bonds' },
          { name: 'removed_bonds', prop: 'removedBonds', type: 'host_nic', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'removed_bonds' },
          { name: 'modified_labels', prop: 'modifiedLabels', type: 'network_label', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'modified_labels' },
          { name: 'removed_labels', prop: 'removedLabels', type: 'network_label', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'removed_labels' },
          { name: 'commit_on_success', prop: 'commitOnSuccess', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'commit_on_success' },
          { name: 'check_connectivity', prop: 'checkConnectivity', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'check_connectivity' },
          { name: 'connectivity_timeout', prop: 'connectivityTimeout', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'connectivity_timeout' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'sync_all_networks', method: 'syncAllNetworks', kind: 'action', verb: 'POST', path: 'syncallnetworks',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'copy_host_networks', method: 'copyHostNetworks', kind: 'action', verb: 'POST', path: 'copyhostnetworks',
        parameters: [
          { name: 'source_host', prop: 'sourceHost', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'source_host' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'tags', method: 'tagsService', path: 'tags', service: 'assigned_tags' },
      { name: 'fence_agents', method: 'fenceAgentsService', path: 'fenceagents', service: 'fence_agents' },
      { name: 'devices', method: 'devicesService', path: 'devices', service: 'host_devices' },
      { name: 'hooks', method: 'hooksService', path: 'hooks', service: 'host_hooks' },
      { name: 'nics', method: 'nicsService', path: 'nics', service: 'host_nics' },
      { name: 'numa_nodes', method: 'numaNodesService', path: 'numanodes', service: 'host_numa_nodes' },
      { name: 'storage', method: 'storageService', path: 'storage', service: 'host_storage' },
      { name: 'katello_errata', method: 'katelloErrataService', path: 'katelloerrata', service: 'katello_errata' },
      { name: 'network_attachments', method: 'networkAttachmentsService', path: 'networkattachments', service: 'network_attachments' },
      { name: 'storage_connection_extensions', method: 'storageConnectionExtensionsService', path: 'storageconnectionextensions', service: 'storage_server_connection_extensions' },
      { name: 'unmanaged_networks', method: 'unmanagedNetworksService', path: 'unmanagednetworks', service: 'unmanaged_networks' },
      { name: 'affinity_labels', method: 'affinityLabelsService', path: 'affinitylabels', service: 'assigned_affinity_labels' },
      { name: 'external_network_provider_configurations', method: 'externalNetworkProviderConfigurationsService', path: 'externalnetworkproviderconfigurations', service: 'external_network_provider_configurations' },
      { name: 'cpu_units', method: 'cpuUnitsService', path: 'cpuunits', service: 'host_cpu_units' },
    ],
  },
  host_storage: {
    name: 'host_storage',
    className: 'HostStorageService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'storages', prop: 'storages', type: 'host_storage', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_storages' },
          { name: 'report_status', prop: 'reportStatus', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'report_status' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'storage', method: 'storageService', parameter: 'id', service: 'storage' },
    ],
  },
  hosts: {
    name: 'hosts',
    className: 'HostsService',
    methods: [
      {
        name: 'add_using_root_password', method: 'addUsingRootPassword', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'host' },
          { name: 'deploy_hosted_engine', prop: 'deployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'deploy_hosted_engine' },
          { name: 'undeploy_hosted_engine', prop: 'undeployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'undeploy_hosted_engine' },
          { name: 'activate', prop: 'activate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'activate' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'reboot' },
        ],
      },
      {
        name: 'add_using_ssh', method: 'addUsingSsh', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'host' },
          { name: 'deploy_hosted_engine', prop: 'deployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'deploy_hosted_engine' },
          { name: 'undeploy_hosted_engine', prop: 'undeployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'undeploy_hosted_engine' },
          { name: 'activate', prop: 'activate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'activate' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'reboot' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'host' },
          { name: 'deploy_hosted_engine', prop: 'deployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'deploy_hosted_engine' },
          { name: 'undeploy_hosted_engine', prop: 'undeployHostedEngine', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'undeploy_hosted_engine' },
          { name: 'activate', prop: 'activate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'activate' },
          { name: 'reboot', prop: 'reboot', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'reboot' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'hosts', prop: 'hosts', type: 'host', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'hosts' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'all_content', prop: 'allContent', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'all_content' },
          { name: 'migration_target_of', prop: 'migrationTargetOf', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'migration_target_of' },
          { name: 'check_vms_in_affinity_closure', prop: 'checkVmsInAffinityClosure', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'check_vms_in_affinity_closure' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'host', method: 'hostService', parameter: 'id', service: 'host' },
    ],
  },
  icon: {
    name: 'icon',
    className: 'IconService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'icon', prop: 'icon', type: 'icon', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'icon' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  icons: {
    name: 'icons',
    className: 'IconsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'icons', prop: 'icons', type: 'icon', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'icons' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'icon', method: 'iconService', parameter: 'id', service: 'icon' },
    ],
  },
  image: {
    name: 'image',
    className: 'ImageService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'image', prop: 'image', type: 'image', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'image' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'import', method: 'import', kind: 'action', verb: 'POST', path: 'import',
        parameters: [
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disk' },
          { name: 'import_as_template', prop: 'importAsTemplate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'import_as_template' },
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'template' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  image_transfer: {
    name: 'image_transfer',
    className: 'ImageTransferService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'image_transfer', prop: 'imageTransfer', type: 'image_transfer', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'image_transfer' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'extend', method: 'extend', kind: 'action', verb: 'POST', path: 'extend',
        parameters: [
        ],
      },
      {
        name: 'pause', method: 'pause', kind: 'action', verb: 'POST', path: 'pause',
        parameters: [
        ],
      },
      {
        name: 'resume', method: 'resume', kind: 'action', verb: 'POST', path: 'resume',
        parameters: [
        ],
      },
      {
        name: 'cancel', method: 'cancel', kind: 'action', verb: 'POST', path: 'cancel',
        parameters: [
        ],
      },
      {
        name: 'finalize', method: 'finalize', kind: 'action', verb: 'POST', path: 'finalize',
        parameters: [
        ],
      },
    ],
    locators: [
    ],
  },
  image_transfers: {
    name: 'image_transfers',
    className: 'ImageTransfersService',
    methods: [
      {
        name: 'add_for_image', method: 'addForImage', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'image_transfer', prop: 'imageTransfer', type: 'image_transfer', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'image_transfer' },
        ],
      },
      {
        name: 'add_for_disk', method: 'addForDisk', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'image_transfer', prop: 'imageTransfer', type: 'image_transfer', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'image_transfer' },
        ],
      },
      {
        name: 'add_for_snapshot', method: 'addForSnapshot', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'image_transfer', prop: 'imageTransfer', type: 'image_transfer', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'image_transfer' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'image_transfer', prop: 'imageTransfer', type: 'image_transfer', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'image_transfer' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'image_transfer', prop: 'imageTransfer', type: 'image_transfer', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'image_transfers' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'image_transfer', method: 'imageTransferService', parameter: 'id', service: 'image_transfer' },
    ],
  },
  images: {
    name: 'images',
    className: 'ImagesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'images', prop: 'images', type: 'image', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'images' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'image', method: 'imageService', parameter: 'id', service: 'image' },
    ],
  },
  instance_type_graphics_console: {
    name: 'instance_type_graphics_console',
    className: 'InstanceTypeGraphicsConsoleService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'console', prop: 'console', type: 'graphics_console', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'graphics_console' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  instance_type_graphics_consoles: {
    name: 'instance_type_graphics_consoles',
    className: 'InstanceTypeGraphicsConsolesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'console', prop: 'console', type: 'graphics_console', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'graphics_console' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'consoles', prop: 'consoles', type: 'graphics_console', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'graphics_consoles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'console', method: 'consoleService', parameter: 'id', service: 'instance_type_graphics_console' },
    ],
  },
  instance_type_nic: {
    name: 'instance_type_nic',
    className: 'InstanceTypeNicService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'nic' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'nic' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  instance_type_nics: {
    name: 'instance_type_nics',
    className: 'InstanceTypeNicsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'nic' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'nics', prop: 'nics', type: 'nic', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'nics' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'nic', method: 'nicService', parameter: 'id', service: 'instance_type_nic' },
    ],
  },
  instance_type: {
    name: 'instance_type',
    className: 'InstanceTypeService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'instance_type', prop: 'instanceType', type: 'instance_type', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'instance_type' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'instance_type', prop: 'instanceType', type: 'instance_type', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'instance_type' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'nics', method: 'nicsService', path: 'nics', service: 'instance_type_nics' },
      { name: 'watchdogs', method: 'watchdogsService', path: 'watchdogs', service: 'instance_type_watchdogs' },
      { name: 'graphics_consoles', method: 'graphicsConsolesService', path: 'graphicsconsoles', service: 'instance_type_graphics_consoles' },
    ],
  },
  instance_type_watchdog: {
    name: 'instance_type_watchdog',
    className: 'InstanceTypeWatchdogService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'watchdog', prop: 'watchdog', type: 'watchdog', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'watchdog' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'watchdog', prop: 'watchdog', type: 'watchdog', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'watchdog' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  instance_type_watchdogs: {
    name: 'instance_type_watchdogs',
    className: 'InstanceTypeWatchdogsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'watchdog', prop: 'watchdog', type: 'watchdog', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'watchdog' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'watchdogs', prop: 'watchdogs', type: 'watchdog', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'watchdogs' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'watchdog', method: 'watchdogService', parameter: 'id', service: 'instance_type_watchdog' },
    ],
  },
  instance_types: {
    name: 'instance_types',
    className: 'InstanceTypesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'instance_type', prop: 'instanceType', type: 'instance_type', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'instance_type' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'instance_type', prop: 'instanceType', type: 'instance_type', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'instance_types' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'instance_type', method: 'instanceTypeService', parameter: 'id', service: 'instance_type' },
    ],
  },
  iscsi_bond: {
    name: 'iscsi_bond',
    className: 'IscsiBondService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'bond', prop: 'bond', type: 'iscsi_bond', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'iscsi_bond' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'bond', prop: 'bond', type: 'iscsi_bond', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'iscsi_bond' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'networks', method: 'networksService', path: 'networks', service: 'networks' },
      { name: 'storage_server_connections', method: 'storageServerConnectionsService', path: 'storageserverconnections', service: 'storage_server_connections' },
    ],
  },
  iscsi_bonds: {
    name: 'iscsi_bonds',
    className: 'IscsiBondsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'bond', prop: 'bond', type: 'iscsi_bond', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'iscsi_bond' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'bonds', prop: 'bonds', type: 'iscsi_bond', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'iscsi_bonds' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'iscsi_bond', method: 'iscsiBondService', parameter: 'id', service: 'iscsi_bond' },
    ],
  },
  job: {
    name: 'job',
    className: 'JobService',
    methods: [
      {
        name: 'clear', method: 'clear', kind: 'action', verb: 'POST', path: 'clear',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'end', method: 'end', kind: 'action', verb: 'POST', path: 'end',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'succeeded', prop: 'succeeded', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'succeeded' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'job', prop: 'job', type: 'job', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'job' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'steps', method: 'stepsService', path: 'steps', service: 'steps' },
    ],
  },
  jobs: {
    name: 'jobs',
    className: 'JobsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'job', prop: 'job', type: 'job', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'job' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'jobs', prop: 'jobs', type: 'job', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'jobs' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'job', method: 'jobService', parameter: 'id', service: 'job' },
    ],
  },
  link_layer_discovery_protocol: {
    name: 'link_layer_discovery_protocol',
    className: 'LinkLayerDiscoveryProtocolService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'elements', prop: 'elements', type: 'link_layer_discovery_protocol_element', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'link_layer_discovery_protocol_elements' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  mac_pool: {
    name: 'mac_pool',
    className: 'MacPoolService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'pool', prop: 'pool', type: 'mac_pool', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'mac_pool' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'pool', prop: 'pool', type: 'mac_pool', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'mac_pool' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  mac_pools: {
    name: 'mac_pools',
    className: 'MacPoolsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'pool', prop: 'pool', type: 'mac_pool', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'mac_pool' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'pools', prop: 'pools', type: 'mac_pool', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'mac_pools' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'mac_pool', method: 'macPoolService', parameter: 'id', service: 'mac_pool' },
    ],
  },
  measurable: {
    name: 'measurable',
    className: 'MeasurableService',
    methods: [
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
    ],
  },
  moveable: {
    name: 'moveable',
    className: 'MoveableService',
    methods: [
      {
        name: 'move', method: 'move', kind: 'action', verb: 'POST', path: 'move',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  network_attachment: {
    name: 'network_attachment',
    className: 'NetworkAttachmentService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'attachment', prop: 'attachment', type: 'network_attachment', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network_attachment' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'attachment', prop: 'attachment', type: 'network_attachment', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network_attachment' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  network_attachments: {
    name: 'network_attachments',
    className: 'NetworkAttachmentsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'attachment', prop: 'attachment', type: 'network_attachment', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network_attachment' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'attachments', prop: 'attachments', type: 'network_attachment', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network_attachments' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'attachment', method: 'attachmentService', parameter: 'id', service: 'network_attachment' },
    ],
  },
  network_filter: {
    name: 'network_filter',
    className: 'NetworkFilterService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'network_filter', prop: 'networkFilter', type: 'network_filter', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network_filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  network_filters: {
    name: 'network_filters',
    className: 'NetworkFiltersService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'filters', prop: 'filters', type: 'network_filter', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network_filters' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'network_filter', method: 'networkFilterService', parameter: 'id', service: 'network_filter' },
    ],
  },
  network_label: {
    name: 'network_label',
    className: 'NetworkLabelService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'label', prop: 'label', type: 'network_label', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network_label' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  network_labels: {
    name: 'network_labels',
    className: 'NetworkLabelsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'label', prop: 'label', type: 'network_label', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network_label' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'labels', prop: 'labels', type: 'network_label', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network_labels' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'label', method: 'labelService', parameter: 'id', service: 'network_label' },
    ],
  },
  network: {
    name: 'network',
    className: 'NetworkService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'vnic_profiles', method: 'vnicProfilesService', path: 'vnicprofiles', service: 'assigned_vnic_profiles' },
      { name: 'network_labels', method: 'networkLabelsService', path: 'networklabels', service: 'network_labels' },
    ],
  },
  networks: {
    name: 'networks',
    className: 'NetworksService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'networks', prop: 'networks', type: 'network', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'networks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'network', method: 'networkService', parameter: 'id', service: 'network' },
    ],
  },
  nic_network_filter_parameter: {
    name: 'nic_network_filter_parameter',
    className: 'NicNetworkFilterParameterService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'parameter', prop: 'parameter', type: 'network_filter_parameter', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network_filter_parameter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'parameter', prop: 'parameter', type: 'network_filter_parameter', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network_filter_parameter' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
    ],
    locators: [
    ],
  },
  nic_network_filter_parameters: {
    name: 'nic_network_filter_parameters',
    className: 'NicNetworkFilterParametersService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'parameters', prop: 'parameters', type: 'network_filter_parameter', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network_filter_parameters' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'parameter', prop: 'parameter', type: 'network_filter_parameter', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network_filter_parameter' },
        ],
      },
    ],
    locators: [
      { name: 'parameter', method: 'parameterService', parameter: 'id', service: 'nic_network_filter_parameter' },
    ],
  },
  operating_system: {
    name: 'operating_system',
    className: 'OperatingSystemService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'operating_system', prop: 'operatingSystem', type: 'operating_system_info', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'operating_system' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  operating_systems: {
    name: 'operating_systems',
    className: 'OperatingSystemsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'operating_system', prop: 'operatingSystem', type: 'operating_system_info', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'operation_systems' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'operating_system', method: 'operatingSystemService', parameter: 'id', service: 'operating_system' },
    ],
  },
  permission: {
    name: 'permission',
    className: 'PermissionService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'permission' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  permit: {
    name: 'permit',
    className: 'PermitService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'permit', prop: 'permit', type: 'permit', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'permit' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  permits: {
    name: 'permits',
    className: 'PermitsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permit', prop: 'permit', type: 'permit', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permit' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'permits', prop: 'permits', type: 'permit', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'permits' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'permit', method: 'permitService', parameter: 'id', service: 'permit' },
    ],
  },
  qos: {
    name: 'qos',
    className: 'QosService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'qos', prop: 'qos', type: 'qos', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'qos' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'qos', prop: 'qos', type: 'qos', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'qos' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  qoss: {
    name: 'qoss',
    className: 'QossService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'qos', prop: 'qos', type: 'qos', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'qos' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'qoss', prop: 'qoss', type: 'qos', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'qoss' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'qos', method: 'qosService', parameter: 'id', service: 'qos' },
    ],
  },
  quota_cluster_limit: {
    name: 'quota_cluster_limit',
    className: 'QuotaClusterLimitService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'limit', prop: 'limit', type: 'quota_cluster_limit', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'quota_cluster_limit' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  quota_cluster_limits: {
    name: 'quota_cluster_limits',
    className: 'QuotaClusterLimitsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'limit', prop: 'limit', type: 'quota_cluster_limit', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'quota_cluster_limit' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'limits', prop: 'limits', type: 'quota_cluster_limit', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'quota_cluster_limits' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'limit', method: 'limitService', parameter: 'id', service: 'quota_cluster_limit' },
    ],
  },
  quota: {
    name: 'quota',
    className: 'QuotaService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'quota', prop: 'quota', type: 'quota', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'quota' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'quota', prop: 'quota', type: 'quota', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'quota' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'quota_storage_limits', method: 'quotaStorageLimitsService', path: 'quotastoragelimits', service: 'quota_storage_limits' },
      { name: 'quota_cluster_limits', method: 'quotaClusterLimitsService', path: 'quotaclusterlimits', service: 'quota_cluster_limits' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  quota_storage_limit: {
    name: 'quota_storage_limit',
    className: 'QuotaStorageLimitService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'limit', prop: 'limit', type: 'quota_storage_limit', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'quota_storage_limit' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  quota_storage_limits: {
    name: 'quota_storage_limits',
    className: 'QuotaStorageLimitsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'limit', prop: 'limit', type: 'quota_storage_limit', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'quota_storage_limit' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'limits', prop: 'limits', type: 'quota_storage_limit', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'quota_storage_limits' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'limit', method: 'limitService', parameter: 'id', service: 'quota_storage_limit' },
    ],
  },
  quotas: {
    name: 'quotas',
    className: 'QuotasService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'quota', prop: 'quota', type: 'quota', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'quota' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'quotas', prop: 'quotas', type: 'quota', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'quotas' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'quota', method: 'quotaService', parameter: 'id', service: 'quota' },
    ],
  },
  role: {
    name: 'role',
    className: 'RoleService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'role', prop: 'role', type: 'role', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'role' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'role', prop: 'role', type: 'role', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'role' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'permits', method: 'permitsService', path: 'permits', service: 'permits' },
    ],
  },
  roles: {
    name: 'roles',
    className: 'RolesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'role', prop: 'role', type: 'role', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'role' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'roles', prop: 'roles', type: 'role', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'roles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'role', method: 'roleService', parameter: 'id', service: 'role' },
    ],
  },
  scheduling_policies: {
    name: 'scheduling_policies',
    className: 'SchedulingPoliciesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'policy', prop: 'policy', type: 'scheduling_policy', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'scheduling_policy' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'policies', prop: 'policies', type: 'scheduling_policy', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'scheduling_policies' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'policy', method: 'policyService', parameter: 'id', service: 'scheduling_policy' },
    ],
  },
  scheduling_policy: {
    name: 'scheduling_policy',
    className: 'SchedulingPolicyService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'policy', prop: 'policy', type: 'scheduling_policy', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'scheduling_policy' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'policy', prop: 'policy', type: 'scheduling_policy', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'scheduling_policy' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'filters', method: 'filtersService', path: 'filters', service: 'filters' },
      { name: 'weights', method: 'weightsService', path: 'weights', service: 'weights' },
      { name: 'balances', method: 'balancesService', path: 'balances', service: 'balances' },
    ],
  },
  scheduling_policy_unit: {
    name: 'scheduling_policy_unit',
    className: 'SchedulingPolicyUnitService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'unit', prop: 'unit', type: 'scheduling_policy_unit', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'scheduling_policy_unit' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  scheduling_policy_units: {
    name: 'scheduling_policy_units',
    className: 'SchedulingPolicyUnitsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'units', prop: 'units', type: 'scheduling_policy_unit', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'scheduling_policy_units' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'unit', method: 'unitService', parameter: 'id', service: 'scheduling_policy_unit' },
    ],
  },
  snapshot_cdrom: {
    name: 'snapshot_cdrom',
    className: 'SnapshotCdromService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'cdrom', prop: 'cdrom', type: 'cdrom', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cdrom' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  snapshot_cdroms: {
    name: 'snapshot_cdroms',
    className: 'SnapshotCdromsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'cdroms', prop: 'cdroms', type: 'cdrom', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cdroms' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'cdrom', method: 'cdromService', parameter: 'id', service: 'snapshot_cdrom' },
    ],
  },
  snapshot_disk: {
    name: 'snapshot_disk',
    className: 'SnapshotDiskService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  snapshot_disks: {
    name: 'snapshot_disks',
    className: 'SnapshotDisksService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk', method: 'diskService', parameter: 'id', service: 'snapshot_disk' },
    ],
  },
  snapshot_nic: {
    name: 'snapshot_nic',
    className: 'SnapshotNicService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'nic' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  snapshot_nics: {
    name: 'snapshot_nics',
    className: 'SnapshotNicsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'nics', prop: 'nics', type: 'nic', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'nics' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'nic', method: 'nicService', parameter: 'id', service: 'snapshot_nic' },
    ],
  },
  snapshot: {
    name: 'snapshot',
    className: 'SnapshotService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'snapshot', prop: 'snapshot', type: 'snapshot', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'snapshot' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'all_content', prop: 'allContent', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'all_content' },
        ],
      },
      {
        name: 'restore', method: 'restore', kind: 'action', verb: 'POST', path: 'restore',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disks' },
          { name: 'restore_memory', prop: 'restoreMemory', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'restore_memory' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'cdroms', method: 'cdromsService', path: 'cdroms', service: 'snapshot_cdroms' },
      { name: 'disks', method: 'disksService', path: 'disks', service: 'snapshot_disks' },
      { name: 'nics', method: 'nicsService', path: 'nics', service: 'snapshot_nics' },
    ],
  },
  snapshots: {
    name: 'snapshots',
    className: 'SnapshotsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'snapshot', prop: 'snapshot', type: 'snapshot', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'snapshot' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'snapshots', prop: 'snapshots', type: 'snapshot', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'snapshots' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'all_content', prop: 'allContent', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'all_content' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'snapshot', method: 'snapshotService', parameter: 'id', service: 'snapshot' },
    ],
  },
  statistic: {
    name: 'statistic',
    className: 'StatisticService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'statistic', prop: 'statistic', type: 'statistic', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'statistic' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  statistics: {
    name: 'statistics',
    className: 'StatisticsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'statistics', prop: 'statistics', type: 'statistic', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'statistics' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'statistic', method: 'statisticService', parameter: 'id', service: 'statistic' },
    ],
  },
  step: {
    name: 'step',
    className: 'StepService',
    methods: [
      {
        name: 'end', method: 'end', kind: 'action', verb: 'POST', path: 'end',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'succeeded', prop: 'succeeded', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'succeeded' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'step', prop: 'step', type: 'step', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'step' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
    ],
  },
  steps: {
    name: 'steps',
    className: 'StepsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'step', prop: 'step', type: 'step', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'step' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'steps', prop: 'steps', type: 'step', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'steps' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'step', method: 'stepService', parameter: 'id', service: 'step' },
    ],
  },
  storage_domain_content_disk: {
    name: 'storage_domain_content_disk',
    className: 'StorageDomainContentDiskService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  storage_domain_content_disks: {
    name: 'storage_domain_content_disks',
    className: 'StorageDomainContentDisksService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk', method: 'diskService', parameter: 'id', service: 'storage_domain_content_disk' },
    ],
  },
  storage_domain_disk: {
    name: 'storage_domain_disk',
    className: 'StorageDomainDiskService',
    methods: [
      {
        name: 'copy', method: 'copy', kind: 'action', verb: 'POST', path: 'copy',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disk' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
        ],
      },
      {
        name: 'export', method: 'export', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'move', method: 'move', kind: 'action', verb: 'POST', path: 'move',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
      {
        name: 'sparsify', method: 'sparsify', kind: 'action', verb: 'POST', path: 'sparsify',
        parameters: [
        ],
      },
      {
        name: 'reduce', method: 'reduce', kind: 'action', verb: 'POST', path: 'reduce',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  storage_domain_disks: {
    name: 'storage_domain_disks',
    className: 'StorageDomainDisksService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
          { name: 'unregistered', prop: 'unregistered', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'unregistered' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'unregistered', prop: 'unregistered', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'unregistered' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk', method: 'diskService', parameter: 'id', service: 'storage_domain_disk' },
    ],
  },
  storage_domain_server_connection: {
    name: 'storage_domain_server_connection',
    className: 'StorageDomainServerConnectionService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_connection' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  storage_domain_server_connections: {
    name: 'storage_domain_server_connections',
    className: 'StorageDomainServerConnectionsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'connections', prop: 'connections', type: 'storage_connection', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_connections' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'connection', method: 'connectionService', parameter: 'id', service: 'storage_domain_server_connection' },
    ],
  },
  storage_domain: {
    name: 'storage_domain',
    className: 'StorageDomainService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_domain' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'is_attached', method: 'isAttached', kind: 'action', verb: 'POST', path: 'isattached',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'is_attached', prop: 'isAttached', type: 'boolean', list: false, kind: 'primitive', in: false, out: true, place: 'action', wireName: 'is_attached' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'update_ovf_store', method: 'updateOvfStore', kind: 'action', verb: 'POST', path: 'updateovfstore',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'refresh_luns', method: 'refreshLuns', kind: 'action', verb: 'POST', path: 'refreshluns',
        parameters: [
          { name: 'logical_units', prop: 'logicalUnits', type: 'logical_unit', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'logical_units' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'reduce_luns', method: 'reduceLuns', kind: 'action', verb: 'POST', path: 'reduceluns',
        parameters: [
          { name: 'logical_units', prop: 'logicalUnits', type: 'logical_unit', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'logical_units' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'host', prop: 'host', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'host' },
          { name: 'format', prop: 'format', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'format' },
          { name: 'destroy', prop: 'destroy', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'destroy' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'disk_profiles', method: 'diskProfilesService', path: 'diskprofiles', service: 'assigned_disk_profiles' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'disk_snapshots', method: 'diskSnapshotsService', path: 'disksnapshots', service: 'disk_snapshots' },
      { name: 'disks', method: 'disksService', path: 'disks', service: 'storage_domain_disks' },
      { name: 'files', method: 'filesService', path: 'files', service: 'files' },
      { name: 'images', method: 'imagesService', path: 'images', service: 'images' },
      { name: 'storage_connections', method: 'storageConnectionsService', path: 'storageconnections', service: 'storage_domain_server_connections' },
      { name: 'templates', method: 'templatesService', path: 'templates', service: 'storage_domain_templates' },
      { name: 'vms', method: 'vmsService', path: 'vms', service: 'storage_domain_vms' },
    ],
  },
  storage_domain_template: {
    name: 'storage_domain_template',
    className: 'StorageDomainTemplateService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'template' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'import', method: 'import', kind: 'action', verb: 'POST', path: 'import',
        parameters: [
          { name: 'clone', prop: 'clone', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'clone' },
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'exclusive', prop: 'exclusive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'exclusive' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'template' },
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'vm' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'register', method: 'register', kind: 'action', verb: 'POST', path: 'register',
        parameters: [
          { name: 'clone', prop: 'clone', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'clone' },
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'exclusive', prop: 'exclusive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'exclusive' },
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'template' },
          { name: 'allow_partial_import', prop: 'allowPartialImport', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'allow_partial_import' },
          { name: 'vnic_profile_mappings', prop: 'vnicProfileMappings', type: 'vnic_profile_mapping', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'vnic_profile_mappings' },
          { name: 'registration_configuration', prop: 'registrationConfiguration', type: 'registration_configuration', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'registration_configuration' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'disks', method: 'disksService', path: 'disks', service: 'storage_domain_content_disks' },
    ],
  },
  storage_domain_templates: {
    name: 'storage_domain_templates',
    className: 'StorageDomainTemplatesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'templates', prop: 'templates', type: 'template', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'templates' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'unregistered', prop: 'unregistered', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'unregistered' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'template', method: 'templateService', parameter: 'id', service: 'storage_domain_template' },
    ],
  },
  storage_domain_vm_disk_attachment: {
    name: 'storage_domain_vm_disk_attachment',
    className: 'StorageDomainVmDiskAttachmentService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'attachment', prop: 'attachment', type: 'disk_attachment', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_attachment' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  storage_domain_vm_disk_attachments: {
    name: 'storage_domain_vm_disk_attachments',
    className: 'StorageDomainVmDiskAttachmentsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'attachments', prop: 'attachments', type: 'disk_attachment', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_attachments' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'attachment', method: 'attachmentService', parameter: 'id', service: 'storage_domain_vm_disk_attachment' },
    ],
  },
  storage_domain_vm: {
    name: 'storage_domain_vm',
    className: 'StorageDomainVmService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'import', method: 'import', kind: 'action', verb: 'POST', path: 'import',
        parameters: [
          { name: 'clone', prop: 'clone', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'clone' },
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'vm' },
          { name: 'exclusive', prop: 'exclusive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'exclusive' },
          { name: 'collapse_snapshots', prop: 'collapseSnapshots', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'collapse_snapshots' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'register', method: 'register', kind: 'action', verb: 'POST', path: 'register',
        parameters: [
          { name: 'clone', prop: 'clone', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'clone' },
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'vm' },
          { name: 'allow_partial_import', prop: 'allowPartialImport', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'allow_partial_import' },
          { name: 'vnic_profile_mappings', prop: 'vnicProfileMappings', type: 'vnic_profile_mapping', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'vnic_profile_mappings' },
          { name: 'reassign_bad_macs', prop: 'reassignBadMacs', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reassign_bad_macs' },
          { name: 'registration_configuration', prop: 'registrationConfiguration', type: 'registration_configuration', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'registration_configuration' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'disks', method: 'disksService', path: 'disks', service: 'storage_domain_content_disks' },
      { name: 'disk_attachments', method: 'diskAttachmentsService', path: 'diskattachments', service: 'storage_domain_vm_disk_attachments' },
    ],
  },
  storage_domain_vms: {
    name: 'storage_domain_vms',
    className: 'StorageDomainVmsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vms' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'unregistered', prop: 'unregistered', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'unregistered' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'vm', method: 'vmService', parameter: 'id', service: 'storage_domain_vm' },
    ],
  },
  storage_domains: {
    name: 'storage_domains',
    className: 'StorageDomainsService',
    methods: [
      {
        name: 'add_direct_lun', method: 'addDirectLun', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'add_block_domain', method: 'addBlockDomain', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'add_by_path', method: 'addByPath', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'add_local', method: 'addLocal', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'add_gluster_or_postfs', method: 'addGlusterOrPostfs', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'storage_domains', prop: 'storageDomains', type: 'storage_domain', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_domains' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'storage_domain', method: 'storageDomainService', parameter: 'id', service: 'storage_domain' },
    ],
  },
  storage_server_connection_extension: {
    name: 'storage_server_connection_extension',
    className: 'StorageServerConnectionExtensionService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'extension', prop: 'extension', type: 'storage_connection_extension', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_connection_extension' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'extension', prop: 'extension', type: 'storage_connection_extension', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection_extension' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  storage_server_connection_extensions: {
    name: 'storage_server_connection_extensions',
    className: 'StorageServerConnectionExtensionsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'extension', prop: 'extension', type: 'storage_connection_extension', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection_extension' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'extensions', prop: 'extensions', type: 'storage_connection_extension', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_connection_extensions' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'storage_connection_extension', method: 'storageConnectionExtensionService', parameter: 'id', service: 'storage_server_connection_extension' },
    ],
  },
  storage_server_connection: {
    name: 'storage_server_connection',
    className: 'StorageServerConnectionService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'conection', prop: 'conection', type: 'storage_connection', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_connection' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update_iscsi', method: 'updateIscsi', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
        ],
      },
      {
        name: 'update_nfs', method: 'updateNfs', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
        ],
      },
      {
        name: 'update_vfs', method: 'updateVfs', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
        ],
      },
      {
        name: 'update_glusterfs', method: 'updateGlusterfs', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
        ],
      },
      {
        name: 'update_local', method: 'updateLocal', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'host', prop: 'host', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'host' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  storage_server_connections: {
    name: 'storage_server_connections',
    className: 'StorageServerConnectionsService',
    methods: [
      {
        name: 'add_iscsi', method: 'addIscsi', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
        ],
      },
      {
        name: 'add_nfs', method: 'addNfs', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
        ],
      },
      {
        name: 'add_vfs', method: 'addVfs', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
        ],
      },
      {
        name: 'add_glusterfs', method: 'addGlusterfs', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
        ],
      },
      {
        name: 'add_local', method: 'addLocal', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'connection', prop: 'connection', type: 'storage_connection', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'storage_connection' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'connections', prop: 'connections', type: 'storage_connection', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'storage_connections' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'storage_connection', method: 'storageConnectionService', parameter: 'id', service: 'storage_server_connection' },
    ],
  },
  storage: {
    name: 'storage',
    className: 'StorageService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'storage', prop: 'storage', type: 'host_storage', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_storage' },
          { name: 'report_status', prop: 'reportStatus', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'report_status' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  system_option: {
    name: 'system_option',
    className: 'SystemOptionService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'option', prop: 'option', type: 'system_option', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'system_option' },
          { name: 'version', prop: 'version', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'version' },
        ],
      },
    ],
    locators: [
    ],
  },
  system_options: {
    name: 'system_options',
    className: 'SystemOptionsService',
    methods: [
    ],
    locators: [
      { name: 'option', method: 'optionService', parameter: 'id', service: 'system_option' },
    ],
  },
  system_permissions: {
    name: 'system_permissions',
    className: 'SystemPermissionsService',
    methods: [
      {
        name: 'add_user_level', method: 'addUserLevel', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_group_level', method: 'addGroupLevel', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_data_center_permission', method: 'addDataCenterPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_cluster_permission', method: 'addClusterPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_host_permission', method: 'addHostPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_storage_domain_permission', method: 'addStorageDomainPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_vm_permission', method: 'addVmPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_vm_pool_permission', method: 'addVmPoolPermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add_template_permission', method: 'addTemplatePermission', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'permission', prop: 'permission', type: 'permission', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'permission' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'permissions', prop: 'permissions', type: 'permission', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'permissions' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'permission', method: 'permissionService', parameter: 'id', service: 'permission' },
    ],
  },
  system: {
    name: 'system',
    className: 'SystemService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'api', prop: 'api', type: 'api', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'api' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'reload_configurations', method: 'reloadConfigurations', kind: 'action', verb: 'POST', path: 'reloadconfigurations',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'cluster_levels', method: 'clusterLevelsService', path: 'clusterlevels', service: 'cluster_levels' },
      { name: 'bookmarks', method: 'bookmarksService', path: 'bookmarks', service: 'bookmarks' },
      { name: 'clusters', method: 'clustersService', path: 'clusters', service: 'clusters' },
      { name: 'cpu_profiles', method: 'cpuProfilesService', path: 'cpuprofiles', service: 'cpu_profiles' },
      { name: 'data_centers', method: 'dataCentersService', path: 'datacenters', service: 'data_centers' },
      { name: 'disk_profiles', method: 'diskProfilesService', path: 'diskprofiles', service: 'disk_profiles' },
      { name: 'disks', method: 'disksService', path: 'disks', service: 'disks' },
      { name: 'domains', method: 'domainsService', path: 'domains', service: 'domains' },
      { name: 'events', method: 'eventsService', path: 'events', service: 'events' },
      { name: 'external_host_providers', method: 'externalHostProvidersService', path: 'externalhostproviders', service: 'external_host_providers' },
      { name: 'external_vm_imports', method: 'externalVmImportsService', path: 'externalvmimports', service: 'external_vm_imports' },
      { name: 'external_template_imports', method: 'externalTemplateImportsService', path: 'externaltemplateimports', service: 'external_template_imports' },
      { name: 'groups', method: 'groupsService', path: 'groups', service: 'groups' },
      { name: 'hosts', method: 'hostsService', path: 'hosts', service: 'hosts' },
      { name: 'icons', method: 'iconsService', path: 'icons', service: 'icons' },
      { name: 'instance_types', method: 'instanceTypesService', path: 'instancetypes', service: 'instance_types' },
      { name: 'jobs', method: 'jobsService', path: 'jobs', service: 'jobs' },
      { name: 'affinity_labels', method: 'affinityLabelsService', path: 'affinitylabels', service: 'affinity_labels' },
      { name: 'mac_pools', method: 'macPoolsService', path: 'macpools', service: 'mac_pools' },
      { name: 'network_filters', method: 'networkFiltersService', path: 'networkfilters', service: 'network_filters' },
      { name: 'networks', method: 'networksService', path: 'networks', service: 'networks' },
      { name: 'openstack_image_providers', method: 'openstackImageProvidersService', path: 'openstackimageproviders', service: 'openstack_image_providers' },
      { name: 'openstack_network_providers', method: 'openstackNetworkProvidersService', path: 'openstacknetworkproviders', service: 'openstack_network_providers' },
      { name: 'openstack_volume_providers', method: 'openstackVolumeProvidersService', path: 'openstackvolumeproviders', service: 'openstack_volume_providers' },
      { name: 'operating_systems', method: 'operatingSystemsService', path: 'operatingsystems', service: 'operating_systems' },
      { name: 'roles', method: 'rolesService', path: 'roles', service: 'roles' },
      { name: 'scheduling_policies', method: 'schedulingPoliciesService', path: 'schedulingpolicies', service: 'scheduling_policies' },
      { name: 'scheduling_policy_units', method: 'schedulingPolicyUnitsService', path: 'schedulingpolicyunits', service: 'scheduling_policy_units' },
      { name: 'storage_domains', method: 'storageDomainsService', path: 'storagedomains', service: 'storage_domains' },
      { name: 'storage_connections', method: 'storageConnectionsService', path: 'storageconnections', service: 'storage_server_connections' },
      { name: 'katello_errata', method: 'katelloErrataService', path: 'katelloerrata', service: 'engine_katello_errata' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'system_permissions' },
      { name: 'tags', method: 'tagsService', path: 'tags', service: 'tags' },
      { name: 'templates', method: 'templatesService', path: 'templates', service: 'templates' },
      { name: 'users', method: 'usersService', path: 'users', service: 'users' },
      { name: 'vm_pools', method: 'vmPoolsService', path: 'vmpools', service: 'vm_pools' },
      { name: 'vms', method: 'vmsService', path: 'vms', service: 'vms' },
      { name: 'vnic_profiles', method: 'vnicProfilesService', path: 'vnicprofiles', service: 'vnic_profiles' },
      { name: 'image_transfers', method: 'imageTransfersService', path: 'imagetransfers', service: 'image_transfers' },
      { name: 'options', method: 'optionsService', path: 'options', service: 'system_options' },
    ],
  },
  tag: {
    name: 'tag',
    className: 'TagService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'tag', prop: 'tag', type: 'tag', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'tag' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'tag', prop: 'tag', type: 'tag', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'tag' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  tags: {
    name: 'tags',
    className: 'TagsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'tag', prop: 'tag', type: 'tag', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'tag' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'tags', prop: 'tags', type: 'tag', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'tags' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'tag', method: 'tagService', parameter: 'id', service: 'tag' },
    ],
  },
  template_cdrom: {
    name: 'template_cdrom',
    className: 'TemplateCdromService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'cdrom', prop: 'cdrom', type: 'cdrom', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cdrom' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  template_cdroms: {
    name: 'template_cdroms',
    className: 'TemplateCdromsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'cdroms', prop: 'cdroms', type: 'cdrom', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cdroms' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'cdrom', method: 'cdromService', parameter: 'id', service: 'template_cdrom' },
    ],
  },
  template_disk_attachment: {
    name: 'template_disk_attachment',
    className: 'TemplateDiskAttachmentService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'attachment', prop: 'attachment', type: 'disk_attachment', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_attachment' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'storage_domain' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
        ],
      },
    ],
    locators: [
    ],
  },
  template_disk_attachments: {
    name: 'template_disk_attachments',
    className: 'TemplateDiskAttachmentsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'attachments', prop: 'attachments', type: 'disk_attachment', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk_attachments' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'attachment', method: 'attachmentService', parameter: 'id', service: 'template_disk_attachment' },
    ],
  },
  template_disk: {
    name: 'template_disk',
    className: 'TemplateDiskService',
    methods: [
      {
        name: 'copy', method: 'copy', kind: 'action', verb: 'POST', path: 'copy',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
        ],
      },
      {
        name: 'export', method: 'export', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  template_disks: {
    name: 'template_disks',
    className: 'TemplateDisksService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk', method: 'diskService', parameter: 'id', service: 'template_disk' },
    ],
  },
  template_graphics_console: {
    name: 'template_graphics_console',
    className: 'TemplateGraphicsConsoleService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'console', prop: 'console', type: 'graphics_console', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'graphics_console' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  template_graphics_consoles: {
    name: 'template_graphics_consoles',
    className: 'TemplateGraphicsConsolesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'console', prop: 'console', type: 'graphics_console', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'graphics_console' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'consoles', prop: 'consoles', type: 'graphics_console', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'graphics_consoles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'console', method: 'consoleService', parameter: 'id', service: 'template_graphics_console' },
    ],
  },
  template_mediated_device: {
    name: 'template_mediated_device',
    className: 'TemplateMediatedDeviceService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'device', prop: 'device', type: 'vm_mediated_device', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm_mediated_device' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'devices', prop: 'devices', type: 'vm_mediated_device', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm_mediated_device' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  template_mediated_devices: {
    name: 'template_mediated_devices',
    className: 'TemplateMediatedDevicesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'device', prop: 'device', type: 'vm_mediated_device', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm_mediated_device' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'devices', prop: 'devices', type: 'vm_mediated_device', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm_mediated_devices' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'device', method: 'deviceService', parameter: 'id', service: 'template_mediated_device' },
    ],
  },
  template_nic: {
    name: 'template_nic',
    className: 'TemplateNicService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'nic' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'nic' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  template_nics: {
    name: 'template_nics',
    className: 'TemplateNicsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'nic' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'nics', prop: 'nics', type: 'nic', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'nics' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'nic', method: 'nicService', parameter: 'id', service: 'template_nic' },
    ],
  },
  template: {
    name: 'template',
    className: 'TemplateService',
    methods: [
      {
        name: 'export_to_export_domain', method: 'exportToExportDomain', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'exclusive', prop: 'exclusive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'exclusive' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'export_to_path_on_host', method: 'exportToPathOnHost', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'directory', prop: 'directory', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'directory' },
          { name: 'filename', prop: 'filename', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filename' },
          { name: 'exclusive', prop: 'exclusive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'exclusive' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'export', method: 'export', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'exclusive', prop: 'exclusive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'exclusive' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'template' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'template' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'tags', method: 'tagsService', path: 'tags', service: 'assigned_tags' },
      { name: 'graphics_consoles', method: 'graphicsConsolesService', path: 'graphicsconsoles', service: 'template_graphics_consoles' },
      { name: 'cdroms', method: 'cdromsService', path: 'cdroms', service: 'template_cdroms' },
      { name: 'nics', method: 'nicsService', path: 'nics', service: 'template_nics' },
      { name: 'watchdogs', method: 'watchdogsService', path: 'watchdogs', service: 'template_watchdogs' },
      { name: 'disk_attachments', method: 'diskAttachmentsService', path: 'diskattachments', service: 'template_disk_attachments' },
      { name: 'mediated_devices', method: 'mediatedDevicesService', path: 'mediateddevices', service: 'template_mediated_devices' },
    ],
  },
  template_watchdog: {
    name: 'template_watchdog',
    className: 'TemplateWatchdogService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'watchdog', prop: 'watchdog', type: 'watchdog', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'watchdog' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'watchdog', prop: 'watchdog', type: 'watchdog', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'watchdog' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  template_watchdogs: {
    name: 'template_watchdogs',
    className: 'TemplateWatchdogsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'watchdog', prop: 'watchdog', type: 'watchdog', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'watchdog' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'watchdogs', prop: 'watchdogs', type: 'watchdog', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'watchdogs' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'watchdog', method: 'watchdogService', parameter: 'id', service: 'template_watchdog' },
    ],
  },
  templates: {
    name: 'templates',
    className: 'TemplatesService',
    methods: [
      {
        name: 'add_from_vm', method: 'addFromVm', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'template' },
          { name: 'clone_permissions', prop: 'clonePermissions', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone_permissions' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'add_from_configuration', method: 'addFromConfiguration', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'template' },
          { name: 'clone_permissions', prop: 'clonePermissions', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone_permissions' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'add_from_vm_snapshot', method: 'addFromVmSnapshot', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'template' },
          { name: 'clone_permissions', prop: 'clonePermissions', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone_permissions' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'template' },
          { name: 'clone_permissions', prop: 'clonePermissions', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone_permissions' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'templates', prop: 'templates', type: 'template', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'templates' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'template', method: 'templateService', parameter: 'id', service: 'template' },
    ],
  },
  unmanaged_network: {
    name: 'unmanaged_network',
    className: 'UnmanagedNetworkService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'network', prop: 'network', type: 'unmanaged_network', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'unmanaged_network' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  unmanaged_networks: {
    name: 'unmanaged_networks',
    className: 'UnmanagedNetworksService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'networks', prop: 'networks', type: 'unmanaged_network', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'unmanaged_networks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'unmanaged_network', method: 'unmanagedNetworkService', parameter: 'id', service: 'unmanaged_network' },
    ],
  },
  virtual_function_allowed_network: {
    name: 'virtual_function_allowed_network',
    className: 'VirtualFunctionAllowedNetworkService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'network' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  virtual_function_allowed_networks: {
    name: 'virtual_function_allowed_networks',
    className: 'VirtualFunctionAllowedNetworksService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'network', prop: 'network', type: 'network', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'network' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'networks', prop: 'networks', type: 'network', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'networks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'network', method: 'networkService', parameter: 'id', service: 'virtual_function_allowed_network' },
    ],
  },
  vm_application: {
    name: 'vm_application',
    className: 'VmApplicationService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'application', prop: 'application', type: 'application', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'application' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_applications: {
    name: 'vm_applications',
    className: 'VmApplicationsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'applications', prop: 'applications', type: 'application', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'applications' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'application', method: 'applicationService', parameter: 'id', service: 'vm_application' },
    ],
  },
  vm_backup_disk: {
    name: 'vm_backup_disk',
    className: 'VmBackupDiskService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_backup_disks: {
    name: 'vm_backup_disks',
    className: 'VmBackupDisksService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk', method: 'diskService', parameter: 'id', service: 'vm_backup_disk' },
    ],
  },
  vm_backup: {
    name: 'vm_backup',
    className: 'VmBackupService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'backup', prop: 'backup', type: 'backup', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'backup' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'finalize', method: 'finalize', kind: 'action', verb: 'POST', path: 'finalize',
        parameters: [
        ],
      },
    ],
    locators: [
      { name: 'disks', method: 'disksService', path: 'disks', service: 'vm_backup_disks' },
    ],
  },
  vm_backups: {
    name: 'vm_backups',
    className: 'VmBackupsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'backup', prop: 'backup', type: 'backup', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'backup' },
          { name: 'require_consistency', prop: 'requireConsistency', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'require_consistency' },
          { name: 'use_active', prop: 'useActive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'use_active' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'backups', prop: 'backups', type: 'backup', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'backups' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'backup', method: 'backupService', parameter: 'id', service: 'vm_backup' },
    ],
  },
  vm_cdrom: {
    name: 'vm_cdrom',
    className: 'VmCdromService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'cdrom', prop: 'cdrom', type: 'cdrom', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cdrom' },
          { name: 'current', prop: 'current', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'current' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'cdrom', prop: 'cdrom', type: 'cdrom', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'cdrom' },
          { name: 'current', prop: 'current', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'current' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_cdroms: {
    name: 'vm_cdroms',
    className: 'VmCdromsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'cdrom', prop: 'cdrom', type: 'cdrom', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'cdrom' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'cdroms', prop: 'cdroms', type: 'cdrom', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'cdroms' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'cdrom', method: 'cdromService', parameter: 'id', service: 'vm_cdrom' },
    ],
  },
  vm_checkpoint_disk: {
    name: 'vm_checkpoint_disk',
    className: 'VmCheckpointDiskService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_checkpoint_disks: {
    name: 'vm_checkpoint_disks',
    className: 'VmCheckpointDisksService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk', method: 'diskService', parameter: 'id', service: 'vm_checkpoint_disk' },
    ],
  },
  vm_checkpoint: {
    name: 'vm_checkpoint',
    className: 'VmCheckpointService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'checkpoint', prop: 'checkpoint', type: 'checkpoint', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'checkpoint' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'disks', method: 'disksService', path: 'disks', service: 'vm_checkpoint_disks' },
    ],
  },
  vm_checkpoints: {
    name: 'vm_checkpoints',
    className: 'VmCheckpointsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'checkpoints', prop: 'checkpoints', type: 'checkpoint', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'checkpoints' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'checkpoint', method: 'checkpointService', parameter: 'id', service: 'vm_checkpoint' },
    ],
  },
  vm_disk: {
    name: 'vm_disk',
    className: 'VmDiskService',
    methods: [
      {
        name: 'activate', method: 'activate', kind: 'action', verb: 'POST', path: 'activate',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'deactivate', method: 'deactivate', kind: 'action', verb: 'POST', path: 'deactivate',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'export', method: 'export', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disk' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'move', method: 'move', kind: 'action', verb: 'POST', path: 'move',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'reduce', method: 'reduce', kind: 'action', verb: 'POST', path: 'reduce',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  vm_disks: {
    name: 'vm_disks',
    className: 'VmDisksService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'disk' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'disks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'disk', method: 'diskService', parameter: 'id', service: 'vm_disk' },
    ],
  },
  vm_graphics_console: {
    name: 'vm_graphics_console',
    className: 'VmGraphicsConsoleService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'console', prop: 'console', type: 'graphics_console', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'graphics_console' },
          { name: 'current', prop: 'current', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'current' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'proxy_ticket', method: 'proxyTicket', kind: 'action', verb: 'POST', path: 'proxyticket',
        parameters: [
          { name: 'proxy_ticket', prop: 'proxyTicket', type: 'proxy_ticket', list: false, kind: 'struct', in: false, out: true, place: 'action', wireName: 'proxy_ticket' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'ticket', method: 'ticket', kind: 'action', verb: 'POST', path: 'ticket',
        parameters: [
          { name: 'ticket', prop: 'ticket', type: 'ticket', list: false, kind: 'struct', in: true, out: true, place: 'action', wireName: 'ticket' },
        ],
      },
      {
        name: 'remote_viewer_connection_file', method: 'remoteViewerConnectionFile', kind: 'action', verb: 'POST', path: 'remoteviewerconnectionfile',
        parameters: [
          { name: 'remote_viewer_connection_file', prop: 'remoteViewerConnectionFile', type: 'string', list: false, kind: 'primitive', in: false, out: true, place: 'action', wireName: 'remote_viewer_connection_file' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_graphics_consoles: {
    name: 'vm_graphics_consoles',
    className: 'VmGraphicsConsolesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'console', prop: 'console', type: 'graphics_console', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'graphics_console' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'consoles', prop: 'consoles', type: 'graphics_console', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'graphics_consoles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'current', prop: 'current', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'current' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'console', method: 'consoleService', parameter: 'id', service: 'vm_graphics_console' },
    ],
  },
  vm_host_device: {
    name: 'vm_host_device',
    className: 'VmHostDeviceService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'device', prop: 'device', type: 'host_device', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_device' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_host_devices: {
    name: 'vm_host_devices',
    className: 'VmHostDevicesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'device', prop: 'device', type: 'host_device', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'host_device' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'device', prop: 'device', type: 'host_device', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'host_devices' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'device', method: 'deviceService', parameter: 'id', service: 'vm_host_device' },
    ],
  },
  vm_mediated_device: {
    name: 'vm_mediated_device',
    className: 'VmMediatedDeviceService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'device', prop: 'device', type: 'vm_mediated_device', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm_mediated_device' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'device', prop: 'device', type: 'vm_mediated_device', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm_mediated_device' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_mediated_devices: {
    name: 'vm_mediated_devices',
    className: 'VmMediatedDevicesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'device', prop: 'device', type: 'vm_mediated_device', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm_mediated_device' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'devices', prop: 'devices', type: 'vm_mediated_device', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm_mediated_devices' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'device', method: 'deviceService', parameter: 'id', service: 'vm_mediated_device' },
    ],
  },
  vm_nic: {
    name: 'vm_nic',
    className: 'VmNicService',
    methods: [
      {
        name: 'activate', method: 'activate', kind: 'action', verb: 'POST', path: 'activate',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'deactivate', method: 'deactivate', kind: 'action', verb: 'POST', path: 'deactivate',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'nic' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'nic' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
      { name: 'reported_devices', method: 'reportedDevicesService', path: 'reporteddevices', service: 'vm_reported_devices' },
      { name: 'network_filter_parameters', method: 'networkFilterParametersService', path: 'networkfilterparameters', service: 'nic_network_filter_parameters' },
    ],
  },
  vm_nics: {
    name: 'vm_nics',
    className: 'VmNicsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'nic', prop: 'nic', type: 'nic', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'nic' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'nics', prop: 'nics', type: 'nic', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'nics' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'nic', method: 'nicService', parameter: 'id', service: 'vm_nic' },
    ],
  },
  vm_numa_node: {
    name: 'vm_numa_node',
    className: 'VmNumaNodeService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'node', prop: 'node', type: 'virtual_numa_node', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm_numa_node' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'node', prop: 'node', type: 'virtual_numa_node', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm_numa_node' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_numa_nodes: {
    name: 'vm_numa_nodes',
    className: 'VmNumaNodesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'node', prop: 'node', type: 'virtual_numa_node', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm_numa_node' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'nodes', prop: 'nodes', type: 'virtual_numa_node', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm_numa_nodes' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'node', method: 'nodeService', parameter: 'id', service: 'vm_numa_node' },
    ],
  },
  vm_pool: {
    name: 'vm_pool',
    className: 'VmPoolService',
    methods: [
      {
        name: 'allocate_vm', method: 'allocateVm', kind: 'action', verb: 'POST', path: 'allocatevm',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'pool', prop: 'pool', type: 'vm_pool', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm_pool' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'pool', prop: 'pool', type: 'vm_pool', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm_pool' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  vm_pools: {
    name: 'vm_pools',
    className: 'VmPoolsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'pool', prop: 'pool', type: 'vm_pool', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm_pool' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'pools', prop: 'pools', type: 'vm_pool', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm_pools' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'pool', method: 'poolService', parameter: 'id', service: 'vm_pool' },
    ],
  },
  vm_reported_device: {
    name: 'vm_reported_device',
    className: 'VmReportedDeviceService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'reported_device', prop: 'reportedDevice', type: 'reported_device', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'reported_device' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_reported_devices: {
    name: 'vm_reported_devices',
    className: 'VmReportedDevicesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'reported_device', prop: 'reportedDevice', type: 'reported_device', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'reported_devices' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'reported_device', method: 'reportedDeviceService', parameter: 'id', service: 'vm_reported_device' },
    ],
  },
  vm: {
    name: 'vm',
    className: 'VmService',
    methods: [
      {
        name: 'cancel_migration', method: 'cancelMigration', kind: 'action', verb: 'POST', path: 'cancelmigration',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'commit_snapshot', method: 'commitSnapshot', kind: 'action', verb: 'POST', path: 'commitsnapshot',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'clone', method: 'clone', kind: 'action', verb: 'POST', path: 'clone',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'vm' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'discard_snapshots', prop: 'discardSnapshots', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'discard_snapshots' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
        ],
      },
      {
        name: 'detach', method: 'detach', kind: 'action', verb: 'POST', path: 'detach',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'export_to_export_domain', method: 'exportToExportDomain', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'discard_snapshots', prop: 'discardSnapshots', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'discard_snapshots' },
          { name: 'exclusive', prop: 'exclusive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'exclusive' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'export_to_path_on_host', method: 'exportToPathOnHost', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'directory', prop: 'directory', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'directory' },
          { name: 'filename', prop: 'filename', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filename' },
          { name: 'discard_snapshots', prop: 'discardSnapshots', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'discard_snapshots' },
          { name: 'exclusive', prop: 'exclusive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'exclusive' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'export', method: 'export', kind: 'action', verb: 'POST', path: 'export',
        parameters: [
          { name: 'discard_snapshots', prop: 'discardSnapshots', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'discard_snapshots' },
          { name: 'exclusive', prop: 'exclusive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'exclusive' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'freeze_filesystems', method: 'freezeFilesystems', kind: 'action', verb: 'POST', path: 'freezefilesystems',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vm' },
          { name: 'next_run', prop: 'nextRun', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'next_run' },
          { name: 'all_content', prop: 'allContent', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'all_content' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'ovf_as_ova', prop: 'ovfAsOva', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'ovf_as_ova' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'logon', method: 'logon', kind: 'action', verb: 'POST', path: 'logon',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'maintenance', method: 'maintenance', kind: 'action', verb: 'POST', path: 'maintenance',
        parameters: [
          { name: 'maintenance_enabled', prop: 'maintenanceEnabled', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'maintenance_enabled' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'migrate', method: 'migrate', kind: 'action', verb: 'POST', path: 'migrate',
        parameters: [
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'migrate_vms_in_affinity_closure', prop: 'migrateVmsInAffinityClosure', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'migrate_vms_in_affinity_closure' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'preview_snapshot', method: 'previewSnapshot', kind: 'action', verb: 'POST', path: 'previewsnapshot',
        parameters: [
          { name: 'disks', prop: 'disks', type: 'disk', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disks' },
          { name: 'restore_memory', prop: 'restoreMemory', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'restore_memory' },
          { name: 'lease', prop: 'lease', type: 'storage_domain_lease', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'lease' },
          { name: 'snapshot', prop: 'snapshot', type: 'snapshot', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'snapshot' },
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'vm' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'auto_pin_cpu_and_numa_nodes', method: 'autoPinCpuAndNumaNodes', kind: 'action', verb: 'POST', path: 'autopincpuandnumanodes',
        parameters: [
          { name: 'optimize_cpu_settings', prop: 'optimizeCpuSettings', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'optimize_cpu_settings' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm' },
          { name: 'next_run', prop: 'nextRun', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'next_run' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'reboot', method: 'reboot', kind: 'action', verb: 'POST', path: 'reboot',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'detach_only', prop: 'detachOnly', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'detach_only' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
        ],
      },
      {
        name: 'reset', method: 'reset', kind: 'action', verb: 'POST', path: 'reset',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'reorder_mac_addresses', method: 'reorderMacAddresses', kind: 'action', verb: 'POST', path: 'reordermacaddresses',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'shutdown', method: 'shutdown', kind: 'action', verb: 'POST', path: 'shutdown',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'reason', prop: 'reason', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reason' },
        ],
      },
      {
        name: 'start', method: 'start', kind: 'action', verb: 'POST', path: 'start',
        parameters: [
          { name: 'authorized_key', prop: 'authorizedKey', type: 'authorized_key', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'authorized_key' },
          { name: 'pause', prop: 'pause', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'pause' },
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'vm' },
          { name: 'use_cloud_init', prop: 'useCloudInit', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'use_cloud_init' },
          { name: 'use_sysprep', prop: 'useSysprep', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'use_sysprep' },
          { name: 'use_ignition', prop: 'useIgnition', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'use_ignition' },
          { name: 'use_initialization', prop: 'useInitialization', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'use_initialization' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'filter' },
          { name: 'volatile', prop: 'volatile', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'volatile' },
          { name: 'attach_wgt', prop: 'attachWgt', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'attach_wgt' },
        ],
      },
      {
        name: 'stop', method: 'stop', kind: 'action', verb: 'POST', path: 'stop',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
          { name: 'reason', prop: 'reason', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'reason' },
        ],
      },
      {
        name: 'suspend', method: 'suspend', kind: 'action', verb: 'POST', path: 'suspend',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'thaw_filesystems', method: 'thawFilesystems', kind: 'action', verb: 'POST', path: 'thawfilesystems',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'ticket', method: 'ticket', kind: 'action', verb: 'POST', path: 'ticket',
        parameters: [
          { name: 'ticket', prop: 'ticket', type: 'ticket', list: false, kind: 'struct', in: true, out: true, place: 'action', wireName: 'ticket' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'undo_snapshot', method: 'undoSnapshot', kind: 'action', verb: 'POST', path: 'undosnapshot',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'screenshot', method: 'screenshot', kind: 'action', verb: 'POST', path: 'screenshot',
        parameters: [
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'tags', method: 'tagsService', path: 'tags', service: 'assigned_tags' },
      { name: 'graphics_consoles', method: 'graphicsConsolesService', path: 'graphicsconsoles', service: 'vm_graphics_consoles' },
      { name: 'katello_errata', method: 'katelloErrataService', path: 'katelloerrata', service: 'katello_errata' },
      { name: 'snapshots', method: 'snapshotsService', path: 'snapshots', service: 'snapshots' },
      { name: 'applications', method: 'applicationsService', path: 'applications', service: 'vm_applications' },
      { name: 'cdroms', method: 'cdromsService', path: 'cdroms', service: 'vm_cdroms' },
      { name: 'host_devices', method: 'hostDevicesService', path: 'hostdevices', service: 'vm_host_devices' },
      { name: 'nics', method: 'nicsService', path: 'nics', service: 'vm_nics' },
      { name: 'numa_nodes', method: 'numaNodesService', path: 'numanodes', service: 'vm_numa_nodes' },
      { name: 'reported_devices', method: 'reportedDevicesService', path: 'reporteddevices', service: 'vm_reported_devices' },
      { name: 'sessions', method: 'sessionsService', path: 'sessions', service: 'vm_sessions' },
      { name: 'watchdogs', method: 'watchdogsService', path: 'watchdogs', service: 'vm_watchdogs' },
      { name: 'backups', method: 'backupsService', path: 'backups', service: 'vm_backups' },
      { name: 'checkpoints', method: 'checkpointsService', path: 'checkpoints', service: 'vm_checkpoints' },
      { name: 'disk_attachments', method: 'diskAttachmentsService', path: 'diskattachments', service: 'disk_attachments' },
      { name: 'affinity_labels', method: 'affinityLabelsService', path: 'affinitylabels', service: 'assigned_affinity_labels' },
      { name: 'mediated_devices', method: 'mediatedDevicesService', path: 'mediateddevices', service: 'vm_mediated_devices' },
    ],
  },
  vm_session: {
    name: 'vm_session',
    className: 'VmSessionService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'session', prop: 'session', type: 'session', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'session' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_sessions: {
    name: 'vm_sessions',
    className: 'VmSessionsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'sessions', prop: 'sessions', type: 'session', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'sessions' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'session', method: 'sessionService', parameter: 'id', service: 'vm_session' },
    ],
  },
  vm_watchdog: {
    name: 'vm_watchdog',
    className: 'VmWatchdogService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'watchdog', prop: 'watchdog', type: 'watchdog', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'watchdog' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'watchdog', prop: 'watchdog', type: 'watchdog', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'watchdog' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  vm_watchdogs: {
    name: 'vm_watchdogs',
    className: 'VmWatchdogsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'watchdog', prop: 'watchdog', type: 'watchdog', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'watchdog' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'watchdogs', prop: 'watchdogs', type: 'watchdog', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'watchdogs' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'watchdog', method: 'watchdogService', parameter: 'id', service: 'vm_watchdog' },
    ],
  },
  vms: {
    name: 'vms',
    className: 'VmsService',
    methods: [
      {
        name: 'add_from_scratch', method: 'addFromScratch', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm' },
          { name: 'clone', prop: 'clone', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone' },
          { name: 'clone_permissions', prop: 'clonePermissions', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone_permissions' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'auto_pinning_policy', prop: 'autoPinningPolicy', type: 'auto_pinning_policy', list: false, kind: 'enum', in: true, out: false, place: 'query', wireName: 'auto_pinning_policy' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'add_from_snapshot', method: 'addFromSnapshot', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm' },
          { name: 'clone', prop: 'clone', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone' },
          { name: 'clone_permissions', prop: 'clonePermissions', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone_permissions' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'auto_pinning_policy', prop: 'autoPinningPolicy', type: 'auto_pinning_policy', list: false, kind: 'enum', in: true, out: false, place: 'query', wireName: 'auto_pinning_policy' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'add_from_configuration', method: 'addFromConfiguration', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm' },
          { name: 'clone', prop: 'clone', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone' },
          { name: 'clone_permissions', prop: 'clonePermissions', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone_permissions' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'auto_pinning_policy', prop: 'autoPinningPolicy', type: 'auto_pinning_policy', list: false, kind: 'enum', in: true, out: false, place: 'query', wireName: 'auto_pinning_policy' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'vm', prop: 'vm', type: 'vm', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vm' },
          { name: 'clone', prop: 'clone', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone' },
          { name: 'clone_permissions', prop: 'clonePermissions', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'clone_permissions' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'auto_pinning_policy', prop: 'autoPinningPolicy', type: 'auto_pinning_policy', list: false, kind: 'enum', in: true, out: false, place: 'query', wireName: 'auto_pinning_policy' },
          { name: 'seal', prop: 'seal', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'seal' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'vms', prop: 'vms', type: 'vm', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vms' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'all_content', prop: 'allContent', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'all_content' },
          { name: 'ovf_as_ova', prop: 'ovfAsOva', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'ovf_as_ova' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'vm', method: 'vmService', parameter: 'id', service: 'vm' },
    ],
  },
  vnic_profile: {
    name: 'vnic_profile',
    className: 'VnicProfileService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'vnic_profile', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vnic_profile' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'vnic_profile', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vnic_profile' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
    ],
  },
  vnic_profiles: {
    name: 'vnic_profiles',
    className: 'VnicProfilesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'profile', prop: 'profile', type: 'vnic_profile', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'vnic_profile' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'profiles', prop: 'profiles', type: 'vnic_profile', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'vnic_profiles' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'profile', method: 'profileService', parameter: 'id', service: 'vnic_profile' },
    ],
  },
  weight: {
    name: 'weight',
    className: 'WeightService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'weight', prop: 'weight', type: 'weight', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'weight' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  weights: {
    name: 'weights',
    className: 'WeightsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'weight', prop: 'weight', type: 'weight', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'weight' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'weights', prop: 'weights', type: 'weight', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'weights' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'filter', prop: 'filter', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'filter' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'weight', method: 'weightService', parameter: 'id', service: 'weight' },
    ],
  },
  domain_group: {
    name: 'domain_group',
    className: 'DomainGroupService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'get', prop: 'get', type: 'group', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'group' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  domain_groups: {
    name: 'domain_groups',
    className: 'DomainGroupsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'groups', prop: 'groups', type: 'group', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'groups' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'group', method: 'groupService', parameter: 'id', service: 'domain_group' },
    ],
  },
  domain: {
    name: 'domain',
    className: 'DomainService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'domain', prop: 'domain', type: 'domain', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'domain' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'users', method: 'usersService', path: 'users', service: 'domain_users' },
      { name: 'groups', method: 'groupsService', path: 'groups', service: 'domain_groups' },
    ],
  },
  domain_user_groups: {
    name: 'domain_user_groups',
    className: 'DomainUserGroupsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'groups', prop: 'groups', type: 'group', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'groups' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  domain_user: {
    name: 'domain_user',
    className: 'DomainUserService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'user', prop: 'user', type: 'user', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'user' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  domain_users: {
    name: 'domain_users',
    className: 'DomainUsersService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'users', prop: 'users', type: 'user', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'users' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'user', method: 'userService', parameter: 'id', service: 'domain_user' },
    ],
  },
  domains: {
    name: 'domains',
    className: 'DomainsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'domains', prop: 'domains', type: 'domain', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'domains' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'domain', method: 'domainService', parameter: 'id', service: 'domain' },
    ],
  },
  group: {
    name: 'group',
    className: 'GroupService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'get', prop: 'get', type: 'group', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'group' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'roles', method: 'rolesService', path: 'roles', service: 'assigned_roles' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'tags', method: 'tagsService', path: 'tags', service: 'assigned_tags' },
    ],
  },
  groups: {
    name: 'groups',
    className: 'GroupsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'group', prop: 'group', type: 'group', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'group' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'groups', prop: 'groups', type: 'group', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'groups' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'group', method: 'groupService', parameter: 'id', service: 'group' },
    ],
  },
  ssh_public_key: {
    name: 'ssh_public_key',
    className: 'SshPublicKeyService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'key', prop: 'key', type: 'ssh_public_key', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'ssh_public_key' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'key', prop: 'key', type: 'ssh_public_key', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'ssh_public_key' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  ssh_public_keys: {
    name: 'ssh_public_keys',
    className: 'SshPublicKeysService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'key', prop: 'key', type: 'ssh_public_key', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'ssh_public_key' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'keys', prop: 'keys', type: 'ssh_public_key', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'ssh_public_keys' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'key', method: 'keyService', parameter: 'id', service: 'ssh_public_key' },
    ],
  },
  user_option: {
    name: 'user_option',
    className: 'UserOptionService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'option', prop: 'option', type: 'user_option', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'user_option' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
        ],
      },
    ],
    locators: [
    ],
  },
  user_options: {
    name: 'user_options',
    className: 'UserOptionsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'option', prop: 'option', type: 'user_option', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'user_option' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'options', prop: 'options', type: 'user_option', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'user_options' },
        ],
      },
    ],
    locators: [
      { name: 'option', method: 'optionService', parameter: 'id', service: 'user_option' },
    ],
  },
  user: {
    name: 'user',
    className: 'UserService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'user', prop: 'user', type: 'user', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'user' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'user', prop: 'user', type: 'user', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'user' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'groups', method: 'groupsService', path: 'groups', service: 'domain_user_groups' },
      { name: 'roles', method: 'rolesService', path: 'roles', service: 'assigned_roles' },
      { name: 'permissions', method: 'permissionsService', path: 'permissions', service: 'assigned_permissions' },
      { name: 'tags', method: 'tagsService', path: 'tags', service: 'assigned_tags' },
      { name: 'ssh_public_keys', method: 'sshPublicKeysService', path: 'sshpublickeys', service: 'ssh_public_keys' },
      { name: 'options', method: 'optionsService', path: 'options', service: 'user_options' },
      { name: 'event_subscriptions', method: 'eventSubscriptionsService', path: 'eventsubscriptions', service: 'event_subscriptions' },
    ],
  },
  users: {
    name: 'users',
    className: 'UsersService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'user', prop: 'user', type: 'user', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'user' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'users', prop: 'users', type: 'user', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'users' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'user', method: 'userService', parameter: 'id', service: 'user' },
    ],
  },
  engine_katello_errata: {
    name: 'engine_katello_errata',
    className: 'EngineKatelloErrataService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'errata', prop: 'errata', type: 'katello_erratum', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'katello_errata' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'katello_erratum', method: 'katelloErratumService', parameter: 'id', service: 'katello_erratum' },
    ],
  },
  external_compute_resource: {
    name: 'external_compute_resource',
    className: 'ExternalComputeResourceService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'resource', prop: 'resource', type: 'external_compute_resource', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_compute_resource' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  external_compute_resources: {
    name: 'external_compute_resources',
    className: 'ExternalComputeResourcesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'resources', prop: 'resources', type: 'external_compute_resource', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_compute_resources' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'resource', method: 'resourceService', parameter: 'id', service: 'external_compute_resource' },
    ],
  },
  external_discovered_host: {
    name: 'external_discovered_host',
    className: 'ExternalDiscoveredHostService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'host', prop: 'host', type: 'external_discovered_host', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_discovered_host' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  external_discovered_hosts: {
    name: 'external_discovered_hosts',
    className: 'ExternalDiscoveredHostsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'hosts', prop: 'hosts', type: 'external_discovered_host', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_discovered_hosts' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'host', method: 'hostService', parameter: 'id', service: 'external_discovered_host' },
    ],
  },
  external_host_group: {
    name: 'external_host_group',
    className: 'ExternalHostGroupService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'group', prop: 'group', type: 'external_host_group', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_host_group' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  external_host_groups: {
    name: 'external_host_groups',
    className: 'ExternalHostGroupsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'groups', prop: 'groups', type: 'external_host_group', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_host_groups' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'group', method: 'groupService', parameter: 'id', service: 'external_host_group' },
    ],
  },
  external_host_provider: {
    name: 'external_host_provider',
    className: 'ExternalHostProviderService',
    methods: [
      {
        name: 'import_certificates', method: 'importCertificates', kind: 'action', verb: 'POST', path: 'importcertificates',
        parameters: [
          { name: 'certificates', prop: 'certificates', type: 'certificate', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'certificates' },
        ],
      },
      {
        name: 'test_connectivity', method: 'testConnectivity', kind: 'action', verb: 'POST', path: 'testconnectivity',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'external_host_provider', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_host_provider' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'external_host_provider', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'external_host_provider' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'certificates', method: 'certificatesService', path: 'certificates', service: 'external_provider_certificates' },
      { name: 'compute_resources', method: 'computeResourcesService', path: 'computeresources', service: 'external_compute_resources' },
      { name: 'discovered_hosts', method: 'discoveredHostsService', path: 'discoveredhosts', service: 'external_discovered_hosts' },
      { name: 'host_groups', method: 'hostGroupsService', path: 'hostgroups', service: 'external_host_groups' },
      { name: 'hosts', method: 'hostsService', path: 'hosts', service: 'external_hosts' },
    ],
  },
  external_host_providers: {
    name: 'external_host_providers',
    className: 'ExternalHostProvidersService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'external_host_provider', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'external_host_provider' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'providers', prop: 'providers', type: 'external_host_provider', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_host_providers' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'provider', method: 'providerService', parameter: 'id', service: 'external_host_provider' },
    ],
  },
  external_host: {
    name: 'external_host',
    className: 'ExternalHostService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'host', prop: 'host', type: 'external_host', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_host' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  external_hosts: {
    name: 'external_hosts',
    className: 'ExternalHostsService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'hosts', prop: 'hosts', type: 'external_host', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'external_hosts' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'host', method: 'hostService', parameter: 'id', service: 'external_host' },
    ],
  },
  katello_errata: {
    name: 'katello_errata',
    className: 'KatelloErrataService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'errata', prop: 'errata', type: 'katello_erratum', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'katello_errata' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'katello_erratum', method: 'katelloErratumService', parameter: 'id', service: 'katello_erratum' },
    ],
  },
  katello_erratum: {
    name: 'katello_erratum',
    className: 'KatelloErratumService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'erratum', prop: 'erratum', type: 'katello_erratum', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'katello_erratum' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  gluster_brick: {
    name: 'gluster_brick',
    className: 'GlusterBrickService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'brick', prop: 'brick', type: 'gluster_brick', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'brick' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'replace', method: 'replace', kind: 'action', verb: 'POST', path: 'replace',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
    ],
  },
  gluster_bricks: {
    name: 'gluster_bricks',
    className: 'GlusterBricksService',
    methods: [
      {
        name: 'activate', method: 'activate', kind: 'action', verb: 'POST', path: 'activate',
        parameters: [
          { name: 'bricks', prop: 'bricks', type: 'gluster_brick', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'bricks' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'bricks', prop: 'bricks', type: 'gluster_brick', list: true, kind: 'struct', in: true, out: true, place: 'body', wireName: 'bricks' },
          { name: 'replica_count', prop: 'replicaCount', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'replica_count' },
          { name: 'stripe_count', prop: 'stripeCount', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'stripe_count' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'bricks', prop: 'bricks', type: 'gluster_brick', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'bricks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'migrate', method: 'migrate', kind: 'action', verb: 'POST', path: 'migrate',
        parameters: [
          { name: 'bricks', prop: 'bricks', type: 'gluster_brick', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'bricks' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'bricks', prop: 'bricks', type: 'gluster_brick', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'bricks' },
          { name: 'replica_count', prop: 'replicaCount', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'replica_count' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'stop_migrate', method: 'stopMigrate', kind: 'action', verb: 'POST', path: 'stopmigrate',
        parameters: [
          { name: 'bricks', prop: 'bricks', type: 'gluster_brick', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'bricks' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'brick', method: 'brickService', parameter: 'id', service: 'gluster_brick' },
    ],
  },
  gluster_hook: {
    name: 'gluster_hook',
    className: 'GlusterHookService',
    methods: [
      {
        name: 'disable', method: 'disable', kind: 'action', verb: 'POST', path: 'disable',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'enable', method: 'enable', kind: 'action', verb: 'POST', path: 'enable',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'hook', prop: 'hook', type: 'gluster_hook', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'gluster_hook' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'resolve', method: 'resolve', kind: 'action', verb: 'POST', path: 'resolve',
        parameters: [
          { name: 'host', prop: 'host', type: 'host', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'host' },
          { name: 'resolution_type', prop: 'resolutionType', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'resolution_type' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  gluster_hooks: {
    name: 'gluster_hooks',
    className: 'GlusterHooksService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'hooks', prop: 'hooks', type: 'gluster_hook', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'gluster_hooks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'hook', method: 'hookService', parameter: 'id', service: 'gluster_hook' },
    ],
  },
  gluster_volume: {
    name: 'gluster_volume',
    className: 'GlusterVolumeService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'volume', prop: 'volume', type: 'gluster_volume', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'gluster_volume' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'get_profile_statistics', method: 'getProfileStatistics', kind: 'action', verb: 'POST', path: 'getprofilestatistics',
        parameters: [
          { name: 'details', prop: 'details', type: 'gluster_volume_profile_details', list: false, kind: 'struct', in: false, out: true, place: 'action', wireName: 'details' },
        ],
      },
      {
        name: 'rebalance', method: 'rebalance', kind: 'action', verb: 'POST', path: 'rebalance',
        parameters: [
          { name: 'fix_layout', prop: 'fixLayout', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'fix_layout' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'reset_all_options', method: 'resetAllOptions', kind: 'action', verb: 'POST', path: 'resetalloptions',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'reset_option', method: 'resetOption', kind: 'action', verb: 'POST', path: 'resetoption',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'option', prop: 'option', type: 'option', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'option' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'set_option', method: 'setOption', kind: 'action', verb: 'POST', path: 'setoption',
        parameters: [
          { name: 'option', prop: 'option', type: 'option', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'option' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'start', method: 'start', kind: 'action', verb: 'POST', path: 'start',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'start_profile', method: 'startProfile', kind: 'action', verb: 'POST', path: 'startprofile',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'stop', method: 'stop', kind: 'action', verb: 'POST', path: 'stop',
        parameters: [
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'force' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'stop_profile', method: 'stopProfile', kind: 'action', verb: 'POST', path: 'stopprofile',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'stop_rebalance', method: 'stopRebalance', kind: 'action', verb: 'POST', path: 'stoprebalance',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'statistics', method: 'statisticsService', path: 'statistics', service: 'statistics' },
      { name: 'gluster_bricks', method: 'glusterBricksService', path: 'glusterbricks', service: 'gluster_bricks' },
    ],
  },
  gluster_volumes: {
    name: 'gluster_volumes',
    className: 'GlusterVolumesService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'volume', prop: 'volume', type: 'gluster_volume', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'gluster_volume' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'volumes', prop: 'volumes', type: 'gluster_volume', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'gluster_volumes' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'case_sensitive', prop: 'caseSensitive', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'case_sensitive' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'volume', method: 'volumeService', parameter: 'id', service: 'gluster_volume' },
    ],
  },
  openstack_image_provider: {
    name: 'openstack_image_provider',
    className: 'OpenstackImageProviderService',
    methods: [
      {
        name: 'import_certificates', method: 'importCertificates', kind: 'action', verb: 'POST', path: 'importcertificates',
        parameters: [
          { name: 'certificates', prop: 'certificates', type: 'certificate', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'certificates' },
        ],
      },
      {
        name: 'test_connectivity', method: 'testConnectivity', kind: 'action', verb: 'POST', path: 'testconnectivity',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'open_stack_image_provider', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_image_provider' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'open_stack_image_provider', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'openstack_image_provider' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'certificates', method: 'certificatesService', path: 'certificates', service: 'external_provider_certificates' },
      { name: 'images', method: 'imagesService', path: 'images', service: 'openstack_images' },
    ],
  },
  openstack_image_providers: {
    name: 'openstack_image_providers',
    className: 'OpenstackImageProvidersService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'open_stack_image_provider', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'openstack_image_provider' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'providers', prop: 'providers', type: 'open_stack_image_provider', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_image_providers' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'provider', method: 'providerService', parameter: 'id', service: 'openstack_image_provider' },
    ],
  },
  openstack_image: {
    name: 'openstack_image',
    className: 'OpenstackImageService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'image', prop: 'image', type: 'open_stack_image', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_image' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'import', method: 'import', kind: 'action', verb: 'POST', path: 'import',
        parameters: [
          { name: 'disk', prop: 'disk', type: 'disk', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'disk' },
          { name: 'import_as_template', prop: 'importAsTemplate', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'import_as_template' },
          { name: 'storage_domain', prop: 'storageDomain', type: 'storage_domain', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'storage_domain' },
          { name: 'template', prop: 'template', type: 'template', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'template' },
          { name: 'cluster', prop: 'cluster', type: 'cluster', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'cluster' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  openstack_images: {
    name: 'openstack_images',
    className: 'OpenstackImagesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'images', prop: 'images', type: 'open_stack_image', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_images' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'image', method: 'imageService', parameter: 'id', service: 'openstack_image' },
    ],
  },
  openstack_network_provider: {
    name: 'openstack_network_provider',
    className: 'OpenstackNetworkProviderService',
    methods: [
      {
        name: 'import_certificates', method: 'importCertificates', kind: 'action', verb: 'POST', path: 'importcertificates',
        parameters: [
          { name: 'certificates', prop: 'certificates', type: 'certificate', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'certificates' },
        ],
      },
      {
        name: 'test_connectivity', method: 'testConnectivity', kind: 'action', verb: 'POST', path: 'testconnectivity',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'open_stack_network_provider', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_network_provider' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'open_stack_network_provider', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'openstack_network_provider' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'certificates', method: 'certificatesService', path: 'certificates', service: 'external_provider_certificates' },
      { name: 'networks', method: 'networksService', path: 'networks', service: 'openstack_networks' },
    ],
  },
  openstack_network_providers: {
    name: 'openstack_network_providers',
    className: 'OpenstackNetworkProvidersService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'open_stack_network_provider', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'openstack_network_provider' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'providers', prop: 'providers', type: 'open_stack_network_provider', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_network_providers' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'provider', method: 'providerService', parameter: 'id', service: 'openstack_network_provider' },
    ],
  },
  openstack_network: {
    name: 'openstack_network',
    className: 'OpenstackNetworkService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'network', prop: 'network', type: 'open_stack_network', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_network' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'import', method: 'import', kind: 'action', verb: 'POST', path: 'import',
        parameters: [
          { name: 'data_center', prop: 'dataCenter', type: 'data_center', list: false, kind: 'struct', in: true, out: false, place: 'action', wireName: 'data_center' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
    ],
    locators: [
      { name: 'subnets', method: 'subnetsService', path: 'subnets', service: 'openstack_subnets' },
    ],
  },
  openstack_networks: {
    name: 'openstack_networks',
    className: 'OpenstackNetworksService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'networks', prop: 'networks', type: 'open_stack_network', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_networks' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'network', method: 'networkService', parameter: 'id', service: 'openstack_network' },
    ],
  },
  openstack_subnet: {
    name: 'openstack_subnet',
    className: 'OpenstackSubnetService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'subnet', prop: 'subnet', type: 'open_stack_subnet', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_subnet' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  openstack_subnets: {
    name: 'openstack_subnets',
    className: 'OpenstackSubnetsService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'subnet', prop: 'subnet', type: 'open_stack_subnet', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'openstack_subnet' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'subnets', prop: 'subnets', type: 'open_stack_subnet', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_subnets' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'subnet', method: 'subnetService', parameter: 'id', service: 'openstack_subnet' },
    ],
  },
  openstack_volume_authentication_key: {
    name: 'openstack_volume_authentication_key',
    className: 'OpenstackVolumeAuthenticationKeyService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'key', prop: 'key', type: 'openstack_volume_authentication_key', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_volume_authentication_key' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'key', prop: 'key', type: 'openstack_volume_authentication_key', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'openstack_volume_authentication_key' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
    ],
    locators: [
    ],
  },
  openstack_volume_authentication_keys: {
    name: 'openstack_volume_authentication_keys',
    className: 'OpenstackVolumeAuthenticationKeysService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'key', prop: 'key', type: 'openstack_volume_authentication_key', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'openstack_volume_authentication_key' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'keys', prop: 'keys', type: 'openstack_volume_authentication_key', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_volume_authentication_keys' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'key', method: 'keyService', parameter: 'id', service: 'openstack_volume_authentication_key' },
    ],
  },
  openstack_volume_provider: {
    name: 'openstack_volume_provider',
    className: 'OpenstackVolumeProviderService',
    methods: [
      {
        name: 'import_certificates', method: 'importCertificates', kind: 'action', verb: 'POST', path: 'importcertificates',
        parameters: [
          { name: 'certificates', prop: 'certificates', type: 'certificate', list: true, kind: 'struct', in: true, out: false, place: 'action', wireName: 'certificates' },
        ],
      },
      {
        name: 'test_connectivity', method: 'testConnectivity', kind: 'action', verb: 'POST', path: 'testconnectivity',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'action', wireName: 'async' },
        ],
      },
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'open_stack_volume_provider', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_volume_provider' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
      {
        name: 'update', method: 'update', kind: 'update', verb: 'PUT',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'open_stack_volume_provider', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'openstack_volume_provider' },
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
        ],
      },
      {
        name: 'remove', method: 'remove', kind: 'remove', verb: 'DELETE',
        parameters: [
          { name: 'async', prop: 'async', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'async' },
          { name: 'force', prop: 'force', type: 'boolean', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'force' },
        ],
      },
    ],
    locators: [
      { name: 'certificates', method: 'certificatesService', path: 'certificates', service: 'external_provider_certificates' },
      { name: 'volume_types', method: 'volumeTypesService', path: 'volumetypes', service: 'openstack_volume_types' },
      { name: 'authentication_keys', method: 'authenticationKeysService', path: 'authenticationkeys', service: 'openstack_volume_authentication_keys' },
    ],
  },
  openstack_volume_providers: {
    name: 'openstack_volume_providers',
    className: 'OpenstackVolumeProvidersService',
    methods: [
      {
        name: 'add', method: 'add', kind: 'add', verb: 'POST',
        parameters: [
          { name: 'provider', prop: 'provider', type: 'open_stack_volume_provider', list: false, kind: 'struct', in: true, out: true, place: 'body', wireName: 'openstack_volume_provider' },
        ],
      },
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'providers', prop: 'providers', type: 'open_stack_volume_provider', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'openstack_volume_providers' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'search', prop: 'search', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'search' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'provider', method: 'providerService', parameter: 'id', service: 'openstack_volume_provider' },
    ],
  },
  openstack_volume_type: {
    name: 'openstack_volume_type',
    className: 'OpenstackVolumeTypeService',
    methods: [
      {
        name: 'get', method: 'get', kind: 'get', verb: 'GET',
        parameters: [
          { name: 'type', prop: 'type', type: 'open_stack_volume_type', list: false, kind: 'struct', in: false, out: true, place: 'body', wireName: 'open_stack_volume_type' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
    ],
  },
  openstack_volume_types: {
    name: 'openstack_volume_types',
    className: 'OpenstackVolumeTypesService',
    methods: [
      {
        name: 'list', method: 'list', kind: 'list', verb: 'GET',
        parameters: [
          { name: 'types', prop: 'types', type: 'open_stack_volume_type', list: true, kind: 'struct', in: false, out: true, place: 'body', wireName: 'open_stack_volume_types' },
          { name: 'max', prop: 'max', type: 'integer', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'max' },
          { name: 'follow', prop: 'follow', type: 'string', list: false, kind: 'primitive', in: true, out: false, place: 'query', wireName: 'follow' },
        ],
      },
    ],
    locators: [
      { name: 'type', method: 'typeService', parameter: 'id', service: 'openstack_volume_type' },
    ],
  },
};
