// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * Which input members each method needs, as the engine checks them: the model's
 * declarations (model/input_detail.json) merged with the overrides where the engine's
 * REST layer validates otherwise (model/input_overrides.json, each naming the engine's
 * check). Keyed by service, then by the method's full name. See generator/input-rules.ts.
 */
export interface InputCondition {
  readonly path: string;
  readonly present?: boolean;
  readonly equals?: readonly string[];
  readonly matches?: string;
}

export interface InputCase {
  readonly when: readonly InputCondition[];
  readonly mandatory: readonly (readonly string[])[];
  readonly rule: string;
}

export interface InputRule {
  /** The base method of a signature. */
  readonly base?: string;
  /** When the signature applies (all conditions, or any with `whenAny`); absent: only through its base. */
  readonly when?: readonly InputCondition[];
  readonly whenAny?: boolean;
  /** Member paths, each a list of alternatives (any one is enough). */
  readonly mandatory: readonly (readonly string[])[];
  readonly optional: readonly (readonly string[])[];
  /** More members needed when conditions hold. */
  readonly cases: readonly InputCase[];
  /** 'model', or the engine's check the rule mirrors. */
  readonly source: string;
}

/** 201 methods, 25 of them with the engine's rule instead of the model's. */
export const INPUT_RULES: { readonly [service: string]: { readonly [method: string]: InputRule } } = {
  affinity_group: {
    update: {"mandatory":[],"optional":[["group.enforcing"],["group.name"],["group.positive"]],"cases":[],"source":"model"},
  },
  affinity_group_host_labels: {
    add: {"mandatory":[["label.id","label.name"]],"optional":[],"cases":[],"source":"model"},
  },
  affinity_group_hosts: {
    add: {"mandatory":[["host.id","host.name"]],"optional":[],"cases":[],"source":"model"},
  },
  affinity_group_vm_labels: {
    add: {"mandatory":[["label.id","label.name"]],"optional":[],"cases":[],"source":"model"},
  },
  affinity_group_vms: {
    add: {"mandatory":[["vm.id","vm.name"]],"optional":[],"cases":[],"source":"model"},
  },
  affinity_groups: {
    add: {"mandatory":[["group.name"]],"optional":[],"cases":[],"source":"model"},
  },
  assigned_cpu_profiles: {
    add: {"mandatory":[["profile.name"]],"optional":[["profile.description"],["profile.qos.id"]],"cases":[],"source":"model"},
  },
  assigned_disk_profiles: {
    add: {"mandatory":[["profile.name"]],"optional":[["profile.description"],["profile.qos.id"]],"cases":[],"source":"model"},
  },
  assigned_permissions: {
    add: {"mandatory":[["permission.role.id","permission.role.name"]],"optional":[],"cases":[],"source":"model"},
    add_cluster_permission: {"mandatory":[["permission.role.id","permission.role.name"],["permission.cluster.id"]],"optional":[],"cases":[],"source":"model","base":"add","when":[{"path":"permission.cluster","present":true}],"whenAny":true},
    add_data_center_permission: {"mandatory":[["permission.role.id","permission.role.name"],["permission.data_center.id"]],"optional":[],"cases":[],"source":"model","base":"add","when":[{"path":"permission.data_center","present":true}],"whenAny":true},
    add_group_level: {"mandatory":[["permission.role.id","permission.role.name"],["permission.group.id"]],"optional":[],"cases":[],"source":"model","base":"add","when":[{"path":"permission.group","present":true}],"whenAny":true},
    add_host_permission: {"mandatory":[["permission.role.id","permission.role.name"],["permission.host.id"]],"optional":[],"cases":[],"source":"model","base":"add","when":[{"path":"permission.host","present":true}],"whenAny":true},
    add_storage_domain_permission: {"mandatory":[["permission.role.id","permission.role.name"],["permission.storage_domain.id"]],"optional":[],"cases":[],"source":"model","base":"add","when":[{"path":"permission.storage_domain","present":true}],"whenAny":true},
    add_template_permission: {"mandatory":[["permission.role.id","permission.role.name"],["permission.template.id"]],"optional":[],"cases":[],"source":"model","base":"add","when":[{"path":"permission.template","present":true}],"whenAny":true},
    add_user_level: {"mandatory":[["permission.role.id","permission.role.name"],["permission.user.id"]],"optional":[],"cases":[],"source":"model","base":"add","when":[{"path":"permission.user","present":true}],"whenAny":true},
    add_vm_permission: {"mandatory":[["permission.role.id","permission.role.name"],["permission.vm.id"]],"optional":[],"cases":[],"source":"model","base":"add","when":[{"path":"permission.vm","present":true}],"whenAny":true},
    add_vm_pool_permission: {"mandatory":[["permission.role.id","permission.role.name"],["permission.vm_pool.id"]],"optional":[],"cases":[],"source":"model","base":"add","when":[{"path":"permission.vm_pool","present":true}],"whenAny":true},
  },
  assigned_tags: {
    add: {"mandatory":[["tag.id","tag.name"]],"optional":[],"cases":[],"source":"model"},
  },
  assigned_vnic_profiles: {
    add: {"mandatory":[["profile.name"]],"optional":[["profile.description"],["profile.pass_through.mode"],["profile.port_mirroring"],["profile.custom_properties[].name"],["profile.custom_properties[].value"]],"cases":[],"source":"model"},
  },
  attached_storage_domains: {
    add: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[],"cases":[],"source":"model"},
  },
  balances: {
    add: {"mandatory":[["balance.scheduling_policy_unit.id"]],"optional":[],"cases":[],"source":"model"},
  },
  bookmarks: {
    add: {"mandatory":[["bookmark.name"],["bookmark.value"]],"optional":[],"cases":[],"source":"model"},
  },
  cluster: {
    update: {"mandatory":[],"optional":[["cluster.ballooning_enabled"],["cluster.cpu.architecture"],["cluster.cpu.type"],["cluster.description"],["cluster.display.proxy"],["cluster.error_handling.on_error"],["cluster.gluster_service"],["cluster.ha_reservation"],["cluster.ksm.enabled"],["cluster.memory_policy.over_commit.percent"],["cluster.memory_policy.transparent_huge_pages.enabled"],["cluster.name"],["cluster.threads_as_cores"],["cluster.trusted_service"],["cluster.tunnel_migration"],["cluster.version.major"],["cluster.version.minor"],["cluster.virt_service"],["cluster.scheduling_policy.id","cluster.scheduling_policy.name"],["cluster.fips_mode"]],"cases":[],"source":"model"},
  },
  cluster_enabled_features: {
    add: {"mandatory":[["feature.id"]],"optional":[],"cases":[],"source":"model"},
  },
  clusters: {
    add: {"mandatory":[["cluster.name"],["cluster.data_center.id","cluster.data_center.name"]],"optional":[["cluster.version.major"],["cluster.version.minor"],["cluster.cpu.type"],["cluster.ballooning_enabled"],["cluster.comment"],["cluster.cpu.architecture"],["cluster.description"],["cluster.display.proxy"],["cluster.error_handling.on_error"],["cluster.fencing_policy.enabled"],["cluster.fencing_policy.skip_if_connectivity_broken.enabled"],["cluster.fencing_policy.skip_if_connectivity_broken.threshold"],["cluster.fencing_policy.skip_if_sd_active.enabled"],["cluster.gluster_service"],["cluster.ha_reservation"],["cluster.ksm.enabled"],["cluster.ksm.merge_across_nodes"],["cluster.memory_policy.over_commit.percent"],["cluster.memory_policy.transparent_huge_pages.enabled"],["cluster.threads_as_cores"],["cluster.trusted_service"],["cluster.tunnel_migration"],["cluster.virt_service"],["cluster.management_network.id","cluster.management_network.name"],["cluster.scheduling_policy.id","cluster.scheduling_policy.name"],["cluster.external_network_providers[].id","cluster.external_network_providers[].name"],["cluster.fips_mode"]],"cases":[],"source":"model"},
  },
  cpu_profile: {
    update: {"mandatory":[],"optional":[["profile.description"],["profile.name"],["profile.qos.id"]],"cases":[],"source":"model"},
  },
  cpu_profiles: {
    add: {"mandatory":[["profile.cluster.id"],["profile.name"]],"optional":[["profile.description"],["profile.qos.id"]],"cases":[],"source":"model"},
  },
  data_center: {
    set_master: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[],"cases":[],"source":"model"},
    update: {"mandatory":[],"optional":[["data_center.comment"],["data_center.description"],["data_center.local"],["data_center.mac_pool.id"],["data_center.name"],["data_center.storage_format"],["data_center.version.major"],["data_center.version.minor"]],"cases":[],"source":"model"},
  },
  data_centers: {
    add: {"mandatory":[["data_center.local"],["data_center.name"]],"optional":[["data_center.comment"],["data_center.description"],["data_center.mac_pool.id"],["data_center.storage_format"],["data_center.version.major"],["data_center.version.minor"]],"cases":[],"source":"model"},
  },
  disk: {
    convert: {"mandatory":[["disk.format","disk.sparse"]],"optional":[],"cases":[],"source":"model"},
    copy: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[["disk.name","disk.alias"],["disk_profile.id"],["quota.id"]],"cases":[],"source":"model"},
    export: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[],"cases":[],"source":"model"},
    move: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[["disk_profile.id"],["quota.id"]],"cases":[],"source":"model"},
    refresh_lun: {"mandatory":[["host.id","host.name"]],"optional":[],"cases":[],"source":"model"},
    update: {"mandatory":[],"optional":[["disk.alias"],["disk.bootable"],["disk.description"],["disk.disk_profile.id"],["disk.format"],["disk.name"],["disk.propagate_errors"],["disk.provisioned_size"],["disk.quota.id"],["disk.read_only"],["disk.sgio"],["disk.shareable"],["disk.sparse"],["disk.uses_scsi_reservation"],["disk.wipe_after_delete"]],"cases":[],"source":"model"},
  },
  disk_attachment: {
    update: {"mandatory":[],"optional":[["disk_attachment.disk.alias"],["disk_attachment.bootable"],["disk_attachment.description"],["disk_attachment.disk.disk_profile.id"],["disk_attachment.disk.format"],["disk_attachment.name"],["disk_attachment.disk.propagate_errors"],["disk_attachment.disk.provisioned_size"],["disk_attachment.disk.quota.id"],["disk_attachment.disk.read_only"],["disk_attachment.disk.sgio"],["disk_attachment.disk.shareable"],["disk_attachment.disk.sparse"],["disk_attachment.uses_scsi_reservation"],["disk_attachment.disk.wipe_after_delete"]],"cases":[],"source":"model"},
  },
  disk_attachments: {
    add: {"mandatory":[["attachment.disk.provisioned_size"],["attachment.disk.format"]],"optional":[],"cases":[],"source":"BackendDiskAttachmentsResource.add -> createDisk -> validateDiskForCreation: validateParameters(disk, \"provisionedSize|size\", \"format\") for a new disk that is not a direct LUN"},
    add_providing_disk_id: {"mandatory":[["attachment.disk.id"]],"optional":[],"cases":[],"source":"BackendDiskAttachmentsResource.add -> attachDiskToVm: an existing disk (disk.id) is attached; no other member is checked","base":"add","when":[{"path":"attachment.disk.id","present":true}]},
    add_signature1: {"mandatory":[["attachment.disk.lun_storage.type"]],"optional":[],"cases":[{"when":[{"path":"attachment.disk.lun_storage.type","equals":["iscsi"]}],"mandatory":[["attachment.disk.lun_storage.logical_units[].address"],["attachment.disk.lun_storage.logical_units[].target"],["attachment.disk.lun_storage.logical_units[].port"],["attachment.disk.lun_storage.logical_units[].id"]],"rule":"BackendDiskAttachmentsResource.validateDiskForCreation: validateParameters(lunStorage.logicalUnits[0], \"address\", \"target\", \"port\", \"id\") when the type is iSCSI"}],"source":"BackendDiskAttachmentsResource.add -> createDisk -> validateDiskForCreation: validateParameters(disk.lunStorage, \"type\") for a new direct LUN disk","base":"add","when":[{"path":"attachment.disk.id","present":false},{"path":"attachment.disk.lun_storage","present":true}]},
  },
  disk_profile: {
    update: {"mandatory":[],"optional":[["profile.description"],["profile.name"],["profile.qos.id"]],"cases":[],"source":"model"},
  },
  disk_profiles: {
    add: {"mandatory":[["profile.name"],["profile.storage_domain.id"]],"optional":[["profile.description"],["profile.qos.id"]],"cases":[],"source":"model"},
  },
  disks: {
    add: {"mandatory":[["disk.provisioned_size"],["disk.format"]],"optional":[["disk.alias"],["disk.bootable"],["disk.description"],["disk.propagate_errors"],["disk.quota.id"],["disk.shareable"],["disk.sparse"],["disk.wipe_after_delete"],["disk.id"],["disk.image_id"]],"cases":[],"source":"BackendDisksResource.add -> validateDiskForCreation: validateParameters(disk, \"provisionedSize|size\", \"format\") for a disk that is not a direct LUN"},
    add_lun: {"mandatory":[["disk.lun_storage.type"]],"optional":[["disk.sgio"]],"cases":[{"when":[{"path":"disk.lun_storage.type","equals":["iscsi"]}],"mandatory":[["disk.lun_storage.logical_units[].address"],["disk.lun_storage.logical_units[].target"],["disk.lun_storage.logical_units[].port"],["disk.lun_storage.logical_units[].id"]],"rule":"BackendDisksResource.validateDiskForCreation: validateParameters(lunStorage.logicalUnits[0], \"address\", \"target\", \"port\", \"id\") when the type is iSCSI"}],"source":"BackendDisksResource.validateDiskForCreation: validateParameters(disk.lunStorage, \"type\") for a direct LUN disk","base":"add","when":[{"path":"disk.lun_storage","present":true}]},
    add_on_storage_domain: {"mandatory":[["disk.provisioned_size"],["disk.format"]],"optional":[["disk.storage_domains[].id","disk.storage_domains[].name"],["disk.disk_profile.id"],["disk.name"],["disk.openstack_volume_type.name"]],"cases":[],"source":"BackendDisksResource.add -> validateDiskForCreation: validateParameters(disk, \"provisionedSize|size\", \"format\"); the storage domain (storage_domains[0] by id or name) is only looked up","base":"add","when":[{"path":"disk.storage_domains","present":true},{"path":"disk.lun_storage","present":false}]},
  },
  event_subscriptions: {
    add: {"mandatory":[["event_subscription.event"]],"optional":[["event_subscription.notification_method"]],"cases":[],"source":"model"},
  },
  events: {
    add: {"mandatory":[["event.custom_id"],["event.description"],["event.origin"],["event.severity"]],"optional":[["event.cluster.id"],["event.data_center.id"],["event.flood_rate"],["event.host.external_status"],["event.host.id"],["event.storage_domain.external_status"],["event.storage_domain.id"],["event.template.id"],["event.user.id"],["event.vm.id"],["event.log_on_host"]],"cases":[],"source":"model"},
  },
  external_host_provider: {
    update: {"mandatory":[],"optional":[["provider.description"],["provider.name"],["provider.password"],["provider.requires_authentication"],["provider.username"]],"cases":[],"source":"model"},
  },
  external_host_providers: {
    add: {"mandatory":[["provider.name"]],"optional":[["provider.description"],["provider.password"],["provider.requires_authentication"],["provider.url"],["provider.username"]],"cases":[],"source":"model"},
  },
  external_provider: {
    import_certificates: {"mandatory":[["certificates[].content"]],"optional":[],"cases":[],"source":"model"},
  },
  fence_agent: {
    update: {"mandatory":[],"optional":[["agent.address"],["agent.order"],["agent.password"],["agent.port"],["agent.type"],["agent.username"],["agent.encrypt_options"],["agent.name"]],"cases":[],"source":"model"},
  },
  fence_agents: {
    add: {"mandatory":[["agent.address"],["agent.order"],["agent.password"],["agent.type"],["agent.username"]],"optional":[["agent.port"],["agent.encrypt_options"],["agent.name"]],"cases":[],"source":"model"},
  },
  filters: {
    add: {"mandatory":[["filter.scheduling_policy_unit.id"]],"optional":[],"cases":[],"source":"model"},
  },
  gluster_hook: {
    resolve: {"mandatory":[["resolution_type"]],"optional":[["host.id","host.name"]],"cases":[],"source":"model"},
  },
  gluster_volume: {
    rebalance: {"mandatory":[],"optional":[["fix_layout"],["force"]],"cases":[],"source":"model"},
    reset_option: {"mandatory":[["force"],["option.name"]],"optional":[],"cases":[],"source":"model"},
    set_option: {"mandatory":[["option.name"],["option.value"]],"optional":[],"cases":[],"source":"model"},
    start: {"mandatory":[],"optional":[["force"]],"cases":[],"source":"model"},
    stop: {"mandatory":[],"optional":[["force"]],"cases":[],"source":"model"},
  },
  gluster_volumes: {
    add: {"mandatory":[["volume.name"],["volume.volume_type"],["volume.bricks[].brick_dir"],["volume.bricks[].server_id"]],"optional":[["volume.replica_count"],["volume.stripe_count"],["volume.options[].name"],["volume.options[].value"],["volume.transport_types[]"]],"cases":[],"source":"model"},
  },
  groups: {
    add: {"mandatory":[["group.name"]],"optional":[["group.namespace"]],"cases":[],"source":"model"},
  },
  host: {
    approve: {"mandatory":[],"optional":[["cluster.id","cluster.name"]],"cases":[],"source":"model"},
    approve_using_root_password: {"mandatory":[["host.root_password"]],"optional":[["cluster.id","cluster.name"]],"cases":[],"source":"model","base":"approve","when":[{"path":"host.root_password","present":true}],"whenAny":true},
    approve_using_ssh: {"mandatory":[["host.ssh.authentication_method"],["host.ssh.user.password"],["host.ssh.user.user_name"]],"optional":[["cluster.id","cluster.name"]],"cases":[],"source":"model","base":"approve","when":[{"path":"host.ssh","present":true},{"path":"host.ssh.user","present":true}],"whenAny":true},
    copy_host_networks: {"mandatory":[["source_host.id"]],"optional":[],"cases":[],"source":"model"},
    deactivate: {"mandatory":[],"optional":[["reason"]],"cases":[],"source":"model"},
    discover_iscsi: {"mandatory":[["iscsi.address"]],"optional":[],"cases":[],"source":"model"},
    fence: {"mandatory":[["fence_type"]],"optional":[],"cases":[],"source":"model"},
    install: {"mandatory":[],"optional":[["host.override_iptables"],["image"]],"cases":[],"source":"model"},
    install_using_root_password: {"mandatory":[],"optional":[["host.override_iptables"],["image"],["root_password"]],"cases":[],"source":"model","base":"install"},
    install_using_ssh: {"mandatory":[],"optional":[["host.override_iptables"],["image"],["ssh.authentication_method"],["ssh.fingerprint"],["ssh.public_key"],["ssh.port"],["ssh.user.password"],["ssh.user.user_name"]],"cases":[],"source":"model","base":"install"},
    iscsi_discover: {"mandatory":[["iscsi.address"]],"optional":[],"cases":[],"source":"model"},
    iscsi_login: {"mandatory":[["iscsi.address"],["iscsi.target"]],"optional":[],"cases":[],"source":"model"},
    setup_networks: {"mandatory":[],"optional":[["commit_on_success"],["check_connectivity"],["connectivity_timeout"],["modified_network_attachments[].host_nic.name","modified_network_attachments[].host_nic.id"],["modified_network_attachments[].id"],["modified_network_attachments[].ip_address_assignments[].ip"],["modified_network_attachments[].ip_address_assignments[].assignment_method"],["modified_network_attachments[].network.name","modified_network_attachments[].network.id"],["modified_network_attachments[].properties[].name"],["modified_network_attachments[].properties[].value"],["removed_labels[].id"],["synchronized_network_attachments[].id"],["removed_network_attachments[].id"],["modified_labels[].host_nic.name","modified_labels[].host_nic.id"],["modified_labels[].id"],["modified_bonds[].bonding.options[].name"],["modified_bonds[].bonding.options[].value"],["modified_bonds[].name","modified_bonds[].id"],["removed_bonds[].name","removed_bonds[].id"]],"cases":[],"source":"model"},
    unregistered_storage_domains_discover: {"mandatory":[],"optional":[["iscsi.address"],["iscsi.target"]],"cases":[],"source":"model"},
    update: {"mandatory":[],"optional":[["host.address"],["host.comment"],["host.display.address"],["host.name"],["host.port"],["host.power_management.automatic_pm_enabled"],["host.power_management.enabled"],["host.power_management.kdump_detection"],["host.spm.priority"],["host.vgpu_placement"],["host.cluster.id","host.cluster.name"]],"cases":[],"source":"model"},
    update_using_root_password: {"mandatory":[],"optional":[["host.address"],["host.comment"],["host.display.address"],["host.name"],["host.port"],["host.power_management.automatic_pm_enabled"],["host.power_management.enabled"],["host.power_management.kdump_detection"],["host.spm.priority"],["host.vgpu_placement"],["host.cluster.id","host.cluster.name"],["host.external_host_provider.id"],["host.root_password"]],"cases":[],"source":"model","base":"update"},
    update_using_ssh: {"mandatory":[],"optional":[["host.address"],["host.comment"],["host.display.address"],["host.name"],["host.port"],["host.power_management.automatic_pm_enabled"],["host.power_management.enabled"],["host.power_management.kdump_detection"],["host.spm.priority"],["host.vgpu_placement"],["host.cluster.id","host.cluster.name"],["host.ssh.fingerprint"],["host.ssh.public_key"],["host.ssh.port"],["host.ssh.user.user_name"]],"cases":[],"source":"model","base":"update"},
    upgrade: {"mandatory":[],"optional":[["image"]],"cases":[],"source":"model"},
  },
  host_nic: {
    update_virtual_functions_configuration: {"mandatory":[],"optional":[["virtual_functions_configuration.all_networks_allowed"],["virtual_functions_configuration.number_of_virtual_functions"]],"cases":[],"source":"model"},
  },
  hosts: {
    add: {"mandatory":[["host.name"],["host.address"]],"optional":[["host.comment"],["host.display.address"],["host.override_iptables"],["host.port"],["host.power_management.automatic_pm_enabled"],["host.power_management.enabled"],["host.power_management.kdump_detection"],["host.protocol"],["host.spm.priority"],["host.vgpu_placement"],["host.power_management.pm_proxies[].type"],["host.external_network_provider_configurations[].external_network_provider.id","host.external_network_provider_configurations[].external_network_provider.name"]],"cases":[],"source":"BackendHostsResource.add: validateParameters(host, \"name\", \"address\"); without a cluster the host joins the cluster named Default"},
    add_using_root_password: {"mandatory":[["host.name"],["host.address"],["host.root_password"]],"optional":[["host.comment"],["host.display.address"],["host.override_iptables"],["host.port"],["host.power_management.automatic_pm_enabled"],["host.power_management.enabled"],["host.power_management.kdump_detection"],["host.protocol"],["host.spm.priority"],["host.vgpu_placement"],["host.power_management.pm_proxies[].type"],["host.external_network_provider_configurations[].external_network_provider.id","host.external_network_provider_configurations[].external_network_provider.name"]],"cases":[],"source":"model","base":"add","when":[{"path":"host.root_password","present":true}],"whenAny":true},
    add_using_ssh: {"mandatory":[["host.name"],["host.address"]],"optional":[["host.comment"],["host.display.address"],["host.override_iptables"],["host.port"],["host.power_management.automatic_pm_enabled"],["host.power_management.enabled"],["host.power_management.kdump_detection"],["host.protocol"],["host.spm.priority"],["host.vgpu_placement"],["host.power_management.pm_proxies[].type"],["host.external_network_provider_configurations[].external_network_provider.id","host.external_network_provider_configurations[].external_network_provider.name"],["host.ssh.authentication_method"],["host.ssh.fingerprint"],["host.ssh.public_key"],["host.ssh.port"],["host.ssh.user.password"],["host.ssh.user.user_name"]],"cases":[],"source":"model","base":"add"},
  },
  image: {
    import: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[["import_as_template"],["cluster.id","cluster.name"],["disk.alias","disk.name"]],"cases":[],"source":"model"},
  },
  image_transfers: {
    add: {"mandatory":[],"optional":[["image_transfer.inactivity_timeout"],["image_transfer.timeout_policy"]],"cases":[],"source":"model"},
    add_for_disk: {"mandatory":[["image_transfer.disk.id"]],"optional":[["image_transfer.inactivity_timeout"],["image_transfer.timeout_policy"]],"cases":[],"source":"model","base":"add","when":[{"path":"image_transfer.disk","present":true}],"whenAny":true},
    add_for_image: {"mandatory":[["image_transfer.image.id"]],"optional":[["image_transfer.inactivity_timeout"],["image_transfer.timeout_policy"]],"cases":[],"source":"model","base":"add","when":[{"path":"image_transfer.image","present":true}],"whenAny":true},
    add_for_snapshot: {"mandatory":[["image_transfer.snapshot.id"]],"optional":[["image_transfer.inactivity_timeout"],["image_transfer.timeout_policy"]],"cases":[],"source":"model","base":"add","when":[{"path":"image_transfer.snapshot","present":true}],"whenAny":true},
  },
  instance_type: {
    update: {"mandatory":[],"optional":[["instance_type.storage_error_resume_behaviour"]],"cases":[],"source":"model"},
  },
  instance_type_graphics_consoles: {
    add: {"mandatory":[["console.protocol"]],"optional":[],"cases":[],"source":"model"},
  },
  instance_types: {
    add: {"mandatory":[["instance_type.name"]],"optional":[["instance_type.console.enabled"],["instance_type.cpu.architecture"],["instance_type.cpu.topology.cores"],["instance_type.cpu.topology.sockets"],["instance_type.cpu.topology.threads"],["instance_type.cpu_shares"],["instance_type.custom_cpu_model"],["instance_type.custom_emulated_machine"],["instance_type.description"],["instance_type.display.monitors"],["instance_type.display.smartcard_enabled"],["instance_type.display.type"],["instance_type.high_availability.enabled"],["instance_type.high_availability.priority"],["instance_type.io.threads"],["instance_type.memory"],["instance_type.memory_policy.ballooning"],["instance_type.memory_policy.guaranteed"],["instance_type.migration_downtime"],["instance_type.origin"],["instance_type.soundcard_enabled"],["instance_type.usb.enabled"],["instance_type.usb.type"],["instance_type.virtio_scsi.enabled"],["instance_type.storage_error_resume_behaviour"]],"cases":[],"source":"model"},
  },
  iscsi_bonds: {
    add: {"mandatory":[["bond.name"]],"optional":[],"cases":[],"source":"model"},
  },
  jobs: {
    add: {"mandatory":[["job.description"]],"optional":[["job.auto_cleared"]],"cases":[],"source":"model"},
  },
  mac_pool: {
    update: {"mandatory":[],"optional":[["pool.allow_duplicates"],["pool.default_pool"],["pool.description"],["pool.name"],["pool.ranges[].from"],["pool.ranges[].to"]],"cases":[],"source":"model"},
  },
  mac_pools: {
    add: {"mandatory":[["pool.name"],["pool.ranges[].from"],["pool.ranges[].to"]],"optional":[["pool.allow_duplicates"],["pool.default_pool"],["pool.description"]],"cases":[],"source":"model"},
  },
  network: {
    update: {"mandatory":[],"optional":[["network.comment"],["network.description"],["network.display"],["network.ip.address"],["network.ip.gateway"],["network.ip.netmask"],["network.mtu"],["network.name"],["network.stp"],["network.vlan.id"]],"cases":[],"source":"model"},
  },
  network_attachment: {
    update: {"mandatory":[],"optional":[["attachment.properties[].name"],["attachment.properties[].value"],["attachment.ip_address_assignments[].assignment_method"],["attachment.ip_address_assignments[].ip.address"],["attachment.ip_address_assignments[].ip.gateway"],["attachment.ip_address_assignments[].ip.netmask"],["attachment.ip_address_assignments[].ip.version"]],"cases":[],"source":"model"},
  },
  network_attachments: {
    add: {"mandatory":[["attachment.network.name","attachment.network.id"]],"optional":[["attachment.properties[].name"],["attachment.properties[].value"],["attachment.ip_address_assignments[].assignment_method"],["attachment.ip_address_assignments[].ip.address"],["attachment.ip_address_assignments[].ip.gateway"],["attachment.ip_address_assignments[].ip.netmask"],["attachment.ip_address_assignments[].ip.version"]],"cases":[],"source":"model"},
  },
  network_labels: {
    add: {"mandatory":[["label.id"]],"optional":[],"cases":[],"source":"model"},
  },
  networks: {
    add: {"mandatory":[["network.name"],["network.data_center.name","network.data_center.id"]],"optional":[["network.comment"],["network.description"],["network.ip.address"],["network.ip.gateway"],["network.ip.netmask"],["network.mtu"],["network.profile_required"],["network.stp"],["network.vlan.id"],["network.usages[]"],["network.external_provider.id"],["network.external_provider_physical_network.id"],["network.port_isolation"]],"cases":[],"source":"BackendNetworksResource.add: validateParameters(network, \"name\", \"dataCenter.name|id\")"},
  },
  openstack_image: {
    import: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[["import_as_template"],["template.name"],["cluster.id","cluster.name"],["disk.alias","disk.name"]],"cases":[],"source":"model"},
  },
  openstack_image_provider: {
    update: {"mandatory":[],"optional":[["provider.authentication_url"],["provider.description"],["provider.name"],["provider.password"],["provider.requires_authentication"],["provider.tenant_name"],["provider.username"],["provider.properties[].name"],["provider.properties[].value"]],"cases":[],"source":"model"},
  },
  openstack_image_providers: {
    add: {"mandatory":[["provider.name"]],"optional":[["provider.authentication_url"],["provider.description"],["provider.password"],["provider.requires_authentication"],["provider.tenant_name"],["provider.url"],["provider.username"],["provider.properties[].name"],["provider.properties[].value"]],"cases":[],"source":"model"},
  },
  openstack_network_provider: {
    update: {"mandatory":[],"optional":[["provider.authentication_url"],["provider.description"],["provider.name"],["provider.password"],["provider.requires_authentication"],["provider.tenant_name"],["provider.user_domain_name"],["provider.project_name"],["provider.project_domain_name"],["provider.username"],["provider.properties[].name"],["provider.properties[].value"],["provider.auto_sync"],["provider.unmanaged"]],"cases":[],"source":"model"},
  },
  openstack_network_providers: {
    add: {"mandatory":[["provider.name"]],"optional":[["provider.authentication_url"],["provider.description"],["provider.password"],["provider.requires_authentication"],["provider.tenant_name"],["provider.user_domain_name"],["provider.project_name"],["provider.project_domain_name"],["provider.url"],["provider.username"],["provider.properties[].name"],["provider.properties[].value"],["provider.auto_sync"],["provider.unmanaged"]],"cases":[],"source":"model"},
  },
  openstack_volume_authentication_key: {
    update: {"mandatory":[],"optional":[["key.description"],["key.usage_type"],["key.value"]],"cases":[],"source":"model"},
  },
  openstack_volume_authentication_keys: {
    add: {"mandatory":[["key.usage_type"],["key.uuid"],["key.value"]],"optional":[["key.description"]],"cases":[],"source":"model"},
  },
  openstack_volume_provider: {
    update: {"mandatory":[],"optional":[["provider.authentication_url"],["provider.description"],["provider.name"],["provider.password"],["provider.requires_authentication"],["provider.tenant_name"],["provider.username"],["provider.data_center.id","provider.data_center.name"],["provider.properties[].name"],["provider.properties[].value"]],"cases":[],"source":"model"},
  },
  permits: {
    add: {"mandatory":[["permit.id","permit.name"]],"optional":[],"cases":[],"source":"model"},
  },
  qos: {
    update: {"mandatory":[],"optional":[["qos.cpu_limit"],["qos.description"],["qos.inbound_average"],["qos.inbound_burst"],["qos.inbound_peak"],["qos.max_iops"],["qos.max_read_iops"],["qos.max_read_throughput"],["qos.max_throughput"],["qos.max_write_iops"],["qos.max_write_throughput"],["qos.name"],["qos.outbound_average"],["qos.outbound_average_linkshare"],["qos.outbound_average_realtime"],["qos.outbound_average_upperlimit"],["qos.outbound_burst"],["qos.outbound_peak"]],"cases":[],"source":"model"},
  },
  qoss: {
    add: {"mandatory":[["qos.name"],["qos.type"]],"optional":[["qos.cpu_limit"],["qos.description"],["qos.inbound_average"],["qos.inbound_burst"],["qos.inbound_peak"],["qos.max_iops"],["qos.max_read_iops"],["qos.max_read_throughput"],["qos.max_throughput"],["qos.max_write_iops"],["qos.max_write_throughput"],["qos.outbound_average"],["qos.outbound_average_linkshare"],["qos.outbound_average_realtime"],["qos.outbound_average_upperlimit"],["qos.outbound_burst"],["qos.outbound_peak"]],"cases":[],"source":"model"},
  },
  quota: {
    update: {"mandatory":[],"optional":[["quota.cluster_hard_limit_pct"],["quota.cluster_soft_limit_pct"],["quota.description"],["quota.name"],["quota.storage_hard_limit_pct"],["quota.storage_soft_limit_pct"]],"cases":[],"source":"model"},
  },
  quota_cluster_limits: {
    add: {"mandatory":[],"optional":[],"cases":[],"source":"model"},
  },
  quotas: {
    add: {"mandatory":[["quota.name"]],"optional":[["quota.cluster_hard_limit_pct"],["quota.cluster_soft_limit_pct"],["quota.description"],["quota.storage_hard_limit_pct"],["quota.storage_soft_limit_pct"]],"cases":[],"source":"model"},
  },
  roles: {
    add: {"mandatory":[["role.name"],["role.permits[].id"]],"optional":[["role.administrative"],["role.description"]],"cases":[],"source":"model"},
  },
  scheduling_policies: {
    add: {"mandatory":[["policy.name"]],"optional":[["policy.description"],["policy.properties[].name"],["policy.properties[].value"]],"cases":[],"source":"model"},
  },
  scheduling_policy: {
    update: {"mandatory":[],"optional":[["policy.description"],["policy.name"],["policy.properties[].name"],["policy.properties[].value"]],"cases":[],"source":"model"},
  },
  snapshot: {
    restore: {"mandatory":[],"optional":[["restore_memory"],["disks[].id"],["disks[].image_id"]],"cases":[],"source":"model"},
  },
  snapshots: {
    add: {"mandatory":[["snapshot.description"]],"optional":[["snapshot.persist_memorystate"],["snapshot.disk_attachments[].id"]],"cases":[],"source":"model"},
  },
  ssh_public_keys: {
    add: {"mandatory":[["key.content"]],"optional":[],"cases":[],"source":"model"},
  },
  step: {
    end: {"mandatory":[["succeeded"]],"optional":[["force"]],"cases":[],"source":"model"},
  },
  steps: {
    add: {"mandatory":[["step.description"],["step.type"]],"optional":[["step.job.id"],["step.parent_step.id"]],"cases":[],"source":"model"},
  },
  storage_domain: {
    is_attached: {"mandatory":[["host.id","host.name"]],"optional":[],"cases":[],"source":"BackendStorageDomainResource.isAttached: validateParameters(action, \"host.id|name\")"},
    refresh_luns: {"mandatory":[],"optional":[["logical_units[].id"]],"cases":[],"source":"model"},
  },
  storage_domain_server_connections: {
    add: {"mandatory":[["connection.id"]],"optional":[],"cases":[],"source":"model"},
  },
  storage_domain_template: {
    import: {"mandatory":[],"optional":[["cluster.id","cluster.name"],["clone"],["exclusive"],["template.name"],["storage_domain.id","storage_domain.name"],["vm.disk_attachments[].id"]],"cases":[],"source":"model"},
    register: {"mandatory":[],"optional":[["cluster.id","cluster.name"],["clone"],["exclusive"],["template.name"],["registration_configuration"]],"cases":[],"source":"model"},
  },
  storage_domain_vm: {
    import: {"mandatory":[],"optional":[["cluster.id","cluster.name"],["clone"],["exclusive"],["vm.name"],["storage_domain.id","storage_domain.name"],["vm.disk_attachments[].disk.format"],["vm.disk_attachments[].id"],["vm.disk_attachments[].disk.sparse"]],"cases":[],"source":"model"},
    register: {"mandatory":[],"optional":[["cluster.id","cluster.name"],["registration_configuration"]],"cases":[],"source":"model"},
  },
  storage_domains: {
    add: {"mandatory":[["storage_domain.host.id","storage_domain.host.name"],["storage_domain.type"],["storage_domain.storage"]],"optional":[["storage_domain.comment"],["storage_domain.critical_space_action_blocker"],["storage_domain.warning_low_space_indicator"],["storage_domain.backup"],["storage_domain.block_size"]],"cases":[{"when":[{"path":"storage_domain.storage.id","present":false}],"mandatory":[["storage_domain.storage.type"]],"rule":"BackendStorageDomainsResource.add: validateParameters(storageDomain, \"storage.type\") unless an existing connection (storage.id) is used"}],"source":"BackendStorageDomainsResource.add: validateParameters(storageDomain, \"host.id|name\", \"type\", \"storage\")"},
    add_block_domain: {"mandatory":[["storage_domain.host.id","storage_domain.host.name"],["storage_domain.type"],["storage_domain.storage"]],"optional":[["storage_domain.comment"],["storage_domain.critical_space_action_blocker"],["storage_domain.warning_low_space_indicator"],["storage_domain.backup"],["storage_domain.block_size"],["storage_domain.storage.address"]],"cases":[{"when":[{"path":"storage_domain.storage.id","present":false}],"mandatory":[["storage_domain.storage.type"]],"rule":"BackendStorageDomainsResource.add: validateParameters(storageDomain, \"storage.type\") unless an existing connection (storage.id) is used"}],"source":"model","base":"add"},
    add_by_path: {"mandatory":[["storage_domain.host.id","storage_domain.host.name"],["storage_domain.type"],["storage_domain.storage.type"],["storage_domain.storage.path"],["storage_domain.storage.address"],["storage_domain.name"]],"optional":[["storage_domain.name"],["storage_domain.storage_format"],["storage_domain.wipe_after_delete"]],"cases":[],"source":"BackendStorageDomainsResource.add: for NFS validateParameters(storage, \"path\") (a file domain) and validateParameters(storage, \"address\"); addDomain: validateParameters(storageDomain, \"name\")","base":"add","when":[{"path":"storage_domain.storage.type","equals":["nfs"]}]},
    add_direct_lun: {"mandatory":[["storage_domain.host.id","storage_domain.host.name"],["storage_domain.type"],["storage_domain.storage.type"],["storage_domain.storage.logical_units[].id"]],"optional":[["storage_domain.storage.address"],["storage_domain.storage.logical_units[].lun_mapping"],["storage_domain.storage.logical_units[].password"],["storage_domain.storage.logical_units[].paths"],["storage_domain.storage.logical_units[].portal"],["storage_domain.storage.logical_units[].product_id"],["storage_domain.storage.logical_units[].serial"],["storage_domain.storage.logical_units[].username"],["storage_domain.storage.logical_units[].vendor_id"],["storage_domain.name"],["storage_domain.storage.override_luns"],["storage_domain.storage_format"],["storage_domain.wipe_after_delete"]],"cases":[],"source":"BackendStorageDomainsResource.add -> addSAN -> getLunIds: validateParameters(logicalUnit, \"id\") for each logical unit; address and target only together, when the host must log in","base":"add","when":[{"path":"storage_domain.storage.type","equals":["iscsi","fcp"]}]},
    add_gluster_or_postfs: {"mandatory":[["storage_domain.host.id","storage_domain.host.name"],["storage_domain.type"],["storage_domain.storage.type"],["storage_domain.storage.path"],["storage_domain.storage.vfs_type"],["storage_domain.name"]],"optional":[["storage_domain.name"],["storage_domain.storage.address"],["storage_domain.storage.mount_options"],["storage_domain.storage_format"],["storage_domain.wipe_after_delete"]],"cases":[],"source":"BackendStorageDomainsResource.add: for GlusterFS and POSIX validateParameters(storage, \"path\") and validateParameters(storage, \"vfsType\"); addDomain: validateParameters(storageDomain, \"name\")","base":"add","when":[{"path":"storage_domain.storage.type","equals":["glusterfs","posixfs"]}]},
    add_local: {"mandatory":[["storage_domain.host.id","storage_domain.host.name"],["storage_domain.type"],["storage_domain.storage.type"],["storage_domain.storage.path"],["storage_domain.name"]],"optional":[["storage_domain.name"],["storage_domain.storage_format"],["storage_domain.wipe_after_delete"]],"cases":[],"source":"BackendStorageDomainsResource.add: for a local domain validateParameters(storage, \"path\") (a file domain); addDomain: validateParameters(storageDomain, \"name\")","base":"add","when":[{"path":"storage_domain.storage.type","equals":["localfs"]}]},
  },
  storage_server_connection: {
    update_glusterfs: {"mandatory":[],"optional":[["connection.path"],["connection.vfs_type"],["connection.address"],["connection.mount_options"],["connection.gluster_volume"]],"cases":[],"source":"model","base":"update"},
    update_iscsi: {"mandatory":[],"optional":[["connection.password"],["connection.port"],["connection.target"],["connection.username"]],"cases":[],"source":"model","base":"update"},
    update_local: {"mandatory":[],"optional":[["connection.path"]],"cases":[],"source":"model","base":"update"},
    update_nfs: {"mandatory":[],"optional":[["connection.address"],["connection.nfs_retrans"],["connection.nfs_timeo"],["connection.nfs_version"],["connection.path"]],"cases":[],"source":"model","base":"update"},
    update_vfs: {"mandatory":[],"optional":[["connection.address"],["connection.mount_options"],["connection.path"],["connection.vfs_type"]],"cases":[],"source":"model","base":"update"},
  },
  storage_server_connection_extension: {
    update: {"mandatory":[],"optional":[["extension.password"],["extension.target"],["extension.username"]],"cases":[],"source":"model"},
  },
  storage_server_connection_extensions: {
    add: {"mandatory":[["extension.password"],["extension.target"],["extension.username"]],"optional":[],"cases":[],"source":"model"},
  },
  storage_server_connections: {
    add: {"mandatory":[["connection.type"]],"optional":[],"cases":[],"source":"model"},
    add_glusterfs: {"mandatory":[["connection.type"],["connection.path"],["connection.vfs_type"]],"optional":[["connection.address"],["connection.mount_options"],["connection.gluster_volume"]],"cases":[],"source":"BackendStorageServerConnectionsResource.add: validateParameters(storageConn, \"type\"), then by the type: validateParameters(storageConn, \"path\", \"vfsType\") for GlusterFS","base":"add","when":[{"path":"connection.type","equals":["glusterfs"]}]},
    add_iscsi: {"mandatory":[["connection.type"],["connection.address"],["connection.target"],["connection.port"]],"optional":[["connection.password"],["connection.username"]],"cases":[],"source":"BackendStorageServerConnectionsResource.add: validateParameters(storageConn, \"type\"), then by the type: validateParameters(storageConn, \"address\", \"target\", \"port\") for iSCSI","base":"add","when":[{"path":"connection.type","equals":["iscsi"]}]},
    add_local: {"mandatory":[["connection.type"],["connection.path"]],"optional":[],"cases":[],"source":"BackendStorageServerConnectionsResource.add: validateParameters(storageConn, \"type\"), then by the type: validateParameters(storageConn, \"path\") for a local connection","base":"add","when":[{"path":"connection.type","equals":["localfs"]}]},
    add_nfs: {"mandatory":[["connection.type"],["connection.address"],["connection.path"]],"optional":[["connection.nfs_retrans"],["connection.nfs_timeo"],["connection.nfs_version"]],"cases":[],"source":"BackendStorageServerConnectionsResource.add: validateParameters(storageConn, \"type\"), then by the type: validateParameters(storageConn, \"address\", \"path\") for NFS","base":"add","when":[{"path":"connection.type","equals":["nfs"]}]},
    add_vfs: {"mandatory":[["connection.type"],["connection.path"],["connection.vfs_type"]],"optional":[["connection.address"],["connection.mount_options"]],"cases":[],"source":"BackendStorageServerConnectionsResource.add: validateParameters(storageConn, \"type\"), then by the type: validateParameters(storageConn, \"path\", \"vfsType\") for POSIX","base":"add","when":[{"path":"connection.type","equals":["posixfs"]}]},
  },
  tag: {
    update: {"mandatory":[],"optional":[["tag.description"],["tag.name"],["tag.parent.id","tag.parent.name"]],"cases":[],"source":"model"},
  },
  tags: {
    add: {"mandatory":[["tag.name"]],"optional":[["tag.description"],["tag.parent.id","tag.parent.name"]],"cases":[],"source":"model"},
  },
  template: {
    export_to_export_domain: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[["exclusive"]],"cases":[],"source":"model","base":"export","when":[{"path":"storage_domain.id","present":true}],"whenAny":true},
    export_to_path_on_host: {"mandatory":[["host.id","host.name"],["directory"]],"optional":[["filename"]],"cases":[],"source":"model","base":"export","when":[{"path":"host.id","present":true},{"path":"directory","present":true}],"whenAny":true},
    update: {"mandatory":[],"optional":[["template.bios.boot_menu.enabled"],["template.comment"],["template.console.enabled"],["template.cpu.architecture"],["template.cpu.topology.cores"],["template.cpu.topology.sockets"],["template.cpu.cpu_tune.vcpu_pins[].cpu_set"],["template.cpu.cpu_tune.vcpu_pins[].vcpu"],["template.cpu_profile.id"],["template.cpu_shares"],["template.custom_cpu_model"],["template.custom_emulated_machine"],["template.delete_protected"],["template.description"],["template.display.allow_override"],["template.display.disconnect_action"],["template.display.keyboard_layout"],["template.display.monitors"],["template.display.smartcard_enabled"],["template.display.type"],["template.domain.name"],["template.high_availability.enabled"],["template.high_availability.priority"],["template.initialization.configuration.data"],["template.initialization.configuration.type"],["template.io.threads"],["template.large_icon.data"],["template.large_icon.id"],["template.large_icon.media_type"],["template.memory"],["template.memory_policy.ballooning"],["template.memory_policy.guaranteed"],["template.migration.auto_converge"],["template.migration.compressed"],["template.migration_downtime"],["template.name"],["template.origin"],["template.os.cmdline"],["template.os.initrd"],["template.os.kernel"],["template.os.type"],["template.vm.placement_policy.affinity"],["template.placement_policy.hosts[].id","template.placement_policy.hosts[].name"],["template.serial_number.policy"],["template.serial_number.value"],["template.small_icon.id"],["template.soundcard_enabled"],["template.start_paused"],["template.stateless"],["template.time_zone.name"],["template.tunnel_migration"],["template.type"],["template.usb.enabled"],["template.usb.type"],["template.version.version_name"],["template.virtio_scsi.enabled"],["template.display.copy_paste_enabled"],["template.display.file_transfer_enabled"],["template.display.single_qxl_pci"],["template.rng_device.rate.bytes"],["template.rng_device.rate.period"],["template.rng_device.source"],["template.custom_properties[].name"],["template.custom_properties[].value"],["template.os.boot.devices[]"],["template.sso.methods[].id"],["template.storage_error_resume_behaviour"],["template.multi_queues_enabled"],["template.virtio_scsi_multi_queues_enabled"],["template.virtio_scsi_multi_queues"],["template.tpm_enabled"],["template.auto_pinning_policy"]],"cases":[],"source":"model"},
  },
  template_disk: {
    copy: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[],"cases":[],"source":"model"},
    export: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[],"cases":[],"source":"model"},
  },
  template_graphics_consoles: {
    add: {"mandatory":[["console.protocol"]],"optional":[],"cases":[],"source":"model"},
  },
  template_nic: {
    update: {"mandatory":[],"optional":[["nic.interface"],["nic.linked"],["nic.mac.address"],["nic.name"],["nic.plugged"],["nic.vnic_profile.id"]],"cases":[],"source":"model"},
  },
  template_nics: {
    add: {"mandatory":[["nic.name"]],"optional":[["nic.interface"],["nic.linked"],["nic.mac.address"],["nic.plugged"],["nic.vnic_profile.id"]],"cases":[],"source":"model"},
  },
  template_watchdog: {
    update: {"mandatory":[],"optional":[["watchdog.action"],["watchdog.model"]],"cases":[],"source":"model"},
  },
  template_watchdogs: {
    add: {"mandatory":[["watchdog.action"],["watchdog.model"]],"optional":[],"cases":[],"source":"model"},
  },
  templates: {
    add: {"mandatory":[["template.name"],["template.vm.id","template.vm.name"]],"optional":[["template.bios.boot_menu.enabled"],["template.cluster.id"],["template.cluster.name"],["template.comment"],["template.console.enabled"],["template.cpu.architecture"],["template.cpu.topology.cores"],["template.cpu.topology.sockets"],["template.cpu.topology.threads"],["template.cpu_profile.id"],["template.cpu_shares"],["template.custom_cpu_model"],["template.custom_emulated_machine"],["template.delete_protected"],["template.description"],["template.display.allow_override"],["template.display.copy_paste_enabled"],["template.display.disconnect_action"],["template.display.file_transfer_enabled"],["template.display.keyboard_layout"],["template.display.monitors"],["template.display.smartcard_enabled"],["template.display.type"],["template.domain.name"],["template.high_availability.enabled"],["template.high_availability.priority"],["template.initialization.configuration.data"],["template.initialization.configuration.type"],["template.io.threads"],["template.large_icon.data"],["template.large_icon.id"],["template.large_icon.media_type"],["template.memory"],["template.memory_policy.ballooning"],["template.memory_policy.guaranteed"],["template.migration.auto_converge"],["template.migration.compressed"],["template.migration_downtime"],["template.origin"],["template.os.cmdline"],["template.os.initrd"],["template.os.kernel"],["template.os.type"],["template.vm.placement_policy.affinity"],["template.placement_policy.hosts[].id","template.placement_policy.hosts[].name"],["template.serial_number.policy"],["template.serial_number.value"],["template.small_icon.id"],["template.soundcard_enabled"],["template.start_paused"],["template.stateless"],["template.storage_domain.id"],["template.time_zone.name"],["template.tunnel_migration"],["template.type"],["template.usb.enabled"],["template.usb.type"],["template.version.base_template.id"],["template.version.version_name"],["template.virtio_scsi.enabled"],["template.display.single_qxl_pci"],["template.rng_device.rate.bytes"],["template.rng_device.rate.period"],["template.rng_device.source"],["template.vm.disk_attachments[].name"],["template.vm.disk_attachments[].description"],["template.vm.disk_attachments[].id"],["template.custom_properties[].name"],["template.custom_properties[].value"],["template.os.boot.devices[]"],["template.cpu.cpu_tune.vcpu_pins[].cpu_set"],["template.cpu.cpu_tune.vcpu_pins[].vcpu"],["template.sso.methods[].id"],["template.storage_error_resume_behaviour"],["template.multi_queues_enabled"],["template.virtio_scsi_multi_queues_enabled"],["template.virtio_scsi_multi_queues"],["template.tpm_enabled"],["template.auto_pinning_policy"]],"cases":[{"when":[{"path":"template.version","present":true}],"mandatory":[["template.version.base_template.id"]],"rule":"BackendTemplatesResource.add: validateParameters(template.version, \"baseTemplate\") when a version is given; the base template is taken by its id"}],"source":"BackendTemplatesResource.add: validateParameters(template, \"name\", \"vm.id|name\")"},
    add_from_configuration: {"mandatory":[["template.initialization.configuration.data"],["template.initialization.configuration.type"],["template.cluster.id","template.cluster.name"]],"optional":[["template.initialization.regenerate_ids"],["template.name"]],"cases":[],"source":"BackendTemplatesResource.add: a template whose initialization has a configuration is imported from it (the branch the signature describes), not made from a VM; the members are the model's","base":"add","when":[{"path":"template.initialization.configuration","present":true}]},
    add_from_vm: {"mandatory":[["template.name"],["template.vm.id","template.vm.name"]],"optional":[["template.bios.boot_menu.enabled"],["template.cluster.id"],["template.cluster.name"],["template.comment"],["template.console.enabled"],["template.cpu.architecture"],["template.cpu.topology.cores"],["template.cpu.topology.sockets"],["template.cpu.topology.threads"],["template.cpu_profile.id"],["template.cpu_shares"],["template.custom_cpu_model"],["template.custom_emulated_machine"],["template.delete_protected"],["template.description"],["template.display.allow_override"],["template.display.copy_paste_enabled"],["template.display.disconnect_action"],["template.display.file_transfer_enabled"],["template.display.keyboard_layout"],["template.display.monitors"],["template.display.smartcard_enabled"],["template.display.type"],["template.domain.name"],["template.high_availability.enabled"],["template.high_availability.priority"],["template.initialization.configuration.data"],["template.initialization.configuration.type"],["template.io.threads"],["template.large_icon.data"],["template.large_icon.id"],["template.large_icon.media_type"],["template.memory"],["template.memory_policy.ballooning"],["template.memory_policy.guaranteed"],["template.migration.auto_converge"],["template.migration.compressed"],["template.migration_downtime"],["template.origin"],["template.os.cmdline"],["template.os.initrd"],["template.os.kernel"],["template.os.type"],["template.vm.placement_policy.affinity"],["template.placement_policy.hosts[].id","template.placement_policy.hosts[].name"],["template.serial_number.policy"],["template.serial_number.value"],["template.small_icon.id"],["template.soundcard_enabled"],["template.start_paused"],["template.stateless"],["template.storage_domain.id"],["template.time_zone.name"],["template.tunnel_migration"],["template.type"],["template.usb.enabled"],["template.usb.type"],["template.version.base_template.id"],["template.version.version_name"],["template.virtio_scsi.enabled"],["template.display.single_qxl_pci"],["template.rng_device.rate.bytes"],["template.rng_device.rate.period"],["template.rng_device.source"],["template.vm.disk_attachments[].name"],["template.vm.disk_attachments[].description"],["template.vm.disk_attachments[].id"],["template.custom_properties[].name"],["template.custom_properties[].value"],["template.os.boot.devices[]"],["template.cpu.cpu_tune.vcpu_pins[].cpu_set"],["template.cpu.cpu_tune.vcpu_pins[].vcpu"],["template.sso.methods[].id"],["template.storage_error_resume_behaviour"],["template.multi_queues_enabled"],["template.virtio_scsi_multi_queues_enabled"],["template.virtio_scsi_multi_queues"],["template.tpm_enabled"],["template.auto_pinning_policy"]],"cases":[{"when":[{"path":"template.version","present":true}],"mandatory":[["template.version.base_template.id"]],"rule":"BackendTemplatesResource.add: validateParameters(template.version, \"baseTemplate\") when a version is given; the base template is taken by its id"}],"source":"model","base":"add"},
    add_from_vm_snapshot: {"mandatory":[["template.name"],["template.vm.id","template.vm.name"],["template.vm.snapshots[].id"]],"optional":[["template.bios.boot_menu.enabled"],["template.cluster.id"],["template.cluster.name"],["template.comment"],["template.console.enabled"],["template.cpu.architecture"],["template.cpu.topology.cores"],["template.cpu.topology.sockets"],["template.cpu.topology.threads"],["template.cpu_profile.id"],["template.cpu_shares"],["template.custom_cpu_model"],["template.custom_emulated_machine"],["template.delete_protected"],["template.description"],["template.display.allow_override"],["template.display.copy_paste_enabled"],["template.display.disconnect_action"],["template.display.file_transfer_enabled"],["template.display.keyboard_layout"],["template.display.monitors"],["template.display.smartcard_enabled"],["template.display.type"],["template.domain.name"],["template.high_availability.enabled"],["template.high_availability.priority"],["template.initialization.configuration.data"],["template.initialization.configuration.type"],["template.io.threads"],["template.large_icon.data"],["template.large_icon.id"],["template.large_icon.media_type"],["template.memory"],["template.memory_policy.ballooning"],["template.memory_policy.guaranteed"],["template.migration.auto_converge"],["template.migration.compressed"],["template.migration_downtime"],["template.origin"],["template.os.cmdline"],["template.os.initrd"],["template.os.kernel"],["template.os.type"],["template.vm.placement_policy.affinity"],["template.placement_policy.hosts[].id","template.placement_policy.hosts[].name"],["template.serial_number.policy"],["template.serial_number.value"],["template.small_icon.id"],["template.soundcard_enabled"],["template.start_paused"],["template.stateless"],["template.storage_domain.id"],["template.time_zone.name"],["template.tunnel_migration"],["template.type"],["template.usb.enabled"],["template.usb.type"],["template.version.base_template.id"],["template.version.version_name"],["template.virtio_scsi.enabled"],["template.display.single_qxl_pci"],["template.rng_device.rate.bytes"],["template.rng_device.rate.period"],["template.rng_device.source"],["template.vm.disk_attachments[].name"],["template.vm.disk_attachments[].description"],["template.vm.disk_attachments[].id"],["template.custom_properties[].name"],["template.custom_properties[].value"],["template.os.boot.devices[]"],["template.cpu.cpu_tune.vcpu_pins[].cpu_set"],["template.cpu.cpu_tune.vcpu_pins[].vcpu"],["template.sso.methods[].id"],["template.storage_error_resume_behaviour"],["template.multi_queues_enabled"],["template.virtio_scsi_multi_queues_enabled"],["template.virtio_scsi_multi_queues"],["template.tpm_enabled"],["template.auto_pinning_policy"]],"cases":[{"when":[{"path":"template.version","present":true}],"mandatory":[["template.version.base_template.id"]],"rule":"BackendTemplatesResource.add: validateParameters(template.version, \"baseTemplate\") when a version is given; the base template is taken by its id"}],"source":"model","base":"add","when":[{"path":"template.vm.snapshots","present":true}],"whenAny":true},
  },
  user: {
    update: {"mandatory":[],"optional":[["user.user_options"]],"cases":[],"source":"model"},
  },
  user_options: {
    add: {"mandatory":[["option.content"],["option.name"]],"optional":[],"cases":[],"source":"model"},
  },
  users: {
    add: {"mandatory":[["user.user_name"]],"optional":[["user.namespace"],["user.principal"]],"cases":[{"when":[{"path":"user.user_name","matches":"^[^@]*@?$"}],"mandatory":[["user.domain.id","user.domain.name"]],"rule":"BackendUsersResource.add: validateParameters(user, \"domain.id|name\") unless the user name contains the domain (name@domain)"}],"source":"BackendUsersResource.add: validateParameters(user, \"userName\")"},
  },
  virtual_function_allowed_networks: {
    add: {"mandatory":[["network.id","network.name"]],"optional":[],"cases":[],"source":"model"},
  },
  vm: {
    clone: {"mandatory":[["vm.name"]],"optional":[["discard_snapshots"],["storage_domain.id","storage_domain.name"]],"cases":[],"source":"model"},
    export_to_export_domain: {"mandatory":[["storage_domain.id","storage_domain.name"]],"optional":[["discard_snapshots"],["exclusive"]],"cases":[],"source":"model","base":"export","when":[{"path":"storage_domain.id","present":true}],"whenAny":true},
    export_to_path_on_host: {"mandatory":[["directory"],["host.id","host.name"]],"optional":[["filename"]],"cases":[],"source":"model","base":"export","when":[{"path":"directory","present":true},{"path":"host.id","present":true}],"whenAny":true},
    maintenance: {"mandatory":[["maintenance_enabled"]],"optional":[],"cases":[],"source":"model"},
    migrate: {"mandatory":[],"optional":[["cluster.id"],["force"],["host.id","host.name"]],"cases":[],"source":"model"},
    preview_snapshot: {"mandatory":[["snapshot.id"]],"optional":[["restore_memory"],["lease"],["disks[].id"],["disks[].image_id"],["disks[].snapshot.id"]],"cases":[],"source":"model"},
    reboot: {"mandatory":[],"optional":[["force"]],"cases":[],"source":"model"},
    shutdown: {"mandatory":[],"optional":[["force"]],"cases":[],"source":"model"},
    start: {"mandatory":[],"optional":[["pause"],["use_cloud_init"],["use_sysprep"],["use_ignition"],["use_initialization"],["vm.custom_cpu_model"],["vm.custom_emulated_machine"],["vm.display.type"],["vm.display.video_type"],["vm.domain.name"],["vm.domain.user.password"],["vm.domain.user.user_name"],["vm.initialization.active_directory_ou"],["vm.initialization.authorized_ssh_keys"],["vm.initialization.cloud_init.host.address"],["vm.initialization.cloud_init.regenerate_ssh_keys"],["vm.initialization.cloud_init.timezone"],["vm.initialization.custom_script"],["vm.initialization.dns_search"],["vm.initialization.dns_servers"],["vm.initialization.domain"],["vm.initialization.host_name"],["vm.initialization.input_locale"],["vm.initialization.org_name"],["vm.initialization.regenerate_ssh_keys"],["vm.initialization.root_password"],["vm.initialization.system_locale"],["vm.initialization.timezone"],["vm.initialization.ui_language"],["vm.initialization.user_name"],["vm.initialization.windows_license_key"],["vm.os.cmdline"],["vm.os.initrd"],["vm.os.kernel"],["vm.placement_policy.affinity"],["vm.stateless"],["authorized_key.user.name"],["vm.os.boot.devices[]"],["vm.initialization.cloud_init.network_configuration.dns.search_domains[].address"],["vm.initialization.cloud_init.users[].name"],["vm.initialization.cloud_init.users[].password"],["vm.initialization.cloud_init.authorized_keys[].key"],["vm.initialization.cloud_init.network_configuration.nics[].boot_protocol"],["vm.initialization.cloud_init.network_configuration.nics[].name"],["vm.initialization.cloud_init.network_configuration.nics[].network.ip.gateway"],["vm.initialization.cloud_init.network_configuration.nics[].network.ip.netmask"],["vm.initialization.cloud_init.network_configuration.nics[].on_boot"],["vm.initialization.cloud_init.network_configuration.dns.servers[].address"],["vm.placement_policy.hosts[].id","vm.placement_policy.hosts[].name"],["vm.initialization.nic_configurations[].boot_protocol"],["vm.initialization.nic_configurations[].ip.address"],["vm.initialization.nic_configurations[].ip.gateway"],["vm.initialization.nic_configurations[].ip.netmask"],["vm.initialization.nic_configurations[].name"],["vm.initialization.nic_configurations[].on_boot"],["volatile"],["attach_wgt"]],"cases":[],"source":"model"},
    stop: {"mandatory":[],"optional":[["force"]],"cases":[],"source":"model"},
    ticket: {"mandatory":[],"optional":[["ticket.value"]],"cases":[],"source":"model"},
    update: {"mandatory":[],"optional":[["vm.bios.boot_menu.enabled"],["vm.comment"],["vm.console.enabled"],["vm.cpu.architecture"],["vm.cpu.mode"],["vm.cpu.topology.cores"],["vm.cpu.topology.sockets"],["vm.cpu.topology.threads"],["vm.cpu_profile.id"],["vm.cpu_shares"],["vm.custom_cpu_model"],["vm.custom_emulated_machine"],["vm.delete_protected"],["vm.description"],["vm.display.allow_override"],["vm.display.copy_paste_enabled"],["vm.display.file_transfer_enabled"],["vm.display.keyboard_layout"],["vm.display.monitors"],["vm.display.single_qxl_pci"],["vm.display.smartcard_enabled"],["vm.display.type"],["vm.display.video_type"],["vm.domain.name"],["vm.external_host_provider.id"],["vm.high_availability.enabled"],["vm.high_availability.priority"],["vm.io.threads"],["vm.large_icon.data"],["vm.large_icon.id"],["vm.large_icon.media_type"],["vm.memory"],["vm.memory_policy.ballooning"],["vm.memory_policy.guaranteed"],["vm.migration.auto_converge"],["vm.migration.compressed"],["vm.migration_downtime"],["vm.name"],["vm.numa_tune_mode"],["vm.origin"],["vm.os.cmdline"],["vm.os.initrd"],["vm.os.kernel"],["vm.os.type"],["vm.placement_policy.affinity"],["vm.rng_device.rate.bytes"],["vm.rng_device.rate.period"],["vm.rng_device.source"],["vm.serial_number.policy"],["vm.serial_number.value"],["vm.small_icon.id"],["vm.soundcard_enabled"],["vm.start_paused"],["vm.stateless"],["vm.time_zone.name"],["vm.tunnel_migration"],["vm.type"],["vm.usb.enabled"],["vm.usb.type"],["vm.use_latest_template_version"],["vm.virtio_scsi.enabled"],["vm.cluster.id","vm.cluster.name"],["vm.instance_type.id","vm.instance_type.name"],["vm.os.boot.devices[]"],["vm.placement_policy.hosts[].id","vm.placement_policy.hosts[].name"],["vm.cpu.cpu_tune.vcpu_pins[].cpu_set"],["vm.cpu.cpu_tune.vcpu_pins[].vcpu"],["vm.custom_properties[].name"],["vm.custom_properties[].value"],["vm.sso.methods[].id"],["vm.payloads[].files[].name"],["vm.payloads[].files[].content"],["vm.payloads[].type"],["vm.payloads[].volume_id"],["vm.storage_error_resume_behaviour"],["vm.multi_queues_enabled"],["vm.virtio_scsi_multi_queues_enabled"],["vm.virtio_scsi_multi_queues"],["vm.tpm_enabled"],["vm.auto_pinning_policy"]],"cases":[],"source":"model"},
  },
  vm_backups: {
    add: {"mandatory":[["backup.disks"]],"optional":[["backup.from_checkpoint_id"],["backup.to_checkpoint_id"]],"cases":[],"source":"model"},
  },
  vm_cdrom: {
    update: {"mandatory":[],"optional":[["cdrom.file.id"]],"cases":[],"source":"model"},
  },
  vm_cdroms: {
    add: {"mandatory":[["cdrom.file.id"]],"optional":[],"cases":[],"source":"model"},
  },
  vm_graphics_consoles: {
    add: {"mandatory":[["console.protocol"]],"optional":[],"cases":[],"source":"model"},
  },
  vm_host_devices: {
    add: {"mandatory":[["device.id","device.name"]],"optional":[],"cases":[],"source":"model"},
  },
  vm_nic: {
    update: {"mandatory":[],"optional":[["nic.linked"],["nic.mac.address"],["nic.name"],["nic.plugged"],["nic.vnic_profile.id"]],"cases":[],"source":"model"},
  },
  vm_nics: {
    add: {"mandatory":[["nic.name"]],"optional":[["nic.linked"],["nic.mac.address"],["nic.plugged"],["nic.vnic_profile.id"]],"cases":[],"source":"model"},
  },
  vm_numa_node: {
    update: {"mandatory":[],"optional":[["node.index"],["node.memory"],["node.cpu.cores[].index"],["node.numa_node_pins[].index"],["node.numa_tune_mode"]],"cases":[],"source":"model"},
  },
  vm_numa_nodes: {
    add: {"mandatory":[["node.index"],["node.memory"],["node.cpu.cores[].index"]],"optional":[["node.numa_node_pins[].index"],["node.numa_tune_mode"]],"cases":[],"source":"model"},
  },
  vm_pool: {
    update: {"mandatory":[],"optional":[["pool.comment"],["pool.description"],["pool.display.proxy"],["pool.max_user_vms"],["pool.name"],["pool.prestarted_vms"],["pool.size"],["pool.type"],["pool.use_latest_template_version"],["pool.cluster.id","pool.cluster.name"],["pool.template.id","pool.template.name"]],"cases":[],"source":"model"},
  },
  vm_pools: {
    add: {"mandatory":[["pool.name"],["pool.cluster.id","pool.cluster.name"],["pool.template.id","pool.template.name"]],"optional":[["pool.comment"],["pool.description"],["pool.display.proxy"],["pool.max_user_vms"],["pool.prestarted_vms"],["pool.size"],["pool.soundcard_enabled"],["pool.type"],["pool.use_latest_template_version"],["pool.tpm_enabled"]],"cases":[],"source":"model"},
  },
  vm_watchdog: {
    update: {"mandatory":[],"optional":[["watchdog.action"],["watchdog.model"]],"cases":[],"source":"model"},
  },
  vm_watchdogs: {
    add: {"mandatory":[["watchdog.action"],["watchdog.model"]],"optional":[],"cases":[],"source":"model"},
  },
  vms: {
    add: {"mandatory":[["vm.cluster.id","vm.cluster.name"],["vm.name"],["vm.template.id","vm.template.name"]],"optional":[["vm.bios.boot_menu.enabled"],["vm.comment"],["vm.cpu.topology.cores"],["vm.cpu.topology.sockets"],["vm.cpu.topology.threads"],["vm.cpu_profile.id"],["vm.delete_protected"],["vm.description"],["vm.display.allow_override"],["vm.display.copy_paste_enabled"],["vm.display.disconnect_action"],["vm.display.file_transfer_enabled"],["vm.display.keyboard_layout"],["vm.display.monitors"],["vm.display.smartcard_enabled"],["vm.display.type"],["vm.display.video_type"],["vm.domain.name"],["vm.high_availability.enabled"],["vm.high_availability.priority"],["vm.large_icon.data"],["vm.large_icon.id"],["vm.large_icon.media_type"],["vm.memory"],["vm.memory_policy.ballooning"],["vm.memory_policy.guaranteed"],["vm.migration.auto_converge"],["vm.migration.compressed"],["vm.migration_downtime"],["vm.numa_tune_mode"],["vm.origin"],["vm.os.cmdline"],["vm.os.initrd"],["vm.os.kernel"],["vm.os.type"],["vm.placement_policy.affinity"],["vm.quota.id"],["vm.rng_device.rate.bytes"],["vm.rng_device.rate.period"],["vm.rng_device.source"],["vm.serial_number.policy"],["vm.serial_number.value"],["vm.small_icon.id"],["vm.start_paused"],["vm.stateless"],["vm.time_zone.name"],["vm.tunnel_migration"],["vm.type"],["vm.usb.enabled"],["vm.usb.type"],["vm.virtio_scsi.enabled"],["vm.placement_policy.hosts[].id","vm.placement_policy.hosts[].name"],["vm.custom_properties[].name"],["vm.custom_properties[].value"],["vm.payloads[].files[].name"],["vm.payloads[].files[].content"],["vm.payloads[].type"],["vm.payloads[].volume_id"],["vm.sso.methods[].id"],["vm.cpu.cpu_tune.vcpu_pins[].cpu_set"],["vm.cpu.cpu_tune.vcpu_pins[].vcpu"],["vm.storage_error_resume_behaviour"],["vm.multi_queues_enabled"],["vm.virtio_scsi_multi_queues_enabled"],["vm.virtio_scsi_multi_queues"],["vm.tpm_enabled"],["vm.auto_pinning_policy"]],"cases":[],"source":"BackendVmsResource.add: validateParameters(vm, \"cluster.id|name\"), then validateParameters(vm, \"name\") and validateParameters(vm, \"template.id|name\") unless the VM comes from a snapshot or a configuration"},
    add_from_configuration: {"mandatory":[["vm.cluster.id","vm.cluster.name"],["vm.initialization.configuration.type"],["vm.initialization.configuration.data"]],"optional":[["vm.cpu.mode"],["vm.initialization.regenerate_ids"],["vm.name"],["vm.os.boot.devices[]"]],"cases":[],"source":"BackendVmsResource.add: validateParameters(vm, \"cluster.id|name\"), then validateParameters(vm, \"initialization.configuration.type\", \"initialization.configuration.data\") and importVmFromConfiguration","base":"add","when":[{"path":"vm.initialization.configuration","present":true}]},
    add_from_scratch: {"mandatory":[["vm.cluster.id","vm.cluster.name"],["vm.name"],["vm.template.id","vm.template.name"]],"optional":[["vm.bios.boot_menu.enabled"],["vm.comment"],["vm.cpu.topology.cores"],["vm.cpu.topology.sockets"],["vm.cpu.topology.threads"],["vm.cpu_profile.id"],["vm.delete_protected"],["vm.description"],["vm.display.allow_override"],["vm.display.copy_paste_enabled"],["vm.display.disconnect_action"],["vm.display.file_transfer_enabled"],["vm.display.keyboard_layout"],["vm.display.monitors"],["vm.display.smartcard_enabled"],["vm.display.type"],["vm.display.video_type"],["vm.domain.name"],["vm.high_availability.enabled"],["vm.high_availability.priority"],["vm.large_icon.data"],["vm.large_icon.id"],["vm.large_icon.media_type"],["vm.memory"],["vm.memory_policy.ballooning"],["vm.memory_policy.guaranteed"],["vm.migration.auto_converge"],["vm.migration.compressed"],["vm.migration_downtime"],["vm.numa_tune_mode"],["vm.origin"],["vm.os.cmdline"],["vm.os.initrd"],["vm.os.kernel"],["vm.os.type"],["vm.placement_policy.affinity"],["vm.quota.id"],["vm.rng_device.rate.bytes"],["vm.rng_device.rate.period"],["vm.rng_device.source"],["vm.serial_number.policy"],["vm.serial_number.value"],["vm.small_icon.id"],["vm.start_paused"],["vm.stateless"],["vm.time_zone.name"],["vm.tunnel_migration"],["vm.type"],["vm.usb.enabled"],["vm.usb.type"],["vm.virtio_scsi.enabled"],["vm.placement_policy.hosts[].id","vm.placement_policy.hosts[].name"],["vm.custom_properties[].name"],["vm.custom_properties[].value"],["vm.payloads[].files[].name"],["vm.payloads[].files[].content"],["vm.payloads[].type"],["vm.payloads[].volume_id"],["vm.sso.methods[].id"],["vm.cpu.cpu_tune.vcpu_pins[].cpu_set"],["vm.cpu.cpu_tune.vcpu_pins[].vcpu"],["vm.storage_error_resume_behaviour"],["vm.multi_queues_enabled"],["vm.virtio_scsi_multi_queues_enabled"],["vm.virtio_scsi_multi_queues"],["vm.tpm_enabled"],["vm.auto_pinning_policy"],["vm.console.enabled"],["vm.cpu.architecture"],["vm.cpu.mode"],["vm.cpu_shares"],["vm.custom_cpu_model"],["vm.custom_emulated_machine"],["vm.display.single_qxl_pci"],["vm.initialization.configuration.data"],["vm.initialization.configuration.type"],["vm.io.threads"],["vm.soundcard_enabled"],["vm.use_latest_template_version"],["vm.instance_type.id","vm.instance_type.name"],["vm.os.boot.devices[]"]],"cases":[],"source":"model","base":"add"},
    add_from_snapshot: {"mandatory":[["vm.cluster.id","vm.cluster.name"],["vm.name"],["vm.snapshots[].id"]],"optional":[["vm.console.enabled"],["vm.cpu.architecture"],["vm.cpu_shares"],["vm.custom_cpu_model"],["vm.custom_emulated_machine"],["vm.display.single_qxl_pci"],["vm.soundcard_enabled"]],"cases":[],"source":"BackendVmsResource.add: validateParameters(vm, \"cluster.id|name\") and validateParameters(vm, \"name\"); with snapshots, createVmFromSnapshot takes snapshots[0].id and no template","base":"add","when":[{"path":"vm.snapshots","present":true}]},
  },
  vnic_profile: {
    update: {"mandatory":[],"optional":[["profile.description"],["profile.name"],["profile.pass_through.mode"],["profile.port_mirroring"],["profile.custom_properties[].name"],["profile.custom_properties[].value"],["profile.network_filter"],["profile.qos"],["profile.failover"]],"cases":[],"source":"model"},
  },
  vnic_profiles: {
    add: {"mandatory":[["profile.name"],["profile.network.id"]],"optional":[["profile.description"],["profile.pass_through.mode"],["profile.port_mirroring"],["profile.custom_properties[].name"],["profile.custom_properties[].value"],["profile.failover"]],"cases":[],"source":"model"},
  },
  weights: {
    add: {"mandatory":[["weight.scheduling_policy_unit.id"]],"optional":[],"cases":[],"source":"model"},
  },
};
