// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import type * as t from '../types';
import type { TapeWriter } from '../xml/tape';

/**
 * Writers: one function per struct type writes an object as the element with tag id
 * `tag` onto the write tape (format: native/xml_writer.cc). Undefined and null members are
 * left out; an empty list is written as an empty element.
 */

function writeAffinityGroup(w: TapeWriter, o: t.AffinityGroupInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'AffinityGroup.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'AffinityGroup.id', true);
  if (o.positive != null) w.bool(696 /* positive */, o.positive, 'AffinityGroup.positive');
  if (o.enforcing != null) w.bool(264 /* enforcing */, o.enforcing, 'AffinityGroup.enforcing');
  if (o.vmsRule != null) writeAffinityRule(w, w.struct(o.vmsRule, 'AffinityGroup.vmsRule'), 1032 /* vms_rule */);
  if (o.hostsRule != null) writeAffinityRule(w, w.struct(o.hostsRule, 'AffinityGroup.hostsRule'), 402 /* hosts_rule */);
  if (o.priority != null) w.dec(701 /* priority */, o.priority, 'AffinityGroup.priority');
  if (o.broken != null) w.bool(98 /* broken */, o.broken, 'AffinityGroup.broken');
  if (o.name != null) w.str(564 /* name */, o.name, 'AffinityGroup.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'AffinityGroup.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'AffinityGroup.comment');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'AffinityGroup.cluster'), 120 /* cluster */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'AffinityGroup.vms')) writeVm(w, w.struct(x, 'AffinityGroup.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.hosts != null && !w.unfetched(o.hosts)) {
    w.open(401 /* hosts */);
    for (const x of w.list(o.hosts, 'AffinityGroup.hosts')) writeHost(w, w.struct(x, 'AffinityGroup.hosts[]'), 378 /* host */);
    w.close();
  }
  if (o.vmLabels != null && !w.unfetched(o.vmLabels)) {
    w.open(1019 /* vm_labels */);
    for (const x of w.list(o.vmLabels, 'AffinityGroup.vmLabels')) writeAffinityLabel(w, w.struct(x, 'AffinityGroup.vmLabels[]'), 16 /* affinity_label */);
    w.close();
  }
  if (o.hostLabels != null && !w.unfetched(o.hostLabels)) {
    w.open(386 /* host_labels */);
    for (const x of w.list(o.hostLabels, 'AffinityGroup.hostLabels')) writeAffinityLabel(w, w.struct(x, 'AffinityGroup.hostLabels[]'), 16 /* affinity_label */);
    w.close();
  }
  w.close();
}

function writeAffinityLabel(w: TapeWriter, o: t.AffinityLabelInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'AffinityLabel.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'AffinityLabel.id', true);
  if (o.readOnly != null) w.bool(742 /* read_only */, o.readOnly, 'AffinityLabel.readOnly');
  if (o.hasImplicitAffinityGroup != null) w.bool(373 /* has_implicit_affinity_group */, o.hasImplicitAffinityGroup, 'AffinityLabel.hasImplicitAffinityGroup');
  if (o.name != null) w.str(564 /* name */, o.name, 'AffinityLabel.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'AffinityLabel.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'AffinityLabel.comment');
  if (o.hosts != null && !w.unfetched(o.hosts)) {
    w.open(401 /* hosts */);
    for (const x of w.list(o.hosts, 'AffinityLabel.hosts')) writeHost(w, w.struct(x, 'AffinityLabel.hosts[]'), 378 /* host */);
    w.close();
  }
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'AffinityLabel.vms')) writeVm(w, w.struct(x, 'AffinityLabel.vms[]'), 1016 /* vm */);
    w.close();
  }
  w.close();
}

function writeAffinityRule(w: TapeWriter, o: t.AffinityRuleInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'AffinityRule.href', true);
  if (o.positive != null) w.bool(696 /* positive */, o.positive, 'AffinityRule.positive');
  if (o.enforcing != null) w.bool(264 /* enforcing */, o.enforcing, 'AffinityRule.enforcing');
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'AffinityRule.enabled');
  w.close();
}

function writeAgent(w: TapeWriter, o: t.AgentInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Agent.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Agent.id', true);
  if (o.type != null) w.str(949 /* type */, o.type, 'Agent.type');
  if (o.address != null) w.str(10 /* address */, o.address, 'Agent.address');
  if (o.username != null) w.str(980 /* username */, o.username, 'Agent.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'Agent.password');
  if (o.options != null) {
    w.open(634 /* options */);
    for (const x of w.list(o.options, 'Agent.options')) writeOption(w, w.struct(x, 'Agent.options[]'), 632 /* option */);
    w.close();
  }
  if (o.encryptOptions != null) w.bool(261 /* encrypt_options */, o.encryptOptions, 'Agent.encryptOptions');
  if (o.concurrent != null) w.bool(141 /* concurrent */, o.concurrent, 'Agent.concurrent');
  if (o.order != null) w.int(635 /* order */, o.order, 'Agent.order');
  if (o.port != null) w.int(690 /* port */, o.port, 'Agent.port');
  if (o.name != null) w.str(564 /* name */, o.name, 'Agent.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Agent.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Agent.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'Agent.host'), 378 /* host */);
  w.close();
}

function writeAgentConfiguration(w: TapeWriter, o: t.AgentConfigurationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'AgentConfiguration.href', true);
  if (o.networkMappings != null) w.str(580 /* network_mappings */, o.networkMappings, 'AgentConfiguration.networkMappings');
  if (o.brokerType != null) w.enumValue(99 /* broker_type */, o.brokerType, 'AgentConfiguration.brokerType');
  if (o.address != null) w.str(10 /* address */, o.address, 'AgentConfiguration.address');
  if (o.port != null) w.int(690 /* port */, o.port, 'AgentConfiguration.port');
  if (o.username != null) w.str(980 /* username */, o.username, 'AgentConfiguration.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'AgentConfiguration.password');
  w.close();
}

function writeApi(w: TapeWriter, o: t.ApiInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Api.href', true);
  if (o.specialObjects != null) writeSpecialObjects(w, w.struct(o.specialObjects, 'Api.specialObjects'), 845 /* special_objects */);
  if (o.productInfo != null) writeProductInfo(w, w.struct(o.productInfo, 'Api.productInfo'), 704 /* product_info */);
  if (o.summary != null) writeApiSummary(w, w.struct(o.summary, 'Api.summary'), 898 /* summary */);
  if (o.time != null) w.date(926 /* time */, o.time, 'Api.time');
  if (o.engineBackup != null) writeEngineBackupInfo(w, w.struct(o.engineBackup, 'Api.engineBackup'), 265 /* engine_backup */);
  if (o.authenticatedUser != null) writeUser(w, w.struct(o.authenticatedUser, 'Api.authenticatedUser'), 47 /* authenticated_user */);
  if (o.effectiveUser != null) writeUser(w, w.struct(o.effectiveUser, 'Api.effectiveUser'), 256 /* effective_user */);
  w.close();
}

function writeApiSummary(w: TapeWriter, o: t.ApiSummaryInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ApiSummary.href', true);
  if (o.vms != null) writeApiSummaryItem(w, w.struct(o.vms, 'ApiSummary.vms'), 1031 /* vms */);
  if (o.hosts != null) writeApiSummaryItem(w, w.struct(o.hosts, 'ApiSummary.hosts'), 401 /* hosts */);
  if (o.users != null) writeApiSummaryItem(w, w.struct(o.users, 'ApiSummary.users'), 981 /* users */);
  if (o.storageDomains != null) writeApiSummaryItem(w, w.struct(o.storageDomains, 'ApiSummary.storageDomains'), 881 /* storage_domains */);
  w.close();
}

function writeApiSummaryItem(w: TapeWriter, o: t.ApiSummaryItemInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ApiSummaryItem.href', true);
  if (o.total != null) w.int(937 /* total */, o.total, 'ApiSummaryItem.total');
  if (o.active != null) w.int(2 /* active */, o.active, 'ApiSummaryItem.active');
  w.close();
}

function writeApplication(w: TapeWriter, o: t.ApplicationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Application.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Application.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Application.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Application.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Application.comment');
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Application.vm'), 1016 /* vm */);
  w.close();
}

function writeAuthorizedKey(w: TapeWriter, o: t.AuthorizedKeyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'AuthorizedKey.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'AuthorizedKey.id', true);
  if (o.key != null) w.str(464 /* key */, o.key, 'AuthorizedKey.key');
  if (o.name != null) w.str(564 /* name */, o.name, 'AuthorizedKey.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'AuthorizedKey.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'AuthorizedKey.comment');
  if (o.user != null) writeUser(w, w.struct(o.user, 'AuthorizedKey.user'), 974 /* user */);
  w.close();
}

function writeBackup(w: TapeWriter, o: t.BackupInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Backup.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Backup.id', true);
  if (o.fromCheckpointId != null) w.str(337 /* from_checkpoint_id */, o.fromCheckpointId, 'Backup.fromCheckpointId');
  if (o.toCheckpointId != null) w.str(935 /* to_checkpoint_id */, o.toCheckpointId, 'Backup.toCheckpointId');
  if (o.phase != null) w.enumValue(678 /* phase */, o.phase, 'Backup.phase');
  if (o.creationDate != null) w.date(177 /* creation_date */, o.creationDate, 'Backup.creationDate');
  if (o.modificationDate != null) w.date(555 /* modification_date */, o.modificationDate, 'Backup.modificationDate');
  if (o.name != null) w.str(564 /* name */, o.name, 'Backup.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Backup.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Backup.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'Backup.host'), 378 /* host */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Backup.vm'), 1016 /* vm */);
  if (o.disks != null && !w.unfetched(o.disks)) {
    w.open(231 /* disks */);
    for (const x of w.list(o.disks, 'Backup.disks')) writeDisk(w, w.struct(x, 'Backup.disks[]'), 221 /* disk */);
    w.close();
  }
  if (o.snapshot != null) writeSnapshot(w, w.struct(o.snapshot, 'Backup.snapshot'), 830 /* snapshot */);
  w.close();
}

function writeBalance(w: TapeWriter, o: t.BalanceInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Balance.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Balance.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Balance.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Balance.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Balance.comment');
  if (o.schedulingPolicy != null) writeSchedulingPolicy(w, w.struct(o.schedulingPolicy, 'Balance.schedulingPolicy'), 796 /* scheduling_policy */);
  if (o.schedulingPolicyUnit != null) writeSchedulingPolicyUnit(w, w.struct(o.schedulingPolicyUnit, 'Balance.schedulingPolicyUnit'), 797 /* scheduling_policy_unit */);
  w.close();
}

function writeBios(w: TapeWriter, o: t.BiosInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Bios.href', true);
  if (o.bootMenu != null) writeBootMenu(w, w.struct(o.bootMenu, 'Bios.bootMenu'), 86 /* boot_menu */);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Bios.type');
  w.close();
}

function writeBlockStatistic(w: TapeWriter, o: t.BlockStatisticInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'BlockStatistic.href', true);
  if (o.statistics != null) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'BlockStatistic.statistics')) writeStatistic(w, w.struct(x, 'BlockStatistic.statistics[]'), 863 /* statistic */);
    w.close();
  }
  w.close();
}

function writeBonding(w: TapeWriter, o: t.BondingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Bonding.href', true);
  if (o.options != null) {
    w.open(634 /* options */);
    for (const x of w.list(o.options, 'Bonding.options')) writeOption(w, w.struct(x, 'Bonding.options[]'), 632 /* option */);
    w.close();
  }
  if (o.slaves != null) {
    w.open(827 /* slaves */);
    for (const x of w.list(o.slaves, 'Bonding.slaves')) writeHostNic(w, w.struct(x, 'Bonding.slaves[]'), 388 /* host_nic */);
    w.close();
  }
  if (o.adPartnerMac != null) writeMac(w, w.struct(o.adPartnerMac, 'Bonding.adPartnerMac'), 9 /* ad_partner_mac */);
  if (o.activeSlave != null) writeHostNic(w, w.struct(o.activeSlave, 'Bonding.activeSlave'), 5 /* active_slave */);
  w.close();
}

function writeBookmark(w: TapeWriter, o: t.BookmarkInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Bookmark.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Bookmark.id', true);
  if (o.value != null) w.str(985 /* value */, o.value, 'Bookmark.value');
  if (o.name != null) w.str(564 /* name */, o.name, 'Bookmark.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Bookmark.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Bookmark.comment');
  w.close();
}

function writeBoot(w: TapeWriter, o: t.BootInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Boot.href', true);
  if (o.devices != null) {
    w.open(209 /* devices */);
    for (const x of w.list(o.devices, 'Boot.devices')) w.enumValue(207 /* device */, x, 'Boot.devices[]');
    w.close();
  }
  w.close();
}

function writeBootMenu(w: TapeWriter, o: t.BootMenuInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'BootMenu.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'BootMenu.enabled');
  w.close();
}

function writeBrickProfileDetail(w: TapeWriter, o: t.BrickProfileDetailInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'BrickProfileDetail.href', true);
  if (o.profileDetails != null) {
    w.open(709 /* profile_details */);
    for (const x of w.list(o.profileDetails, 'BrickProfileDetail.profileDetails')) writeProfileDetail(w, w.struct(x, 'BrickProfileDetail.profileDetails[]'), 708 /* profile_detail */);
    w.close();
  }
  if (o.brick != null) writeGlusterBrick(w, w.struct(o.brick, 'BrickProfileDetail.brick'), 91 /* brick */);
  w.close();
}

function writeCdrom(w: TapeWriter, o: t.CdromInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Cdrom.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Cdrom.id', true);
  if (o.file != null) writeFile(w, w.struct(o.file, 'Cdrom.file'), 317 /* file */);
  if (o.name != null) w.str(564 /* name */, o.name, 'Cdrom.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Cdrom.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Cdrom.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Cdrom.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'Cdrom.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'Cdrom.vms')) writeVm(w, w.struct(x, 'Cdrom.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Cdrom.vm'), 1016 /* vm */);
  w.close();
}

function writeCertificate(w: TapeWriter, o: t.CertificateInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Certificate.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Certificate.id', true);
  if (o.organization != null) w.str(637 /* organization */, o.organization, 'Certificate.organization');
  if (o.subject != null) w.str(893 /* subject */, o.subject, 'Certificate.subject');
  if (o.content != null) w.str(152 /* content */, o.content, 'Certificate.content');
  if (o.name != null) w.str(564 /* name */, o.name, 'Certificate.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Certificate.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Certificate.comment');
  w.close();
}

function writeCheckpoint(w: TapeWriter, o: t.CheckpointInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Checkpoint.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Checkpoint.id', true);
  if (o.parentId != null) w.str(661 /* parent_id */, o.parentId, 'Checkpoint.parentId');
  if (o.creationDate != null) w.date(177 /* creation_date */, o.creationDate, 'Checkpoint.creationDate');
  if (o.state != null) w.enumValue(860 /* state */, o.state, 'Checkpoint.state');
  if (o.name != null) w.str(564 /* name */, o.name, 'Checkpoint.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Checkpoint.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Checkpoint.comment');
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Checkpoint.vm'), 1016 /* vm */);
  if (o.disks != null && !w.unfetched(o.disks)) {
    w.open(231 /* disks */);
    for (const x of w.list(o.disks, 'Checkpoint.disks')) writeDisk(w, w.struct(x, 'Checkpoint.disks[]'), 221 /* disk */);
    w.close();
  }
  w.close();
}

function writeCloudInit(w: TapeWriter, o: t.CloudInitInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'CloudInit.href', true);
  if (o.host != null) writeHost(w, w.struct(o.host, 'CloudInit.host'), 378 /* host */);
  if (o.authorizedKeys != null) {
    w.open(53 /* authorized_keys */);
    for (const x of w.list(o.authorizedKeys, 'CloudInit.authorizedKeys')) writeAuthorizedKey(w, w.struct(x, 'CloudInit.authorizedKeys[]'), 52 /* authorized_key */);
    w.close();
  }
  if (o.networkConfiguration != null) writeNetworkConfiguration(w, w.struct(o.networkConfiguration, 'CloudInit.networkConfiguration'), 572 /* network_configuration */);
  if (o.regenerateSshKeys != null) w.bool(748 /* regenerate_ssh_keys */, o.regenerateSshKeys, 'CloudInit.regenerateSshKeys');
  if (o.timezone != null) w.str(931 /* timezone */, o.timezone, 'CloudInit.timezone');
  if (o.users != null) {
    w.open(981 /* users */);
    for (const x of w.list(o.users, 'CloudInit.users')) writeUser(w, w.struct(x, 'CloudInit.users[]'), 974 /* user */);
    w.close();
  }
  if (o.files != null) {
    w.open(320 /* files */);
    for (const x of w.list(o.files, 'CloudInit.files')) writeFile(w, w.struct(x, 'CloudInit.files[]'), 317 /* file */);
    w.close();
  }
  w.close();
}

function writeCluster(w: TapeWriter, o: t.ClusterInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Cluster.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Cluster.id', true);
  if (o.cpu != null) writeCpu(w, w.struct(o.cpu, 'Cluster.cpu'), 159 /* cpu */);
  if (o.memoryPolicy != null) writeMemoryPolicy(w, w.struct(o.memoryPolicy, 'Cluster.memoryPolicy'), 534 /* memory_policy */);
  if (o.version != null) writeVersion(w, w.struct(o.version, 'Cluster.version'), 996 /* version */);
  if (o.supportedVersions != null) {
    w.open(901 /* supported_versions */);
    for (const x of w.list(o.supportedVersions, 'Cluster.supportedVersions')) writeVersion(w, w.struct(x, 'Cluster.supportedVersions[]'), 996 /* version */);
    w.close();
  }
  if (o.errorHandling != null) writeErrorHandling(w, w.struct(o.errorHandling, 'Cluster.errorHandling'), 270 /* error_handling */);
  if (o.virtService != null) w.bool(1003 /* virt_service */, o.virtService, 'Cluster.virtService');
  if (o.glusterService != null) w.bool(350 /* gluster_service */, o.glusterService, 'Cluster.glusterService');
  if (o.threadsAsCores != null) w.bool(922 /* threads_as_cores */, o.threadsAsCores, 'Cluster.threadsAsCores');
  if (o.tunnelMigration != null) w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'Cluster.tunnelMigration');
  if (o.trustedService != null) w.bool(947 /* trusted_service */, o.trustedService, 'Cluster.trustedService');
  if (o.haReservation != null) w.bool(369 /* ha_reservation */, o.haReservation, 'Cluster.haReservation');
  if (o.vncEncryption != null) w.bool(1033 /* vnc_encryption */, o.vncEncryption, 'Cluster.vncEncryption');
  if (o.biosType != null) w.enumValue(75 /* bios_type */, o.biosType, 'Cluster.biosType');
  if (o.optionalReason != null) w.bool(633 /* optional_reason */, o.optionalReason, 'Cluster.optionalReason');
  if (o.maintenanceReasonRequired != null) w.bool(508 /* maintenance_reason_required */, o.maintenanceReasonRequired, 'Cluster.maintenanceReasonRequired');
  if (o.ballooningEnabled != null) w.bool(70 /* ballooning_enabled */, o.ballooningEnabled, 'Cluster.ballooningEnabled');
  if (o.display != null) writeDisplay(w, w.struct(o.display, 'Cluster.display'), 234 /* display */);
  if (o.ksm != null) writeKsm(w, w.struct(o.ksm, 'Cluster.ksm'), 467 /* ksm */);
  if (o.serialNumber != null) writeSerialNumber(w, w.struct(o.serialNumber, 'Cluster.serialNumber'), 806 /* serial_number */);
  if (o.requiredRngSources != null) {
    w.open(781 /* required_rng_sources */);
    for (const x of w.list(o.requiredRngSources, 'Cluster.requiredRngSources')) w.enumValue(780 /* required_rng_source */, x, 'Cluster.requiredRngSources[]');
    w.close();
  }
  if (o.fencingPolicy != null) writeFencingPolicy(w, w.struct(o.fencingPolicy, 'Cluster.fencingPolicy'), 316 /* fencing_policy */);
  if (o.migration != null) writeMigrationOptions(w, w.struct(o.migration, 'Cluster.migration'), 544 /* migration */);
  if (o.customSchedulingPolicyProperties != null) {
    w.open(190 /* custom_scheduling_policy_properties */);
    for (const x of w.list(o.customSchedulingPolicyProperties, 'Cluster.customSchedulingPolicyProperties')) writeProperty(w, w.struct(x, 'Cluster.customSchedulingPolicyProperties[]'), 717 /* property */);
    w.close();
  }
  if (o.switchType != null) w.enumValue(904 /* switch_type */, o.switchType, 'Cluster.switchType');
  if (o.firewallType != null) w.enumValue(325 /* firewall_type */, o.firewallType, 'Cluster.firewallType');
  if (o.logMaxMemoryUsedThreshold != null) w.int(490 /* log_max_memory_used_threshold */, o.logMaxMemoryUsedThreshold, 'Cluster.logMaxMemoryUsedThreshold');
  if (o.logMaxMemoryUsedThresholdType != null) w.enumValue(491 /* log_max_memory_used_threshold_type */, o.logMaxMemoryUsedThresholdType, 'Cluster.logMaxMemoryUsedThresholdType');
  if (o.glusterTunedProfile != null) w.str(351 /* gluster_tuned_profile */, o.glusterTunedProfile, 'Cluster.glusterTunedProfile');
  if (o.fipsMode != null) w.enumValue(324 /* fips_mode */, o.fipsMode, 'Cluster.fipsMode');
  if (o.upgradeInProgress != null) w.bool(960 /* upgrade_in_progress */, o.upgradeInProgress, 'Cluster.upgradeInProgress');
  if (o.upgradePercentComplete != null) w.int(961 /* upgrade_percent_complete */, o.upgradePercentComplete, 'Cluster.upgradePercentComplete');
  if (o.upgradeCorrelationId != null) w.str(959 /* upgrade_correlation_id */, o.upgradeCorrelationId, 'Cluster.upgradeCorrelationId');
  if (o.name != null) w.str(564 /* name */, o.name, 'Cluster.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Cluster.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Cluster.comment');
  if (o.enabledFeatures != null && !w.unfetched(o.enabledFeatures)) {
    w.open(259 /* enabled_features */);
    for (const x of w.list(o.enabledFeatures, 'Cluster.enabledFeatures')) writeClusterFeature(w, w.struct(x, 'Cluster.enabledFeatures[]'), 121 /* cluster_feature */);
    w.close();
  }
  if (o.schedulingPolicy != null) writeSchedulingPolicy(w, w.struct(o.schedulingPolicy, 'Cluster.schedulingPolicy'), 796 /* scheduling_policy */);
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'Cluster.dataCenter'), 194 /* data_center */);
  if (o.managementNetwork != null) writeNetwork(w, w.struct(o.managementNetwork, 'Cluster.managementNetwork'), 510 /* management_network */);
  if (o.externalNetworkProviders != null && !w.unfetched(o.externalNetworkProviders)) {
    w.open(296 /* external_network_providers */);
    for (const x of w.list(o.externalNetworkProviders, 'Cluster.externalNetworkProviders')) writeExternalProvider(w, w.struct(x, 'Cluster.externalNetworkProviders[]'), 298 /* external_provider */);
    w.close();
  }
  if (o.macPool != null) writeMacPool(w, w.struct(o.macPool, 'Cluster.macPool'), 503 /* mac_pool */);
  if (o.affinityGroups != null && !w.unfetched(o.affinityGroups)) {
    w.open(15 /* affinity_groups */);
    for (const x of w.list(o.affinityGroups, 'Cluster.affinityGroups')) writeAffinityGroup(w, w.struct(x, 'Cluster.affinityGroups[]'), 13 /* affinity_group */);
    w.close();
  }
  if (o.cpuProfiles != null && !w.unfetched(o.cpuProfiles)) {
    w.open(164 /* cpu_profiles */);
    for (const x of w.list(o.cpuProfiles, 'Cluster.cpuProfiles')) writeCpuProfile(w, w.struct(x, 'Cluster.cpuProfiles[]'), 163 /* cpu_profile */);
    w.close();
  }
  if (o.glusterHooks != null && !w.unfetched(o.glusterHooks)) {
    w.open(349 /* gluster_hooks */);
    for (const x of w.list(o.glusterHooks, 'Cluster.glusterHooks')) writeGlusterHook(w, w.struct(x, 'Cluster.glusterHooks[]'), 348 /* gluster_hook */);
    w.close();
  }
  if (o.glusterVolumes != null && !w.unfetched(o.glusterVolumes)) {
    w.open(355 /* gluster_volumes */);
    for (const x of w.list(o.glusterVolumes, 'Cluster.glusterVolumes')) writeGlusterVolume(w, w.struct(x, 'Cluster.glusterVolumes[]'), 352 /* gluster_volume */);
    w.close();
  }
  if (o.networkFilters != null && !w.unfetched(o.networkFilters)) {
    w.open(577 /* network_filters */);
    for (const x of w.list(o.networkFilters, 'Cluster.networkFilters')) writeNetworkFilter(w, w.struct(x, 'Cluster.networkFilters[]'), 574 /* network_filter */);
    w.close();
  }
  if (o.networks != null && !w.unfetched(o.networks)) {
    w.open(586 /* networks */);
    for (const x of w.list(o.networks, 'Cluster.networks')) writeNetwork(w, w.struct(x, 'Cluster.networks[]'), 569 /* network */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'Cluster.permissions')) writePermission(w, w.struct(x, 'Cluster.permissions[]'), 673 /* permission */);
    w.close();
  }
  w.close();
}

function writeClusterFeature(w: TapeWriter, o: t.ClusterFeatureInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ClusterFeature.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ClusterFeature.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'ClusterFeature.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ClusterFeature.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ClusterFeature.comment');
  if (o.clusterLevel != null) writeClusterLevel(w, w.struct(o.clusterLevel, 'ClusterFeature.clusterLevel'), 124 /* cluster_level */);
  w.close();
}

function writeClusterLevel(w: TapeWriter, o: t.ClusterLevelInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ClusterLevel.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ClusterLevel.id', true);
  if (o.cpuTypes != null) {
    w.open(172 /* cpu_types */);
    for (const x of w.list(o.cpuTypes, 'ClusterLevel.cpuTypes')) writeCpuType(w, w.struct(x, 'ClusterLevel.cpuTypes[]'), 171 /* cpu_type */);
    w.close();
  }
  if (o.permits != null) {
    w.open(676 /* permits */);
    for (const x of w.list(o.permits, 'ClusterLevel.permits')) writePermit(w, w.struct(x, 'ClusterLevel.permits[]'), 675 /* permit */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'ClusterLevel.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ClusterLevel.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ClusterLevel.comment');
  if (o.clusterFeatures != null && !w.unfetched(o.clusterFeatures)) {
    w.open(122 /* cluster_features */);
    for (const x of w.list(o.clusterFeatures, 'ClusterLevel.clusterFeatures')) writeClusterFeature(w, w.struct(x, 'ClusterLevel.clusterFeatures[]'), 121 /* cluster_feature */);
    w.close();
  }
  w.close();
}

function writeConfiguration(w: TapeWriter, o: t.ConfigurationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Configuration.href', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Configuration.type');
  if (o.data != null) w.str(193 /* data */, o.data, 'Configuration.data');
  w.close();
}

function writeConsole(w: TapeWriter, o: t.ConsoleInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Console.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'Console.enabled');
  w.close();
}

function writeCore(w: TapeWriter, o: t.CoreInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Core.href', true);
  if (o.index != null) w.int(423 /* index */, o.index, 'Core.index');
  if (o.socket != null) w.int(834 /* socket */, o.socket, 'Core.socket');
  w.close();
}

function writeCpu(w: TapeWriter, o: t.CpuInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Cpu.href', true);
  if (o.type != null) w.str(949 /* type */, o.type, 'Cpu.type');
  if (o.topology != null) writeCpuTopology(w, w.struct(o.topology, 'Cpu.topology'), 936 /* topology */);
  if (o.level != null) w.int(480 /* level */, o.level, 'Cpu.level');
  if (o.name != null) w.str(564 /* name */, o.name, 'Cpu.name');
  if (o.speed != null) w.dec(847 /* speed */, o.speed, 'Cpu.speed');
  if (o.cpuTune != null) writeCpuTune(w, w.struct(o.cpuTune, 'Cpu.cpuTune'), 169 /* cpu_tune */);
  if (o.mode != null) w.enumValue(553 /* mode */, o.mode, 'Cpu.mode');
  if (o.architecture != null) w.enumValue(41 /* architecture */, o.architecture, 'Cpu.architecture');
  if (o.cores != null) {
    w.open(157 /* cores */);
    for (const x of w.list(o.cores, 'Cpu.cores')) writeCore(w, w.struct(x, 'Cpu.cores[]'), 155 /* core */);
    w.close();
  }
  w.close();
}

function writeCpuProfile(w: TapeWriter, o: t.CpuProfileInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'CpuProfile.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'CpuProfile.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'CpuProfile.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'CpuProfile.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'CpuProfile.comment');
  if (o.qos != null) writeQos(w, w.struct(o.qos, 'CpuProfile.qos'), 727 /* qos */);
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'CpuProfile.cluster'), 120 /* cluster */);
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'CpuProfile.permissions')) writePermission(w, w.struct(x, 'CpuProfile.permissions[]'), 673 /* permission */);
    w.close();
  }
  w.close();
}

function writeCpuTopology(w: TapeWriter, o: t.CpuTopologyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'CpuTopology.href', true);
  if (o.sockets != null) w.int(836 /* sockets */, o.sockets, 'CpuTopology.sockets');
  if (o.cores != null) w.int(157 /* cores */, o.cores, 'CpuTopology.cores');
  if (o.threads != null) w.int(921 /* threads */, o.threads, 'CpuTopology.threads');
  w.close();
}

function writeCpuTune(w: TapeWriter, o: t.CpuTuneInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'CpuTune.href', true);
  if (o.vcpuPins != null) {
    w.open(990 /* vcpu_pins */);
    for (const x of w.list(o.vcpuPins, 'CpuTune.vcpuPins')) writeVcpuPin(w, w.struct(x, 'CpuTune.vcpuPins[]'), 989 /* vcpu_pin */);
    w.close();
  }
  w.close();
}

function writeCpuType(w: TapeWriter, o: t.CpuTypeInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'CpuType.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'CpuType.name');
  if (o.level != null) w.int(480 /* level */, o.level, 'CpuType.level');
  if (o.architecture != null) w.enumValue(41 /* architecture */, o.architecture, 'CpuType.architecture');
  w.close();
}

function writeCustomProperty(w: TapeWriter, o: t.CustomPropertyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'CustomProperty.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'CustomProperty.name');
  if (o.value != null) w.str(985 /* value */, o.value, 'CustomProperty.value');
  if (o.regexp != null) w.str(749 /* regexp */, o.regexp, 'CustomProperty.regexp');
  w.close();
}

function writeDataCenter(w: TapeWriter, o: t.DataCenterInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'DataCenter.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'DataCenter.id', true);
  if (o.local != null) w.bool(487 /* local */, o.local, 'DataCenter.local');
  if (o.storageFormat != null) w.enumValue(883 /* storage_format */, o.storageFormat, 'DataCenter.storageFormat');
  if (o.version != null) writeVersion(w, w.struct(o.version, 'DataCenter.version'), 996 /* version */);
  if (o.supportedVersions != null) {
    w.open(901 /* supported_versions */);
    for (const x of w.list(o.supportedVersions, 'DataCenter.supportedVersions')) writeVersion(w, w.struct(x, 'DataCenter.supportedVersions[]'), 996 /* version */);
    w.close();
  }
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'DataCenter.status');
  if (o.quotaMode != null) w.enumValue(732 /* quota_mode */, o.quotaMode, 'DataCenter.quotaMode');
  if (o.name != null) w.str(564 /* name */, o.name, 'DataCenter.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'DataCenter.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'DataCenter.comment');
  if (o.macPool != null) writeMacPool(w, w.struct(o.macPool, 'DataCenter.macPool'), 503 /* mac_pool */);
  if (o.storageDomains != null && !w.unfetched(o.storageDomains)) {
    w.open(881 /* storage_domains */);
    for (const x of w.list(o.storageDomains, 'DataCenter.storageDomains')) writeStorageDomain(w, w.struct(x, 'DataCenter.storageDomains[]'), 877 /* storage_domain */);
    w.close();
  }
  if (o.clusters != null && !w.unfetched(o.clusters)) {
    w.open(129 /* clusters */);
    for (const x of w.list(o.clusters, 'DataCenter.clusters')) writeCluster(w, w.struct(x, 'DataCenter.clusters[]'), 120 /* cluster */);
    w.close();
  }
  if (o.networks != null && !w.unfetched(o.networks)) {
    w.open(586 /* networks */);
    for (const x of w.list(o.networks, 'DataCenter.networks')) writeNetwork(w, w.struct(x, 'DataCenter.networks[]'), 569 /* network */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'DataCenter.permissions')) writePermission(w, w.struct(x, 'DataCenter.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.quotas != null && !w.unfetched(o.quotas)) {
    w.open(736 /* quotas */);
    for (const x of w.list(o.quotas, 'DataCenter.quotas')) writeQuota(w, w.struct(x, 'DataCenter.quotas[]'), 729 /* quota */);
    w.close();
  }
  if (o.qoss != null && !w.unfetched(o.qoss)) {
    w.open(728 /* qoss */);
    for (const x of w.list(o.qoss, 'DataCenter.qoss')) writeQos(w, w.struct(x, 'DataCenter.qoss[]'), 727 /* qos */);
    w.close();
  }
  if (o.iscsiBonds != null && !w.unfetched(o.iscsiBonds)) {
    w.open(448 /* iscsi_bonds */);
    for (const x of w.list(o.iscsiBonds, 'DataCenter.iscsiBonds')) writeIscsiBond(w, w.struct(x, 'DataCenter.iscsiBonds[]'), 447 /* iscsi_bond */);
    w.close();
  }
  w.close();
}

function writeDevice(w: TapeWriter, o: t.DeviceInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Device.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Device.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Device.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Device.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Device.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Device.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'Device.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'Device.vms')) writeVm(w, w.struct(x, 'Device.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Device.vm'), 1016 /* vm */);
  w.close();
}

function writeDisk(w: TapeWriter, o: t.DiskInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Disk.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Disk.id', true);
  if (o.alias != null) w.str(27 /* alias */, o.alias, 'Disk.alias');
  if (o.imageId != null) w.str(412 /* image_id */, o.imageId, 'Disk.imageId');
  if (o.provisionedSize != null) w.int(720 /* provisioned_size */, o.provisionedSize, 'Disk.provisionedSize');
  if (o.initialSize != null) w.int(424 /* initial_size */, o.initialSize, 'Disk.initialSize');
  if (o.actualSize != null) w.int(6 /* actual_size */, o.actualSize, 'Disk.actualSize');
  if (o.totalSize != null) w.int(938 /* total_size */, o.totalSize, 'Disk.totalSize');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'Disk.status');
  if (o.interface != null) w.enumValue(433 /* interface */, o.interface, 'Disk.interface');
  if (o.format != null) w.enumValue(334 /* format */, o.format, 'Disk.format');
  if (o.qcowVersion != null) w.enumValue(726 /* qcow_version */, o.qcowVersion, 'Disk.qcowVersion');
  if (o.sparse != null) w.bool(843 /* sparse */, o.sparse, 'Disk.sparse');
  if (o.bootable != null) w.bool(89 /* bootable */, o.bootable, 'Disk.bootable');
  if (o.shareable != null) w.bool(818 /* shareable */, o.shareable, 'Disk.shareable');
  if (o.wipeAfterDelete != null) w.bool(1055 /* wipe_after_delete */, o.wipeAfterDelete, 'Disk.wipeAfterDelete');
  if (o.propagateErrors != null) w.bool(715 /* propagate_errors */, o.propagateErrors, 'Disk.propagateErrors');
  if (o.active != null) w.bool(2 /* active */, o.active, 'Disk.active');
  if (o.backup != null) w.enumValue(64 /* backup */, o.backup, 'Disk.backup');
  if (o.backupMode != null) w.enumValue(65 /* backup_mode */, o.backupMode, 'Disk.backupMode');
  if (o.readOnly != null) w.bool(742 /* read_only */, o.readOnly, 'Disk.readOnly');
  if (o.lunStorage != null) writeHostStorage(w, w.struct(o.lunStorage, 'Disk.lunStorage'), 499 /* lun_storage */);
  if (o.sgio != null) w.enumValue(816 /* sgio */, o.sgio, 'Disk.sgio');
  if (o.usesScsiReservation != null) w.bool(982 /* uses_scsi_reservation */, o.usesScsiReservation, 'Disk.usesScsiReservation');
  if (o.storageType != null) w.enumValue(886 /* storage_type */, o.storageType, 'Disk.storageType');
  if (o.logicalName != null) w.str(494 /* logical_name */, o.logicalName, 'Disk.logicalName');
  if (o.contentType != null) w.enumValue(153 /* content_type */, o.contentType, 'Disk.contentType');
  if (o.externalDisk != null) w.str(286 /* external_disk */, o.externalDisk, 'Disk.externalDisk');
  if (o.name != null) w.str(564 /* name */, o.name, 'Disk.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Disk.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Disk.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Disk.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'Disk.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'Disk.vms')) writeVm(w, w.struct(x, 'Disk.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Disk.vm'), 1016 /* vm */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'Disk.storageDomain'), 877 /* storage_domain */);
  if (o.storageDomains != null && !w.unfetched(o.storageDomains)) {
    w.open(881 /* storage_domains */);
    for (const x of w.list(o.storageDomains, 'Disk.storageDomains')) writeStorageDomain(w, w.struct(x, 'Disk.storageDomains[]'), 877 /* storage_domain */);
    w.close();
  }
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'Disk.quota'), 729 /* quota */);
  if (o.diskProfile != null) writeDiskProfile(w, w.struct(o.diskProfile, 'Disk.diskProfile'), 225 /* disk_profile */);
  if (o.snapshot != null) writeSnapshot(w, w.struct(o.snapshot, 'Disk.snapshot'), 830 /* snapshot */);
  if (o.openstackVolumeType != null) writeOpenStackVolumeType(w, w.struct(o.openstackVolumeType, 'Disk.openstackVolumeType'), 627 /* openstack_volume_type */);
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'Disk.permissions')) writePermission(w, w.struct(x, 'Disk.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.diskSnapshots != null && !w.unfetched(o.diskSnapshots)) {
    w.open(228 /* disk_snapshots */);
    for (const x of w.list(o.diskSnapshots, 'Disk.diskSnapshots')) writeDiskSnapshot(w, w.struct(x, 'Disk.diskSnapshots[]'), 227 /* disk_snapshot */);
    w.close();
  }
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'Disk.statistics')) writeStatistic(w, w.struct(x, 'Disk.statistics[]'), 863 /* statistic */);
    w.close();
  }
  w.close();
}

function writeDiskAttachment(w: TapeWriter, o: t.DiskAttachmentInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'DiskAttachment.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'DiskAttachment.id', true);
  if (o.bootable != null) w.bool(89 /* bootable */, o.bootable, 'DiskAttachment.bootable');
  if (o.passDiscard != null) w.bool(663 /* pass_discard */, o.passDiscard, 'DiskAttachment.passDiscard');
  if (o.interface != null) w.enumValue(433 /* interface */, o.interface, 'DiskAttachment.interface');
  if (o.usesScsiReservation != null) w.bool(982 /* uses_scsi_reservation */, o.usesScsiReservation, 'DiskAttachment.usesScsiReservation');
  if (o.active != null) w.bool(2 /* active */, o.active, 'DiskAttachment.active');
  if (o.logicalName != null) w.str(494 /* logical_name */, o.logicalName, 'DiskAttachment.logicalName');
  if (o.readOnly != null) w.bool(742 /* read_only */, o.readOnly, 'DiskAttachment.readOnly');
  if (o.name != null) w.str(564 /* name */, o.name, 'DiskAttachment.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'DiskAttachment.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'DiskAttachment.comment');
  if (o.disk != null) writeDisk(w, w.struct(o.disk, 'DiskAttachment.disk'), 221 /* disk */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'DiskAttachment.vm'), 1016 /* vm */);
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'DiskAttachment.template'), 916 /* template */);
  w.close();
}

function writeDiskProfile(w: TapeWriter, o: t.DiskProfileInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'DiskProfile.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'DiskProfile.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'DiskProfile.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'DiskProfile.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'DiskProfile.comment');
  if (o.qos != null) writeQos(w, w.struct(o.qos, 'DiskProfile.qos'), 727 /* qos */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'DiskProfile.storageDomain'), 877 /* storage_domain */);
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'DiskProfile.permissions')) writePermission(w, w.struct(x, 'DiskProfile.permissions[]'), 673 /* permission */);
    w.close();
  }
  w.close();
}

function writeDiskSnapshot(w: TapeWriter, o: t.DiskSnapshotInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'DiskSnapshot.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'DiskSnapshot.id', true);
  if (o.alias != null) w.str(27 /* alias */, o.alias, 'DiskSnapshot.alias');
  if (o.imageId != null) w.str(412 /* image_id */, o.imageId, 'DiskSnapshot.imageId');
  if (o.provisionedSize != null) w.int(720 /* provisioned_size */, o.provisionedSize, 'DiskSnapshot.provisionedSize');
  if (o.initialSize != null) w.int(424 /* initial_size */, o.initialSize, 'DiskSnapshot.initialSize');
  if (o.actualSize != null) w.int(6 /* actual_size */, o.actualSize, 'DiskSnapshot.actualSize');
  if (o.totalSize != null) w.int(938 /* total_size */, o.totalSize, 'DiskSnapshot.totalSize');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'DiskSnapshot.status');
  if (o.interface != null) w.enumValue(433 /* interface */, o.interface, 'DiskSnapshot.interface');
  if (o.format != null) w.enumValue(334 /* format */, o.format, 'DiskSnapshot.format');
  if (o.qcowVersion != null) w.enumValue(726 /* qcow_version */, o.qcowVersion, 'DiskSnapshot.qcowVersion');
  if (o.sparse != null) w.bool(843 /* sparse */, o.sparse, 'DiskSnapshot.sparse');
  if (o.bootable != null) w.bool(89 /* bootable */, o.bootable, 'DiskSnapshot.bootable');
  if (o.shareable != null) w.bool(818 /* shareable */, o.shareable, 'DiskSnapshot.shareable');
  if (o.wipeAfterDelete != null) w.bool(1055 /* wipe_after_delete */, o.wipeAfterDelete, 'DiskSnapshot.wipeAfterDelete');
  if (o.propagateErrors != null) w.bool(715 /* propagate_errors */, o.propagateErrors, 'DiskSnapshot.propagateErrors');
  if (o.active != null) w.bool(2 /* active */, o.active, 'DiskSnapshot.active');
  if (o.backup != null) w.enumValue(64 /* backup */, o.backup, 'DiskSnapshot.backup');
  if (o.backupMode != null) w.enumValue(65 /* backup_mode */, o.backupMode, 'DiskSnapshot.backupMode');
  if (o.readOnly != null) w.bool(742 /* read_only */, o.readOnly, 'DiskSnapshot.readOnly');
  if (o.lunStorage != null) writeHostStorage(w, w.struct(o.lunStorage, 'DiskSnapshot.lunStorage'), 499 /* lun_storage */);
  if (o.sgio != null) w.enumValue(816 /* sgio */, o.sgio, 'DiskSnapshot.sgio');
  if (o.usesScsiReservation != null) w.bool(982 /* uses_scsi_reservation */, o.usesScsiReservation, 'DiskSnapshot.usesScsiReservation');
  if (o.storageType != null) w.enumValue(886 /* storage_type */, o.storageType, 'DiskSnapshot.storageType');
  if (o.logicalName != null) w.str(494 /* logical_name */, o.logicalName, 'DiskSnapshot.logicalName');
  if (o.contentType != null) w.enumValue(153 /* content_type */, o.contentType, 'DiskSnapshot.contentType');
  if (o.externalDisk != null) w.str(286 /* external_disk */, o.externalDisk, 'DiskSnapshot.externalDisk');
  if (o.name != null) w.str(564 /* name */, o.name, 'DiskSnapshot.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'DiskSnapshot.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'DiskSnapshot.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'DiskSnapshot.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'DiskSnapshot.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'DiskSnapshot.vms')) writeVm(w, w.struct(x, 'DiskSnapshot.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'DiskSnapshot.vm'), 1016 /* vm */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'DiskSnapshot.storageDomain'), 877 /* storage_domain */);
  if (o.storageDomains != null && !w.unfetched(o.storageDomains)) {
    w.open(881 /* storage_domains */);
    for (const x of w.list(o.storageDomains, 'DiskSnapshot.storageDomains')) writeStorageDomain(w, w.struct(x, 'DiskSnapshot.storageDomains[]'), 877 /* storage_domain */);
    w.close();
  }
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'DiskSnapshot.quota'), 729 /* quota */);
  if (o.diskProfile != null) writeDiskProfile(w, w.struct(o.diskProfile, 'DiskSnapshot.diskProfile'), 225 /* disk_profile */);
  if (o.snapshot != null) writeSnapshot(w, w.struct(o.snapshot, 'DiskSnapshot.snapshot'), 830 /* snapshot */);
  if (o.openstackVolumeType != null) writeOpenStackVolumeType(w, w.struct(o.openstackVolumeType, 'DiskSnapshot.openstackVolumeType'), 627 /* openstack_volume_type */);
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'DiskSnapshot.permissions')) writePermission(w, w.struct(x, 'DiskSnapshot.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.diskSnapshots != null && !w.unfetched(o.diskSnapshots)) {
    w.open(228 /* disk_snapshots */);
    for (const x of w.list(o.diskSnapshots, 'DiskSnapshot.diskSnapshots')) writeDiskSnapshot(w, w.struct(x, 'DiskSnapshot.diskSnapshots[]'), 227 /* disk_snapshot */);
    w.close();
  }
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'DiskSnapshot.statistics')) writeStatistic(w, w.struct(x, 'DiskSnapshot.statistics[]'), 863 /* statistic */);
    w.close();
  }
  if (o.disk != null) writeDisk(w, w.struct(o.disk, 'DiskSnapshot.disk'), 221 /* disk */);
  if (o.parent != null) writeDiskSnapshot(w, w.struct(o.parent, 'DiskSnapshot.parent'), 659 /* parent */);
  w.close();
}

function writeDisplay(w: TapeWriter, o: t.DisplayInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Display.href', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Display.type');
  if (o.videoType != null) w.enumValue(1002 /* video_type */, o.videoType, 'Display.videoType');
  if (o.address != null) w.str(10 /* address */, o.address, 'Display.address');
  if (o.port != null) w.int(690 /* port */, o.port, 'Display.port');
  if (o.securePort != null) w.int(804 /* secure_port */, o.securePort, 'Display.securePort');
  if (o.monitors != null) w.int(559 /* monitors */, o.monitors, 'Display.monitors');
  if (o.singleQxlPci != null) w.bool(819 /* single_qxl_pci */, o.singleQxlPci, 'Display.singleQxlPci');
  if (o.allowOverride != null) w.bool(31 /* allow_override */, o.allowOverride, 'Display.allowOverride');
  if (o.certificate != null) writeCertificate(w, w.struct(o.certificate, 'Display.certificate'), 107 /* certificate */);
  if (o.smartcardEnabled != null) w.bool(829 /* smartcard_enabled */, o.smartcardEnabled, 'Display.smartcardEnabled');
  if (o.keyboardLayout != null) w.str(465 /* keyboard_layout */, o.keyboardLayout, 'Display.keyboardLayout');
  if (o.proxy != null) w.str(721 /* proxy */, o.proxy, 'Display.proxy');
  if (o.fileTransferEnabled != null) w.bool(318 /* file_transfer_enabled */, o.fileTransferEnabled, 'Display.fileTransferEnabled');
  if (o.copyPasteEnabled != null) w.bool(154 /* copy_paste_enabled */, o.copyPasteEnabled, 'Display.copyPasteEnabled');
  if (o.disconnectAction != null) w.str(216 /* disconnect_action */, o.disconnectAction, 'Display.disconnectAction');
  if (o.disconnectActionDelay != null) w.int(217 /* disconnect_action_delay */, o.disconnectActionDelay, 'Display.disconnectActionDelay');
  w.close();
}

function writeDns(w: TapeWriter, o: t.DnsInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Dns.href', true);
  if (o.servers != null) {
    w.open(812 /* servers */);
    for (const x of w.list(o.servers, 'Dns.servers')) writeHost(w, w.struct(x, 'Dns.servers[]'), 378 /* host */);
    w.close();
  }
  if (o.searchDomains != null) {
    w.open(803 /* search_domains */);
    for (const x of w.list(o.searchDomains, 'Dns.searchDomains')) writeHost(w, w.struct(x, 'Dns.searchDomains[]'), 378 /* host */);
    w.close();
  }
  w.close();
}

function writeDnsResolverConfiguration(w: TapeWriter, o: t.DnsResolverConfigurationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'DnsResolverConfiguration.href', true);
  if (o.nameServers != null) {
    w.open(566 /* name_servers */);
    for (const x of w.list(o.nameServers, 'DnsResolverConfiguration.nameServers')) w.str(565 /* name_server */, x, 'DnsResolverConfiguration.nameServers[]');
    w.close();
  }
  w.close();
}

function writeDomain(w: TapeWriter, o: t.DomainInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Domain.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Domain.id', true);
  if (o.user != null) writeUser(w, w.struct(o.user, 'Domain.user'), 974 /* user */);
  if (o.name != null) w.str(564 /* name */, o.name, 'Domain.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Domain.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Domain.comment');
  if (o.groups != null && !w.unfetched(o.groups)) {
    w.open(364 /* groups */);
    for (const x of w.list(o.groups, 'Domain.groups')) writeGroup(w, w.struct(x, 'Domain.groups[]'), 363 /* group */);
    w.close();
  }
  if (o.users != null && !w.unfetched(o.users)) {
    w.open(981 /* users */);
    for (const x of w.list(o.users, 'Domain.users')) writeUser(w, w.struct(x, 'Domain.users[]'), 974 /* user */);
    w.close();
  }
  w.close();
}

function writeDynamicCpu(w: TapeWriter, o: t.DynamicCpuInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'DynamicCpu.href', true);
  if (o.topology != null) writeCpuTopology(w, w.struct(o.topology, 'DynamicCpu.topology'), 936 /* topology */);
  if (o.cpuTune != null) writeCpuTune(w, w.struct(o.cpuTune, 'DynamicCpu.cpuTune'), 169 /* cpu_tune */);
  w.close();
}

function writeEngineBackupInfo(w: TapeWriter, o: t.EngineBackupInfoInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'EngineBackupInfo.href', true);
  if (o.lastEngineBackup != null) w.date(473 /* last_engine_backup */, o.lastEngineBackup, 'EngineBackupInfo.lastEngineBackup');
  if (o.lastDbBackup != null) w.date(471 /* last_db_backup */, o.lastDbBackup, 'EngineBackupInfo.lastDbBackup');
  if (o.lastDwhBackup != null) w.date(472 /* last_dwh_backup */, o.lastDwhBackup, 'EngineBackupInfo.lastDwhBackup');
  if (o.lastCinderBackup != null) w.date(470 /* last_cinder_backup */, o.lastCinderBackup, 'EngineBackupInfo.lastCinderBackup');
  if (o.lastKeycloakBackup != null) w.date(475 /* last_keycloak_backup */, o.lastKeycloakBackup, 'EngineBackupInfo.lastKeycloakBackup');
  if (o.lastGrafanaBackup != null) w.date(474 /* last_grafana_backup */, o.lastGrafanaBackup, 'EngineBackupInfo.lastGrafanaBackup');
  w.close();
}

function writeEntityProfileDetail(w: TapeWriter, o: t.EntityProfileDetailInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'EntityProfileDetail.href', true);
  if (o.profileDetails != null) {
    w.open(709 /* profile_details */);
    for (const x of w.list(o.profileDetails, 'EntityProfileDetail.profileDetails')) writeProfileDetail(w, w.struct(x, 'EntityProfileDetail.profileDetails[]'), 708 /* profile_detail */);
    w.close();
  }
  w.close();
}

function writeErrorHandling(w: TapeWriter, o: t.ErrorHandlingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ErrorHandling.href', true);
  if (o.onError != null) w.enumValue(608 /* on_error */, o.onError, 'ErrorHandling.onError');
  w.close();
}

function writeEvent(w: TapeWriter, o: t.EventInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Event.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Event.id', true);
  if (o.index != null) w.int(423 /* index */, o.index, 'Event.index');
  if (o.code != null) w.int(131 /* code */, o.code, 'Event.code');
  if (o.severity != null) w.enumValue(815 /* severity */, o.severity, 'Event.severity');
  if (o.time != null) w.date(926 /* time */, o.time, 'Event.time');
  if (o.correlationId != null) w.str(158 /* correlation_id */, o.correlationId, 'Event.correlationId');
  if (o.origin != null) w.str(638 /* origin */, o.origin, 'Event.origin');
  if (o.customId != null) w.int(185 /* custom_id */, o.customId, 'Event.customId');
  if (o.floodRate != null) w.int(327 /* flood_rate */, o.floodRate, 'Event.floodRate');
  if (o.logOnHost != null) w.bool(492 /* log_on_host */, o.logOnHost, 'Event.logOnHost');
  if (o.customData != null) w.str(183 /* custom_data */, o.customData, 'Event.customData');
  if (o.name != null) w.str(564 /* name */, o.name, 'Event.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Event.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Event.comment');
  if (o.user != null) writeUser(w, w.struct(o.user, 'Event.user'), 974 /* user */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Event.vm'), 1016 /* vm */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'Event.storageDomain'), 877 /* storage_domain */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'Event.host'), 378 /* host */);
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Event.template'), 916 /* template */);
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'Event.cluster'), 120 /* cluster */);
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'Event.dataCenter'), 194 /* data_center */);
  w.close();
}

function writeEventSubscription(w: TapeWriter, o: t.EventSubscriptionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'EventSubscription.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'EventSubscription.id', true);
  if (o.event != null) w.enumValue(272 /* event */, o.event, 'EventSubscription.event');
  if (o.user != null) writeUser(w, w.struct(o.user, 'EventSubscription.user'), 974 /* user */);
  if (o.notificationMethod != null) w.enumValue(599 /* notification_method */, o.notificationMethod, 'EventSubscription.notificationMethod');
  if (o.address != null) w.str(10 /* address */, o.address, 'EventSubscription.address');
  if (o.name != null) w.str(564 /* name */, o.name, 'EventSubscription.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'EventSubscription.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'EventSubscription.comment');
  w.close();
}

function writeExternalComputeResource(w: TapeWriter, o: t.ExternalComputeResourceInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ExternalComputeResource.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ExternalComputeResource.id', true);
  if (o.provider != null) w.str(719 /* provider */, o.provider, 'ExternalComputeResource.provider');
  if (o.user != null) w.str(974 /* user */, o.user, 'ExternalComputeResource.user');
  if (o.url != null) w.str(962 /* url */, o.url, 'ExternalComputeResource.url');
  if (o.name != null) w.str(564 /* name */, o.name, 'ExternalComputeResource.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ExternalComputeResource.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ExternalComputeResource.comment');
  if (o.externalHostProvider != null) writeExternalHostProvider(w, w.struct(o.externalHostProvider, 'ExternalComputeResource.externalHostProvider'), 290 /* external_host_provider */);
  w.close();
}

function writeExternalDiscoveredHost(w: TapeWriter, o: t.ExternalDiscoveredHostInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ExternalDiscoveredHost.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ExternalDiscoveredHost.id', true);
  if (o.ip != null) w.str(438 /* ip */, o.ip, 'ExternalDiscoveredHost.ip');
  if (o.mac != null) w.str(502 /* mac */, o.mac, 'ExternalDiscoveredHost.mac');
  if (o.subnetName != null) w.str(894 /* subnet_name */, o.subnetName, 'ExternalDiscoveredHost.subnetName');
  if (o.lastReport != null) w.str(477 /* last_report */, o.lastReport, 'ExternalDiscoveredHost.lastReport');
  if (o.name != null) w.str(564 /* name */, o.name, 'ExternalDiscoveredHost.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ExternalDiscoveredHost.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ExternalDiscoveredHost.comment');
  if (o.externalHostProvider != null) writeExternalHostProvider(w, w.struct(o.externalHostProvider, 'ExternalDiscoveredHost.externalHostProvider'), 290 /* external_host_provider */);
  w.close();
}

function writeExternalHost(w: TapeWriter, o: t.ExternalHostInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ExternalHost.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ExternalHost.id', true);
  if (o.address != null) w.str(10 /* address */, o.address, 'ExternalHost.address');
  if (o.name != null) w.str(564 /* name */, o.name, 'ExternalHost.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ExternalHost.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ExternalHost.comment');
  if (o.externalHostProvider != null) writeExternalHostProvider(w, w.struct(o.externalHostProvider, 'ExternalHost.externalHostProvider'), 290 /* external_host_provider */);
  w.close();
}

function writeExternalHostGroup(w: TapeWriter, o: t.ExternalHostGroupInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ExternalHostGroup.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ExternalHostGroup.id', true);
  if (o.architectureName != null) w.str(42 /* architecture_name */, o.architectureName, 'ExternalHostGroup.architectureName');
  if (o.operatingSystemName != null) w.str(629 /* operating_system_name */, o.operatingSystemName, 'ExternalHostGroup.operatingSystemName');
  if (o.domainName != null) w.str(247 /* domain_name */, o.domainName, 'ExternalHostGroup.domainName');
  if (o.subnetName != null) w.str(894 /* subnet_name */, o.subnetName, 'ExternalHostGroup.subnetName');
  if (o.name != null) w.str(564 /* name */, o.name, 'ExternalHostGroup.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ExternalHostGroup.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ExternalHostGroup.comment');
  if (o.externalHostProvider != null) writeExternalHostProvider(w, w.struct(o.externalHostProvider, 'ExternalHostGroup.externalHostProvider'), 290 /* external_host_provider */);
  w.close();
}

function writeExternalHostProvider(w: TapeWriter, o: t.ExternalHostProviderInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ExternalHostProvider.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ExternalHostProvider.id', true);
  if (o.url != null) w.str(962 /* url */, o.url, 'ExternalHostProvider.url');
  if (o.requiresAuthentication != null) w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'ExternalHostProvider.requiresAuthentication');
  if (o.username != null) w.str(980 /* username */, o.username, 'ExternalHostProvider.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'ExternalHostProvider.password');
  if (o.authenticationUrl != null) w.str(50 /* authentication_url */, o.authenticationUrl, 'ExternalHostProvider.authenticationUrl');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'ExternalHostProvider.properties')) writeProperty(w, w.struct(x, 'ExternalHostProvider.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'ExternalHostProvider.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ExternalHostProvider.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ExternalHostProvider.comment');
  if (o.certificates != null && !w.unfetched(o.certificates)) {
    w.open(108 /* certificates */);
    for (const x of w.list(o.certificates, 'ExternalHostProvider.certificates')) writeCertificate(w, w.struct(x, 'ExternalHostProvider.certificates[]'), 107 /* certificate */);
    w.close();
  }
  if (o.computeResources != null && !w.unfetched(o.computeResources)) {
    w.open(139 /* compute_resources */);
    for (const x of w.list(o.computeResources, 'ExternalHostProvider.computeResources')) writeExternalComputeResource(w, w.struct(x, 'ExternalHostProvider.computeResources[]'), 282 /* external_compute_resource */);
    w.close();
  }
  if (o.discoveredHosts != null && !w.unfetched(o.discoveredHosts)) {
    w.open(218 /* discovered_hosts */);
    for (const x of w.list(o.discoveredHosts, 'ExternalHostProvider.discoveredHosts')) writeExternalDiscoveredHost(w, w.struct(x, 'ExternalHostProvider.discoveredHosts[]'), 284 /* external_discovered_host */);
    w.close();
  }
  if (o.hostGroups != null && !w.unfetched(o.hostGroups)) {
    w.open(385 /* host_groups */);
    for (const x of w.list(o.hostGroups, 'ExternalHostProvider.hostGroups')) writeExternalHostGroup(w, w.struct(x, 'ExternalHostProvider.hostGroups[]'), 288 /* external_host_group */);
    w.close();
  }
  if (o.hosts != null && !w.unfetched(o.hosts)) {
    w.open(401 /* hosts */);
    for (const x of w.list(o.hosts, 'ExternalHostProvider.hosts')) writeHost(w, w.struct(x, 'ExternalHostProvider.hosts[]'), 378 /* host */);
    w.close();
  }
  w.close();
}

function writeExternalNetworkProviderConfiguration(w: TapeWriter, o: t.ExternalNetworkProviderConfigurationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ExternalNetworkProviderConfiguration.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ExternalNetworkProviderConfiguration.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'ExternalNetworkProviderConfiguration.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ExternalNetworkProviderConfiguration.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ExternalNetworkProviderConfiguration.comment');
  if (o.externalNetworkProvider != null) writeExternalProvider(w, w.struct(o.externalNetworkProvider, 'ExternalNetworkProviderConfiguration.externalNetworkProvider'), 293 /* external_network_provider */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'ExternalNetworkProviderConfiguration.host'), 378 /* host */);
  w.close();
}

function writeExternalProvider(w: TapeWriter, o: t.ExternalProviderInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ExternalProvider.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ExternalProvider.id', true);
  if (o.url != null) w.str(962 /* url */, o.url, 'ExternalProvider.url');
  if (o.requiresAuthentication != null) w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'ExternalProvider.requiresAuthentication');
  if (o.username != null) w.str(980 /* username */, o.username, 'ExternalProvider.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'ExternalProvider.password');
  if (o.authenticationUrl != null) w.str(50 /* authentication_url */, o.authenticationUrl, 'ExternalProvider.authenticationUrl');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'ExternalProvider.properties')) writeProperty(w, w.struct(x, 'ExternalProvider.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'ExternalProvider.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ExternalProvider.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ExternalProvider.comment');
  w.close();
}

function writeExternalTemplateImport(w: TapeWriter, o: t.ExternalTemplateImportInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ExternalTemplateImport.href', true);
  if (o.url != null) w.str(962 /* url */, o.url, 'ExternalTemplateImport.url');
  if (o.clone != null) w.bool(115 /* clone */, o.clone, 'ExternalTemplateImport.clone');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'ExternalTemplateImport.template'), 916 /* template */);
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'ExternalTemplateImport.cluster'), 120 /* cluster */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'ExternalTemplateImport.storageDomain'), 877 /* storage_domain */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'ExternalTemplateImport.host'), 378 /* host */);
  if (o.cpuProfile != null) writeCpuProfile(w, w.struct(o.cpuProfile, 'ExternalTemplateImport.cpuProfile'), 163 /* cpu_profile */);
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'ExternalTemplateImport.quota'), 729 /* quota */);
  w.close();
}

function writeExternalVmImport(w: TapeWriter, o: t.ExternalVmImportInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ExternalVmImport.href', true);
  if (o.provider != null) w.enumValue(719 /* provider */, o.provider, 'ExternalVmImport.provider');
  if (o.url != null) w.str(962 /* url */, o.url, 'ExternalVmImport.url');
  if (o.username != null) w.str(980 /* username */, o.username, 'ExternalVmImport.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'ExternalVmImport.password');
  if (o.name != null) w.str(564 /* name */, o.name, 'ExternalVmImport.name');
  if (o.sparse != null) w.bool(843 /* sparse */, o.sparse, 'ExternalVmImport.sparse');
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'ExternalVmImport.vm'), 1016 /* vm */);
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'ExternalVmImport.cluster'), 120 /* cluster */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'ExternalVmImport.storageDomain'), 877 /* storage_domain */);
  if (o.cpuProfile != null) writeCpuProfile(w, w.struct(o.cpuProfile, 'ExternalVmImport.cpuProfile'), 163 /* cpu_profile */);
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'ExternalVmImport.quota'), 729 /* quota */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'ExternalVmImport.host'), 378 /* host */);
  if (o.driversIso != null) writeFile(w, w.struct(o.driversIso, 'ExternalVmImport.driversIso'), 252 /* drivers_iso */);
  w.close();
}

function writeFencingPolicy(w: TapeWriter, o: t.FencingPolicyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'FencingPolicy.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'FencingPolicy.enabled');
  if (o.skipIfSdActive != null) writeSkipIfSdActive(w, w.struct(o.skipIfSdActive, 'FencingPolicy.skipIfSdActive'), 825 /* skip_if_sd_active */);
  if (o.skipIfConnectivityBroken != null) writeSkipIfConnectivityBroken(w, w.struct(o.skipIfConnectivityBroken, 'FencingPolicy.skipIfConnectivityBroken'), 821 /* skip_if_connectivity_broken */);
  if (o.skipIfGlusterBricksUp != null) w.bool(823 /* skip_if_gluster_bricks_up */, o.skipIfGlusterBricksUp, 'FencingPolicy.skipIfGlusterBricksUp');
  if (o.skipIfGlusterQuorumNotMet != null) w.bool(824 /* skip_if_gluster_quorum_not_met */, o.skipIfGlusterQuorumNotMet, 'FencingPolicy.skipIfGlusterQuorumNotMet');
  w.close();
}

function writeFile(w: TapeWriter, o: t.FileInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'File.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'File.id', true);
  if (o.content != null) w.str(152 /* content */, o.content, 'File.content');
  if (o.type != null) w.str(949 /* type */, o.type, 'File.type');
  if (o.name != null) w.str(564 /* name */, o.name, 'File.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'File.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'File.comment');
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'File.storageDomain'), 877 /* storage_domain */);
  w.close();
}

function writeFilter(w: TapeWriter, o: t.FilterInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Filter.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Filter.id', true);
  if (o.position != null) w.int(695 /* position */, o.position, 'Filter.position');
  if (o.name != null) w.str(564 /* name */, o.name, 'Filter.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Filter.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Filter.comment');
  if (o.schedulingPolicyUnit != null) writeSchedulingPolicyUnit(w, w.struct(o.schedulingPolicyUnit, 'Filter.schedulingPolicyUnit'), 797 /* scheduling_policy_unit */);
  w.close();
}

function writeFloppy(w: TapeWriter, o: t.FloppyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Floppy.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Floppy.id', true);
  if (o.file != null) writeFile(w, w.struct(o.file, 'Floppy.file'), 317 /* file */);
  if (o.name != null) w.str(564 /* name */, o.name, 'Floppy.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Floppy.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Floppy.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Floppy.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'Floppy.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'Floppy.vms')) writeVm(w, w.struct(x, 'Floppy.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Floppy.vm'), 1016 /* vm */);
  w.close();
}

function writeFopStatistic(w: TapeWriter, o: t.FopStatisticInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'FopStatistic.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'FopStatistic.name');
  if (o.statistics != null) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'FopStatistic.statistics')) writeStatistic(w, w.struct(x, 'FopStatistic.statistics[]'), 863 /* statistic */);
    w.close();
  }
  w.close();
}

function writeGlusterBrick(w: TapeWriter, o: t.GlusterBrickInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GlusterBrick.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'GlusterBrick.id', true);
  if (o.serverId != null) w.str(810 /* server_id */, o.serverId, 'GlusterBrick.serverId');
  if (o.brickDir != null) w.str(92 /* brick_dir */, o.brickDir, 'GlusterBrick.brickDir');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'GlusterBrick.status');
  if (o.port != null) w.int(690 /* port */, o.port, 'GlusterBrick.port');
  if (o.pid != null) w.int(680 /* pid */, o.pid, 'GlusterBrick.pid');
  if (o.device != null) w.str(207 /* device */, o.device, 'GlusterBrick.device');
  if (o.mntOptions != null) w.str(552 /* mnt_options */, o.mntOptions, 'GlusterBrick.mntOptions');
  if (o.fsName != null) w.str(338 /* fs_name */, o.fsName, 'GlusterBrick.fsName');
  if (o.glusterClients != null) {
    w.open(346 /* gluster_clients */);
    for (const x of w.list(o.glusterClients, 'GlusterBrick.glusterClients')) writeGlusterClient(w, w.struct(x, 'GlusterBrick.glusterClients[]'), 345 /* gluster_client */);
    w.close();
  }
  if (o.memoryPools != null) {
    w.open(536 /* memory_pools */);
    for (const x of w.list(o.memoryPools, 'GlusterBrick.memoryPools')) writeGlusterMemoryPool(w, w.struct(x, 'GlusterBrick.memoryPools[]'), 535 /* memory_pool */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'GlusterBrick.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'GlusterBrick.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'GlusterBrick.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'GlusterBrick.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'GlusterBrick.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'GlusterBrick.vms')) writeVm(w, w.struct(x, 'GlusterBrick.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'GlusterBrick.vm'), 1016 /* vm */);
  if (o.glusterVolume != null) writeGlusterVolume(w, w.struct(o.glusterVolume, 'GlusterBrick.glusterVolume'), 352 /* gluster_volume */);
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'GlusterBrick.statistics')) writeStatistic(w, w.struct(x, 'GlusterBrick.statistics[]'), 863 /* statistic */);
    w.close();
  }
  w.close();
}

function writeGlusterBrickAdvancedDetails(w: TapeWriter, o: t.GlusterBrickAdvancedDetailsInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GlusterBrickAdvancedDetails.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'GlusterBrickAdvancedDetails.id', true);
  if (o.port != null) w.int(690 /* port */, o.port, 'GlusterBrickAdvancedDetails.port');
  if (o.pid != null) w.int(680 /* pid */, o.pid, 'GlusterBrickAdvancedDetails.pid');
  if (o.device != null) w.str(207 /* device */, o.device, 'GlusterBrickAdvancedDetails.device');
  if (o.mntOptions != null) w.str(552 /* mnt_options */, o.mntOptions, 'GlusterBrickAdvancedDetails.mntOptions');
  if (o.fsName != null) w.str(338 /* fs_name */, o.fsName, 'GlusterBrickAdvancedDetails.fsName');
  if (o.glusterClients != null) {
    w.open(346 /* gluster_clients */);
    for (const x of w.list(o.glusterClients, 'GlusterBrickAdvancedDetails.glusterClients')) writeGlusterClient(w, w.struct(x, 'GlusterBrickAdvancedDetails.glusterClients[]'), 345 /* gluster_client */);
    w.close();
  }
  if (o.memoryPools != null) {
    w.open(536 /* memory_pools */);
    for (const x of w.list(o.memoryPools, 'GlusterBrickAdvancedDetails.memoryPools')) writeGlusterMemoryPool(w, w.struct(x, 'GlusterBrickAdvancedDetails.memoryPools[]'), 535 /* memory_pool */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'GlusterBrickAdvancedDetails.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'GlusterBrickAdvancedDetails.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'GlusterBrickAdvancedDetails.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'GlusterBrickAdvancedDetails.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'GlusterBrickAdvancedDetails.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'GlusterBrickAdvancedDetails.vms')) writeVm(w, w.struct(x, 'GlusterBrickAdvancedDetails.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'GlusterBrickAdvancedDetails.vm'), 1016 /* vm */);
  w.close();
}

function writeGlusterBrickMemoryInfo(w: TapeWriter, o: t.GlusterBrickMemoryInfoInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GlusterBrickMemoryInfo.href', true);
  if (o.memoryPools != null) {
    w.open(536 /* memory_pools */);
    for (const x of w.list(o.memoryPools, 'GlusterBrickMemoryInfo.memoryPools')) writeGlusterMemoryPool(w, w.struct(x, 'GlusterBrickMemoryInfo.memoryPools[]'), 535 /* memory_pool */);
    w.close();
  }
  w.close();
}

function writeGlusterClient(w: TapeWriter, o: t.GlusterClientInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GlusterClient.href', true);
  if (o.hostName != null) w.str(387 /* host_name */, o.hostName, 'GlusterClient.hostName');
  if (o.clientPort != null) w.int(114 /* client_port */, o.clientPort, 'GlusterClient.clientPort');
  if (o.bytesRead != null) w.int(102 /* bytes_read */, o.bytesRead, 'GlusterClient.bytesRead');
  if (o.bytesWritten != null) w.int(103 /* bytes_written */, o.bytesWritten, 'GlusterClient.bytesWritten');
  w.close();
}

function writeGlusterHook(w: TapeWriter, o: t.GlusterHookInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GlusterHook.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'GlusterHook.id', true);
  if (o.glusterCommand != null) w.str(347 /* gluster_command */, o.glusterCommand, 'GlusterHook.glusterCommand');
  if (o.stage != null) w.enumValue(857 /* stage */, o.stage, 'GlusterHook.stage');
  if (o.contentType != null) w.enumValue(153 /* content_type */, o.contentType, 'GlusterHook.contentType');
  if (o.checksum != null) w.str(112 /* checksum */, o.checksum, 'GlusterHook.checksum');
  if (o.content != null) w.str(152 /* content */, o.content, 'GlusterHook.content');
  if (o.conflictStatus != null) w.int(145 /* conflict_status */, o.conflictStatus, 'GlusterHook.conflictStatus');
  if (o.conflicts != null) w.str(146 /* conflicts */, o.conflicts, 'GlusterHook.conflicts');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'GlusterHook.status');
  if (o.name != null) w.str(564 /* name */, o.name, 'GlusterHook.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'GlusterHook.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'GlusterHook.comment');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'GlusterHook.cluster'), 120 /* cluster */);
  if (o.serverHooks != null && !w.unfetched(o.serverHooks)) {
    w.open(809 /* server_hooks */);
    for (const x of w.list(o.serverHooks, 'GlusterHook.serverHooks')) writeGlusterServerHook(w, w.struct(x, 'GlusterHook.serverHooks[]'), 808 /* server_hook */);
    w.close();
  }
  w.close();
}

function writeGlusterMemoryPool(w: TapeWriter, o: t.GlusterMemoryPoolInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GlusterMemoryPool.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'GlusterMemoryPool.id', true);
  if (o.type != null) w.str(949 /* type */, o.type, 'GlusterMemoryPool.type');
  if (o.hotCount != null) w.int(403 /* hot_count */, o.hotCount, 'GlusterMemoryPool.hotCount');
  if (o.coldCount != null) w.int(133 /* cold_count */, o.coldCount, 'GlusterMemoryPool.coldCount');
  if (o.paddedSize != null) w.int(657 /* padded_size */, o.paddedSize, 'GlusterMemoryPool.paddedSize');
  if (o.allocCount != null) w.int(29 /* alloc_count */, o.allocCount, 'GlusterMemoryPool.allocCount');
  if (o.maxAlloc != null) w.int(514 /* max_alloc */, o.maxAlloc, 'GlusterMemoryPool.maxAlloc');
  if (o.poolMisses != null) w.int(689 /* pool_misses */, o.poolMisses, 'GlusterMemoryPool.poolMisses');
  if (o.maxStdalloc != null) w.int(520 /* max_stdalloc */, o.maxStdalloc, 'GlusterMemoryPool.maxStdalloc');
  if (o.name != null) w.str(564 /* name */, o.name, 'GlusterMemoryPool.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'GlusterMemoryPool.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'GlusterMemoryPool.comment');
  w.close();
}

function writeGlusterServerHook(w: TapeWriter, o: t.GlusterServerHookInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GlusterServerHook.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'GlusterServerHook.id', true);
  if (o.contentType != null) w.enumValue(153 /* content_type */, o.contentType, 'GlusterServerHook.contentType');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'GlusterServerHook.status');
  if (o.checksum != null) w.str(112 /* checksum */, o.checksum, 'GlusterServerHook.checksum');
  if (o.name != null) w.str(564 /* name */, o.name, 'GlusterServerHook.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'GlusterServerHook.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'GlusterServerHook.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'GlusterServerHook.host'), 378 /* host */);
  w.close();
}

function writeGlusterVolume(w: TapeWriter, o: t.GlusterVolumeInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GlusterVolume.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'GlusterVolume.id', true);
  if (o.volumeType != null) w.enumValue(1046 /* volume_type */, o.volumeType, 'GlusterVolume.volumeType');
  if (o.transportTypes != null) {
    w.open(946 /* transport_types */);
    for (const x of w.list(o.transportTypes, 'GlusterVolume.transportTypes')) w.enumValue(945 /* transport_type */, x, 'GlusterVolume.transportTypes[]');
    w.close();
  }
  if (o.replicaCount != null) w.int(772 /* replica_count */, o.replicaCount, 'GlusterVolume.replicaCount');
  if (o.stripeCount != null) w.int(892 /* stripe_count */, o.stripeCount, 'GlusterVolume.stripeCount');
  if (o.disperseCount != null) w.int(233 /* disperse_count */, o.disperseCount, 'GlusterVolume.disperseCount');
  if (o.redundancyCount != null) w.int(746 /* redundancy_count */, o.redundancyCount, 'GlusterVolume.redundancyCount');
  if (o.options != null) {
    w.open(634 /* options */);
    for (const x of w.list(o.options, 'GlusterVolume.options')) writeOption(w, w.struct(x, 'GlusterVolume.options[]'), 632 /* option */);
    w.close();
  }
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'GlusterVolume.status');
  if (o.name != null) w.str(564 /* name */, o.name, 'GlusterVolume.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'GlusterVolume.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'GlusterVolume.comment');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'GlusterVolume.cluster'), 120 /* cluster */);
  if (o.bricks != null && !w.unfetched(o.bricks)) {
    w.open(96 /* bricks */);
    for (const x of w.list(o.bricks, 'GlusterVolume.bricks')) writeGlusterBrick(w, w.struct(x, 'GlusterVolume.bricks[]'), 91 /* brick */);
    w.close();
  }
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'GlusterVolume.statistics')) writeStatistic(w, w.struct(x, 'GlusterVolume.statistics[]'), 863 /* statistic */);
    w.close();
  }
  w.close();
}

function writeGlusterVolumeProfileDetails(w: TapeWriter, o: t.GlusterVolumeProfileDetailsInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GlusterVolumeProfileDetails.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'GlusterVolumeProfileDetails.id', true);
  if (o.brickProfileDetails != null) {
    w.open(95 /* brick_profile_details */);
    for (const x of w.list(o.brickProfileDetails, 'GlusterVolumeProfileDetails.brickProfileDetails')) writeBrickProfileDetail(w, w.struct(x, 'GlusterVolumeProfileDetails.brickProfileDetails[]'), 94 /* brick_profile_detail */);
    w.close();
  }
  if (o.nfsProfileDetails != null) {
    w.open(589 /* nfs_profile_details */);
    for (const x of w.list(o.nfsProfileDetails, 'GlusterVolumeProfileDetails.nfsProfileDetails')) writeNfsProfileDetail(w, w.struct(x, 'GlusterVolumeProfileDetails.nfsProfileDetails[]'), 588 /* nfs_profile_detail */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'GlusterVolumeProfileDetails.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'GlusterVolumeProfileDetails.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'GlusterVolumeProfileDetails.comment');
  w.close();
}

function writeGraphicsConsole(w: TapeWriter, o: t.GraphicsConsoleInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GraphicsConsole.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'GraphicsConsole.id', true);
  if (o.protocol != null) w.enumValue(718 /* protocol */, o.protocol, 'GraphicsConsole.protocol');
  if (o.port != null) w.int(690 /* port */, o.port, 'GraphicsConsole.port');
  if (o.tlsPort != null) w.int(933 /* tls_port */, o.tlsPort, 'GraphicsConsole.tlsPort');
  if (o.address != null) w.str(10 /* address */, o.address, 'GraphicsConsole.address');
  if (o.name != null) w.str(564 /* name */, o.name, 'GraphicsConsole.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'GraphicsConsole.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'GraphicsConsole.comment');
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'GraphicsConsole.vm'), 1016 /* vm */);
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'GraphicsConsole.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'GraphicsConsole.instanceType'), 431 /* instance_type */);
  w.close();
}

function writeGroup(w: TapeWriter, o: t.GroupInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Group.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Group.id', true);
  if (o.domainEntryId != null) w.str(245 /* domain_entry_id */, o.domainEntryId, 'Group.domainEntryId');
  if (o.namespace != null) w.str(567 /* namespace */, o.namespace, 'Group.namespace');
  if (o.name != null) w.str(564 /* name */, o.name, 'Group.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Group.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Group.comment');
  if (o.domain != null) writeDomain(w, w.struct(o.domain, 'Group.domain'), 244 /* domain */);
  if (o.roles != null && !w.unfetched(o.roles)) {
    w.open(790 /* roles */);
    for (const x of w.list(o.roles, 'Group.roles')) writeRole(w, w.struct(x, 'Group.roles[]'), 788 /* role */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'Group.permissions')) writePermission(w, w.struct(x, 'Group.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.tags != null && !w.unfetched(o.tags)) {
    w.open(913 /* tags */);
    for (const x of w.list(o.tags, 'Group.tags')) writeTag(w, w.struct(x, 'Group.tags[]'), 912 /* tag */);
    w.close();
  }
  w.close();
}

function writeGuestOperatingSystem(w: TapeWriter, o: t.GuestOperatingSystemInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GuestOperatingSystem.href', true);
  if (o.architecture != null) w.str(41 /* architecture */, o.architecture, 'GuestOperatingSystem.architecture');
  if (o.codename != null) w.str(132 /* codename */, o.codename, 'GuestOperatingSystem.codename');
  if (o.distribution != null) w.str(236 /* distribution */, o.distribution, 'GuestOperatingSystem.distribution');
  if (o.kernel != null) writeKernel(w, w.struct(o.kernel, 'GuestOperatingSystem.kernel'), 462 /* kernel */);
  if (o.family != null) w.str(311 /* family */, o.family, 'GuestOperatingSystem.family');
  if (o.version != null) writeVersion(w, w.struct(o.version, 'GuestOperatingSystem.version'), 996 /* version */);
  w.close();
}

function writeHardwareInformation(w: TapeWriter, o: t.HardwareInformationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'HardwareInformation.href', true);
  if (o.manufacturer != null) w.str(511 /* manufacturer */, o.manufacturer, 'HardwareInformation.manufacturer');
  if (o.version != null) w.str(996 /* version */, o.version, 'HardwareInformation.version');
  if (o.serialNumber != null) w.str(806 /* serial_number */, o.serialNumber, 'HardwareInformation.serialNumber');
  if (o.productName != null) w.str(706 /* product_name */, o.productName, 'HardwareInformation.productName');
  if (o.uuid != null) w.str(984 /* uuid */, o.uuid, 'HardwareInformation.uuid');
  if (o.family != null) w.str(311 /* family */, o.family, 'HardwareInformation.family');
  if (o.supportedRngSources != null) {
    w.open(900 /* supported_rng_sources */);
    for (const x of w.list(o.supportedRngSources, 'HardwareInformation.supportedRngSources')) w.enumValue(899 /* supported_rng_source */, x, 'HardwareInformation.supportedRngSources[]');
    w.close();
  }
  w.close();
}

function writeHighAvailability(w: TapeWriter, o: t.HighAvailabilityInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'HighAvailability.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'HighAvailability.enabled');
  if (o.priority != null) w.int(701 /* priority */, o.priority, 'HighAvailability.priority');
  w.close();
}

function writeHook(w: TapeWriter, o: t.HookInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Hook.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Hook.id', true);
  if (o.eventName != null) w.str(273 /* event_name */, o.eventName, 'Hook.eventName');
  if (o.md5 != null) w.str(525 /* md5 */, o.md5, 'Hook.md5');
  if (o.name != null) w.str(564 /* name */, o.name, 'Hook.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Hook.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Hook.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'Hook.host'), 378 /* host */);
  w.close();
}

function writeHost(w: TapeWriter, o: t.HostInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Host.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Host.id', true);
  if (o.address != null) w.str(10 /* address */, o.address, 'Host.address');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'Host.status');
  if (o.statusDetail != null) w.str(866 /* status_detail */, o.statusDetail, 'Host.statusDetail');
  if (o.certificate != null) writeCertificate(w, w.struct(o.certificate, 'Host.certificate'), 107 /* certificate */);
  if (o.externalStatus != null) w.enumValue(301 /* external_status */, o.externalStatus, 'Host.externalStatus');
  if (o.port != null) w.int(690 /* port */, o.port, 'Host.port');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Host.type');
  if (o.spm != null) writeSpm(w, w.struct(o.spm, 'Host.spm'), 848 /* spm */);
  if (o.version != null) writeVersion(w, w.struct(o.version, 'Host.version'), 996 /* version */);
  if (o.hardwareInformation != null) writeHardwareInformation(w, w.struct(o.hardwareInformation, 'Host.hardwareInformation'), 370 /* hardware_information */);
  if (o.powerManagement != null) writePowerManagement(w, w.struct(o.powerManagement, 'Host.powerManagement'), 697 /* power_management */);
  if (o.ksm != null) writeKsm(w, w.struct(o.ksm, 'Host.ksm'), 467 /* ksm */);
  if (o.transparentHugePages != null) writeTransparentHugePages(w, w.struct(o.transparentHugePages, 'Host.transparentHugePages'), 944 /* transparent_hugepages */);
  if (o.iscsi != null) writeIscsiDetails(w, w.struct(o.iscsi, 'Host.iscsi'), 446 /* iscsi */);
  if (o.rootPassword != null) w.str(791 /* root_password */, o.rootPassword, 'Host.rootPassword');
  if (o.ssh != null) writeSsh(w, w.struct(o.ssh, 'Host.ssh'), 850 /* ssh */);
  if (o.cpu != null) writeCpu(w, w.struct(o.cpu, 'Host.cpu'), 159 /* cpu */);
  if (o.memory != null) w.int(529 /* memory */, o.memory, 'Host.memory');
  if (o.maxSchedulingMemory != null) w.int(519 /* max_scheduling_memory */, o.maxSchedulingMemory, 'Host.maxSchedulingMemory');
  if (o.summary != null) writeVmSummary(w, w.struct(o.summary, 'Host.summary'), 898 /* summary */);
  if (o.overrideIptables != null) w.bool(651 /* override_iptables */, o.overrideIptables, 'Host.overrideIptables');
  if (o.protocol != null) w.enumValue(718 /* protocol */, o.protocol, 'Host.protocol');
  if (o.os != null) writeOperatingSystem(w, w.struct(o.os, 'Host.os'), 640 /* os */);
  if (o.libvirtVersion != null) writeVersion(w, w.struct(o.libvirtVersion, 'Host.libvirtVersion'), 481 /* libvirt_version */);
  if (o.display != null) writeDisplay(w, w.struct(o.display, 'Host.display'), 234 /* display */);
  if (o.hostedEngine != null) writeHostedEngine(w, w.struct(o.hostedEngine, 'Host.hostedEngine'), 397 /* hosted_engine */);
  if (o.kdumpStatus != null) w.enumValue(461 /* kdump_status */, o.kdumpStatus, 'Host.kdumpStatus');
  if (o.seLinux != null) writeSeLinux(w, w.struct(o.seLinux, 'Host.seLinux'), 800 /* se_linux */);
  if (o.autoNumaStatus != null) w.enumValue(57 /* auto_numa_status */, o.autoNumaStatus, 'Host.autoNumaStatus');
  if (o.numaSupported != null) w.bool(602 /* numa_supported */, o.numaSupported, 'Host.numaSupported');
  if (o.updateAvailable != null) w.bool(957 /* update_available */, o.updateAvailable, 'Host.updateAvailable');
  if (o.networkOperationInProgress != null) w.bool(581 /* network_operation_in_progress */, o.networkOperationInProgress, 'Host.networkOperationInProgress');
  if (o.reinstallationRequired != null) w.bool(766 /* reinstallation_required */, o.reinstallationRequired, 'Host.reinstallationRequired');
  if (o.devicePassthrough != null) writeHostDevicePassthrough(w, w.struct(o.devicePassthrough, 'Host.devicePassthrough'), 208 /* device_passthrough */);
  if (o.vgpuPlacement != null) w.enumValue(1001 /* vgpu_placement */, o.vgpuPlacement, 'Host.vgpuPlacement');
  if (o.ovnConfigured != null) w.bool(653 /* ovn_configured */, o.ovnConfigured, 'Host.ovnConfigured');
  if (o.name != null) w.str(564 /* name */, o.name, 'Host.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Host.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Host.comment');
  if (o.cpuUnits != null && !w.unfetched(o.cpuUnits)) {
    w.open(173 /* cpu_units */);
    for (const x of w.list(o.cpuUnits, 'Host.cpuUnits')) writeHostCpuUnit(w, w.struct(x, 'Host.cpuUnits[]'), 379 /* host_cpu_unit */);
    w.close();
  }
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'Host.cluster'), 120 /* cluster */);
  if (o.hooks != null && !w.unfetched(o.hooks)) {
    w.open(377 /* hooks */);
    for (const x of w.list(o.hooks, 'Host.hooks')) writeHook(w, w.struct(x, 'Host.hooks[]'), 376 /* hook */);
    w.close();
  }
  if (o.externalHostProvider != null) writeExternalHostProvider(w, w.struct(o.externalHostProvider, 'Host.externalHostProvider'), 290 /* external_host_provider */);
  if (o.storageConnectionExtensions != null && !w.unfetched(o.storageConnectionExtensions)) {
    w.open(875 /* storage_connection_extensions */);
    for (const x of w.list(o.storageConnectionExtensions, 'Host.storageConnectionExtensions')) writeStorageConnectionExtension(w, w.struct(x, 'Host.storageConnectionExtensions[]'), 874 /* storage_connection_extension */);
    w.close();
  }
  if (o.affinityLabels != null && !w.unfetched(o.affinityLabels)) {
    w.open(18 /* affinity_labels */);
    for (const x of w.list(o.affinityLabels, 'Host.affinityLabels')) writeAffinityLabel(w, w.struct(x, 'Host.affinityLabels[]'), 16 /* affinity_label */);
    w.close();
  }
  if (o.devices != null && !w.unfetched(o.devices)) {
    w.open(209 /* devices */);
    for (const x of w.list(o.devices, 'Host.devices')) writeHostDevice(w, w.struct(x, 'Host.devices[]'), 381 /* host_device */);
    w.close();
  }
  if (o.agents != null && !w.unfetched(o.agents)) {
    w.open(26 /* agents */);
    for (const x of w.list(o.agents, 'Host.agents')) writeAgent(w, w.struct(x, 'Host.agents[]'), 23 /* agent */);
    w.close();
  }
  if (o.katelloErrata != null && !w.unfetched(o.katelloErrata)) {
    w.open(457 /* katello_errata */);
    for (const x of w.list(o.katelloErrata, 'Host.katelloErrata')) writeKatelloErratum(w, w.struct(x, 'Host.katelloErrata[]'), 458 /* katello_erratum */);
    w.close();
  }
  if (o.networkAttachments != null && !w.unfetched(o.networkAttachments)) {
    w.open(571 /* network_attachments */);
    for (const x of w.list(o.networkAttachments, 'Host.networkAttachments')) writeNetworkAttachment(w, w.struct(x, 'Host.networkAttachments[]'), 570 /* network_attachment */);
    w.close();
  }
  if (o.nics != null && !w.unfetched(o.nics)) {
    w.open(597 /* nics */);
    for (const x of w.list(o.nics, 'Host.nics')) writeHostNic(w, w.struct(x, 'Host.nics[]'), 388 /* host_nic */);
    w.close();
  }
  if (o.numaNodes != null && !w.unfetched(o.numaNodes)) {
    w.open(393 /* host_numa_nodes */);
    for (const x of w.list(o.numaNodes, 'Host.numaNodes')) writeNumaNode(w, w.struct(x, 'Host.numaNodes[]'), 392 /* host_numa_node */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'Host.permissions')) writePermission(w, w.struct(x, 'Host.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'Host.statistics')) writeStatistic(w, w.struct(x, 'Host.statistics[]'), 863 /* statistic */);
    w.close();
  }
  if (o.storages != null && !w.unfetched(o.storages)) {
    w.open(890 /* storages */);
    for (const x of w.list(o.storages, 'Host.storages')) writeHostStorage(w, w.struct(x, 'Host.storages[]'), 394 /* host_storage */);
    w.close();
  }
  if (o.tags != null && !w.unfetched(o.tags)) {
    w.open(913 /* tags */);
    for (const x of w.list(o.tags, 'Host.tags')) writeTag(w, w.struct(x, 'Host.tags[]'), 912 /* tag */);
    w.close();
  }
  if (o.unmanagedNetworks != null && !w.unfetched(o.unmanagedNetworks)) {
    w.open(955 /* unmanaged_networks */);
    for (const x of w.list(o.unmanagedNetworks, 'Host.unmanagedNetworks')) writeUnmanagedNetwork(w, w.struct(x, 'Host.unmanagedNetworks[]'), 954 /* unmanaged_network */);
    w.close();
  }
  if (o.externalNetworkProviderConfigurations != null && !w.unfetched(o.externalNetworkProviderConfigurations)) {
    w.open(295 /* external_network_provider_configurations */);
    for (const x of w.list(o.externalNetworkProviderConfigurations, 'Host.externalNetworkProviderConfigurations')) writeExternalNetworkProviderConfiguration(w, w.struct(x, 'Host.externalNetworkProviderConfigurations[]'), 294 /* external_network_provider_configuration */);
    w.close();
  }
  w.close();
}

function writeHostCpuUnit(w: TapeWriter, o: t.HostCpuUnitInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'HostCpuUnit.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'HostCpuUnit.id', true);
  if (o.socketId != null) w.int(835 /* socket_id */, o.socketId, 'HostCpuUnit.socketId');
  if (o.coreId != null) w.int(156 /* core_id */, o.coreId, 'HostCpuUnit.coreId');
  if (o.cpuId != null) w.int(160 /* cpu_id */, o.cpuId, 'HostCpuUnit.cpuId');
  if (o.runsVdsm != null) w.bool(794 /* runs_vdsm */, o.runsVdsm, 'HostCpuUnit.runsVdsm');
  if (o.name != null) w.str(564 /* name */, o.name, 'HostCpuUnit.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'HostCpuUnit.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'HostCpuUnit.comment');
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'HostCpuUnit.vms')) writeVm(w, w.struct(x, 'HostCpuUnit.vms[]'), 1016 /* vm */);
    w.close();
  }
  w.close();
}

function writeHostDevice(w: TapeWriter, o: t.HostDeviceInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'HostDevice.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'HostDevice.id', true);
  if (o.capability != null) w.str(104 /* capability */, o.capability, 'HostDevice.capability');
  if (o.product != null) writeProduct(w, w.struct(o.product, 'HostDevice.product'), 702 /* product */);
  if (o.vendor != null) writeVendor(w, w.struct(o.vendor, 'HostDevice.vendor'), 993 /* vendor */);
  if (o.iommuGroup != null) w.int(436 /* iommu_group */, o.iommuGroup, 'HostDevice.iommuGroup');
  if (o.physicalFunction != null) writeHostDevice(w, w.struct(o.physicalFunction, 'HostDevice.physicalFunction'), 679 /* physical_function */);
  if (o.virtualFunctions != null) w.int(1010 /* virtual_functions */, o.virtualFunctions, 'HostDevice.virtualFunctions');
  if (o.placeholder != null) w.bool(682 /* placeholder */, o.placeholder, 'HostDevice.placeholder');
  if (o.driver != null) w.str(249 /* driver */, o.driver, 'HostDevice.driver');
  if (o.mDevTypes != null) {
    w.open(501 /* m_dev_types */);
    for (const x of w.list(o.mDevTypes, 'HostDevice.mDevTypes')) writeMDevType(w, w.struct(x, 'HostDevice.mDevTypes[]'), 500 /* m_dev_type */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'HostDevice.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'HostDevice.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'HostDevice.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'HostDevice.host'), 378 /* host */);
  if (o.parentDevice != null) writeHostDevice(w, w.struct(o.parentDevice, 'HostDevice.parentDevice'), 660 /* parent_device */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'HostDevice.vm'), 1016 /* vm */);
  w.close();
}

function writeHostDevicePassthrough(w: TapeWriter, o: t.HostDevicePassthroughInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'HostDevicePassthrough.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'HostDevicePassthrough.enabled');
  w.close();
}

function writeHostNic(w: TapeWriter, o: t.HostNicInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'HostNic.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'HostNic.id', true);
  if (o.mac != null) writeMac(w, w.struct(o.mac, 'HostNic.mac'), 502 /* mac */);
  if (o.ip != null) writeIp(w, w.struct(o.ip, 'HostNic.ip'), 438 /* ip */);
  if (o.ipv6 != null) writeIp(w, w.struct(o.ipv6, 'HostNic.ipv6'), 443 /* ipv6 */);
  if (o.baseInterface != null) w.str(72 /* base_interface */, o.baseInterface, 'HostNic.baseInterface');
  if (o.vlan != null) writeVlan(w, w.struct(o.vlan, 'HostNic.vlan'), 1014 /* vlan */);
  if (o.bonding != null) writeBonding(w, w.struct(o.bonding, 'HostNic.bonding'), 81 /* bonding */);
  if (o.bootProtocol != null) w.enumValue(88 /* boot_protocol */, o.bootProtocol, 'HostNic.bootProtocol');
  if (o.ipv6BootProtocol != null) w.enumValue(444 /* ipv6_boot_protocol */, o.ipv6BootProtocol, 'HostNic.ipv6BootProtocol');
  if (o.checkConnectivity != null) w.bool(109 /* check_connectivity */, o.checkConnectivity, 'HostNic.checkConnectivity');
  if (o.speed != null) w.int(847 /* speed */, o.speed, 'HostNic.speed');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'HostNic.status');
  if (o.mtu != null) w.int(561 /* mtu */, o.mtu, 'HostNic.mtu');
  if (o.bridged != null) w.bool(97 /* bridged */, o.bridged, 'HostNic.bridged');
  if (o.customConfiguration != null) w.bool(181 /* custom_configuration */, o.customConfiguration, 'HostNic.customConfiguration');
  if (o.overrideConfiguration != null) w.bool(650 /* override_configuration */, o.overrideConfiguration, 'HostNic.overrideConfiguration');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'HostNic.properties')) writeProperty(w, w.struct(x, 'HostNic.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.adAggregatorId != null) w.int(8 /* ad_aggregator_id */, o.adAggregatorId, 'HostNic.adAggregatorId');
  if (o.virtualFunctionsConfiguration != null) writeHostNicVirtualFunctionsConfiguration(w, w.struct(o.virtualFunctionsConfiguration, 'HostNic.virtualFunctionsConfiguration'), 1011 /* virtual_functions_configuration */);
  if (o.name != null) w.str(564 /* name */, o.name, 'HostNic.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'HostNic.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'HostNic.comment');
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'HostNic.statistics')) writeStatistic(w, w.struct(x, 'HostNic.statistics[]'), 863 /* statistic */);
    w.close();
  }
  if (o.networkLabels != null && !w.unfetched(o.networkLabels)) {
    w.open(579 /* network_labels */);
    for (const x of w.list(o.networkLabels, 'HostNic.networkLabels')) writeNetworkLabel(w, w.struct(x, 'HostNic.networkLabels[]'), 578 /* network_label */);
    w.close();
  }
  if (o.host != null) writeHost(w, w.struct(o.host, 'HostNic.host'), 378 /* host */);
  if (o.network != null) writeNetwork(w, w.struct(o.network, 'HostNic.network'), 569 /* network */);
  if (o.qos != null) writeQos(w, w.struct(o.qos, 'HostNic.qos'), 727 /* qos */);
  if (o.physicalFunction != null) writeHostNic(w, w.struct(o.physicalFunction, 'HostNic.physicalFunction'), 679 /* physical_function */);
  w.close();
}

function writeHostNicVirtualFunctionsConfiguration(w: TapeWriter, o: t.HostNicVirtualFunctionsConfigurationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'HostNicVirtualFunctionsConfiguration.href', true);
  if (o.maxNumberOfVirtualFunctions != null) w.int(516 /* max_number_of_virtual_functions */, o.maxNumberOfVirtualFunctions, 'HostNicVirtualFunctionsConfiguration.maxNumberOfVirtualFunctions');
  if (o.numberOfVirtualFunctions != null) w.int(606 /* number_of_virtual_functions */, o.numberOfVirtualFunctions, 'HostNicVirtualFunctionsConfiguration.numberOfVirtualFunctions');
  if (o.allNetworksAllowed != null) w.bool(28 /* all_networks_allowed */, o.allNetworksAllowed, 'HostNicVirtualFunctionsConfiguration.allNetworksAllowed');
  w.close();
}

function writeHostStorage(w: TapeWriter, o: t.HostStorageInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'HostStorage.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'HostStorage.id', true);
  if (o.address != null) w.str(10 /* address */, o.address, 'HostStorage.address');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'HostStorage.type');
  if (o.path != null) w.str(666 /* path */, o.path, 'HostStorage.path');
  if (o.mountOptions != null) w.str(560 /* mount_options */, o.mountOptions, 'HostStorage.mountOptions');
  if (o.vfsType != null) w.str(1000 /* vfs_type */, o.vfsType, 'HostStorage.vfsType');
  if (o.nfsVersion != null) w.enumValue(593 /* nfs_version */, o.nfsVersion, 'HostStorage.nfsVersion');
  if (o.nfsTimeo != null) w.int(592 /* nfs_timeo */, o.nfsTimeo, 'HostStorage.nfsTimeo');
  if (o.nfsRetrans != null) w.int(590 /* nfs_retrans */, o.nfsRetrans, 'HostStorage.nfsRetrans');
  if (o.port != null) w.int(690 /* port */, o.port, 'HostStorage.port');
  if (o.target != null) w.str(914 /* target */, o.target, 'HostStorage.target');
  if (o.username != null) w.str(980 /* username */, o.username, 'HostStorage.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'HostStorage.password');
  if (o.portal != null) w.str(694 /* portal */, o.portal, 'HostStorage.portal');
  if (o.logicalUnits != null) {
    w.open(496 /* logical_units */);
    for (const x of w.list(o.logicalUnits, 'HostStorage.logicalUnits')) writeLogicalUnit(w, w.struct(x, 'HostStorage.logicalUnits[]'), 495 /* logical_unit */);
    w.close();
  }
  if (o.volumeGroup != null) writeVolumeGroup(w, w.struct(o.volumeGroup, 'HostStorage.volumeGroup'), 1042 /* volume_group */);
  if (o.overrideLuns != null) w.bool(652 /* override_luns */, o.overrideLuns, 'HostStorage.overrideLuns');
  if (o.driverOptions != null) {
    w.open(250 /* driver_options */);
    for (const x of w.list(o.driverOptions, 'HostStorage.driverOptions')) writeProperty(w, w.struct(x, 'HostStorage.driverOptions[]'), 717 /* property */);
    w.close();
  }
  if (o.driverSensitiveOptions != null) {
    w.open(251 /* driver_sensitive_options */);
    for (const x of w.list(o.driverSensitiveOptions, 'HostStorage.driverSensitiveOptions')) writeProperty(w, w.struct(x, 'HostStorage.driverSensitiveOptions[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'HostStorage.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'HostStorage.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'HostStorage.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'HostStorage.host'), 378 /* host */);
  w.close();
}

function writeHostedEngine(w: TapeWriter, o: t.HostedEngineInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'HostedEngine.href', true);
  if (o.configured != null) w.bool(144 /* configured */, o.configured, 'HostedEngine.configured');
  if (o.active != null) w.bool(2 /* active */, o.active, 'HostedEngine.active');
  if (o.score != null) w.int(799 /* score */, o.score, 'HostedEngine.score');
  if (o.globalMaintenance != null) w.bool(341 /* global_maintenance */, o.globalMaintenance, 'HostedEngine.globalMaintenance');
  if (o.localMaintenance != null) w.bool(488 /* local_maintenance */, o.localMaintenance, 'HostedEngine.localMaintenance');
  w.close();
}

function writeIcon(w: TapeWriter, o: t.IconInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Icon.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Icon.id', true);
  if (o.mediaType != null) w.str(526 /* media_type */, o.mediaType, 'Icon.mediaType');
  if (o.data != null) w.str(193 /* data */, o.data, 'Icon.data');
  if (o.name != null) w.str(564 /* name */, o.name, 'Icon.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Icon.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Icon.comment');
  w.close();
}

function writeIdentified(w: TapeWriter, o: t.IdentifiedInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Identified.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Identified.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Identified.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Identified.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Identified.comment');
  w.close();
}

function writeImage(w: TapeWriter, o: t.ImageInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Image.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Image.id', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Image.type');
  if (o.size != null) w.int(820 /* size */, o.size, 'Image.size');
  if (o.name != null) w.str(564 /* name */, o.name, 'Image.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Image.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Image.comment');
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'Image.storageDomain'), 877 /* storage_domain */);
  w.close();
}

function writeImageTransfer(w: TapeWriter, o: t.ImageTransferInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ImageTransfer.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ImageTransfer.id', true);
  if (o.proxyUrl != null) w.str(724 /* proxy_url */, o.proxyUrl, 'ImageTransfer.proxyUrl');
  if (o.transferUrl != null) w.str(941 /* transfer_url */, o.transferUrl, 'ImageTransfer.transferUrl');
  if (o.phase != null) w.enumValue(678 /* phase */, o.phase, 'ImageTransfer.phase');
  if (o.direction != null) w.enumValue(210 /* direction */, o.direction, 'ImageTransfer.direction');
  if (o.active != null) w.bool(2 /* active */, o.active, 'ImageTransfer.active');
  if (o.transferred != null) w.int(942 /* transferred */, o.transferred, 'ImageTransfer.transferred');
  if (o.inactivityTimeout != null) w.int(419 /* inactivity_timeout */, o.inactivityTimeout, 'ImageTransfer.inactivityTimeout');
  if (o.timeoutPolicy != null) w.enumValue(930 /* timeout_policy */, o.timeoutPolicy, 'ImageTransfer.timeoutPolicy');
  if (o.format != null) w.enumValue(334 /* format */, o.format, 'ImageTransfer.format');
  if (o.shallow != null) w.bool(817 /* shallow */, o.shallow, 'ImageTransfer.shallow');
  if (o.name != null) w.str(564 /* name */, o.name, 'ImageTransfer.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ImageTransfer.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ImageTransfer.comment');
  if (o.image != null) writeImage(w, w.struct(o.image, 'ImageTransfer.image'), 411 /* image */);
  if (o.disk != null) writeDisk(w, w.struct(o.disk, 'ImageTransfer.disk'), 221 /* disk */);
  if (o.snapshot != null) writeDiskSnapshot(w, w.struct(o.snapshot, 'ImageTransfer.snapshot'), 830 /* snapshot */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'ImageTransfer.host'), 378 /* host */);
  if (o.backup != null) writeBackup(w, w.struct(o.backup, 'ImageTransfer.backup'), 64 /* backup */);
  w.close();
}

function writeInitialization(w: TapeWriter, o: t.InitializationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Initialization.href', true);
  if (o.configuration != null) writeConfiguration(w, w.struct(o.configuration, 'Initialization.configuration'), 142 /* configuration */);
  if (o.cloudInit != null) writeCloudInit(w, w.struct(o.cloudInit, 'Initialization.cloudInit'), 117 /* cloud_init */);
  if (o.hostName != null) w.str(387 /* host_name */, o.hostName, 'Initialization.hostName');
  if (o.domain != null) w.str(244 /* domain */, o.domain, 'Initialization.domain');
  if (o.timezone != null) w.str(931 /* timezone */, o.timezone, 'Initialization.timezone');
  if (o.authorizedSshKeys != null) w.str(54 /* authorized_ssh_keys */, o.authorizedSshKeys, 'Initialization.authorizedSshKeys');
  if (o.regenerateSshKeys != null) w.bool(748 /* regenerate_ssh_keys */, o.regenerateSshKeys, 'Initialization.regenerateSshKeys');
  if (o.regenerateIds != null) w.bool(747 /* regenerate_ids */, o.regenerateIds, 'Initialization.regenerateIds');
  if (o.dnsServers != null) w.str(242 /* dns_servers */, o.dnsServers, 'Initialization.dnsServers');
  if (o.dnsSearch != null) w.str(240 /* dns_search */, o.dnsSearch, 'Initialization.dnsSearch');
  if (o.nicConfigurations != null) {
    w.open(596 /* nic_configurations */);
    for (const x of w.list(o.nicConfigurations, 'Initialization.nicConfigurations')) writeNicConfiguration(w, w.struct(x, 'Initialization.nicConfigurations[]'), 595 /* nic_configuration */);
    w.close();
  }
  if (o.windowsLicenseKey != null) w.str(1054 /* windows_license_key */, o.windowsLicenseKey, 'Initialization.windowsLicenseKey');
  if (o.rootPassword != null) w.str(791 /* root_password */, o.rootPassword, 'Initialization.rootPassword');
  if (o.customScript != null) w.str(191 /* custom_script */, o.customScript, 'Initialization.customScript');
  if (o.inputLocale != null) w.str(429 /* input_locale */, o.inputLocale, 'Initialization.inputLocale');
  if (o.uiLanguage != null) w.str(950 /* ui_language */, o.uiLanguage, 'Initialization.uiLanguage');
  if (o.systemLocale != null) w.str(907 /* system_locale */, o.systemLocale, 'Initialization.systemLocale');
  if (o.userLocale != null) w.str(976 /* user_locale */, o.userLocale, 'Initialization.userLocale');
  if (o.userName != null) w.str(977 /* user_name */, o.userName, 'Initialization.userName');
  if (o.activeDirectoryOu != null) w.str(3 /* active_directory_ou */, o.activeDirectoryOu, 'Initialization.activeDirectoryOu');
  if (o.orgName != null) w.str(636 /* org_name */, o.orgName, 'Initialization.orgName');
  if (o.cloudInitNetworkProtocol != null) w.enumValue(118 /* cloud_init_network_protocol */, o.cloudInitNetworkProtocol, 'Initialization.cloudInitNetworkProtocol');
  w.close();
}

function writeInstanceType(w: TapeWriter, o: t.InstanceTypeInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'InstanceType.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'InstanceType.id', true);
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'InstanceType.status');
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'InstanceType.vm'), 1016 /* vm */);
  if (o.version != null) writeTemplateVersion(w, w.struct(o.version, 'InstanceType.version'), 996 /* version */);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'InstanceType.type');
  if (o.memory != null) w.int(529 /* memory */, o.memory, 'InstanceType.memory');
  if (o.cpu != null) writeCpu(w, w.struct(o.cpu, 'InstanceType.cpu'), 159 /* cpu */);
  if (o.cpuShares != null) w.int(166 /* cpu_shares */, o.cpuShares, 'InstanceType.cpuShares');
  if (o.bios != null) writeBios(w, w.struct(o.bios, 'InstanceType.bios'), 74 /* bios */);
  if (o.os != null) writeOperatingSystem(w, w.struct(o.os, 'InstanceType.os'), 640 /* os */);
  if (o.creationTime != null) w.date(178 /* creation_time */, o.creationTime, 'InstanceType.creationTime');
  if (o.origin != null) w.str(638 /* origin */, o.origin, 'InstanceType.origin');
  if (o.stateless != null) w.bool(862 /* stateless */, o.stateless, 'InstanceType.stateless');
  if (o.deleteProtected != null) w.bool(201 /* delete_protected */, o.deleteProtected, 'InstanceType.deleteProtected');
  if (o.highAvailability != null) writeHighAvailability(w, w.struct(o.highAvailability, 'InstanceType.highAvailability'), 375 /* high_availability */);
  if (o.display != null) writeDisplay(w, w.struct(o.display, 'InstanceType.display'), 234 /* display */);
  if (o.sso != null) writeSso(w, w.struct(o.sso, 'InstanceType.sso'), 855 /* sso */);
  if (o.rngDevice != null) writeRngDevice(w, w.struct(o.rngDevice, 'InstanceType.rngDevice'), 786 /* rng_device */);
  if (o.console != null) writeConsole(w, w.struct(o.console, 'InstanceType.console'), 149 /* console */);
  if (o.domain != null) writeDomain(w, w.struct(o.domain, 'InstanceType.domain'), 244 /* domain */);
  if (o.usb != null) writeUsb(w, w.struct(o.usb, 'InstanceType.usb'), 966 /* usb */);
  if (o.soundcardEnabled != null) w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'InstanceType.soundcardEnabled');
  if (o.tunnelMigration != null) w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'InstanceType.tunnelMigration');
  if (o.migrationDowntime != null) w.int(547 /* migration_downtime */, o.migrationDowntime, 'InstanceType.migrationDowntime');
  if (o.virtioScsi != null) writeVirtioScsi(w, w.struct(o.virtioScsi, 'InstanceType.virtioScsi'), 1004 /* virtio_scsi */);
  if (o.serialNumber != null) writeSerialNumber(w, w.struct(o.serialNumber, 'InstanceType.serialNumber'), 806 /* serial_number */);
  if (o.startPaused != null) w.bool(858 /* start_paused */, o.startPaused, 'InstanceType.startPaused');
  if (o.migration != null) writeMigrationOptions(w, w.struct(o.migration, 'InstanceType.migration'), 544 /* migration */);
  if (o.io != null) writeIo(w, w.struct(o.io, 'InstanceType.io'), 435 /* io */);
  if (o.customProperties != null) {
    w.open(188 /* custom_properties */);
    for (const x of w.list(o.customProperties, 'InstanceType.customProperties')) writeCustomProperty(w, w.struct(x, 'InstanceType.customProperties[]'), 189 /* custom_property */);
    w.close();
  }
  if (o.customEmulatedMachine != null) w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'InstanceType.customEmulatedMachine');
  if (o.customCpuModel != null) w.str(182 /* custom_cpu_model */, o.customCpuModel, 'InstanceType.customCpuModel');
  if (o.timeZone != null) writeTimeZone(w, w.struct(o.timeZone, 'InstanceType.timeZone'), 927 /* time_zone */);
  if (o.smallIcon != null) writeIcon(w, w.struct(o.smallIcon, 'InstanceType.smallIcon'), 828 /* small_icon */);
  if (o.largeIcon != null) writeIcon(w, w.struct(o.largeIcon, 'InstanceType.largeIcon'), 469 /* large_icon */);
  if (o.initialization != null) writeInitialization(w, w.struct(o.initialization, 'InstanceType.initialization'), 425 /* initialization */);
  if (o.memoryPolicy != null) writeMemoryPolicy(w, w.struct(o.memoryPolicy, 'InstanceType.memoryPolicy'), 534 /* memory_policy */);
  if (o.customCompatibilityVersion != null) writeVersion(w, w.struct(o.customCompatibilityVersion, 'InstanceType.customCompatibilityVersion'), 180 /* custom_compatibility_version */);
  if (o.lease != null) writeStorageDomainLease(w, w.struct(o.lease, 'InstanceType.lease'), 479 /* lease */);
  if (o.storageErrorResumeBehaviour != null) w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'InstanceType.storageErrorResumeBehaviour');
  if (o.placementPolicy != null) writeVmPlacementPolicy(w, w.struct(o.placementPolicy, 'InstanceType.placementPolicy'), 683 /* placement_policy */);
  if (o.multiQueuesEnabled != null) w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'InstanceType.multiQueuesEnabled');
  if (o.virtioScsiMultiQueuesEnabled != null) w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'InstanceType.virtioScsiMultiQueuesEnabled');
  if (o.virtioScsiMultiQueues != null) w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'InstanceType.virtioScsiMultiQueues');
  if (o.tpmEnabled != null) w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'InstanceType.tpmEnabled');
  if (o.autoPinningPolicy != null) w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'InstanceType.autoPinningPolicy');
  if (o.cpuPinningPolicy != null) w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'InstanceType.cpuPinningPolicy');
  if (o.name != null) w.str(564 /* name */, o.name, 'InstanceType.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'InstanceType.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'InstanceType.comment');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'InstanceType.cluster'), 120 /* cluster */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'InstanceType.storageDomain'), 877 /* storage_domain */);
  if (o.cpuProfile != null) writeCpuProfile(w, w.struct(o.cpuProfile, 'InstanceType.cpuProfile'), 163 /* cpu_profile */);
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'InstanceType.quota'), 729 /* quota */);
  if (o.cdroms != null && !w.unfetched(o.cdroms)) {
    w.open(106 /* cdroms */);
    for (const x of w.list(o.cdroms, 'InstanceType.cdroms')) writeCdrom(w, w.struct(x, 'InstanceType.cdroms[]'), 105 /* cdrom */);
    w.close();
  }
  if (o.graphicsConsoles != null && !w.unfetched(o.graphicsConsoles)) {
    w.open(361 /* graphics_consoles */);
    for (const x of w.list(o.graphicsConsoles, 'InstanceType.graphicsConsoles')) writeGraphicsConsole(w, w.struct(x, 'InstanceType.graphicsConsoles[]'), 360 /* graphics_console */);
    w.close();
  }
  if (o.nics != null && !w.unfetched(o.nics)) {
    w.open(597 /* nics */);
    for (const x of w.list(o.nics, 'InstanceType.nics')) writeNic(w, w.struct(x, 'InstanceType.nics[]'), 594 /* nic */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'InstanceType.permissions')) writePermission(w, w.struct(x, 'InstanceType.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.tags != null && !w.unfetched(o.tags)) {
    w.open(913 /* tags */);
    for (const x of w.list(o.tags, 'InstanceType.tags')) writeTag(w, w.struct(x, 'InstanceType.tags[]'), 912 /* tag */);
    w.close();
  }
  if (o.watchdogs != null && !w.unfetched(o.watchdogs)) {
    w.open(1051 /* watchdogs */);
    for (const x of w.list(o.watchdogs, 'InstanceType.watchdogs')) writeWatchdog(w, w.struct(x, 'InstanceType.watchdogs[]'), 1050 /* watchdog */);
    w.close();
  }
  if (o.diskAttachments != null && !w.unfetched(o.diskAttachments)) {
    w.open(223 /* disk_attachments */);
    for (const x of w.list(o.diskAttachments, 'InstanceType.diskAttachments')) writeDiskAttachment(w, w.struct(x, 'InstanceType.diskAttachments[]'), 222 /* disk_attachment */);
    w.close();
  }
  if (o.mediatedDevices != null && !w.unfetched(o.mediatedDevices)) {
    w.open(527 /* mediated_devices */);
    for (const x of w.list(o.mediatedDevices, 'InstanceType.mediatedDevices')) writeVmMediatedDevice(w, w.struct(x, 'InstanceType.mediatedDevices[]'), 1020 /* vm_mediated_device */);
    w.close();
  }
  w.close();
}

function writeIo(w: TapeWriter, o: t.IoInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Io.href', true);
  if (o.threads != null) w.int(921 /* threads */, o.threads, 'Io.threads');
  w.close();
}

function writeIp(w: TapeWriter, o: t.IpInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Ip.href', true);
  if (o.address != null) w.str(10 /* address */, o.address, 'Ip.address');
  if (o.netmask != null) w.str(568 /* netmask */, o.netmask, 'Ip.netmask');
  if (o.gateway != null) w.str(340 /* gateway */, o.gateway, 'Ip.gateway');
  if (o.version != null) w.enumValue(996 /* version */, o.version, 'Ip.version');
  w.close();
}

function writeIpAddressAssignment(w: TapeWriter, o: t.IpAddressAssignmentInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'IpAddressAssignment.href', true);
  if (o.ip != null) writeIp(w, w.struct(o.ip, 'IpAddressAssignment.ip'), 438 /* ip */);
  if (o.assignmentMethod != null) w.enumValue(43 /* assignment_method */, o.assignmentMethod, 'IpAddressAssignment.assignmentMethod');
  w.close();
}

function writeIscsiBond(w: TapeWriter, o: t.IscsiBondInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'IscsiBond.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'IscsiBond.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'IscsiBond.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'IscsiBond.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'IscsiBond.comment');
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'IscsiBond.dataCenter'), 194 /* data_center */);
  if (o.storageConnections != null && !w.unfetched(o.storageConnections)) {
    w.open(876 /* storage_connections */);
    for (const x of w.list(o.storageConnections, 'IscsiBond.storageConnections')) writeStorageConnection(w, w.struct(x, 'IscsiBond.storageConnections[]'), 873 /* storage_connection */);
    w.close();
  }
  if (o.networks != null && !w.unfetched(o.networks)) {
    w.open(586 /* networks */);
    for (const x of w.list(o.networks, 'IscsiBond.networks')) writeNetwork(w, w.struct(x, 'IscsiBond.networks[]'), 569 /* network */);
    w.close();
  }
  w.close();
}

function writeIscsiDetails(w: TapeWriter, o: t.IscsiDetailsInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'IscsiDetails.href', true);
  if (o.initiator != null) w.str(427 /* initiator */, o.initiator, 'IscsiDetails.initiator');
  if (o.port != null) w.int(690 /* port */, o.port, 'IscsiDetails.port');
  if (o.target != null) w.str(914 /* target */, o.target, 'IscsiDetails.target');
  if (o.username != null) w.str(980 /* username */, o.username, 'IscsiDetails.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'IscsiDetails.password');
  if (o.portal != null) w.str(694 /* portal */, o.portal, 'IscsiDetails.portal');
  if (o.address != null) w.str(10 /* address */, o.address, 'IscsiDetails.address');
  if (o.serial != null) w.str(805 /* serial */, o.serial, 'IscsiDetails.serial');
  if (o.vendorId != null) w.str(994 /* vendor_id */, o.vendorId, 'IscsiDetails.vendorId');
  if (o.productId != null) w.str(703 /* product_id */, o.productId, 'IscsiDetails.productId');
  if (o.lunMapping != null) w.int(497 /* lun_mapping */, o.lunMapping, 'IscsiDetails.lunMapping');
  if (o.size != null) w.int(820 /* size */, o.size, 'IscsiDetails.size');
  if (o.paths != null) w.int(667 /* paths */, o.paths, 'IscsiDetails.paths');
  if (o.status != null) w.str(865 /* status */, o.status, 'IscsiDetails.status');
  if (o.volumeGroupId != null) w.str(1043 /* volume_group_id */, o.volumeGroupId, 'IscsiDetails.volumeGroupId');
  if (o.storageDomainId != null) w.str(878 /* storage_domain_id */, o.storageDomainId, 'IscsiDetails.storageDomainId');
  if (o.diskId != null) w.str(224 /* disk_id */, o.diskId, 'IscsiDetails.diskId');
  w.close();
}

function writeJob(w: TapeWriter, o: t.JobInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Job.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Job.id', true);
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'Job.status');
  if (o.startTime != null) w.date(859 /* start_time */, o.startTime, 'Job.startTime');
  if (o.endTime != null) w.date(263 /* end_time */, o.endTime, 'Job.endTime');
  if (o.lastUpdated != null) w.date(478 /* last_updated */, o.lastUpdated, 'Job.lastUpdated');
  if (o.external != null) w.bool(281 /* external */, o.external, 'Job.external');
  if (o.autoCleared != null) w.bool(55 /* auto_cleared */, o.autoCleared, 'Job.autoCleared');
  if (o.name != null) w.str(564 /* name */, o.name, 'Job.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Job.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Job.comment');
  if (o.owner != null) writeUser(w, w.struct(o.owner, 'Job.owner'), 654 /* owner */);
  if (o.steps != null && !w.unfetched(o.steps)) {
    w.open(868 /* steps */);
    for (const x of w.list(o.steps, 'Job.steps')) writeStep(w, w.struct(x, 'Job.steps[]'), 867 /* step */);
    w.close();
  }
  w.close();
}

function writeKatelloErratum(w: TapeWriter, o: t.KatelloErratumInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'KatelloErratum.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'KatelloErratum.id', true);
  if (o.title != null) w.str(932 /* title */, o.title, 'KatelloErratum.title');
  if (o.type != null) w.str(949 /* type */, o.type, 'KatelloErratum.type');
  if (o.issued != null) w.date(454 /* issued */, o.issued, 'KatelloErratum.issued');
  if (o.severity != null) w.str(815 /* severity */, o.severity, 'KatelloErratum.severity');
  if (o.solution != null) w.str(837 /* solution */, o.solution, 'KatelloErratum.solution');
  if (o.summary != null) w.str(898 /* summary */, o.summary, 'KatelloErratum.summary');
  if (o.packages != null) {
    w.open(656 /* packages */);
    for (const x of w.list(o.packages, 'KatelloErratum.packages')) writePackage(w, w.struct(x, 'KatelloErratum.packages[]'), 655 /* package */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'KatelloErratum.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'KatelloErratum.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'KatelloErratum.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'KatelloErratum.host'), 378 /* host */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'KatelloErratum.vm'), 1016 /* vm */);
  w.close();
}

function writeKernel(w: TapeWriter, o: t.KernelInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Kernel.href', true);
  if (o.version != null) writeVersion(w, w.struct(o.version, 'Kernel.version'), 996 /* version */);
  w.close();
}

function writeKsm(w: TapeWriter, o: t.KsmInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Ksm.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'Ksm.enabled');
  if (o.mergeAcrossNodes != null) w.bool(538 /* merge_across_nodes */, o.mergeAcrossNodes, 'Ksm.mergeAcrossNodes');
  w.close();
}

function writeLinkLayerDiscoveryProtocolElement(w: TapeWriter, o: t.LinkLayerDiscoveryProtocolElementInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'LinkLayerDiscoveryProtocolElement.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'LinkLayerDiscoveryProtocolElement.id', true);
  if (o.type != null) w.int(949 /* type */, o.type, 'LinkLayerDiscoveryProtocolElement.type');
  if (o.oui != null) w.int(642 /* oui */, o.oui, 'LinkLayerDiscoveryProtocolElement.oui');
  if (o.subtype != null) w.int(896 /* subtype */, o.subtype, 'LinkLayerDiscoveryProtocolElement.subtype');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'LinkLayerDiscoveryProtocolElement.properties')) writeProperty(w, w.struct(x, 'LinkLayerDiscoveryProtocolElement.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'LinkLayerDiscoveryProtocolElement.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'LinkLayerDiscoveryProtocolElement.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'LinkLayerDiscoveryProtocolElement.comment');
  w.close();
}

function writeLogicalUnit(w: TapeWriter, o: t.LogicalUnitInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'LogicalUnit.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'LogicalUnit.id', true);
  if (o.address != null) w.str(10 /* address */, o.address, 'LogicalUnit.address');
  if (o.port != null) w.int(690 /* port */, o.port, 'LogicalUnit.port');
  if (o.target != null) w.str(914 /* target */, o.target, 'LogicalUnit.target');
  if (o.username != null) w.str(980 /* username */, o.username, 'LogicalUnit.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'LogicalUnit.password');
  if (o.portal != null) w.str(694 /* portal */, o.portal, 'LogicalUnit.portal');
  if (o.serial != null) w.str(805 /* serial */, o.serial, 'LogicalUnit.serial');
  if (o.vendorId != null) w.str(994 /* vendor_id */, o.vendorId, 'LogicalUnit.vendorId');
  if (o.productId != null) w.str(703 /* product_id */, o.productId, 'LogicalUnit.productId');
  if (o.lunMapping != null) w.int(497 /* lun_mapping */, o.lunMapping, 'LogicalUnit.lunMapping');
  if (o.size != null) w.int(820 /* size */, o.size, 'LogicalUnit.size');
  if (o.paths != null) w.int(667 /* paths */, o.paths, 'LogicalUnit.paths');
  if (o.activePaths != null) w.int(4 /* active_paths */, o.activePaths, 'LogicalUnit.activePaths');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'LogicalUnit.status');
  if (o.volumeGroupId != null) w.str(1043 /* volume_group_id */, o.volumeGroupId, 'LogicalUnit.volumeGroupId');
  if (o.storageDomainId != null) w.str(878 /* storage_domain_id */, o.storageDomainId, 'LogicalUnit.storageDomainId');
  if (o.diskId != null) w.str(224 /* disk_id */, o.diskId, 'LogicalUnit.diskId');
  if (o.discardMaxSize != null) w.int(213 /* discard_max_size */, o.discardMaxSize, 'LogicalUnit.discardMaxSize');
  if (o.discardZeroesData != null) w.bool(215 /* discard_zeroes_data */, o.discardZeroesData, 'LogicalUnit.discardZeroesData');
  w.close();
}

function writeMDevType(w: TapeWriter, o: t.MDevTypeInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'MDevType.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'MDevType.name');
  if (o.humanReadableName != null) w.str(405 /* human_readable_name */, o.humanReadableName, 'MDevType.humanReadableName');
  if (o.availableInstances != null) w.int(63 /* available_instances */, o.availableInstances, 'MDevType.availableInstances');
  if (o.description != null) w.str(204 /* description */, o.description, 'MDevType.description');
  w.close();
}

function writeMac(w: TapeWriter, o: t.MacInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Mac.href', true);
  if (o.address != null) w.str(10 /* address */, o.address, 'Mac.address');
  w.close();
}

function writeMacPool(w: TapeWriter, o: t.MacPoolInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'MacPool.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'MacPool.id', true);
  if (o.allowDuplicates != null) w.bool(30 /* allow_duplicates */, o.allowDuplicates, 'MacPool.allowDuplicates');
  if (o.defaultPool != null) w.bool(200 /* default_pool */, o.defaultPool, 'MacPool.defaultPool');
  if (o.ranges != null) {
    w.open(739 /* ranges */);
    for (const x of w.list(o.ranges, 'MacPool.ranges')) writeRange(w, w.struct(x, 'MacPool.ranges[]'), 738 /* range */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'MacPool.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'MacPool.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'MacPool.comment');
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'MacPool.permissions')) writePermission(w, w.struct(x, 'MacPool.permissions[]'), 673 /* permission */);
    w.close();
  }
  w.close();
}

function writeMemoryOverCommit(w: TapeWriter, o: t.MemoryOverCommitInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'MemoryOverCommit.href', true);
  if (o.percent != null) w.int(671 /* percent */, o.percent, 'MemoryOverCommit.percent');
  w.close();
}

function writeMemoryPolicy(w: TapeWriter, o: t.MemoryPolicyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'MemoryPolicy.href', true);
  if (o.guaranteed != null) w.int(365 /* guaranteed */, o.guaranteed, 'MemoryPolicy.guaranteed');
  if (o.max != null) w.int(513 /* max */, o.max, 'MemoryPolicy.max');
  if (o.ballooning != null) w.bool(69 /* ballooning */, o.ballooning, 'MemoryPolicy.ballooning');
  if (o.overCommit != null) writeMemoryOverCommit(w, w.struct(o.overCommit, 'MemoryPolicy.overCommit'), 649 /* over_commit */);
  if (o.transparentHugePages != null) writeTransparentHugePages(w, w.struct(o.transparentHugePages, 'MemoryPolicy.transparentHugePages'), 944 /* transparent_hugepages */);
  w.close();
}

function writeMethod(w: TapeWriter, o: t.MethodInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Method.href', true);
  if (o.id != null) w.enumValue(408 /* id */, o.id, 'Method.id', true);
  w.close();
}

function writeMigrationBandwidth(w: TapeWriter, o: t.MigrationBandwidthInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'MigrationBandwidth.href', true);
  if (o.assignmentMethod != null) w.enumValue(43 /* assignment_method */, o.assignmentMethod, 'MigrationBandwidth.assignmentMethod');
  if (o.customValue != null) w.int(192 /* custom_value */, o.customValue, 'MigrationBandwidth.customValue');
  w.close();
}

function writeMigrationOptions(w: TapeWriter, o: t.MigrationOptionsInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'MigrationOptions.href', true);
  if (o.autoConverge != null) w.enumValue(56 /* auto_converge */, o.autoConverge, 'MigrationOptions.autoConverge');
  if (o.compressed != null) w.enumValue(138 /* compressed */, o.compressed, 'MigrationOptions.compressed');
  if (o.encrypted != null) w.enumValue(262 /* encrypted */, o.encrypted, 'MigrationOptions.encrypted');
  if (o.parallelMigrationsPolicy != null) w.enumValue(658 /* parallel_migrations_policy */, o.parallelMigrationsPolicy, 'MigrationOptions.parallelMigrationsPolicy');
  if (o.customParallelMigrations != null) w.int(187 /* custom_parallel_migrations */, o.customParallelMigrations, 'MigrationOptions.customParallelMigrations');
  if (o.bandwidth != null) writeMigrationBandwidth(w, w.struct(o.bandwidth, 'MigrationOptions.bandwidth'), 71 /* bandwidth */);
  if (o.policy != null) writeMigrationPolicy(w, w.struct(o.policy, 'MigrationOptions.policy'), 688 /* policy */);
  w.close();
}

function writeMigrationPolicy(w: TapeWriter, o: t.MigrationPolicyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'MigrationPolicy.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'MigrationPolicy.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'MigrationPolicy.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'MigrationPolicy.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'MigrationPolicy.comment');
  w.close();
}

function writeNetwork(w: TapeWriter, o: t.NetworkInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Network.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Network.id', true);
  if (o.ip != null) writeIp(w, w.struct(o.ip, 'Network.ip'), 438 /* ip */);
  if (o.vlan != null) writeVlan(w, w.struct(o.vlan, 'Network.vlan'), 1014 /* vlan */);
  if (o.stp != null) w.bool(891 /* stp */, o.stp, 'Network.stp');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'Network.status');
  if (o.display != null) w.bool(234 /* display */, o.display, 'Network.display');
  if (o.mtu != null) w.int(561 /* mtu */, o.mtu, 'Network.mtu');
  if (o.usages != null) {
    w.open(965 /* usages */);
    for (const x of w.list(o.usages, 'Network.usages')) w.enumValue(963 /* usage */, x, 'Network.usages[]');
    w.close();
  }
  if (o.required != null) w.bool(779 /* required */, o.required, 'Network.required');
  if (o.profileRequired != null) w.bool(710 /* profile_required */, o.profileRequired, 'Network.profileRequired');
  if (o.dnsResolverConfiguration != null) writeDnsResolverConfiguration(w, w.struct(o.dnsResolverConfiguration, 'Network.dnsResolverConfiguration'), 238 /* dns_resolver_configuration */);
  if (o.vdsmName != null) w.str(992 /* vdsm_name */, o.vdsmName, 'Network.vdsmName');
  if (o.portIsolation != null) w.bool(691 /* port_isolation */, o.portIsolation, 'Network.portIsolation');
  if (o.name != null) w.str(564 /* name */, o.name, 'Network.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Network.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Network.comment');
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'Network.dataCenter'), 194 /* data_center */);
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'Network.cluster'), 120 /* cluster */);
  if (o.qos != null) writeQos(w, w.struct(o.qos, 'Network.qos'), 727 /* qos */);
  if (o.networkLabels != null && !w.unfetched(o.networkLabels)) {
    w.open(579 /* network_labels */);
    for (const x of w.list(o.networkLabels, 'Network.networkLabels')) writeNetworkLabel(w, w.struct(x, 'Network.networkLabels[]'), 578 /* network_label */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'Network.permissions')) writePermission(w, w.struct(x, 'Network.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.vnicProfiles != null && !w.unfetched(o.vnicProfiles)) {
    w.open(1039 /* vnic_profiles */);
    for (const x of w.list(o.vnicProfiles, 'Network.vnicProfiles')) writeVnicProfile(w, w.struct(x, 'Network.vnicProfiles[]'), 1036 /* vnic_profile */);
    w.close();
  }
  if (o.externalProvider != null) writeOpenStackNetworkProvider(w, w.struct(o.externalProvider, 'Network.externalProvider'), 298 /* external_provider */);
  if (o.externalProviderPhysicalNetwork != null) writeNetwork(w, w.struct(o.externalProviderPhysicalNetwork, 'Network.externalProviderPhysicalNetwork'), 299 /* external_provider_physical_network */);
  w.close();
}

function writeNetworkAttachment(w: TapeWriter, o: t.NetworkAttachmentInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'NetworkAttachment.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'NetworkAttachment.id', true);
  if (o.ipAddressAssignments != null) {
    w.open(440 /* ip_address_assignments */);
    for (const x of w.list(o.ipAddressAssignments, 'NetworkAttachment.ipAddressAssignments')) writeIpAddressAssignment(w, w.struct(x, 'NetworkAttachment.ipAddressAssignments[]'), 439 /* ip_address_assignment */);
    w.close();
  }
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'NetworkAttachment.properties')) writeProperty(w, w.struct(x, 'NetworkAttachment.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.inSync != null) w.bool(418 /* in_sync */, o.inSync, 'NetworkAttachment.inSync');
  if (o.reportedConfigurations != null) {
    w.open(774 /* reported_configurations */);
    for (const x of w.list(o.reportedConfigurations, 'NetworkAttachment.reportedConfigurations')) writeReportedConfiguration(w, w.struct(x, 'NetworkAttachment.reportedConfigurations[]'), 773 /* reported_configuration */);
    w.close();
  }
  if (o.dnsResolverConfiguration != null) writeDnsResolverConfiguration(w, w.struct(o.dnsResolverConfiguration, 'NetworkAttachment.dnsResolverConfiguration'), 238 /* dns_resolver_configuration */);
  if (o.name != null) w.str(564 /* name */, o.name, 'NetworkAttachment.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'NetworkAttachment.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'NetworkAttachment.comment');
  if (o.network != null) writeNetwork(w, w.struct(o.network, 'NetworkAttachment.network'), 569 /* network */);
  if (o.hostNic != null) writeHostNic(w, w.struct(o.hostNic, 'NetworkAttachment.hostNic'), 388 /* host_nic */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'NetworkAttachment.host'), 378 /* host */);
  if (o.qos != null) writeQos(w, w.struct(o.qos, 'NetworkAttachment.qos'), 727 /* qos */);
  w.close();
}

function writeNetworkConfiguration(w: TapeWriter, o: t.NetworkConfigurationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'NetworkConfiguration.href', true);
  if (o.nics != null) {
    w.open(597 /* nics */);
    for (const x of w.list(o.nics, 'NetworkConfiguration.nics')) writeNic(w, w.struct(x, 'NetworkConfiguration.nics[]'), 594 /* nic */);
    w.close();
  }
  if (o.dns != null) writeDns(w, w.struct(o.dns, 'NetworkConfiguration.dns'), 237 /* dns */);
  w.close();
}

function writeNetworkFilter(w: TapeWriter, o: t.NetworkFilterInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'NetworkFilter.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'NetworkFilter.id', true);
  if (o.version != null) writeVersion(w, w.struct(o.version, 'NetworkFilter.version'), 996 /* version */);
  if (o.name != null) w.str(564 /* name */, o.name, 'NetworkFilter.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'NetworkFilter.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'NetworkFilter.comment');
  w.close();
}

function writeNetworkFilterParameter(w: TapeWriter, o: t.NetworkFilterParameterInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'NetworkFilterParameter.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'NetworkFilterParameter.id', true);
  if (o.value != null) w.str(985 /* value */, o.value, 'NetworkFilterParameter.value');
  if (o.name != null) w.str(564 /* name */, o.name, 'NetworkFilterParameter.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'NetworkFilterParameter.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'NetworkFilterParameter.comment');
  if (o.nic != null) writeNic(w, w.struct(o.nic, 'NetworkFilterParameter.nic'), 594 /* nic */);
  w.close();
}

function writeNetworkLabel(w: TapeWriter, o: t.NetworkLabelInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'NetworkLabel.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'NetworkLabel.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'NetworkLabel.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'NetworkLabel.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'NetworkLabel.comment');
  if (o.network != null) writeNetwork(w, w.struct(o.network, 'NetworkLabel.network'), 569 /* network */);
  if (o.hostNic != null) writeHostNic(w, w.struct(o.hostNic, 'NetworkLabel.hostNic'), 388 /* host_nic */);
  w.close();
}

function writeNfsProfileDetail(w: TapeWriter, o: t.NfsProfileDetailInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'NfsProfileDetail.href', true);
  if (o.nfsServerIp != null) w.str(591 /* nfs_server_ip */, o.nfsServerIp, 'NfsProfileDetail.nfsServerIp');
  if (o.profileDetails != null) {
    w.open(709 /* profile_details */);
    for (const x of w.list(o.profileDetails, 'NfsProfileDetail.profileDetails')) writeProfileDetail(w, w.struct(x, 'NfsProfileDetail.profileDetails[]'), 708 /* profile_detail */);
    w.close();
  }
  w.close();
}

function writeNic(w: TapeWriter, o: t.NicInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Nic.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Nic.id', true);
  if (o.linked != null) w.bool(486 /* linked */, o.linked, 'Nic.linked');
  if (o.interface != null) w.enumValue(433 /* interface */, o.interface, 'Nic.interface');
  if (o.mac != null) writeMac(w, w.struct(o.mac, 'Nic.mac'), 502 /* mac */);
  if (o.plugged != null) w.bool(684 /* plugged */, o.plugged, 'Nic.plugged');
  if (o.synced != null) w.bool(905 /* synced */, o.synced, 'Nic.synced');
  if (o.bootProtocol != null) w.enumValue(88 /* boot_protocol */, o.bootProtocol, 'Nic.bootProtocol');
  if (o.onBoot != null) w.bool(607 /* on_boot */, o.onBoot, 'Nic.onBoot');
  if (o.name != null) w.str(564 /* name */, o.name, 'Nic.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Nic.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Nic.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Nic.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'Nic.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'Nic.vms')) writeVm(w, w.struct(x, 'Nic.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Nic.vm'), 1016 /* vm */);
  if (o.network != null) writeNetwork(w, w.struct(o.network, 'Nic.network'), 569 /* network */);
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'Nic.statistics')) writeStatistic(w, w.struct(x, 'Nic.statistics[]'), 863 /* statistic */);
    w.close();
  }
  if (o.vnicProfile != null) writeVnicProfile(w, w.struct(o.vnicProfile, 'Nic.vnicProfile'), 1036 /* vnic_profile */);
  if (o.networkLabels != null && !w.unfetched(o.networkLabels)) {
    w.open(579 /* network_labels */);
    for (const x of w.list(o.networkLabels, 'Nic.networkLabels')) writeNetworkLabel(w, w.struct(x, 'Nic.networkLabels[]'), 578 /* network_label */);
    w.close();
  }
  if (o.networkAttachments != null && !w.unfetched(o.networkAttachments)) {
    w.open(571 /* network_attachments */);
    for (const x of w.list(o.networkAttachments, 'Nic.networkAttachments')) writeNetworkAttachment(w, w.struct(x, 'Nic.networkAttachments[]'), 570 /* network_attachment */);
    w.close();
  }
  if (o.virtualFunctionAllowedLabels != null && !w.unfetched(o.virtualFunctionAllowedLabels)) {
    w.open(1008 /* virtual_function_allowed_labels */);
    for (const x of w.list(o.virtualFunctionAllowedLabels, 'Nic.virtualFunctionAllowedLabels')) writeNetworkLabel(w, w.struct(x, 'Nic.virtualFunctionAllowedLabels[]'), 578 /* network_label */);
    w.close();
  }
  if (o.virtualFunctionAllowedNetworks != null && !w.unfetched(o.virtualFunctionAllowedNetworks)) {
    w.open(1009 /* virtual_function_allowed_networks */);
    for (const x of w.list(o.virtualFunctionAllowedNetworks, 'Nic.virtualFunctionAllowedNetworks')) writeNetwork(w, w.struct(x, 'Nic.virtualFunctionAllowedNetworks[]'), 569 /* network */);
    w.close();
  }
  if (o.reportedDevices != null && !w.unfetched(o.reportedDevices)) {
    w.open(776 /* reported_devices */);
    for (const x of w.list(o.reportedDevices, 'Nic.reportedDevices')) writeReportedDevice(w, w.struct(x, 'Nic.reportedDevices[]'), 775 /* reported_device */);
    w.close();
  }
  if (o.networkFilterParameters != null && !w.unfetched(o.networkFilterParameters)) {
    w.open(576 /* network_filter_parameters */);
    for (const x of w.list(o.networkFilterParameters, 'Nic.networkFilterParameters')) writeNetworkFilterParameter(w, w.struct(x, 'Nic.networkFilterParameters[]'), 575 /* network_filter_parameter */);
    w.close();
  }
  w.close();
}

function writeNicConfiguration(w: TapeWriter, o: t.NicConfigurationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'NicConfiguration.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'NicConfiguration.name');
  if (o.ip != null) writeIp(w, w.struct(o.ip, 'NicConfiguration.ip'), 438 /* ip */);
  if (o.bootProtocol != null) w.enumValue(88 /* boot_protocol */, o.bootProtocol, 'NicConfiguration.bootProtocol');
  if (o.ipv6 != null) writeIp(w, w.struct(o.ipv6, 'NicConfiguration.ipv6'), 443 /* ipv6 */);
  if (o.ipv6BootProtocol != null) w.enumValue(444 /* ipv6_boot_protocol */, o.ipv6BootProtocol, 'NicConfiguration.ipv6BootProtocol');
  if (o.onBoot != null) w.bool(607 /* on_boot */, o.onBoot, 'NicConfiguration.onBoot');
  w.close();
}

function writeNumaNode(w: TapeWriter, o: t.NumaNodeInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'NumaNode.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'NumaNode.id', true);
  if (o.index != null) w.int(423 /* index */, o.index, 'NumaNode.index');
  if (o.memory != null) w.int(529 /* memory */, o.memory, 'NumaNode.memory');
  if (o.cpu != null) writeCpu(w, w.struct(o.cpu, 'NumaNode.cpu'), 159 /* cpu */);
  if (o.nodeDistance != null) w.str(598 /* node_distance */, o.nodeDistance, 'NumaNode.nodeDistance');
  if (o.name != null) w.str(564 /* name */, o.name, 'NumaNode.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'NumaNode.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'NumaNode.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'NumaNode.host'), 378 /* host */);
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'NumaNode.statistics')) writeStatistic(w, w.struct(x, 'NumaNode.statistics[]'), 863 /* statistic */);
    w.close();
  }
  w.close();
}

function writeNumaNodePin(w: TapeWriter, o: t.NumaNodePinInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'NumaNodePin.href', true);
  if (o.hostNumaNode != null) writeNumaNode(w, w.struct(o.hostNumaNode, 'NumaNodePin.hostNumaNode'), 392 /* host_numa_node */);
  if (o.pinned != null) w.bool(681 /* pinned */, o.pinned, 'NumaNodePin.pinned');
  if (o.index != null) w.int(423 /* index */, o.index, 'NumaNodePin.index');
  w.close();
}

function writeOpenStackImage(w: TapeWriter, o: t.OpenStackImageInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OpenStackImage.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OpenStackImage.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'OpenStackImage.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OpenStackImage.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OpenStackImage.comment');
  if (o.openstackImageProvider != null) writeOpenStackImageProvider(w, w.struct(o.openstackImageProvider, 'OpenStackImage.openstackImageProvider'), 614 /* openstack_image_provider */);
  w.close();
}

function writeOpenStackImageProvider(w: TapeWriter, o: t.OpenStackImageProviderInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OpenStackImageProvider.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OpenStackImageProvider.id', true);
  if (o.tenantName != null) w.str(920 /* tenant_name */, o.tenantName, 'OpenStackImageProvider.tenantName');
  if (o.url != null) w.str(962 /* url */, o.url, 'OpenStackImageProvider.url');
  if (o.requiresAuthentication != null) w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'OpenStackImageProvider.requiresAuthentication');
  if (o.username != null) w.str(980 /* username */, o.username, 'OpenStackImageProvider.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'OpenStackImageProvider.password');
  if (o.authenticationUrl != null) w.str(50 /* authentication_url */, o.authenticationUrl, 'OpenStackImageProvider.authenticationUrl');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'OpenStackImageProvider.properties')) writeProperty(w, w.struct(x, 'OpenStackImageProvider.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'OpenStackImageProvider.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OpenStackImageProvider.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OpenStackImageProvider.comment');
  if (o.certificates != null && !w.unfetched(o.certificates)) {
    w.open(108 /* certificates */);
    for (const x of w.list(o.certificates, 'OpenStackImageProvider.certificates')) writeCertificate(w, w.struct(x, 'OpenStackImageProvider.certificates[]'), 107 /* certificate */);
    w.close();
  }
  if (o.images != null && !w.unfetched(o.images)) {
    w.open(415 /* images */);
    for (const x of w.list(o.images, 'OpenStackImageProvider.images')) writeOpenStackImage(w, w.struct(x, 'OpenStackImageProvider.images[]'), 613 /* openstack_image */);
    w.close();
  }
  w.close();
}

function writeOpenStackNetwork(w: TapeWriter, o: t.OpenStackNetworkInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OpenStackNetwork.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OpenStackNetwork.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'OpenStackNetwork.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OpenStackNetwork.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OpenStackNetwork.comment');
  if (o.openstackNetworkProvider != null) writeOpenStackNetworkProvider(w, w.struct(o.openstackNetworkProvider, 'OpenStackNetwork.openstackNetworkProvider'), 618 /* openstack_network_provider */);
  w.close();
}

function writeOpenStackNetworkProvider(w: TapeWriter, o: t.OpenStackNetworkProviderInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OpenStackNetworkProvider.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OpenStackNetworkProvider.id', true);
  if (o.pluginType != null) w.enumValue(685 /* plugin_type */, o.pluginType, 'OpenStackNetworkProvider.pluginType');
  if (o.externalPluginType != null) w.str(297 /* external_plugin_type */, o.externalPluginType, 'OpenStackNetworkProvider.externalPluginType');
  if (o.agentConfiguration != null) writeAgentConfiguration(w, w.struct(o.agentConfiguration, 'OpenStackNetworkProvider.agentConfiguration'), 24 /* agent_configuration */);
  if (o.readOnly != null) w.bool(742 /* read_only */, o.readOnly, 'OpenStackNetworkProvider.readOnly');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'OpenStackNetworkProvider.type');
  if (o.autoSync != null) w.bool(60 /* auto_sync */, o.autoSync, 'OpenStackNetworkProvider.autoSync');
  if (o.unmanaged != null) w.bool(953 /* unmanaged */, o.unmanaged, 'OpenStackNetworkProvider.unmanaged');
  if (o.userDomainName != null) w.str(975 /* user_domain_name */, o.userDomainName, 'OpenStackNetworkProvider.userDomainName');
  if (o.projectName != null) w.str(714 /* project_name */, o.projectName, 'OpenStackNetworkProvider.projectName');
  if (o.projectDomainName != null) w.str(713 /* project_domain_name */, o.projectDomainName, 'OpenStackNetworkProvider.projectDomainName');
  if (o.tenantName != null) w.str(920 /* tenant_name */, o.tenantName, 'OpenStackNetworkProvider.tenantName');
  if (o.url != null) w.str(962 /* url */, o.url, 'OpenStackNetworkProvider.url');
  if (o.requiresAuthentication != null) w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'OpenStackNetworkProvider.requiresAuthentication');
  if (o.username != null) w.str(980 /* username */, o.username, 'OpenStackNetworkProvider.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'OpenStackNetworkProvider.password');
  if (o.authenticationUrl != null) w.str(50 /* authentication_url */, o.authenticationUrl, 'OpenStackNetworkProvider.authenticationUrl');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'OpenStackNetworkProvider.properties')) writeProperty(w, w.struct(x, 'OpenStackNetworkProvider.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'OpenStackNetworkProvider.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OpenStackNetworkProvider.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OpenStackNetworkProvider.comment');
  if (o.certificates != null && !w.unfetched(o.certificates)) {
    w.open(108 /* certificates */);
    for (const x of w.list(o.certificates, 'OpenStackNetworkProvider.certificates')) writeCertificate(w, w.struct(x, 'OpenStackNetworkProvider.certificates[]'), 107 /* certificate */);
    w.close();
  }
  if (o.networks != null && !w.unfetched(o.networks)) {
    w.open(586 /* networks */);
    for (const x of w.list(o.networks, 'OpenStackNetworkProvider.networks')) writeOpenStackNetwork(w, w.struct(x, 'OpenStackNetworkProvider.networks[]'), 617 /* openstack_network */);
    w.close();
  }
  if (o.subnets != null && !w.unfetched(o.subnets)) {
    w.open(895 /* subnets */);
    for (const x of w.list(o.subnets, 'OpenStackNetworkProvider.subnets')) writeOpenStackSubnet(w, w.struct(x, 'OpenStackNetworkProvider.subnets[]'), 621 /* openstack_subnet */);
    w.close();
  }
  w.close();
}

function writeOpenStackProvider(w: TapeWriter, o: t.OpenStackProviderInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OpenStackProvider.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OpenStackProvider.id', true);
  if (o.tenantName != null) w.str(920 /* tenant_name */, o.tenantName, 'OpenStackProvider.tenantName');
  if (o.url != null) w.str(962 /* url */, o.url, 'OpenStackProvider.url');
  if (o.requiresAuthentication != null) w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'OpenStackProvider.requiresAuthentication');
  if (o.username != null) w.str(980 /* username */, o.username, 'OpenStackProvider.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'OpenStackProvider.password');
  if (o.authenticationUrl != null) w.str(50 /* authentication_url */, o.authenticationUrl, 'OpenStackProvider.authenticationUrl');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'OpenStackProvider.properties')) writeProperty(w, w.struct(x, 'OpenStackProvider.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'OpenStackProvider.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OpenStackProvider.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OpenStackProvider.comment');
  w.close();
}

function writeOpenStackSubnet(w: TapeWriter, o: t.OpenStackSubnetInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OpenStackSubnet.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OpenStackSubnet.id', true);
  if (o.cidr != null) w.str(113 /* cidr */, o.cidr, 'OpenStackSubnet.cidr');
  if (o.ipVersion != null) w.str(441 /* ip_version */, o.ipVersion, 'OpenStackSubnet.ipVersion');
  if (o.gateway != null) w.str(340 /* gateway */, o.gateway, 'OpenStackSubnet.gateway');
  if (o.dnsServers != null) {
    w.open(242 /* dns_servers */);
    for (const x of w.list(o.dnsServers, 'OpenStackSubnet.dnsServers')) w.str(241 /* dns_server */, x, 'OpenStackSubnet.dnsServers[]');
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'OpenStackSubnet.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OpenStackSubnet.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OpenStackSubnet.comment');
  if (o.openstackNetwork != null) writeOpenStackNetwork(w, w.struct(o.openstackNetwork, 'OpenStackSubnet.openstackNetwork'), 617 /* openstack_network */);
  w.close();
}

function writeOpenStackVolumeProvider(w: TapeWriter, o: t.OpenStackVolumeProviderInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OpenStackVolumeProvider.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OpenStackVolumeProvider.id', true);
  if (o.tenantName != null) w.str(920 /* tenant_name */, o.tenantName, 'OpenStackVolumeProvider.tenantName');
  if (o.url != null) w.str(962 /* url */, o.url, 'OpenStackVolumeProvider.url');
  if (o.requiresAuthentication != null) w.bool(782 /* requires_authentication */, o.requiresAuthentication, 'OpenStackVolumeProvider.requiresAuthentication');
  if (o.username != null) w.str(980 /* username */, o.username, 'OpenStackVolumeProvider.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'OpenStackVolumeProvider.password');
  if (o.authenticationUrl != null) w.str(50 /* authentication_url */, o.authenticationUrl, 'OpenStackVolumeProvider.authenticationUrl');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'OpenStackVolumeProvider.properties')) writeProperty(w, w.struct(x, 'OpenStackVolumeProvider.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'OpenStackVolumeProvider.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OpenStackVolumeProvider.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OpenStackVolumeProvider.comment');
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'OpenStackVolumeProvider.dataCenter'), 194 /* data_center */);
  if (o.certificates != null && !w.unfetched(o.certificates)) {
    w.open(108 /* certificates */);
    for (const x of w.list(o.certificates, 'OpenStackVolumeProvider.certificates')) writeCertificate(w, w.struct(x, 'OpenStackVolumeProvider.certificates[]'), 107 /* certificate */);
    w.close();
  }
  if (o.volumeTypes != null && !w.unfetched(o.volumeTypes)) {
    w.open(1047 /* volume_types */);
    for (const x of w.list(o.volumeTypes, 'OpenStackVolumeProvider.volumeTypes')) writeOpenStackVolumeType(w, w.struct(x, 'OpenStackVolumeProvider.volumeTypes[]'), 611 /* open_stack_volume_type */);
    w.close();
  }
  if (o.authenticationKeys != null && !w.unfetched(o.authenticationKeys)) {
    w.open(48 /* authentication_keys */);
    for (const x of w.list(o.authenticationKeys, 'OpenStackVolumeProvider.authenticationKeys')) writeOpenstackVolumeAuthenticationKey(w, w.struct(x, 'OpenStackVolumeProvider.authenticationKeys[]'), 623 /* openstack_volume_authentication_key */);
    w.close();
  }
  w.close();
}

function writeOpenStackVolumeType(w: TapeWriter, o: t.OpenStackVolumeTypeInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OpenStackVolumeType.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OpenStackVolumeType.id', true);
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'OpenStackVolumeType.properties')) writeProperty(w, w.struct(x, 'OpenStackVolumeType.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'OpenStackVolumeType.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OpenStackVolumeType.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OpenStackVolumeType.comment');
  if (o.openstackVolumeProvider != null) writeOpenStackVolumeProvider(w, w.struct(o.openstackVolumeProvider, 'OpenStackVolumeType.openstackVolumeProvider'), 625 /* openstack_volume_provider */);
  w.close();
}

function writeOpenstackVolumeAuthenticationKey(w: TapeWriter, o: t.OpenstackVolumeAuthenticationKeyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OpenstackVolumeAuthenticationKey.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OpenstackVolumeAuthenticationKey.id', true);
  if (o.uuid != null) w.str(984 /* uuid */, o.uuid, 'OpenstackVolumeAuthenticationKey.uuid');
  if (o.value != null) w.str(985 /* value */, o.value, 'OpenstackVolumeAuthenticationKey.value');
  if (o.usageType != null) w.enumValue(964 /* usage_type */, o.usageType, 'OpenstackVolumeAuthenticationKey.usageType');
  if (o.creationDate != null) w.date(177 /* creation_date */, o.creationDate, 'OpenstackVolumeAuthenticationKey.creationDate');
  if (o.name != null) w.str(564 /* name */, o.name, 'OpenstackVolumeAuthenticationKey.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OpenstackVolumeAuthenticationKey.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OpenstackVolumeAuthenticationKey.comment');
  if (o.openstackVolumeProvider != null) writeOpenStackVolumeProvider(w, w.struct(o.openstackVolumeProvider, 'OpenstackVolumeAuthenticationKey.openstackVolumeProvider'), 625 /* openstack_volume_provider */);
  w.close();
}

function writeOperatingSystem(w: TapeWriter, o: t.OperatingSystemInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OperatingSystem.href', true);
  if (o.type != null) w.str(949 /* type */, o.type, 'OperatingSystem.type');
  if (o.boot != null) writeBoot(w, w.struct(o.boot, 'OperatingSystem.boot'), 85 /* boot */);
  if (o.kernel != null) w.str(462 /* kernel */, o.kernel, 'OperatingSystem.kernel');
  if (o.initrd != null) w.str(428 /* initrd */, o.initrd, 'OperatingSystem.initrd');
  if (o.cmdline != null) w.str(130 /* cmdline */, o.cmdline, 'OperatingSystem.cmdline');
  if (o.reportedKernelCmdline != null) w.str(777 /* reported_kernel_cmdline */, o.reportedKernelCmdline, 'OperatingSystem.reportedKernelCmdline');
  if (o.customKernelCmdline != null) w.str(186 /* custom_kernel_cmdline */, o.customKernelCmdline, 'OperatingSystem.customKernelCmdline');
  if (o.description != null) w.str(204 /* description */, o.description, 'OperatingSystem.description');
  if (o.version != null) writeVersion(w, w.struct(o.version, 'OperatingSystem.version'), 996 /* version */);
  w.close();
}

function writeOperatingSystemInfo(w: TapeWriter, o: t.OperatingSystemInfoInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'OperatingSystemInfo.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'OperatingSystemInfo.id', true);
  if (o.largeIcon != null) writeIcon(w, w.struct(o.largeIcon, 'OperatingSystemInfo.largeIcon'), 469 /* large_icon */);
  if (o.smallIcon != null) writeIcon(w, w.struct(o.smallIcon, 'OperatingSystemInfo.smallIcon'), 828 /* small_icon */);
  if (o.architecture != null) w.enumValue(41 /* architecture */, o.architecture, 'OperatingSystemInfo.architecture');
  if (o.tpmSupport != null) w.enumValue(940 /* tpm_support */, o.tpmSupport, 'OperatingSystemInfo.tpmSupport');
  if (o.name != null) w.str(564 /* name */, o.name, 'OperatingSystemInfo.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'OperatingSystemInfo.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'OperatingSystemInfo.comment');
  w.close();
}

function writeOption(w: TapeWriter, o: t.OptionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Option.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Option.name');
  if (o.value != null) w.str(985 /* value */, o.value, 'Option.value');
  if (o.type != null) w.str(949 /* type */, o.type, 'Option.type');
  w.close();
}

function writePackage(w: TapeWriter, o: t.PackageInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Package.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Package.name');
  w.close();
}

function writePayload(w: TapeWriter, o: t.PayloadInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Payload.href', true);
  if (o.files != null) {
    w.open(320 /* files */);
    for (const x of w.list(o.files, 'Payload.files')) writeFile(w, w.struct(x, 'Payload.files[]'), 317 /* file */);
    w.close();
  }
  if (o.volumeId != null) w.str(1045 /* volume_id */, o.volumeId, 'Payload.volumeId');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Payload.type');
  w.close();
}

function writePermission(w: TapeWriter, o: t.PermissionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Permission.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Permission.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Permission.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Permission.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Permission.comment');
  if (o.role != null) writeRole(w, w.struct(o.role, 'Permission.role'), 788 /* role */);
  if (o.user != null) writeUser(w, w.struct(o.user, 'Permission.user'), 974 /* user */);
  if (o.group != null) writeGroup(w, w.struct(o.group, 'Permission.group'), 363 /* group */);
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'Permission.dataCenter'), 194 /* data_center */);
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'Permission.cluster'), 120 /* cluster */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'Permission.host'), 378 /* host */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'Permission.storageDomain'), 877 /* storage_domain */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Permission.vm'), 1016 /* vm */);
  if (o.vmPool != null) writeVmPool(w, w.struct(o.vmPool, 'Permission.vmPool'), 1026 /* vm_pool */);
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Permission.template'), 916 /* template */);
  if (o.disk != null) writeDisk(w, w.struct(o.disk, 'Permission.disk'), 221 /* disk */);
  w.close();
}

function writePermit(w: TapeWriter, o: t.PermitInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Permit.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Permit.id', true);
  if (o.administrative != null) w.bool(11 /* administrative */, o.administrative, 'Permit.administrative');
  if (o.name != null) w.str(564 /* name */, o.name, 'Permit.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Permit.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Permit.comment');
  if (o.role != null) writeRole(w, w.struct(o.role, 'Permit.role'), 788 /* role */);
  w.close();
}

function writePmProxy(w: TapeWriter, o: t.PmProxyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'PmProxy.href', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'PmProxy.type');
  w.close();
}

function writePortMirroring(w: TapeWriter, o: t.PortMirroringInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'PortMirroring.href', true);
  w.close();
}

function writePowerManagement(w: TapeWriter, o: t.PowerManagementInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'PowerManagement.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'PowerManagement.enabled');
  if (o.address != null) w.str(10 /* address */, o.address, 'PowerManagement.address');
  if (o.username != null) w.str(980 /* username */, o.username, 'PowerManagement.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'PowerManagement.password');
  if (o.options != null) {
    w.open(634 /* options */);
    for (const x of w.list(o.options, 'PowerManagement.options')) writeOption(w, w.struct(x, 'PowerManagement.options[]'), 632 /* option */);
    w.close();
  }
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'PowerManagement.status');
  if (o.pmProxies != null) {
    w.open(686 /* pm_proxies */);
    for (const x of w.list(o.pmProxies, 'PowerManagement.pmProxies')) writePmProxy(w, w.struct(x, 'PowerManagement.pmProxies[]'), 687 /* pm_proxy */);
    w.close();
  }
  if (o.agents != null) {
    w.open(26 /* agents */);
    for (const x of w.list(o.agents, 'PowerManagement.agents')) writeAgent(w, w.struct(x, 'PowerManagement.agents[]'), 23 /* agent */);
    w.close();
  }
  if (o.automaticPmEnabled != null) w.bool(61 /* automatic_pm_enabled */, o.automaticPmEnabled, 'PowerManagement.automaticPmEnabled');
  if (o.kdumpDetection != null) w.bool(460 /* kdump_detection */, o.kdumpDetection, 'PowerManagement.kdumpDetection');
  if (o.type != null) w.str(949 /* type */, o.type, 'PowerManagement.type');
  w.close();
}

function writeProduct(w: TapeWriter, o: t.ProductInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Product.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Product.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Product.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Product.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Product.comment');
  w.close();
}

function writeProductInfo(w: TapeWriter, o: t.ProductInfoInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ProductInfo.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'ProductInfo.name');
  if (o.vendor != null) w.str(993 /* vendor */, o.vendor, 'ProductInfo.vendor');
  if (o.version != null) writeVersion(w, w.struct(o.version, 'ProductInfo.version'), 996 /* version */);
  if (o.instanceId != null) w.str(430 /* instance_id */, o.instanceId, 'ProductInfo.instanceId');
  w.close();
}

function writeProfileDetail(w: TapeWriter, o: t.ProfileDetailInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ProfileDetail.href', true);
  if (o.profileType != null) w.str(711 /* profile_type */, o.profileType, 'ProfileDetail.profileType');
  if (o.duration != null) w.int(253 /* duration */, o.duration, 'ProfileDetail.duration');
  if (o.statistics != null) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'ProfileDetail.statistics')) writeStatistic(w, w.struct(x, 'ProfileDetail.statistics[]'), 863 /* statistic */);
    w.close();
  }
  if (o.blockStatistics != null) {
    w.open(80 /* block_statistics */);
    for (const x of w.list(o.blockStatistics, 'ProfileDetail.blockStatistics')) writeBlockStatistic(w, w.struct(x, 'ProfileDetail.blockStatistics[]'), 79 /* block_statistic */);
    w.close();
  }
  if (o.fopStatistics != null) {
    w.open(332 /* fop_statistics */);
    for (const x of w.list(o.fopStatistics, 'ProfileDetail.fopStatistics')) writeFopStatistic(w, w.struct(x, 'ProfileDetail.fopStatistics[]'), 331 /* fop_statistic */);
    w.close();
  }
  w.close();
}

function writeProperty(w: TapeWriter, o: t.PropertyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Property.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Property.name');
  if (o.value != null) w.str(985 /* value */, o.value, 'Property.value');
  w.close();
}

function writeProxyTicket(w: TapeWriter, o: t.ProxyTicketInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ProxyTicket.href', true);
  if (o.value != null) w.str(985 /* value */, o.value, 'ProxyTicket.value');
  w.close();
}

function writeQos(w: TapeWriter, o: t.QosInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Qos.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Qos.id', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Qos.type');
  if (o.maxThroughput != null) w.int(521 /* max_throughput */, o.maxThroughput, 'Qos.maxThroughput');
  if (o.maxReadThroughput != null) w.int(518 /* max_read_throughput */, o.maxReadThroughput, 'Qos.maxReadThroughput');
  if (o.maxWriteThroughput != null) w.int(524 /* max_write_throughput */, o.maxWriteThroughput, 'Qos.maxWriteThroughput');
  if (o.maxIops != null) w.int(515 /* max_iops */, o.maxIops, 'Qos.maxIops');
  if (o.maxReadIops != null) w.int(517 /* max_read_iops */, o.maxReadIops, 'Qos.maxReadIops');
  if (o.maxWriteIops != null) w.int(523 /* max_write_iops */, o.maxWriteIops, 'Qos.maxWriteIops');
  if (o.cpuLimit != null) w.int(161 /* cpu_limit */, o.cpuLimit, 'Qos.cpuLimit');
  if (o.inboundAverage != null) w.int(420 /* inbound_average */, o.inboundAverage, 'Qos.inboundAverage');
  if (o.inboundPeak != null) w.int(422 /* inbound_peak */, o.inboundPeak, 'Qos.inboundPeak');
  if (o.inboundBurst != null) w.int(421 /* inbound_burst */, o.inboundBurst, 'Qos.inboundBurst');
  if (o.outboundAverage != null) w.int(643 /* outbound_average */, o.outboundAverage, 'Qos.outboundAverage');
  if (o.outboundPeak != null) w.int(648 /* outbound_peak */, o.outboundPeak, 'Qos.outboundPeak');
  if (o.outboundBurst != null) w.int(647 /* outbound_burst */, o.outboundBurst, 'Qos.outboundBurst');
  if (o.outboundAverageLinkshare != null) w.int(644 /* outbound_average_linkshare */, o.outboundAverageLinkshare, 'Qos.outboundAverageLinkshare');
  if (o.outboundAverageUpperlimit != null) w.int(646 /* outbound_average_upperlimit */, o.outboundAverageUpperlimit, 'Qos.outboundAverageUpperlimit');
  if (o.outboundAverageRealtime != null) w.int(645 /* outbound_average_realtime */, o.outboundAverageRealtime, 'Qos.outboundAverageRealtime');
  if (o.name != null) w.str(564 /* name */, o.name, 'Qos.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Qos.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Qos.comment');
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'Qos.dataCenter'), 194 /* data_center */);
  w.close();
}

function writeQuota(w: TapeWriter, o: t.QuotaInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Quota.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Quota.id', true);
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'Quota.dataCenter'), 194 /* data_center */);
  if (o.vms != null) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'Quota.vms')) writeVm(w, w.struct(x, 'Quota.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.disks != null) {
    w.open(231 /* disks */);
    for (const x of w.list(o.disks, 'Quota.disks')) writeDisk(w, w.struct(x, 'Quota.disks[]'), 221 /* disk */);
    w.close();
  }
  if (o.users != null) {
    w.open(981 /* users */);
    for (const x of w.list(o.users, 'Quota.users')) writeUser(w, w.struct(x, 'Quota.users[]'), 974 /* user */);
    w.close();
  }
  if (o.clusterSoftLimitPct != null) w.int(127 /* cluster_soft_limit_pct */, o.clusterSoftLimitPct, 'Quota.clusterSoftLimitPct');
  if (o.clusterHardLimitPct != null) w.int(123 /* cluster_hard_limit_pct */, o.clusterHardLimitPct, 'Quota.clusterHardLimitPct');
  if (o.storageSoftLimitPct != null) w.int(885 /* storage_soft_limit_pct */, o.storageSoftLimitPct, 'Quota.storageSoftLimitPct');
  if (o.storageHardLimitPct != null) w.int(884 /* storage_hard_limit_pct */, o.storageHardLimitPct, 'Quota.storageHardLimitPct');
  if (o.name != null) w.str(564 /* name */, o.name, 'Quota.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Quota.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Quota.comment');
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'Quota.permissions')) writePermission(w, w.struct(x, 'Quota.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.quotaClusterLimits != null && !w.unfetched(o.quotaClusterLimits)) {
    w.open(731 /* quota_cluster_limits */);
    for (const x of w.list(o.quotaClusterLimits, 'Quota.quotaClusterLimits')) writeQuotaClusterLimit(w, w.struct(x, 'Quota.quotaClusterLimits[]'), 730 /* quota_cluster_limit */);
    w.close();
  }
  if (o.quotaStorageLimits != null && !w.unfetched(o.quotaStorageLimits)) {
    w.open(734 /* quota_storage_limits */);
    for (const x of w.list(o.quotaStorageLimits, 'Quota.quotaStorageLimits')) writeQuotaStorageLimit(w, w.struct(x, 'Quota.quotaStorageLimits[]'), 733 /* quota_storage_limit */);
    w.close();
  }
  w.close();
}

function writeQuotaClusterLimit(w: TapeWriter, o: t.QuotaClusterLimitInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'QuotaClusterLimit.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'QuotaClusterLimit.id', true);
  if (o.vcpuLimit != null) w.int(988 /* vcpu_limit */, o.vcpuLimit, 'QuotaClusterLimit.vcpuLimit');
  if (o.vcpuUsage != null) w.int(991 /* vcpu_usage */, o.vcpuUsage, 'QuotaClusterLimit.vcpuUsage');
  if (o.memoryLimit != null) w.dec(530 /* memory_limit */, o.memoryLimit, 'QuotaClusterLimit.memoryLimit');
  if (o.memoryUsage != null) w.dec(537 /* memory_usage */, o.memoryUsage, 'QuotaClusterLimit.memoryUsage');
  if (o.name != null) w.str(564 /* name */, o.name, 'QuotaClusterLimit.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'QuotaClusterLimit.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'QuotaClusterLimit.comment');
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'QuotaClusterLimit.quota'), 729 /* quota */);
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'QuotaClusterLimit.cluster'), 120 /* cluster */);
  w.close();
}

function writeQuotaStorageLimit(w: TapeWriter, o: t.QuotaStorageLimitInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'QuotaStorageLimit.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'QuotaStorageLimit.id', true);
  if (o.limit != null) w.int(482 /* limit */, o.limit, 'QuotaStorageLimit.limit');
  if (o.usage != null) w.dec(963 /* usage */, o.usage, 'QuotaStorageLimit.usage');
  if (o.name != null) w.str(564 /* name */, o.name, 'QuotaStorageLimit.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'QuotaStorageLimit.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'QuotaStorageLimit.comment');
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'QuotaStorageLimit.quota'), 729 /* quota */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'QuotaStorageLimit.storageDomain'), 877 /* storage_domain */);
  w.close();
}

function writeRange(w: TapeWriter, o: t.RangeInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Range.href', true);
  if (o.from != null) w.str(336 /* from */, o.from, 'Range.from');
  if (o.to != null) w.str(934 /* to */, o.to, 'Range.to');
  w.close();
}

function writeRate(w: TapeWriter, o: t.RateInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Rate.href', true);
  if (o.bytes != null) w.int(101 /* bytes */, o.bytes, 'Rate.bytes');
  if (o.period != null) w.int(672 /* period */, o.period, 'Rate.period');
  w.close();
}

function writeRegistrationAffinityGroupMapping(w: TapeWriter, o: t.RegistrationAffinityGroupMappingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'RegistrationAffinityGroupMapping.href', true);
  if (o.from != null) writeAffinityGroup(w, w.struct(o.from, 'RegistrationAffinityGroupMapping.from'), 336 /* from */);
  if (o.to != null) writeAffinityGroup(w, w.struct(o.to, 'RegistrationAffinityGroupMapping.to'), 934 /* to */);
  w.close();
}

function writeRegistrationAffinityLabelMapping(w: TapeWriter, o: t.RegistrationAffinityLabelMappingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'RegistrationAffinityLabelMapping.href', true);
  if (o.from != null) writeAffinityLabel(w, w.struct(o.from, 'RegistrationAffinityLabelMapping.from'), 336 /* from */);
  if (o.to != null) writeAffinityLabel(w, w.struct(o.to, 'RegistrationAffinityLabelMapping.to'), 934 /* to */);
  w.close();
}

function writeRegistrationClusterMapping(w: TapeWriter, o: t.RegistrationClusterMappingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'RegistrationClusterMapping.href', true);
  if (o.from != null) writeCluster(w, w.struct(o.from, 'RegistrationClusterMapping.from'), 336 /* from */);
  if (o.to != null) writeCluster(w, w.struct(o.to, 'RegistrationClusterMapping.to'), 934 /* to */);
  w.close();
}

function writeRegistrationConfiguration(w: TapeWriter, o: t.RegistrationConfigurationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'RegistrationConfiguration.href', true);
  if (o.clusterMappings != null) {
    w.open(126 /* cluster_mappings */);
    for (const x of w.list(o.clusterMappings, 'RegistrationConfiguration.clusterMappings')) writeRegistrationClusterMapping(w, w.struct(x, 'RegistrationConfiguration.clusterMappings[]'), 754 /* registration_cluster_mapping */);
    w.close();
  }
  if (o.roleMappings != null) {
    w.open(789 /* role_mappings */);
    for (const x of w.list(o.roleMappings, 'RegistrationConfiguration.roleMappings')) writeRegistrationRoleMapping(w, w.struct(x, 'RegistrationConfiguration.roleMappings[]'), 762 /* registration_role_mapping */);
    w.close();
  }
  if (o.lunMappings != null) {
    w.open(498 /* lun_mappings */);
    for (const x of w.list(o.lunMappings, 'RegistrationConfiguration.lunMappings')) writeRegistrationLunMapping(w, w.struct(x, 'RegistrationConfiguration.lunMappings[]'), 760 /* registration_lun_mapping */);
    w.close();
  }
  if (o.domainMappings != null) {
    w.open(246 /* domain_mappings */);
    for (const x of w.list(o.domainMappings, 'RegistrationConfiguration.domainMappings')) writeRegistrationDomainMapping(w, w.struct(x, 'RegistrationConfiguration.domainMappings[]'), 758 /* registration_domain_mapping */);
    w.close();
  }
  if (o.affinityGroupMappings != null) {
    w.open(14 /* affinity_group_mappings */);
    for (const x of w.list(o.affinityGroupMappings, 'RegistrationConfiguration.affinityGroupMappings')) writeRegistrationAffinityGroupMapping(w, w.struct(x, 'RegistrationConfiguration.affinityGroupMappings[]'), 750 /* registration_affinity_group_mapping */);
    w.close();
  }
  if (o.affinityLabelMappings != null) {
    w.open(17 /* affinity_label_mappings */);
    for (const x of w.list(o.affinityLabelMappings, 'RegistrationConfiguration.affinityLabelMappings')) writeRegistrationAffinityLabelMapping(w, w.struct(x, 'RegistrationConfiguration.affinityLabelMappings[]'), 752 /* registration_affinity_label_mapping */);
    w.close();
  }
  if (o.vnicProfileMappings != null) {
    w.open(1038 /* vnic_profile_mappings */);
    for (const x of w.list(o.vnicProfileMappings, 'RegistrationConfiguration.vnicProfileMappings')) writeRegistrationVnicProfileMapping(w, w.struct(x, 'RegistrationConfiguration.vnicProfileMappings[]'), 764 /* registration_vnic_profile_mapping */);
    w.close();
  }
  w.close();
}

function writeRegistrationDomainMapping(w: TapeWriter, o: t.RegistrationDomainMappingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'RegistrationDomainMapping.href', true);
  if (o.from != null) writeDomain(w, w.struct(o.from, 'RegistrationDomainMapping.from'), 336 /* from */);
  if (o.to != null) writeDomain(w, w.struct(o.to, 'RegistrationDomainMapping.to'), 934 /* to */);
  w.close();
}

function writeRegistrationLunMapping(w: TapeWriter, o: t.RegistrationLunMappingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'RegistrationLunMapping.href', true);
  if (o.from != null) writeDisk(w, w.struct(o.from, 'RegistrationLunMapping.from'), 336 /* from */);
  if (o.to != null) writeDisk(w, w.struct(o.to, 'RegistrationLunMapping.to'), 934 /* to */);
  w.close();
}

function writeRegistrationRoleMapping(w: TapeWriter, o: t.RegistrationRoleMappingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'RegistrationRoleMapping.href', true);
  if (o.from != null) writeRole(w, w.struct(o.from, 'RegistrationRoleMapping.from'), 336 /* from */);
  if (o.to != null) writeRole(w, w.struct(o.to, 'RegistrationRoleMapping.to'), 934 /* to */);
  w.close();
}

function writeRegistrationVnicProfileMapping(w: TapeWriter, o: t.RegistrationVnicProfileMappingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'RegistrationVnicProfileMapping.href', true);
  if (o.from != null) writeVnicProfile(w, w.struct(o.from, 'RegistrationVnicProfileMapping.from'), 336 /* from */);
  if (o.to != null) writeVnicProfile(w, w.struct(o.to, 'RegistrationVnicProfileMapping.to'), 934 /* to */);
  w.close();
}

function writeReportedConfiguration(w: TapeWriter, o: t.ReportedConfigurationInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ReportedConfiguration.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'ReportedConfiguration.name');
  if (o.expectedValue != null) w.str(279 /* expected_value */, o.expectedValue, 'ReportedConfiguration.expectedValue');
  if (o.actualValue != null) w.str(7 /* actual_value */, o.actualValue, 'ReportedConfiguration.actualValue');
  if (o.inSync != null) w.bool(418 /* in_sync */, o.inSync, 'ReportedConfiguration.inSync');
  w.close();
}

function writeReportedDevice(w: TapeWriter, o: t.ReportedDeviceInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'ReportedDevice.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'ReportedDevice.id', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'ReportedDevice.type');
  if (o.mac != null) writeMac(w, w.struct(o.mac, 'ReportedDevice.mac'), 502 /* mac */);
  if (o.ips != null) {
    w.open(442 /* ips */);
    for (const x of w.list(o.ips, 'ReportedDevice.ips')) writeIp(w, w.struct(x, 'ReportedDevice.ips[]'), 438 /* ip */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'ReportedDevice.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'ReportedDevice.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'ReportedDevice.comment');
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'ReportedDevice.vm'), 1016 /* vm */);
  w.close();
}

function writeRngDevice(w: TapeWriter, o: t.RngDeviceInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'RngDevice.href', true);
  if (o.rate != null) writeRate(w, w.struct(o.rate, 'RngDevice.rate'), 740 /* rate */);
  if (o.source != null) w.enumValue(839 /* source */, o.source, 'RngDevice.source');
  w.close();
}

function writeRole(w: TapeWriter, o: t.RoleInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Role.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Role.id', true);
  if (o.mutable != null) w.bool(563 /* mutable */, o.mutable, 'Role.mutable');
  if (o.administrative != null) w.bool(11 /* administrative */, o.administrative, 'Role.administrative');
  if (o.name != null) w.str(564 /* name */, o.name, 'Role.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Role.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Role.comment');
  if (o.user != null) writeUser(w, w.struct(o.user, 'Role.user'), 974 /* user */);
  if (o.permits != null && !w.unfetched(o.permits)) {
    w.open(676 /* permits */);
    for (const x of w.list(o.permits, 'Role.permits')) writePermit(w, w.struct(x, 'Role.permits[]'), 675 /* permit */);
    w.close();
  }
  w.close();
}

function writeSchedulingPolicy(w: TapeWriter, o: t.SchedulingPolicyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SchedulingPolicy.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'SchedulingPolicy.id', true);
  if (o.locked != null) w.bool(489 /* locked */, o.locked, 'SchedulingPolicy.locked');
  if (o.defaultPolicy != null) w.bool(199 /* default_policy */, o.defaultPolicy, 'SchedulingPolicy.defaultPolicy');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'SchedulingPolicy.properties')) writeProperty(w, w.struct(x, 'SchedulingPolicy.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'SchedulingPolicy.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'SchedulingPolicy.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'SchedulingPolicy.comment');
  if (o.balances != null && !w.unfetched(o.balances)) {
    w.open(68 /* balances */);
    for (const x of w.list(o.balances, 'SchedulingPolicy.balances')) writeBalance(w, w.struct(x, 'SchedulingPolicy.balances[]'), 67 /* balance */);
    w.close();
  }
  if (o.filters != null && !w.unfetched(o.filters)) {
    w.open(322 /* filters */);
    for (const x of w.list(o.filters, 'SchedulingPolicy.filters')) writeFilter(w, w.struct(x, 'SchedulingPolicy.filters[]'), 321 /* filter */);
    w.close();
  }
  if (o.weight != null && !w.unfetched(o.weight)) {
    w.open(1052 /* weight */);
    for (const x of w.list(o.weight, 'SchedulingPolicy.weight')) writeWeight(w, w.struct(x, 'SchedulingPolicy.weight[]'), 1052 /* weight */);
    w.close();
  }
  w.close();
}

function writeSchedulingPolicyUnit(w: TapeWriter, o: t.SchedulingPolicyUnitInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SchedulingPolicyUnit.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'SchedulingPolicyUnit.id', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'SchedulingPolicyUnit.type');
  if (o.internal != null) w.bool(434 /* internal */, o.internal, 'SchedulingPolicyUnit.internal');
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'SchedulingPolicyUnit.enabled');
  if (o.properties != null) {
    w.open(716 /* properties */);
    for (const x of w.list(o.properties, 'SchedulingPolicyUnit.properties')) writeProperty(w, w.struct(x, 'SchedulingPolicyUnit.properties[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'SchedulingPolicyUnit.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'SchedulingPolicyUnit.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'SchedulingPolicyUnit.comment');
  w.close();
}

function writeSeLinux(w: TapeWriter, o: t.SeLinuxInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SeLinux.href', true);
  if (o.mode != null) w.enumValue(553 /* mode */, o.mode, 'SeLinux.mode');
  w.close();
}

function writeSerialNumber(w: TapeWriter, o: t.SerialNumberInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SerialNumber.href', true);
  if (o.policy != null) w.enumValue(688 /* policy */, o.policy, 'SerialNumber.policy');
  if (o.value != null) w.str(985 /* value */, o.value, 'SerialNumber.value');
  w.close();
}

function writeSession(w: TapeWriter, o: t.SessionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Session.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Session.id', true);
  if (o.protocol != null) w.str(718 /* protocol */, o.protocol, 'Session.protocol');
  if (o.ip != null) writeIp(w, w.struct(o.ip, 'Session.ip'), 438 /* ip */);
  if (o.consoleUser != null) w.bool(150 /* console_user */, o.consoleUser, 'Session.consoleUser');
  if (o.name != null) w.str(564 /* name */, o.name, 'Session.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Session.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Session.comment');
  if (o.user != null) writeUser(w, w.struct(o.user, 'Session.user'), 974 /* user */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Session.vm'), 1016 /* vm */);
  w.close();
}

function writeSkipIfConnectivityBroken(w: TapeWriter, o: t.SkipIfConnectivityBrokenInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SkipIfConnectivityBroken.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'SkipIfConnectivityBroken.enabled');
  if (o.threshold != null) w.int(923 /* threshold */, o.threshold, 'SkipIfConnectivityBroken.threshold');
  w.close();
}

function writeSkipIfSdActive(w: TapeWriter, o: t.SkipIfSdActiveInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SkipIfSdActive.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'SkipIfSdActive.enabled');
  w.close();
}

function writeSnapshot(w: TapeWriter, o: t.SnapshotInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Snapshot.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Snapshot.id', true);
  if (o.date != null) w.date(197 /* date */, o.date, 'Snapshot.date');
  if (o.snapshotStatus != null) w.enumValue(831 /* snapshot_status */, o.snapshotStatus, 'Snapshot.snapshotStatus');
  if (o.persistMemorystate != null) w.bool(677 /* persist_memorystate */, o.persistMemorystate, 'Snapshot.persistMemorystate');
  if (o.snapshotType != null) w.enumValue(832 /* snapshot_type */, o.snapshotType, 'Snapshot.snapshotType');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'Snapshot.status');
  if (o.statusDetail != null) w.str(866 /* status_detail */, o.statusDetail, 'Snapshot.statusDetail');
  if (o.stopReason != null) w.str(870 /* stop_reason */, o.stopReason, 'Snapshot.stopReason');
  if (o.startTime != null) w.date(859 /* start_time */, o.startTime, 'Snapshot.startTime');
  if (o.stopTime != null) w.date(871 /* stop_time */, o.stopTime, 'Snapshot.stopTime');
  if (o.runOnce != null) w.bool(793 /* run_once */, o.runOnce, 'Snapshot.runOnce');
  if (o.payloads != null) {
    w.open(670 /* payloads */);
    for (const x of w.list(o.payloads, 'Snapshot.payloads')) writePayload(w, w.struct(x, 'Snapshot.payloads[]'), 669 /* payload */);
    w.close();
  }
  if (o.fqdn != null) w.str(335 /* fqdn */, o.fqdn, 'Snapshot.fqdn');
  if (o.useLatestTemplateVersion != null) w.bool(971 /* use_latest_template_version */, o.useLatestTemplateVersion, 'Snapshot.useLatestTemplateVersion');
  if (o.nextRunConfigurationExists != null) w.bool(587 /* next_run_configuration_exists */, o.nextRunConfigurationExists, 'Snapshot.nextRunConfigurationExists');
  if (o.numaTuneMode != null) w.enumValue(603 /* numa_tune_mode */, o.numaTuneMode, 'Snapshot.numaTuneMode');
  if (o.guestTimeZone != null) writeTimeZone(w, w.struct(o.guestTimeZone, 'Snapshot.guestTimeZone'), 368 /* guest_time_zone */);
  if (o.guestOperatingSystem != null) writeGuestOperatingSystem(w, w.struct(o.guestOperatingSystem, 'Snapshot.guestOperatingSystem'), 366 /* guest_operating_system */);
  if (o.hasIllegalImages != null) w.bool(372 /* has_illegal_images */, o.hasIllegalImages, 'Snapshot.hasIllegalImages');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Snapshot.type');
  if (o.memory != null) w.int(529 /* memory */, o.memory, 'Snapshot.memory');
  if (o.cpu != null) writeCpu(w, w.struct(o.cpu, 'Snapshot.cpu'), 159 /* cpu */);
  if (o.cpuShares != null) w.int(166 /* cpu_shares */, o.cpuShares, 'Snapshot.cpuShares');
  if (o.bios != null) writeBios(w, w.struct(o.bios, 'Snapshot.bios'), 74 /* bios */);
  if (o.os != null) writeOperatingSystem(w, w.struct(o.os, 'Snapshot.os'), 640 /* os */);
  if (o.creationTime != null) w.date(178 /* creation_time */, o.creationTime, 'Snapshot.creationTime');
  if (o.origin != null) w.str(638 /* origin */, o.origin, 'Snapshot.origin');
  if (o.stateless != null) w.bool(862 /* stateless */, o.stateless, 'Snapshot.stateless');
  if (o.deleteProtected != null) w.bool(201 /* delete_protected */, o.deleteProtected, 'Snapshot.deleteProtected');
  if (o.highAvailability != null) writeHighAvailability(w, w.struct(o.highAvailability, 'Snapshot.highAvailability'), 375 /* high_availability */);
  if (o.display != null) writeDisplay(w, w.struct(o.display, 'Snapshot.display'), 234 /* display */);
  if (o.sso != null) writeSso(w, w.struct(o.sso, 'Snapshot.sso'), 855 /* sso */);
  if (o.rngDevice != null) writeRngDevice(w, w.struct(o.rngDevice, 'Snapshot.rngDevice'), 786 /* rng_device */);
  if (o.console != null) writeConsole(w, w.struct(o.console, 'Snapshot.console'), 149 /* console */);
  if (o.domain != null) writeDomain(w, w.struct(o.domain, 'Snapshot.domain'), 244 /* domain */);
  if (o.usb != null) writeUsb(w, w.struct(o.usb, 'Snapshot.usb'), 966 /* usb */);
  if (o.soundcardEnabled != null) w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'Snapshot.soundcardEnabled');
  if (o.tunnelMigration != null) w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'Snapshot.tunnelMigration');
  if (o.migrationDowntime != null) w.int(547 /* migration_downtime */, o.migrationDowntime, 'Snapshot.migrationDowntime');
  if (o.virtioScsi != null) writeVirtioScsi(w, w.struct(o.virtioScsi, 'Snapshot.virtioScsi'), 1004 /* virtio_scsi */);
  if (o.serialNumber != null) writeSerialNumber(w, w.struct(o.serialNumber, 'Snapshot.serialNumber'), 806 /* serial_number */);
  if (o.startPaused != null) w.bool(858 /* start_paused */, o.startPaused, 'Snapshot.startPaused');
  if (o.migration != null) writeMigrationOptions(w, w.struct(o.migration, 'Snapshot.migration'), 544 /* migration */);
  if (o.io != null) writeIo(w, w.struct(o.io, 'Snapshot.io'), 435 /* io */);
  if (o.customProperties != null) {
    w.open(188 /* custom_properties */);
    for (const x of w.list(o.customProperties, 'Snapshot.customProperties')) writeCustomProperty(w, w.struct(x, 'Snapshot.customProperties[]'), 189 /* custom_property */);
    w.close();
  }
  if (o.customEmulatedMachine != null) w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'Snapshot.customEmulatedMachine');
  if (o.customCpuModel != null) w.str(182 /* custom_cpu_model */, o.customCpuModel, 'Snapshot.customCpuModel');
  if (o.timeZone != null) writeTimeZone(w, w.struct(o.timeZone, 'Snapshot.timeZone'), 927 /* time_zone */);
  if (o.smallIcon != null) writeIcon(w, w.struct(o.smallIcon, 'Snapshot.smallIcon'), 828 /* small_icon */);
  if (o.largeIcon != null) writeIcon(w, w.struct(o.largeIcon, 'Snapshot.largeIcon'), 469 /* large_icon */);
  if (o.initialization != null) writeInitialization(w, w.struct(o.initialization, 'Snapshot.initialization'), 425 /* initialization */);
  if (o.memoryPolicy != null) writeMemoryPolicy(w, w.struct(o.memoryPolicy, 'Snapshot.memoryPolicy'), 534 /* memory_policy */);
  if (o.customCompatibilityVersion != null) writeVersion(w, w.struct(o.customCompatibilityVersion, 'Snapshot.customCompatibilityVersion'), 180 /* custom_compatibility_version */);
  if (o.lease != null) writeStorageDomainLease(w, w.struct(o.lease, 'Snapshot.lease'), 479 /* lease */);
  if (o.storageErrorResumeBehaviour != null) w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'Snapshot.storageErrorResumeBehaviour');
  if (o.placementPolicy != null) writeVmPlacementPolicy(w, w.struct(o.placementPolicy, 'Snapshot.placementPolicy'), 683 /* placement_policy */);
  if (o.multiQueuesEnabled != null) w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'Snapshot.multiQueuesEnabled');
  if (o.virtioScsiMultiQueuesEnabled != null) w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'Snapshot.virtioScsiMultiQueuesEnabled');
  if (o.virtioScsiMultiQueues != null) w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'Snapshot.virtioScsiMultiQueues');
  if (o.tpmEnabled != null) w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'Snapshot.tpmEnabled');
  if (o.autoPinningPolicy != null) w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'Snapshot.autoPinningPolicy');
  if (o.cpuPinningPolicy != null) w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'Snapshot.cpuPinningPolicy');
  if (o.name != null) w.str(564 /* name */, o.name, 'Snapshot.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Snapshot.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Snapshot.comment');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'Snapshot.cluster'), 120 /* cluster */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'Snapshot.storageDomain'), 877 /* storage_domain */);
  if (o.cpuProfile != null) writeCpuProfile(w, w.struct(o.cpuProfile, 'Snapshot.cpuProfile'), 163 /* cpu_profile */);
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'Snapshot.quota'), 729 /* quota */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'Snapshot.host'), 378 /* host */);
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Snapshot.template'), 916 /* template */);
  if (o.originalTemplate != null) writeTemplate(w, w.struct(o.originalTemplate, 'Snapshot.originalTemplate'), 639 /* original_template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'Snapshot.instanceType'), 431 /* instance_type */);
  if (o.nics != null && !w.unfetched(o.nics)) {
    w.open(597 /* nics */);
    for (const x of w.list(o.nics, 'Snapshot.nics')) writeNic(w, w.struct(x, 'Snapshot.nics[]'), 594 /* nic */);
    w.close();
  }
  if (o.snapshots != null && !w.unfetched(o.snapshots)) {
    w.open(833 /* snapshots */);
    for (const x of w.list(o.snapshots, 'Snapshot.snapshots')) writeSnapshot(w, w.struct(x, 'Snapshot.snapshots[]'), 830 /* snapshot */);
    w.close();
  }
  if (o.vmPool != null) writeVmPool(w, w.struct(o.vmPool, 'Snapshot.vmPool'), 1026 /* vm_pool */);
  if (o.cdroms != null && !w.unfetched(o.cdroms)) {
    w.open(106 /* cdroms */);
    for (const x of w.list(o.cdroms, 'Snapshot.cdroms')) writeCdrom(w, w.struct(x, 'Snapshot.cdroms[]'), 105 /* cdrom */);
    w.close();
  }
  if (o.floppies != null && !w.unfetched(o.floppies)) {
    w.open(328 /* floppies */);
    for (const x of w.list(o.floppies, 'Snapshot.floppies')) writeFloppy(w, w.struct(x, 'Snapshot.floppies[]'), 329 /* floppy */);
    w.close();
  }
  if (o.reportedDevices != null && !w.unfetched(o.reportedDevices)) {
    w.open(776 /* reported_devices */);
    for (const x of w.list(o.reportedDevices, 'Snapshot.reportedDevices')) writeReportedDevice(w, w.struct(x, 'Snapshot.reportedDevices[]'), 775 /* reported_device */);
    w.close();
  }
  if (o.watchdogs != null && !w.unfetched(o.watchdogs)) {
    w.open(1051 /* watchdogs */);
    for (const x of w.list(o.watchdogs, 'Snapshot.watchdogs')) writeWatchdog(w, w.struct(x, 'Snapshot.watchdogs[]'), 1050 /* watchdog */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'Snapshot.permissions')) writePermission(w, w.struct(x, 'Snapshot.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.externalHostProvider != null) writeExternalHostProvider(w, w.struct(o.externalHostProvider, 'Snapshot.externalHostProvider'), 290 /* external_host_provider */);
  if (o.affinityLabels != null && !w.unfetched(o.affinityLabels)) {
    w.open(18 /* affinity_labels */);
    for (const x of w.list(o.affinityLabels, 'Snapshot.affinityLabels')) writeAffinityLabel(w, w.struct(x, 'Snapshot.affinityLabels[]'), 16 /* affinity_label */);
    w.close();
  }
  if (o.applications != null && !w.unfetched(o.applications)) {
    w.open(40 /* applications */);
    for (const x of w.list(o.applications, 'Snapshot.applications')) writeApplication(w, w.struct(x, 'Snapshot.applications[]'), 39 /* application */);
    w.close();
  }
  if (o.graphicsConsoles != null && !w.unfetched(o.graphicsConsoles)) {
    w.open(361 /* graphics_consoles */);
    for (const x of w.list(o.graphicsConsoles, 'Snapshot.graphicsConsoles')) writeGraphicsConsole(w, w.struct(x, 'Snapshot.graphicsConsoles[]'), 360 /* graphics_console */);
    w.close();
  }
  if (o.hostDevices != null && !w.unfetched(o.hostDevices)) {
    w.open(384 /* host_devices */);
    for (const x of w.list(o.hostDevices, 'Snapshot.hostDevices')) writeHostDevice(w, w.struct(x, 'Snapshot.hostDevices[]'), 381 /* host_device */);
    w.close();
  }
  if (o.katelloErrata != null && !w.unfetched(o.katelloErrata)) {
    w.open(457 /* katello_errata */);
    for (const x of w.list(o.katelloErrata, 'Snapshot.katelloErrata')) writeKatelloErratum(w, w.struct(x, 'Snapshot.katelloErrata[]'), 458 /* katello_erratum */);
    w.close();
  }
  if (o.numaNodes != null && !w.unfetched(o.numaNodes)) {
    w.open(393 /* host_numa_nodes */);
    for (const x of w.list(o.numaNodes, 'Snapshot.numaNodes')) writeNumaNode(w, w.struct(x, 'Snapshot.numaNodes[]'), 392 /* host_numa_node */);
    w.close();
  }
  if (o.sessions != null && !w.unfetched(o.sessions)) {
    w.open(814 /* sessions */);
    for (const x of w.list(o.sessions, 'Snapshot.sessions')) writeSession(w, w.struct(x, 'Snapshot.sessions[]'), 813 /* session */);
    w.close();
  }
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'Snapshot.statistics')) writeStatistic(w, w.struct(x, 'Snapshot.statistics[]'), 863 /* statistic */);
    w.close();
  }
  if (o.tags != null && !w.unfetched(o.tags)) {
    w.open(913 /* tags */);
    for (const x of w.list(o.tags, 'Snapshot.tags')) writeTag(w, w.struct(x, 'Snapshot.tags[]'), 912 /* tag */);
    w.close();
  }
  if (o.diskAttachments != null && !w.unfetched(o.diskAttachments)) {
    w.open(223 /* disk_attachments */);
    for (const x of w.list(o.diskAttachments, 'Snapshot.diskAttachments')) writeDiskAttachment(w, w.struct(x, 'Snapshot.diskAttachments[]'), 222 /* disk_attachment */);
    w.close();
  }
  if (o.dynamicCpu != null) writeDynamicCpu(w, w.struct(o.dynamicCpu, 'Snapshot.dynamicCpu'), 254 /* dynamic_cpu */);
  if (o.mediatedDevices != null && !w.unfetched(o.mediatedDevices)) {
    w.open(527 /* mediated_devices */);
    for (const x of w.list(o.mediatedDevices, 'Snapshot.mediatedDevices')) writeVmMediatedDevice(w, w.struct(x, 'Snapshot.mediatedDevices[]'), 1020 /* vm_mediated_device */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Snapshot.vm'), 1016 /* vm */);
  if (o.disks != null && !w.unfetched(o.disks)) {
    w.open(231 /* disks */);
    for (const x of w.list(o.disks, 'Snapshot.disks')) writeDisk(w, w.struct(x, 'Snapshot.disks[]'), 221 /* disk */);
    w.close();
  }
  w.close();
}

function writeSpecialObjects(w: TapeWriter, o: t.SpecialObjectsInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SpecialObjects.href', true);
  if (o.blankTemplate != null) writeTemplate(w, w.struct(o.blankTemplate, 'SpecialObjects.blankTemplate'), 77 /* blank_template */);
  if (o.rootTag != null) writeTag(w, w.struct(o.rootTag, 'SpecialObjects.rootTag'), 792 /* root_tag */);
  w.close();
}

function writeSpm(w: TapeWriter, o: t.SpmInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Spm.href', true);
  if (o.priority != null) w.int(701 /* priority */, o.priority, 'Spm.priority');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'Spm.status');
  w.close();
}

function writeSsh(w: TapeWriter, o: t.SshInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Ssh.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Ssh.id', true);
  if (o.port != null) w.int(690 /* port */, o.port, 'Ssh.port');
  if (o.fingerprint != null) w.str(323 /* fingerprint */, o.fingerprint, 'Ssh.fingerprint');
  if (o.publicKey != null) w.str(725 /* public_key */, o.publicKey, 'Ssh.publicKey');
  if (o.authenticationMethod != null) w.enumValue(49 /* authentication_method */, o.authenticationMethod, 'Ssh.authenticationMethod');
  if (o.user != null) writeUser(w, w.struct(o.user, 'Ssh.user'), 974 /* user */);
  if (o.name != null) w.str(564 /* name */, o.name, 'Ssh.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Ssh.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Ssh.comment');
  w.close();
}

function writeSshPublicKey(w: TapeWriter, o: t.SshPublicKeyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SshPublicKey.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'SshPublicKey.id', true);
  if (o.content != null) w.str(152 /* content */, o.content, 'SshPublicKey.content');
  if (o.name != null) w.str(564 /* name */, o.name, 'SshPublicKey.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'SshPublicKey.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'SshPublicKey.comment');
  if (o.user != null) writeUser(w, w.struct(o.user, 'SshPublicKey.user'), 974 /* user */);
  w.close();
}

function writeSso(w: TapeWriter, o: t.SsoInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Sso.href', true);
  if (o.methods != null) {
    w.open(540 /* methods */);
    for (const x of w.list(o.methods, 'Sso.methods')) writeMethod(w, w.struct(x, 'Sso.methods[]'), 539 /* method */);
    w.close();
  }
  w.close();
}

function writeStatistic(w: TapeWriter, o: t.StatisticInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Statistic.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Statistic.id', true);
  if (o.values != null) {
    w.open(986 /* values */);
    for (const x of w.list(o.values, 'Statistic.values')) writeValue(w, w.struct(x, 'Statistic.values[]'), 985 /* value */);
    w.close();
  }
  if (o.kind != null) w.enumValue(466 /* kind */, o.kind, 'Statistic.kind');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Statistic.type');
  if (o.unit != null) w.enumValue(952 /* unit */, o.unit, 'Statistic.unit');
  if (o.name != null) w.str(564 /* name */, o.name, 'Statistic.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Statistic.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Statistic.comment');
  if (o.disk != null) writeDisk(w, w.struct(o.disk, 'Statistic.disk'), 221 /* disk */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'Statistic.host'), 378 /* host */);
  if (o.hostNic != null) writeHostNic(w, w.struct(o.hostNic, 'Statistic.hostNic'), 388 /* host_nic */);
  if (o.hostNumaNode != null) writeNumaNode(w, w.struct(o.hostNumaNode, 'Statistic.hostNumaNode'), 392 /* host_numa_node */);
  if (o.nic != null) writeNic(w, w.struct(o.nic, 'Statistic.nic'), 594 /* nic */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Statistic.vm'), 1016 /* vm */);
  if (o.brick != null) writeGlusterBrick(w, w.struct(o.brick, 'Statistic.brick'), 91 /* brick */);
  if (o.step != null) writeStep(w, w.struct(o.step, 'Statistic.step'), 867 /* step */);
  if (o.glusterVolume != null) writeGlusterVolume(w, w.struct(o.glusterVolume, 'Statistic.glusterVolume'), 352 /* gluster_volume */);
  w.close();
}

function writeStep(w: TapeWriter, o: t.StepInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Step.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Step.id', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Step.type');
  if (o.number != null) w.int(605 /* number */, o.number, 'Step.number');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'Step.status');
  if (o.startTime != null) w.date(859 /* start_time */, o.startTime, 'Step.startTime');
  if (o.endTime != null) w.date(263 /* end_time */, o.endTime, 'Step.endTime');
  if (o.external != null) w.bool(281 /* external */, o.external, 'Step.external');
  if (o.externalType != null) w.enumValue(304 /* external_type */, o.externalType, 'Step.externalType');
  if (o.progress != null) w.int(712 /* progress */, o.progress, 'Step.progress');
  if (o.name != null) w.str(564 /* name */, o.name, 'Step.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Step.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Step.comment');
  if (o.parentStep != null) writeStep(w, w.struct(o.parentStep, 'Step.parentStep'), 662 /* parent_step */);
  if (o.job != null) writeJob(w, w.struct(o.job, 'Step.job'), 455 /* job */);
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'Step.statistics')) writeStatistic(w, w.struct(x, 'Step.statistics[]'), 863 /* statistic */);
    w.close();
  }
  if (o.executionHost != null) writeHost(w, w.struct(o.executionHost, 'Step.executionHost'), 278 /* execution_host */);
  w.close();
}

function writeStorageConnection(w: TapeWriter, o: t.StorageConnectionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'StorageConnection.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'StorageConnection.id', true);
  if (o.address != null) w.str(10 /* address */, o.address, 'StorageConnection.address');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'StorageConnection.type');
  if (o.path != null) w.str(666 /* path */, o.path, 'StorageConnection.path');
  if (o.mountOptions != null) w.str(560 /* mount_options */, o.mountOptions, 'StorageConnection.mountOptions');
  if (o.vfsType != null) w.str(1000 /* vfs_type */, o.vfsType, 'StorageConnection.vfsType');
  if (o.nfsVersion != null) w.enumValue(593 /* nfs_version */, o.nfsVersion, 'StorageConnection.nfsVersion');
  if (o.nfsTimeo != null) w.int(592 /* nfs_timeo */, o.nfsTimeo, 'StorageConnection.nfsTimeo');
  if (o.nfsRetrans != null) w.int(590 /* nfs_retrans */, o.nfsRetrans, 'StorageConnection.nfsRetrans');
  if (o.port != null) w.int(690 /* port */, o.port, 'StorageConnection.port');
  if (o.target != null) w.str(914 /* target */, o.target, 'StorageConnection.target');
  if (o.username != null) w.str(980 /* username */, o.username, 'StorageConnection.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'StorageConnection.password');
  if (o.portal != null) w.str(694 /* portal */, o.portal, 'StorageConnection.portal');
  if (o.name != null) w.str(564 /* name */, o.name, 'StorageConnection.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'StorageConnection.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'StorageConnection.comment');
  if (o.glusterVolume != null) writeGlusterVolume(w, w.struct(o.glusterVolume, 'StorageConnection.glusterVolume'), 352 /* gluster_volume */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'StorageConnection.host'), 378 /* host */);
  w.close();
}

function writeStorageConnectionExtension(w: TapeWriter, o: t.StorageConnectionExtensionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'StorageConnectionExtension.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'StorageConnectionExtension.id', true);
  if (o.target != null) w.str(914 /* target */, o.target, 'StorageConnectionExtension.target');
  if (o.username != null) w.str(980 /* username */, o.username, 'StorageConnectionExtension.username');
  if (o.password != null) w.str(665 /* password */, o.password, 'StorageConnectionExtension.password');
  if (o.name != null) w.str(564 /* name */, o.name, 'StorageConnectionExtension.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'StorageConnectionExtension.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'StorageConnectionExtension.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'StorageConnectionExtension.host'), 378 /* host */);
  w.close();
}

function writeStorageDomain(w: TapeWriter, o: t.StorageDomainInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'StorageDomain.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'StorageDomain.id', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'StorageDomain.type');
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'StorageDomain.status');
  if (o.externalStatus != null) w.enumValue(301 /* external_status */, o.externalStatus, 'StorageDomain.externalStatus');
  if (o.master != null) w.bool(512 /* master */, o.master, 'StorageDomain.master');
  if (o.storage != null) writeHostStorage(w, w.struct(o.storage, 'StorageDomain.storage'), 872 /* storage */);
  if (o.available != null) w.int(62 /* available */, o.available, 'StorageDomain.available');
  if (o.used != null) w.int(973 /* used */, o.used, 'StorageDomain.used');
  if (o.committed != null) w.int(137 /* committed */, o.committed, 'StorageDomain.committed');
  if (o.storageFormat != null) w.enumValue(883 /* storage_format */, o.storageFormat, 'StorageDomain.storageFormat');
  if (o.wipeAfterDelete != null) w.bool(1055 /* wipe_after_delete */, o.wipeAfterDelete, 'StorageDomain.wipeAfterDelete');
  if (o.discardAfterDelete != null) w.bool(212 /* discard_after_delete */, o.discardAfterDelete, 'StorageDomain.discardAfterDelete');
  if (o.supportsDiscard != null) w.bool(902 /* supports_discard */, o.supportsDiscard, 'StorageDomain.supportsDiscard');
  if (o.supportsDiscardZeroesData != null) w.bool(903 /* supports_discard_zeroes_data */, o.supportsDiscardZeroesData, 'StorageDomain.supportsDiscardZeroesData');
  if (o.import != null) w.bool(416 /* import */, o.import, 'StorageDomain.import');
  if (o.warningLowSpaceIndicator != null) w.int(1049 /* warning_low_space_indicator */, o.warningLowSpaceIndicator, 'StorageDomain.warningLowSpaceIndicator');
  if (o.criticalSpaceActionBlocker != null) w.int(179 /* critical_space_action_blocker */, o.criticalSpaceActionBlocker, 'StorageDomain.criticalSpaceActionBlocker');
  if (o.backup != null) w.bool(64 /* backup */, o.backup, 'StorageDomain.backup');
  if (o.blockSize != null) w.int(78 /* block_size */, o.blockSize, 'StorageDomain.blockSize');
  if (o.name != null) w.str(564 /* name */, o.name, 'StorageDomain.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'StorageDomain.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'StorageDomain.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'StorageDomain.host'), 378 /* host */);
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'StorageDomain.dataCenter'), 194 /* data_center */);
  if (o.dataCenters != null && !w.unfetched(o.dataCenters)) {
    w.open(195 /* data_centers */);
    for (const x of w.list(o.dataCenters, 'StorageDomain.dataCenters')) writeDataCenter(w, w.struct(x, 'StorageDomain.dataCenters[]'), 194 /* data_center */);
    w.close();
  }
  if (o.disks != null && !w.unfetched(o.disks)) {
    w.open(231 /* disks */);
    for (const x of w.list(o.disks, 'StorageDomain.disks')) writeDisk(w, w.struct(x, 'StorageDomain.disks[]'), 221 /* disk */);
    w.close();
  }
  if (o.diskProfiles != null && !w.unfetched(o.diskProfiles)) {
    w.open(226 /* disk_profiles */);
    for (const x of w.list(o.diskProfiles, 'StorageDomain.diskProfiles')) writeDiskProfile(w, w.struct(x, 'StorageDomain.diskProfiles[]'), 225 /* disk_profile */);
    w.close();
  }
  if (o.diskSnapshots != null && !w.unfetched(o.diskSnapshots)) {
    w.open(228 /* disk_snapshots */);
    for (const x of w.list(o.diskSnapshots, 'StorageDomain.diskSnapshots')) writeDiskSnapshot(w, w.struct(x, 'StorageDomain.diskSnapshots[]'), 227 /* disk_snapshot */);
    w.close();
  }
  if (o.files != null && !w.unfetched(o.files)) {
    w.open(320 /* files */);
    for (const x of w.list(o.files, 'StorageDomain.files')) writeFile(w, w.struct(x, 'StorageDomain.files[]'), 317 /* file */);
    w.close();
  }
  if (o.images != null && !w.unfetched(o.images)) {
    w.open(415 /* images */);
    for (const x of w.list(o.images, 'StorageDomain.images')) writeImage(w, w.struct(x, 'StorageDomain.images[]'), 411 /* image */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'StorageDomain.permissions')) writePermission(w, w.struct(x, 'StorageDomain.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.storageConnections != null && !w.unfetched(o.storageConnections)) {
    w.open(876 /* storage_connections */);
    for (const x of w.list(o.storageConnections, 'StorageDomain.storageConnections')) writeStorageConnection(w, w.struct(x, 'StorageDomain.storageConnections[]'), 873 /* storage_connection */);
    w.close();
  }
  if (o.templates != null && !w.unfetched(o.templates)) {
    w.open(919 /* templates */);
    for (const x of w.list(o.templates, 'StorageDomain.templates')) writeTemplate(w, w.struct(x, 'StorageDomain.templates[]'), 916 /* template */);
    w.close();
  }
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'StorageDomain.vms')) writeVm(w, w.struct(x, 'StorageDomain.vms[]'), 1016 /* vm */);
    w.close();
  }
  w.close();
}

function writeStorageDomainLease(w: TapeWriter, o: t.StorageDomainLeaseInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'StorageDomainLease.href', true);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'StorageDomainLease.storageDomain'), 877 /* storage_domain */);
  w.close();
}

function writeSystemOption(w: TapeWriter, o: t.SystemOptionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SystemOption.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'SystemOption.id', true);
  if (o.values != null) {
    w.open(986 /* values */);
    for (const x of w.list(o.values, 'SystemOption.values')) writeSystemOptionValue(w, w.struct(x, 'SystemOption.values[]'), 909 /* system_option_value */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'SystemOption.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'SystemOption.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'SystemOption.comment');
  w.close();
}

function writeSystemOptionValue(w: TapeWriter, o: t.SystemOptionValueInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'SystemOptionValue.href', true);
  if (o.value != null) w.str(985 /* value */, o.value, 'SystemOptionValue.value');
  if (o.version != null) w.str(996 /* version */, o.version, 'SystemOptionValue.version');
  w.close();
}

function writeTag(w: TapeWriter, o: t.TagInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Tag.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Tag.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Tag.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Tag.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Tag.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'Tag.host'), 378 /* host */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Tag.vm'), 1016 /* vm */);
  if (o.user != null) writeUser(w, w.struct(o.user, 'Tag.user'), 974 /* user */);
  if (o.group != null) writeGroup(w, w.struct(o.group, 'Tag.group'), 363 /* group */);
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Tag.template'), 916 /* template */);
  if (o.parent != null) writeTag(w, w.struct(o.parent, 'Tag.parent'), 659 /* parent */);
  w.close();
}

function writeTemplate(w: TapeWriter, o: t.TemplateInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Template.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Template.id', true);
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'Template.status');
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Template.vm'), 1016 /* vm */);
  if (o.version != null) writeTemplateVersion(w, w.struct(o.version, 'Template.version'), 996 /* version */);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Template.type');
  if (o.memory != null) w.int(529 /* memory */, o.memory, 'Template.memory');
  if (o.cpu != null) writeCpu(w, w.struct(o.cpu, 'Template.cpu'), 159 /* cpu */);
  if (o.cpuShares != null) w.int(166 /* cpu_shares */, o.cpuShares, 'Template.cpuShares');
  if (o.bios != null) writeBios(w, w.struct(o.bios, 'Template.bios'), 74 /* bios */);
  if (o.os != null) writeOperatingSystem(w, w.struct(o.os, 'Template.os'), 640 /* os */);
  if (o.creationTime != null) w.date(178 /* creation_time */, o.creationTime, 'Template.creationTime');
  if (o.origin != null) w.str(638 /* origin */, o.origin, 'Template.origin');
  if (o.stateless != null) w.bool(862 /* stateless */, o.stateless, 'Template.stateless');
  if (o.deleteProtected != null) w.bool(201 /* delete_protected */, o.deleteProtected, 'Template.deleteProtected');
  if (o.highAvailability != null) writeHighAvailability(w, w.struct(o.highAvailability, 'Template.highAvailability'), 375 /* high_availability */);
  if (o.display != null) writeDisplay(w, w.struct(o.display, 'Template.display'), 234 /* display */);
  if (o.sso != null) writeSso(w, w.struct(o.sso, 'Template.sso'), 855 /* sso */);
  if (o.rngDevice != null) writeRngDevice(w, w.struct(o.rngDevice, 'Template.rngDevice'), 786 /* rng_device */);
  if (o.console != null) writeConsole(w, w.struct(o.console, 'Template.console'), 149 /* console */);
  if (o.domain != null) writeDomain(w, w.struct(o.domain, 'Template.domain'), 244 /* domain */);
  if (o.usb != null) writeUsb(w, w.struct(o.usb, 'Template.usb'), 966 /* usb */);
  if (o.soundcardEnabled != null) w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'Template.soundcardEnabled');
  if (o.tunnelMigration != null) w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'Template.tunnelMigration');
  if (o.migrationDowntime != null) w.int(547 /* migration_downtime */, o.migrationDowntime, 'Template.migrationDowntime');
  if (o.virtioScsi != null) writeVirtioScsi(w, w.struct(o.virtioScsi, 'Template.virtioScsi'), 1004 /* virtio_scsi */);
  if (o.serialNumber != null) writeSerialNumber(w, w.struct(o.serialNumber, 'Template.serialNumber'), 806 /* serial_number */);
  if (o.startPaused != null) w.bool(858 /* start_paused */, o.startPaused, 'Template.startPaused');
  if (o.migration != null) writeMigrationOptions(w, w.struct(o.migration, 'Template.migration'), 544 /* migration */);
  if (o.io != null) writeIo(w, w.struct(o.io, 'Template.io'), 435 /* io */);
  if (o.customProperties != null) {
    w.open(188 /* custom_properties */);
    for (const x of w.list(o.customProperties, 'Template.customProperties')) writeCustomProperty(w, w.struct(x, 'Template.customProperties[]'), 189 /* custom_property */);
    w.close();
  }
  if (o.customEmulatedMachine != null) w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'Template.customEmulatedMachine');
  if (o.customCpuModel != null) w.str(182 /* custom_cpu_model */, o.customCpuModel, 'Template.customCpuModel');
  if (o.timeZone != null) writeTimeZone(w, w.struct(o.timeZone, 'Template.timeZone'), 927 /* time_zone */);
  if (o.smallIcon != null) writeIcon(w, w.struct(o.smallIcon, 'Template.smallIcon'), 828 /* small_icon */);
  if (o.largeIcon != null) writeIcon(w, w.struct(o.largeIcon, 'Template.largeIcon'), 469 /* large_icon */);
  if (o.initialization != null) writeInitialization(w, w.struct(o.initialization, 'Template.initialization'), 425 /* initialization */);
  if (o.memoryPolicy != null) writeMemoryPolicy(w, w.struct(o.memoryPolicy, 'Template.memoryPolicy'), 534 /* memory_policy */);
  if (o.customCompatibilityVersion != null) writeVersion(w, w.struct(o.customCompatibilityVersion, 'Template.customCompatibilityVersion'), 180 /* custom_compatibility_version */);
  if (o.lease != null) writeStorageDomainLease(w, w.struct(o.lease, 'Template.lease'), 479 /* lease */);
  if (o.storageErrorResumeBehaviour != null) w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'Template.storageErrorResumeBehaviour');
  if (o.placementPolicy != null) writeVmPlacementPolicy(w, w.struct(o.placementPolicy, 'Template.placementPolicy'), 683 /* placement_policy */);
  if (o.multiQueuesEnabled != null) w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'Template.multiQueuesEnabled');
  if (o.virtioScsiMultiQueuesEnabled != null) w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'Template.virtioScsiMultiQueuesEnabled');
  if (o.virtioScsiMultiQueues != null) w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'Template.virtioScsiMultiQueues');
  if (o.tpmEnabled != null) w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'Template.tpmEnabled');
  if (o.autoPinningPolicy != null) w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'Template.autoPinningPolicy');
  if (o.cpuPinningPolicy != null) w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'Template.cpuPinningPolicy');
  if (o.name != null) w.str(564 /* name */, o.name, 'Template.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Template.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Template.comment');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'Template.cluster'), 120 /* cluster */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'Template.storageDomain'), 877 /* storage_domain */);
  if (o.cpuProfile != null) writeCpuProfile(w, w.struct(o.cpuProfile, 'Template.cpuProfile'), 163 /* cpu_profile */);
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'Template.quota'), 729 /* quota */);
  if (o.cdroms != null && !w.unfetched(o.cdroms)) {
    w.open(106 /* cdroms */);
    for (const x of w.list(o.cdroms, 'Template.cdroms')) writeCdrom(w, w.struct(x, 'Template.cdroms[]'), 105 /* cdrom */);
    w.close();
  }
  if (o.graphicsConsoles != null && !w.unfetched(o.graphicsConsoles)) {
    w.open(361 /* graphics_consoles */);
    for (const x of w.list(o.graphicsConsoles, 'Template.graphicsConsoles')) writeGraphicsConsole(w, w.struct(x, 'Template.graphicsConsoles[]'), 360 /* graphics_console */);
    w.close();
  }
  if (o.nics != null && !w.unfetched(o.nics)) {
    w.open(597 /* nics */);
    for (const x of w.list(o.nics, 'Template.nics')) writeNic(w, w.struct(x, 'Template.nics[]'), 594 /* nic */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'Template.permissions')) writePermission(w, w.struct(x, 'Template.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.tags != null && !w.unfetched(o.tags)) {
    w.open(913 /* tags */);
    for (const x of w.list(o.tags, 'Template.tags')) writeTag(w, w.struct(x, 'Template.tags[]'), 912 /* tag */);
    w.close();
  }
  if (o.watchdogs != null && !w.unfetched(o.watchdogs)) {
    w.open(1051 /* watchdogs */);
    for (const x of w.list(o.watchdogs, 'Template.watchdogs')) writeWatchdog(w, w.struct(x, 'Template.watchdogs[]'), 1050 /* watchdog */);
    w.close();
  }
  if (o.diskAttachments != null && !w.unfetched(o.diskAttachments)) {
    w.open(223 /* disk_attachments */);
    for (const x of w.list(o.diskAttachments, 'Template.diskAttachments')) writeDiskAttachment(w, w.struct(x, 'Template.diskAttachments[]'), 222 /* disk_attachment */);
    w.close();
  }
  if (o.mediatedDevices != null && !w.unfetched(o.mediatedDevices)) {
    w.open(527 /* mediated_devices */);
    for (const x of w.list(o.mediatedDevices, 'Template.mediatedDevices')) writeVmMediatedDevice(w, w.struct(x, 'Template.mediatedDevices[]'), 1020 /* vm_mediated_device */);
    w.close();
  }
  w.close();
}

function writeTemplateVersion(w: TapeWriter, o: t.TemplateVersionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'TemplateVersion.href', true);
  if (o.versionNumber != null) w.int(998 /* version_number */, o.versionNumber, 'TemplateVersion.versionNumber');
  if (o.versionName != null) w.str(997 /* version_name */, o.versionName, 'TemplateVersion.versionName');
  if (o.baseTemplate != null) writeTemplate(w, w.struct(o.baseTemplate, 'TemplateVersion.baseTemplate'), 73 /* base_template */);
  w.close();
}

function writeTicket(w: TapeWriter, o: t.TicketInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Ticket.href', true);
  if (o.value != null) w.str(985 /* value */, o.value, 'Ticket.value');
  if (o.expiry != null) w.int(280 /* expiry */, o.expiry, 'Ticket.expiry');
  w.close();
}

function writeTimeZone(w: TapeWriter, o: t.TimeZoneInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'TimeZone.href', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'TimeZone.name');
  if (o.utcOffset != null) w.str(983 /* utc_offset */, o.utcOffset, 'TimeZone.utcOffset');
  w.close();
}

function writeTransparentHugePages(w: TapeWriter, o: t.TransparentHugePagesInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'TransparentHugePages.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'TransparentHugePages.enabled');
  w.close();
}

function writeUnmanagedNetwork(w: TapeWriter, o: t.UnmanagedNetworkInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'UnmanagedNetwork.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'UnmanagedNetwork.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'UnmanagedNetwork.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'UnmanagedNetwork.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'UnmanagedNetwork.comment');
  if (o.hostNic != null) writeHostNic(w, w.struct(o.hostNic, 'UnmanagedNetwork.hostNic'), 388 /* host_nic */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'UnmanagedNetwork.host'), 378 /* host */);
  w.close();
}

function writeUsb(w: TapeWriter, o: t.UsbInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Usb.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'Usb.enabled');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Usb.type');
  w.close();
}

function writeUser(w: TapeWriter, o: t.UserInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'User.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'User.id', true);
  if (o.domainEntryId != null) w.str(245 /* domain_entry_id */, o.domainEntryId, 'User.domainEntryId');
  if (o.department != null) w.str(202 /* department */, o.department, 'User.department');
  if (o.loggedIn != null) w.bool(493 /* logged_in */, o.loggedIn, 'User.loggedIn');
  if (o.namespace != null) w.str(567 /* namespace */, o.namespace, 'User.namespace');
  if (o.lastName != null) w.str(476 /* last_name */, o.lastName, 'User.lastName');
  if (o.userName != null) w.str(977 /* user_name */, o.userName, 'User.userName');
  if (o.principal != null) w.str(700 /* principal */, o.principal, 'User.principal');
  if (o.password != null) w.str(665 /* password */, o.password, 'User.password');
  if (o.email != null) w.str(257 /* email */, o.email, 'User.email');
  if (o.userOptions != null) {
    w.open(979 /* user_options */);
    for (const x of w.list(o.userOptions, 'User.userOptions')) writeProperty(w, w.struct(x, 'User.userOptions[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'User.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'User.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'User.comment');
  if (o.domain != null) writeDomain(w, w.struct(o.domain, 'User.domain'), 244 /* domain */);
  if (o.roles != null && !w.unfetched(o.roles)) {
    w.open(790 /* roles */);
    for (const x of w.list(o.roles, 'User.roles')) writeRole(w, w.struct(x, 'User.roles[]'), 788 /* role */);
    w.close();
  }
  if (o.groups != null && !w.unfetched(o.groups)) {
    w.open(364 /* groups */);
    for (const x of w.list(o.groups, 'User.groups')) writeGroup(w, w.struct(x, 'User.groups[]'), 363 /* group */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'User.permissions')) writePermission(w, w.struct(x, 'User.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.tags != null && !w.unfetched(o.tags)) {
    w.open(913 /* tags */);
    for (const x of w.list(o.tags, 'User.tags')) writeTag(w, w.struct(x, 'User.tags[]'), 912 /* tag */);
    w.close();
  }
  if (o.sshPublicKeys != null && !w.unfetched(o.sshPublicKeys)) {
    w.open(852 /* ssh_public_keys */);
    for (const x of w.list(o.sshPublicKeys, 'User.sshPublicKeys')) writeSshPublicKey(w, w.struct(x, 'User.sshPublicKeys[]'), 851 /* ssh_public_key */);
    w.close();
  }
  if (o.options != null && !w.unfetched(o.options)) {
    w.open(634 /* options */);
    for (const x of w.list(o.options, 'User.options')) writeUserOption(w, w.struct(x, 'User.options[]'), 978 /* user_option */);
    w.close();
  }
  w.close();
}

function writeUserOption(w: TapeWriter, o: t.UserOptionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'UserOption.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'UserOption.id', true);
  if (o.content != null) w.str(152 /* content */, o.content, 'UserOption.content');
  if (o.name != null) w.str(564 /* name */, o.name, 'UserOption.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'UserOption.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'UserOption.comment');
  if (o.user != null) writeUser(w, w.struct(o.user, 'UserOption.user'), 974 /* user */);
  w.close();
}

function writeValue(w: TapeWriter, o: t.ValueInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Value.href', true);
  if (o.datum != null) w.dec(198 /* datum */, o.datum, 'Value.datum');
  if (o.detail != null) w.str(205 /* detail */, o.detail, 'Value.detail');
  w.close();
}

function writeVcpuPin(w: TapeWriter, o: t.VcpuPinInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VcpuPin.href', true);
  if (o.vcpu != null) w.int(987 /* vcpu */, o.vcpu, 'VcpuPin.vcpu');
  if (o.cpuSet != null) w.str(165 /* cpu_set */, o.cpuSet, 'VcpuPin.cpuSet');
  w.close();
}

function writeVendor(w: TapeWriter, o: t.VendorInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Vendor.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Vendor.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'Vendor.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Vendor.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Vendor.comment');
  w.close();
}

function writeVersion(w: TapeWriter, o: t.VersionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Version.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Version.id', true);
  if (o.major != null) w.int(509 /* major */, o.major, 'Version.major');
  if (o.minor != null) w.int(551 /* minor */, o.minor, 'Version.minor');
  if (o.build != null) w.int(100 /* build */, o.build, 'Version.build');
  if (o.revision != null) w.int(785 /* revision */, o.revision, 'Version.revision');
  if (o.fullVersion != null) w.str(339 /* full_version */, o.fullVersion, 'Version.fullVersion');
  if (o.name != null) w.str(564 /* name */, o.name, 'Version.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Version.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Version.comment');
  w.close();
}

function writeVirtioScsi(w: TapeWriter, o: t.VirtioScsiInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VirtioScsi.href', true);
  if (o.enabled != null) w.bool(258 /* enabled */, o.enabled, 'VirtioScsi.enabled');
  w.close();
}

function writeVirtualNumaNode(w: TapeWriter, o: t.VirtualNumaNodeInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VirtualNumaNode.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'VirtualNumaNode.id', true);
  if (o.numaNodePins != null) {
    w.open(601 /* numa_node_pins */);
    for (const x of w.list(o.numaNodePins, 'VirtualNumaNode.numaNodePins')) writeNumaNodePin(w, w.struct(x, 'VirtualNumaNode.numaNodePins[]'), 600 /* numa_node_pin */);
    w.close();
  }
  if (o.numaTuneMode != null) w.enumValue(603 /* numa_tune_mode */, o.numaTuneMode, 'VirtualNumaNode.numaTuneMode');
  if (o.index != null) w.int(423 /* index */, o.index, 'VirtualNumaNode.index');
  if (o.memory != null) w.int(529 /* memory */, o.memory, 'VirtualNumaNode.memory');
  if (o.cpu != null) writeCpu(w, w.struct(o.cpu, 'VirtualNumaNode.cpu'), 159 /* cpu */);
  if (o.nodeDistance != null) w.str(598 /* node_distance */, o.nodeDistance, 'VirtualNumaNode.nodeDistance');
  if (o.name != null) w.str(564 /* name */, o.name, 'VirtualNumaNode.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'VirtualNumaNode.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'VirtualNumaNode.comment');
  if (o.host != null) writeHost(w, w.struct(o.host, 'VirtualNumaNode.host'), 378 /* host */);
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'VirtualNumaNode.statistics')) writeStatistic(w, w.struct(x, 'VirtualNumaNode.statistics[]'), 863 /* statistic */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'VirtualNumaNode.vm'), 1016 /* vm */);
  w.close();
}

function writeVlan(w: TapeWriter, o: t.VlanInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Vlan.href', true);
  if (o.id != null) w.int(408 /* id */, o.id, 'Vlan.id', true);
  w.close();
}

function writeVm(w: TapeWriter, o: t.VmInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Vm.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Vm.id', true);
  if (o.status != null) w.enumValue(865 /* status */, o.status, 'Vm.status');
  if (o.statusDetail != null) w.str(866 /* status_detail */, o.statusDetail, 'Vm.statusDetail');
  if (o.stopReason != null) w.str(870 /* stop_reason */, o.stopReason, 'Vm.stopReason');
  if (o.startTime != null) w.date(859 /* start_time */, o.startTime, 'Vm.startTime');
  if (o.stopTime != null) w.date(871 /* stop_time */, o.stopTime, 'Vm.stopTime');
  if (o.runOnce != null) w.bool(793 /* run_once */, o.runOnce, 'Vm.runOnce');
  if (o.payloads != null) {
    w.open(670 /* payloads */);
    for (const x of w.list(o.payloads, 'Vm.payloads')) writePayload(w, w.struct(x, 'Vm.payloads[]'), 669 /* payload */);
    w.close();
  }
  if (o.fqdn != null) w.str(335 /* fqdn */, o.fqdn, 'Vm.fqdn');
  if (o.useLatestTemplateVersion != null) w.bool(971 /* use_latest_template_version */, o.useLatestTemplateVersion, 'Vm.useLatestTemplateVersion');
  if (o.nextRunConfigurationExists != null) w.bool(587 /* next_run_configuration_exists */, o.nextRunConfigurationExists, 'Vm.nextRunConfigurationExists');
  if (o.numaTuneMode != null) w.enumValue(603 /* numa_tune_mode */, o.numaTuneMode, 'Vm.numaTuneMode');
  if (o.guestTimeZone != null) writeTimeZone(w, w.struct(o.guestTimeZone, 'Vm.guestTimeZone'), 368 /* guest_time_zone */);
  if (o.guestOperatingSystem != null) writeGuestOperatingSystem(w, w.struct(o.guestOperatingSystem, 'Vm.guestOperatingSystem'), 366 /* guest_operating_system */);
  if (o.hasIllegalImages != null) w.bool(372 /* has_illegal_images */, o.hasIllegalImages, 'Vm.hasIllegalImages');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'Vm.type');
  if (o.memory != null) w.int(529 /* memory */, o.memory, 'Vm.memory');
  if (o.cpu != null) writeCpu(w, w.struct(o.cpu, 'Vm.cpu'), 159 /* cpu */);
  if (o.cpuShares != null) w.int(166 /* cpu_shares */, o.cpuShares, 'Vm.cpuShares');
  if (o.bios != null) writeBios(w, w.struct(o.bios, 'Vm.bios'), 74 /* bios */);
  if (o.os != null) writeOperatingSystem(w, w.struct(o.os, 'Vm.os'), 640 /* os */);
  if (o.creationTime != null) w.date(178 /* creation_time */, o.creationTime, 'Vm.creationTime');
  if (o.origin != null) w.str(638 /* origin */, o.origin, 'Vm.origin');
  if (o.stateless != null) w.bool(862 /* stateless */, o.stateless, 'Vm.stateless');
  if (o.deleteProtected != null) w.bool(201 /* delete_protected */, o.deleteProtected, 'Vm.deleteProtected');
  if (o.highAvailability != null) writeHighAvailability(w, w.struct(o.highAvailability, 'Vm.highAvailability'), 375 /* high_availability */);
  if (o.display != null) writeDisplay(w, w.struct(o.display, 'Vm.display'), 234 /* display */);
  if (o.sso != null) writeSso(w, w.struct(o.sso, 'Vm.sso'), 855 /* sso */);
  if (o.rngDevice != null) writeRngDevice(w, w.struct(o.rngDevice, 'Vm.rngDevice'), 786 /* rng_device */);
  if (o.console != null) writeConsole(w, w.struct(o.console, 'Vm.console'), 149 /* console */);
  if (o.domain != null) writeDomain(w, w.struct(o.domain, 'Vm.domain'), 244 /* domain */);
  if (o.usb != null) writeUsb(w, w.struct(o.usb, 'Vm.usb'), 966 /* usb */);
  if (o.soundcardEnabled != null) w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'Vm.soundcardEnabled');
  if (o.tunnelMigration != null) w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'Vm.tunnelMigration');
  if (o.migrationDowntime != null) w.int(547 /* migration_downtime */, o.migrationDowntime, 'Vm.migrationDowntime');
  if (o.virtioScsi != null) writeVirtioScsi(w, w.struct(o.virtioScsi, 'Vm.virtioScsi'), 1004 /* virtio_scsi */);
  if (o.serialNumber != null) writeSerialNumber(w, w.struct(o.serialNumber, 'Vm.serialNumber'), 806 /* serial_number */);
  if (o.startPaused != null) w.bool(858 /* start_paused */, o.startPaused, 'Vm.startPaused');
  if (o.migration != null) writeMigrationOptions(w, w.struct(o.migration, 'Vm.migration'), 544 /* migration */);
  if (o.io != null) writeIo(w, w.struct(o.io, 'Vm.io'), 435 /* io */);
  if (o.customProperties != null) {
    w.open(188 /* custom_properties */);
    for (const x of w.list(o.customProperties, 'Vm.customProperties')) writeCustomProperty(w, w.struct(x, 'Vm.customProperties[]'), 189 /* custom_property */);
    w.close();
  }
  if (o.customEmulatedMachine != null) w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'Vm.customEmulatedMachine');
  if (o.customCpuModel != null) w.str(182 /* custom_cpu_model */, o.customCpuModel, 'Vm.customCpuModel');
  if (o.timeZone != null) writeTimeZone(w, w.struct(o.timeZone, 'Vm.timeZone'), 927 /* time_zone */);
  if (o.smallIcon != null) writeIcon(w, w.struct(o.smallIcon, 'Vm.smallIcon'), 828 /* small_icon */);
  if (o.largeIcon != null) writeIcon(w, w.struct(o.largeIcon, 'Vm.largeIcon'), 469 /* large_icon */);
  if (o.initialization != null) writeInitialization(w, w.struct(o.initialization, 'Vm.initialization'), 425 /* initialization */);
  if (o.memoryPolicy != null) writeMemoryPolicy(w, w.struct(o.memoryPolicy, 'Vm.memoryPolicy'), 534 /* memory_policy */);
  if (o.customCompatibilityVersion != null) writeVersion(w, w.struct(o.customCompatibilityVersion, 'Vm.customCompatibilityVersion'), 180 /* custom_compatibility_version */);
  if (o.lease != null) writeStorageDomainLease(w, w.struct(o.lease, 'Vm.lease'), 479 /* lease */);
  if (o.storageErrorResumeBehaviour != null) w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'Vm.storageErrorResumeBehaviour');
  if (o.placementPolicy != null) writeVmPlacementPolicy(w, w.struct(o.placementPolicy, 'Vm.placementPolicy'), 683 /* placement_policy */);
  if (o.multiQueuesEnabled != null) w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'Vm.multiQueuesEnabled');
  if (o.virtioScsiMultiQueuesEnabled != null) w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'Vm.virtioScsiMultiQueuesEnabled');
  if (o.virtioScsiMultiQueues != null) w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'Vm.virtioScsiMultiQueues');
  if (o.tpmEnabled != null) w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'Vm.tpmEnabled');
  if (o.autoPinningPolicy != null) w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'Vm.autoPinningPolicy');
  if (o.cpuPinningPolicy != null) w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'Vm.cpuPinningPolicy');
  if (o.name != null) w.str(564 /* name */, o.name, 'Vm.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Vm.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Vm.comment');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'Vm.cluster'), 120 /* cluster */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'Vm.storageDomain'), 877 /* storage_domain */);
  if (o.cpuProfile != null) writeCpuProfile(w, w.struct(o.cpuProfile, 'Vm.cpuProfile'), 163 /* cpu_profile */);
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'Vm.quota'), 729 /* quota */);
  if (o.host != null) writeHost(w, w.struct(o.host, 'Vm.host'), 378 /* host */);
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Vm.template'), 916 /* template */);
  if (o.originalTemplate != null) writeTemplate(w, w.struct(o.originalTemplate, 'Vm.originalTemplate'), 639 /* original_template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'Vm.instanceType'), 431 /* instance_type */);
  if (o.nics != null && !w.unfetched(o.nics)) {
    w.open(597 /* nics */);
    for (const x of w.list(o.nics, 'Vm.nics')) writeNic(w, w.struct(x, 'Vm.nics[]'), 594 /* nic */);
    w.close();
  }
  if (o.snapshots != null && !w.unfetched(o.snapshots)) {
    w.open(833 /* snapshots */);
    for (const x of w.list(o.snapshots, 'Vm.snapshots')) writeSnapshot(w, w.struct(x, 'Vm.snapshots[]'), 830 /* snapshot */);
    w.close();
  }
  if (o.vmPool != null) writeVmPool(w, w.struct(o.vmPool, 'Vm.vmPool'), 1026 /* vm_pool */);
  if (o.cdroms != null && !w.unfetched(o.cdroms)) {
    w.open(106 /* cdroms */);
    for (const x of w.list(o.cdroms, 'Vm.cdroms')) writeCdrom(w, w.struct(x, 'Vm.cdroms[]'), 105 /* cdrom */);
    w.close();
  }
  if (o.floppies != null && !w.unfetched(o.floppies)) {
    w.open(328 /* floppies */);
    for (const x of w.list(o.floppies, 'Vm.floppies')) writeFloppy(w, w.struct(x, 'Vm.floppies[]'), 329 /* floppy */);
    w.close();
  }
  if (o.reportedDevices != null && !w.unfetched(o.reportedDevices)) {
    w.open(776 /* reported_devices */);
    for (const x of w.list(o.reportedDevices, 'Vm.reportedDevices')) writeReportedDevice(w, w.struct(x, 'Vm.reportedDevices[]'), 775 /* reported_device */);
    w.close();
  }
  if (o.watchdogs != null && !w.unfetched(o.watchdogs)) {
    w.open(1051 /* watchdogs */);
    for (const x of w.list(o.watchdogs, 'Vm.watchdogs')) writeWatchdog(w, w.struct(x, 'Vm.watchdogs[]'), 1050 /* watchdog */);
    w.close();
  }
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'Vm.permissions')) writePermission(w, w.struct(x, 'Vm.permissions[]'), 673 /* permission */);
    w.close();
  }
  if (o.externalHostProvider != null) writeExternalHostProvider(w, w.struct(o.externalHostProvider, 'Vm.externalHostProvider'), 290 /* external_host_provider */);
  if (o.affinityLabels != null && !w.unfetched(o.affinityLabels)) {
    w.open(18 /* affinity_labels */);
    for (const x of w.list(o.affinityLabels, 'Vm.affinityLabels')) writeAffinityLabel(w, w.struct(x, 'Vm.affinityLabels[]'), 16 /* affinity_label */);
    w.close();
  }
  if (o.applications != null && !w.unfetched(o.applications)) {
    w.open(40 /* applications */);
    for (const x of w.list(o.applications, 'Vm.applications')) writeApplication(w, w.struct(x, 'Vm.applications[]'), 39 /* application */);
    w.close();
  }
  if (o.graphicsConsoles != null && !w.unfetched(o.graphicsConsoles)) {
    w.open(361 /* graphics_consoles */);
    for (const x of w.list(o.graphicsConsoles, 'Vm.graphicsConsoles')) writeGraphicsConsole(w, w.struct(x, 'Vm.graphicsConsoles[]'), 360 /* graphics_console */);
    w.close();
  }
  if (o.hostDevices != null && !w.unfetched(o.hostDevices)) {
    w.open(384 /* host_devices */);
    for (const x of w.list(o.hostDevices, 'Vm.hostDevices')) writeHostDevice(w, w.struct(x, 'Vm.hostDevices[]'), 381 /* host_device */);
    w.close();
  }
  if (o.katelloErrata != null && !w.unfetched(o.katelloErrata)) {
    w.open(457 /* katello_errata */);
    for (const x of w.list(o.katelloErrata, 'Vm.katelloErrata')) writeKatelloErratum(w, w.struct(x, 'Vm.katelloErrata[]'), 458 /* katello_erratum */);
    w.close();
  }
  if (o.numaNodes != null && !w.unfetched(o.numaNodes)) {
    w.open(393 /* host_numa_nodes */);
    for (const x of w.list(o.numaNodes, 'Vm.numaNodes')) writeNumaNode(w, w.struct(x, 'Vm.numaNodes[]'), 392 /* host_numa_node */);
    w.close();
  }
  if (o.sessions != null && !w.unfetched(o.sessions)) {
    w.open(814 /* sessions */);
    for (const x of w.list(o.sessions, 'Vm.sessions')) writeSession(w, w.struct(x, 'Vm.sessions[]'), 813 /* session */);
    w.close();
  }
  if (o.statistics != null && !w.unfetched(o.statistics)) {
    w.open(864 /* statistics */);
    for (const x of w.list(o.statistics, 'Vm.statistics')) writeStatistic(w, w.struct(x, 'Vm.statistics[]'), 863 /* statistic */);
    w.close();
  }
  if (o.tags != null && !w.unfetched(o.tags)) {
    w.open(913 /* tags */);
    for (const x of w.list(o.tags, 'Vm.tags')) writeTag(w, w.struct(x, 'Vm.tags[]'), 912 /* tag */);
    w.close();
  }
  if (o.diskAttachments != null && !w.unfetched(o.diskAttachments)) {
    w.open(223 /* disk_attachments */);
    for (const x of w.list(o.diskAttachments, 'Vm.diskAttachments')) writeDiskAttachment(w, w.struct(x, 'Vm.diskAttachments[]'), 222 /* disk_attachment */);
    w.close();
  }
  if (o.dynamicCpu != null) writeDynamicCpu(w, w.struct(o.dynamicCpu, 'Vm.dynamicCpu'), 254 /* dynamic_cpu */);
  if (o.mediatedDevices != null && !w.unfetched(o.mediatedDevices)) {
    w.open(527 /* mediated_devices */);
    for (const x of w.list(o.mediatedDevices, 'Vm.mediatedDevices')) writeVmMediatedDevice(w, w.struct(x, 'Vm.mediatedDevices[]'), 1020 /* vm_mediated_device */);
    w.close();
  }
  w.close();
}

function writeVmBase(w: TapeWriter, o: t.VmBaseInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VmBase.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'VmBase.id', true);
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'VmBase.type');
  if (o.memory != null) w.int(529 /* memory */, o.memory, 'VmBase.memory');
  if (o.cpu != null) writeCpu(w, w.struct(o.cpu, 'VmBase.cpu'), 159 /* cpu */);
  if (o.cpuShares != null) w.int(166 /* cpu_shares */, o.cpuShares, 'VmBase.cpuShares');
  if (o.bios != null) writeBios(w, w.struct(o.bios, 'VmBase.bios'), 74 /* bios */);
  if (o.os != null) writeOperatingSystem(w, w.struct(o.os, 'VmBase.os'), 640 /* os */);
  if (o.creationTime != null) w.date(178 /* creation_time */, o.creationTime, 'VmBase.creationTime');
  if (o.origin != null) w.str(638 /* origin */, o.origin, 'VmBase.origin');
  if (o.stateless != null) w.bool(862 /* stateless */, o.stateless, 'VmBase.stateless');
  if (o.deleteProtected != null) w.bool(201 /* delete_protected */, o.deleteProtected, 'VmBase.deleteProtected');
  if (o.highAvailability != null) writeHighAvailability(w, w.struct(o.highAvailability, 'VmBase.highAvailability'), 375 /* high_availability */);
  if (o.display != null) writeDisplay(w, w.struct(o.display, 'VmBase.display'), 234 /* display */);
  if (o.sso != null) writeSso(w, w.struct(o.sso, 'VmBase.sso'), 855 /* sso */);
  if (o.rngDevice != null) writeRngDevice(w, w.struct(o.rngDevice, 'VmBase.rngDevice'), 786 /* rng_device */);
  if (o.console != null) writeConsole(w, w.struct(o.console, 'VmBase.console'), 149 /* console */);
  if (o.domain != null) writeDomain(w, w.struct(o.domain, 'VmBase.domain'), 244 /* domain */);
  if (o.usb != null) writeUsb(w, w.struct(o.usb, 'VmBase.usb'), 966 /* usb */);
  if (o.soundcardEnabled != null) w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'VmBase.soundcardEnabled');
  if (o.tunnelMigration != null) w.bool(948 /* tunnel_migration */, o.tunnelMigration, 'VmBase.tunnelMigration');
  if (o.migrationDowntime != null) w.int(547 /* migration_downtime */, o.migrationDowntime, 'VmBase.migrationDowntime');
  if (o.virtioScsi != null) writeVirtioScsi(w, w.struct(o.virtioScsi, 'VmBase.virtioScsi'), 1004 /* virtio_scsi */);
  if (o.serialNumber != null) writeSerialNumber(w, w.struct(o.serialNumber, 'VmBase.serialNumber'), 806 /* serial_number */);
  if (o.startPaused != null) w.bool(858 /* start_paused */, o.startPaused, 'VmBase.startPaused');
  if (o.migration != null) writeMigrationOptions(w, w.struct(o.migration, 'VmBase.migration'), 544 /* migration */);
  if (o.io != null) writeIo(w, w.struct(o.io, 'VmBase.io'), 435 /* io */);
  if (o.customProperties != null) {
    w.open(188 /* custom_properties */);
    for (const x of w.list(o.customProperties, 'VmBase.customProperties')) writeCustomProperty(w, w.struct(x, 'VmBase.customProperties[]'), 189 /* custom_property */);
    w.close();
  }
  if (o.customEmulatedMachine != null) w.str(184 /* custom_emulated_machine */, o.customEmulatedMachine, 'VmBase.customEmulatedMachine');
  if (o.customCpuModel != null) w.str(182 /* custom_cpu_model */, o.customCpuModel, 'VmBase.customCpuModel');
  if (o.timeZone != null) writeTimeZone(w, w.struct(o.timeZone, 'VmBase.timeZone'), 927 /* time_zone */);
  if (o.smallIcon != null) writeIcon(w, w.struct(o.smallIcon, 'VmBase.smallIcon'), 828 /* small_icon */);
  if (o.largeIcon != null) writeIcon(w, w.struct(o.largeIcon, 'VmBase.largeIcon'), 469 /* large_icon */);
  if (o.initialization != null) writeInitialization(w, w.struct(o.initialization, 'VmBase.initialization'), 425 /* initialization */);
  if (o.memoryPolicy != null) writeMemoryPolicy(w, w.struct(o.memoryPolicy, 'VmBase.memoryPolicy'), 534 /* memory_policy */);
  if (o.customCompatibilityVersion != null) writeVersion(w, w.struct(o.customCompatibilityVersion, 'VmBase.customCompatibilityVersion'), 180 /* custom_compatibility_version */);
  if (o.lease != null) writeStorageDomainLease(w, w.struct(o.lease, 'VmBase.lease'), 479 /* lease */);
  if (o.storageErrorResumeBehaviour != null) w.enumValue(882 /* storage_error_resume_behaviour */, o.storageErrorResumeBehaviour, 'VmBase.storageErrorResumeBehaviour');
  if (o.placementPolicy != null) writeVmPlacementPolicy(w, w.struct(o.placementPolicy, 'VmBase.placementPolicy'), 683 /* placement_policy */);
  if (o.multiQueuesEnabled != null) w.bool(562 /* multi_queues_enabled */, o.multiQueuesEnabled, 'VmBase.multiQueuesEnabled');
  if (o.virtioScsiMultiQueuesEnabled != null) w.bool(1006 /* virtio_scsi_multi_queues_enabled */, o.virtioScsiMultiQueuesEnabled, 'VmBase.virtioScsiMultiQueuesEnabled');
  if (o.virtioScsiMultiQueues != null) w.int(1005 /* virtio_scsi_multi_queues */, o.virtioScsiMultiQueues, 'VmBase.virtioScsiMultiQueues');
  if (o.tpmEnabled != null) w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'VmBase.tpmEnabled');
  if (o.autoPinningPolicy != null) w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'VmBase.autoPinningPolicy');
  if (o.cpuPinningPolicy != null) w.enumValue(162 /* cpu_pinning_policy */, o.cpuPinningPolicy, 'VmBase.cpuPinningPolicy');
  if (o.name != null) w.str(564 /* name */, o.name, 'VmBase.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'VmBase.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'VmBase.comment');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'VmBase.cluster'), 120 /* cluster */);
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'VmBase.storageDomain'), 877 /* storage_domain */);
  if (o.cpuProfile != null) writeCpuProfile(w, w.struct(o.cpuProfile, 'VmBase.cpuProfile'), 163 /* cpu_profile */);
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'VmBase.quota'), 729 /* quota */);
  w.close();
}

function writeVmMediatedDevice(w: TapeWriter, o: t.VmMediatedDeviceInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VmMediatedDevice.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'VmMediatedDevice.id', true);
  if (o.specParams != null) {
    w.open(844 /* spec_params */);
    for (const x of w.list(o.specParams, 'VmMediatedDevice.specParams')) writeProperty(w, w.struct(x, 'VmMediatedDevice.specParams[]'), 717 /* property */);
    w.close();
  }
  if (o.name != null) w.str(564 /* name */, o.name, 'VmMediatedDevice.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'VmMediatedDevice.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'VmMediatedDevice.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'VmMediatedDevice.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'VmMediatedDevice.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'VmMediatedDevice.vms')) writeVm(w, w.struct(x, 'VmMediatedDevice.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'VmMediatedDevice.vm'), 1016 /* vm */);
  w.close();
}

function writeVmPlacementPolicy(w: TapeWriter, o: t.VmPlacementPolicyInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VmPlacementPolicy.href', true);
  if (o.affinity != null) w.enumValue(12 /* affinity */, o.affinity, 'VmPlacementPolicy.affinity');
  if (o.hosts != null && !w.unfetched(o.hosts)) {
    w.open(401 /* hosts */);
    for (const x of w.list(o.hosts, 'VmPlacementPolicy.hosts')) writeHost(w, w.struct(x, 'VmPlacementPolicy.hosts[]'), 378 /* host */);
    w.close();
  }
  w.close();
}

function writeVmPool(w: TapeWriter, o: t.VmPoolInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VmPool.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'VmPool.id', true);
  if (o.size != null) w.int(820 /* size */, o.size, 'VmPool.size');
  if (o.prestartedVms != null) w.int(699 /* prestarted_vms */, o.prestartedVms, 'VmPool.prestartedVms');
  if (o.maxUserVms != null) w.int(522 /* max_user_vms */, o.maxUserVms, 'VmPool.maxUserVms');
  if (o.display != null) writeDisplay(w, w.struct(o.display, 'VmPool.display'), 234 /* display */);
  if (o.rngDevice != null) writeRngDevice(w, w.struct(o.rngDevice, 'VmPool.rngDevice'), 786 /* rng_device */);
  if (o.soundcardEnabled != null) w.bool(838 /* soundcard_enabled */, o.soundcardEnabled, 'VmPool.soundcardEnabled');
  if (o.type != null) w.enumValue(949 /* type */, o.type, 'VmPool.type');
  if (o.useLatestTemplateVersion != null) w.bool(971 /* use_latest_template_version */, o.useLatestTemplateVersion, 'VmPool.useLatestTemplateVersion');
  if (o.stateful != null) w.bool(861 /* stateful */, o.stateful, 'VmPool.stateful');
  if (o.autoStorageSelect != null) w.bool(59 /* auto_storage_select */, o.autoStorageSelect, 'VmPool.autoStorageSelect');
  if (o.tpmEnabled != null) w.bool(939 /* tpm_enabled */, o.tpmEnabled, 'VmPool.tpmEnabled');
  if (o.name != null) w.str(564 /* name */, o.name, 'VmPool.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'VmPool.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'VmPool.comment');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'VmPool.cluster'), 120 /* cluster */);
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'VmPool.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'VmPool.instanceType'), 431 /* instance_type */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'VmPool.vm'), 1016 /* vm */);
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'VmPool.permissions')) writePermission(w, w.struct(x, 'VmPool.permissions[]'), 673 /* permission */);
    w.close();
  }
  w.close();
}

function writeVmSummary(w: TapeWriter, o: t.VmSummaryInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VmSummary.href', true);
  if (o.active != null) w.int(2 /* active */, o.active, 'VmSummary.active');
  if (o.migrating != null) w.int(543 /* migrating */, o.migrating, 'VmSummary.migrating');
  if (o.total != null) w.int(937 /* total */, o.total, 'VmSummary.total');
  w.close();
}

function writeVnicPassThrough(w: TapeWriter, o: t.VnicPassThroughInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VnicPassThrough.href', true);
  if (o.mode != null) w.enumValue(553 /* mode */, o.mode, 'VnicPassThrough.mode');
  w.close();
}

function writeVnicProfile(w: TapeWriter, o: t.VnicProfileInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VnicProfile.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'VnicProfile.id', true);
  if (o.portMirroring != null) w.bool(692 /* port_mirroring */, o.portMirroring, 'VnicProfile.portMirroring');
  if (o.customProperties != null) {
    w.open(188 /* custom_properties */);
    for (const x of w.list(o.customProperties, 'VnicProfile.customProperties')) writeCustomProperty(w, w.struct(x, 'VnicProfile.customProperties[]'), 189 /* custom_property */);
    w.close();
  }
  if (o.passThrough != null) writeVnicPassThrough(w, w.struct(o.passThrough, 'VnicProfile.passThrough'), 664 /* pass_through */);
  if (o.migratable != null) w.bool(541 /* migratable */, o.migratable, 'VnicProfile.migratable');
  if (o.name != null) w.str(564 /* name */, o.name, 'VnicProfile.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'VnicProfile.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'VnicProfile.comment');
  if (o.network != null) writeNetwork(w, w.struct(o.network, 'VnicProfile.network'), 569 /* network */);
  if (o.qos != null) writeQos(w, w.struct(o.qos, 'VnicProfile.qos'), 727 /* qos */);
  if (o.networkFilter != null) writeNetworkFilter(w, w.struct(o.networkFilter, 'VnicProfile.networkFilter'), 574 /* network_filter */);
  if (o.failover != null) writeVnicProfile(w, w.struct(o.failover, 'VnicProfile.failover'), 310 /* failover */);
  if (o.permissions != null && !w.unfetched(o.permissions)) {
    w.open(674 /* permissions */);
    for (const x of w.list(o.permissions, 'VnicProfile.permissions')) writePermission(w, w.struct(x, 'VnicProfile.permissions[]'), 673 /* permission */);
    w.close();
  }
  w.close();
}

function writeVnicProfileMapping(w: TapeWriter, o: t.VnicProfileMappingInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VnicProfileMapping.href', true);
  if (o.sourceNetworkName != null) w.str(841 /* source_network_name */, o.sourceNetworkName, 'VnicProfileMapping.sourceNetworkName');
  if (o.sourceNetworkProfileName != null) w.str(842 /* source_network_profile_name */, o.sourceNetworkProfileName, 'VnicProfileMapping.sourceNetworkProfileName');
  if (o.targetVnicProfile != null) writeVnicProfile(w, w.struct(o.targetVnicProfile, 'VnicProfileMapping.targetVnicProfile'), 915 /* target_vnic_profile */);
  w.close();
}

function writeVolumeGroup(w: TapeWriter, o: t.VolumeGroupInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'VolumeGroup.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'VolumeGroup.id', true);
  if (o.name != null) w.str(564 /* name */, o.name, 'VolumeGroup.name');
  if (o.logicalUnits != null) {
    w.open(496 /* logical_units */);
    for (const x of w.list(o.logicalUnits, 'VolumeGroup.logicalUnits')) writeLogicalUnit(w, w.struct(x, 'VolumeGroup.logicalUnits[]'), 495 /* logical_unit */);
    w.close();
  }
  w.close();
}

function writeWatchdog(w: TapeWriter, o: t.WatchdogInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Watchdog.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Watchdog.id', true);
  if (o.model != null) w.enumValue(554 /* model */, o.model, 'Watchdog.model');
  if (o.action != null) w.enumValue(0 /* action */, o.action, 'Watchdog.action');
  if (o.name != null) w.str(564 /* name */, o.name, 'Watchdog.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Watchdog.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Watchdog.comment');
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Watchdog.template'), 916 /* template */);
  if (o.instanceType != null) writeInstanceType(w, w.struct(o.instanceType, 'Watchdog.instanceType'), 431 /* instance_type */);
  if (o.vms != null && !w.unfetched(o.vms)) {
    w.open(1031 /* vms */);
    for (const x of w.list(o.vms, 'Watchdog.vms')) writeVm(w, w.struct(x, 'Watchdog.vms[]'), 1016 /* vm */);
    w.close();
  }
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Watchdog.vm'), 1016 /* vm */);
  w.close();
}

function writeWeight(w: TapeWriter, o: t.WeightInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Weight.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Weight.id', true);
  if (o.factor != null) w.int(309 /* factor */, o.factor, 'Weight.factor');
  if (o.name != null) w.str(564 /* name */, o.name, 'Weight.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Weight.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Weight.comment');
  if (o.schedulingPolicy != null) writeSchedulingPolicy(w, w.struct(o.schedulingPolicy, 'Weight.schedulingPolicy'), 796 /* scheduling_policy */);
  if (o.schedulingPolicyUnit != null) writeSchedulingPolicyUnit(w, w.struct(o.schedulingPolicyUnit, 'Weight.schedulingPolicyUnit'), 797 /* scheduling_policy_unit */);
  w.close();
}

function writeFault(w: TapeWriter, o: t.FaultInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Fault.href', true);
  if (o.reason != null) w.str(743 /* reason */, o.reason, 'Fault.reason');
  if (o.detail != null) w.str(205 /* detail */, o.detail, 'Fault.detail');
  w.close();
}

function writeGracePeriod(w: TapeWriter, o: t.GracePeriodInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'GracePeriod.href', true);
  if (o.expiry != null) w.int(280 /* expiry */, o.expiry, 'GracePeriod.expiry');
  w.close();
}

function writeAction(w: TapeWriter, o: t.ActionInit, tag: number): void {
  w.open(tag);
  if (o.href != null) w.str(404 /* href */, o.href, 'Action.href', true);
  if (o.id != null) w.str(408 /* id */, o.id, 'Action.id', true);
  if (o.status != null) w.str(865 /* status */, o.status, 'Action.status');
  if (o.fault != null) writeFault(w, w.struct(o.fault, 'Action.fault'), 312 /* fault */);
  if (o.gracePeriod != null) writeGracePeriod(w, w.struct(o.gracePeriod, 'Action.gracePeriod'), 358 /* grace_period */);
  if (o.job != null) writeJob(w, w.struct(o.job, 'Action.job'), 455 /* job */);
  if (o.activate != null) w.bool(1 /* activate */, o.activate, 'Action.activate');
  if (o.allowPartialImport != null) w.bool(32 /* allow_partial_import */, o.allowPartialImport, 'Action.allowPartialImport');
  if (o.async != null) w.bool(44 /* async */, o.async, 'Action.async');
  if (o.attachWgt != null) w.bool(45 /* attach_wgt */, o.attachWgt, 'Action.attachWgt');
  if (o.attachment != null) writeDiskAttachment(w, w.struct(o.attachment, 'Action.attachment'), 46 /* attachment */);
  if (o.authorizedKey != null) writeAuthorizedKey(w, w.struct(o.authorizedKey, 'Action.authorizedKey'), 52 /* authorized_key */);
  if (o.autoPinningPolicy != null) w.enumValue(58 /* auto_pinning_policy */, o.autoPinningPolicy, 'Action.autoPinningPolicy');
  if (o.bricks != null) {
    w.open(96 /* bricks */);
    for (const x of w.list(o.bricks, 'Action.bricks')) writeGlusterBrick(w, w.struct(x, 'Action.bricks[]'), 91 /* brick */);
    w.close();
  }
  if (o.certificates != null) {
    w.open(108 /* certificates */);
    for (const x of w.list(o.certificates, 'Action.certificates')) writeCertificate(w, w.struct(x, 'Action.certificates[]'), 107 /* certificate */);
    w.close();
  }
  if (o.checkConnectivity != null) w.bool(109 /* check_connectivity */, o.checkConnectivity, 'Action.checkConnectivity');
  if (o.clone != null) w.bool(115 /* clone */, o.clone, 'Action.clone');
  if (o.clonePermissions != null) w.bool(116 /* clone_permissions */, o.clonePermissions, 'Action.clonePermissions');
  if (o.cluster != null) writeCluster(w, w.struct(o.cluster, 'Action.cluster'), 120 /* cluster */);
  if (o.collapseSnapshots != null) w.bool(134 /* collapse_snapshots */, o.collapseSnapshots, 'Action.collapseSnapshots');
  if (o.commitOnSuccess != null) w.bool(136 /* commit_on_success */, o.commitOnSuccess, 'Action.commitOnSuccess');
  if (o.connection != null) writeStorageConnection(w, w.struct(o.connection, 'Action.connection'), 147 /* connection */);
  if (o.connectivityTimeout != null) w.int(148 /* connectivity_timeout */, o.connectivityTimeout, 'Action.connectivityTimeout');
  if (o.correlationId != null) w.str(158 /* correlation_id */, o.correlationId, 'Action.correlationId');
  if (o.dataCenter != null) writeDataCenter(w, w.struct(o.dataCenter, 'Action.dataCenter'), 194 /* data_center */);
  if (o.deployHostedEngine != null) w.bool(203 /* deploy_hosted_engine */, o.deployHostedEngine, 'Action.deployHostedEngine');
  if (o.details != null) writeGlusterVolumeProfileDetails(w, w.struct(o.details, 'Action.details'), 206 /* details */);
  if (o.directory != null) w.str(211 /* directory */, o.directory, 'Action.directory');
  if (o.discardSnapshots != null) w.bool(214 /* discard_snapshots */, o.discardSnapshots, 'Action.discardSnapshots');
  if (o.discoveredTargets != null) {
    w.open(219 /* discovered_targets */);
    for (const x of w.list(o.discoveredTargets, 'Action.discoveredTargets')) writeIscsiDetails(w, w.struct(x, 'Action.discoveredTargets[]'), 449 /* iscsi_details */);
    w.close();
  }
  if (o.disk != null) writeDisk(w, w.struct(o.disk, 'Action.disk'), 221 /* disk */);
  if (o.diskProfile != null) writeDiskProfile(w, w.struct(o.diskProfile, 'Action.diskProfile'), 225 /* disk_profile */);
  if (o.disks != null) {
    w.open(231 /* disks */);
    for (const x of w.list(o.disks, 'Action.disks')) writeDisk(w, w.struct(x, 'Action.disks[]'), 221 /* disk */);
    w.close();
  }
  if (o.exclusive != null) w.bool(277 /* exclusive */, o.exclusive, 'Action.exclusive');
  if (o.fenceType != null) w.str(314 /* fence_type */, o.fenceType, 'Action.fenceType');
  if (o.filename != null) w.str(319 /* filename */, o.filename, 'Action.filename');
  if (o.filter != null) w.bool(321 /* filter */, o.filter, 'Action.filter');
  if (o.fixLayout != null) w.bool(326 /* fix_layout */, o.fixLayout, 'Action.fixLayout');
  if (o.follow != null) w.str(330 /* follow */, o.follow, 'Action.follow');
  if (o.force != null) w.bool(333 /* force */, o.force, 'Action.force');
  if (o.host != null) writeHost(w, w.struct(o.host, 'Action.host'), 378 /* host */);
  if (o.image != null) w.str(411 /* image */, o.image, 'Action.image');
  if (o.imageTransfer != null) writeImageTransfer(w, w.struct(o.imageTransfer, 'Action.imageTransfer'), 413 /* image_transfer */);
  if (o.importAsTemplate != null) w.bool(417 /* import_as_template */, o.importAsTemplate, 'Action.importAsTemplate');
  if (o.isAttached != null) w.bool(445 /* is_attached */, o.isAttached, 'Action.isAttached');
  if (o.iscsi != null) writeIscsiDetails(w, w.struct(o.iscsi, 'Action.iscsi'), 446 /* iscsi */);
  if (o.iscsiTargets != null) {
    w.open(452 /* iscsi_targets */);
    for (const x of w.list(o.iscsiTargets, 'Action.iscsiTargets')) w.str(451 /* iscsi_target */, x, 'Action.iscsiTargets[]');
    w.close();
  }
  if (o.lease != null) writeStorageDomainLease(w, w.struct(o.lease, 'Action.lease'), 479 /* lease */);
  if (o.logicalUnits != null) {
    w.open(496 /* logical_units */);
    for (const x of w.list(o.logicalUnits, 'Action.logicalUnits')) writeLogicalUnit(w, w.struct(x, 'Action.logicalUnits[]'), 495 /* logical_unit */);
    w.close();
  }
  if (o.maintenanceAfterRestart != null) w.bool(506 /* maintenance_after_restart */, o.maintenanceAfterRestart, 'Action.maintenanceAfterRestart');
  if (o.maintenanceEnabled != null) w.bool(507 /* maintenance_enabled */, o.maintenanceEnabled, 'Action.maintenanceEnabled');
  if (o.migrateVmsInAffinityClosure != null) w.bool(542 /* migrate_vms_in_affinity_closure */, o.migrateVmsInAffinityClosure, 'Action.migrateVmsInAffinityClosure');
  if (o.modifiedBonds != null) {
    w.open(556 /* modified_bonds */);
    for (const x of w.list(o.modifiedBonds, 'Action.modifiedBonds')) writeHostNic(w, w.struct(x, 'Action.modifiedBonds[]'), 388 /* host_nic */);
    w.close();
  }
  if (o.modifiedLabels != null) {
    w.open(557 /* modified_labels */);
    for (const x of w.list(o.modifiedLabels, 'Action.modifiedLabels')) writeNetworkLabel(w, w.struct(x, 'Action.modifiedLabels[]'), 578 /* network_label */);
    w.close();
  }
  if (o.modifiedNetworkAttachments != null) {
    w.open(558 /* modified_network_attachments */);
    for (const x of w.list(o.modifiedNetworkAttachments, 'Action.modifiedNetworkAttachments')) writeNetworkAttachment(w, w.struct(x, 'Action.modifiedNetworkAttachments[]'), 570 /* network_attachment */);
    w.close();
  }
  if (o.optimizeCpuSettings != null) w.bool(631 /* optimize_cpu_settings */, o.optimizeCpuSettings, 'Action.optimizeCpuSettings');
  if (o.option != null) writeOption(w, w.struct(o.option, 'Action.option'), 632 /* option */);
  if (o.pause != null) w.bool(668 /* pause */, o.pause, 'Action.pause');
  if (o.permission != null) writePermission(w, w.struct(o.permission, 'Action.permission'), 673 /* permission */);
  if (o.powerManagement != null) writePowerManagement(w, w.struct(o.powerManagement, 'Action.powerManagement'), 697 /* power_management */);
  if (o.proxyTicket != null) writeProxyTicket(w, w.struct(o.proxyTicket, 'Action.proxyTicket'), 722 /* proxy_ticket */);
  if (o.quota != null) writeQuota(w, w.struct(o.quota, 'Action.quota'), 729 /* quota */);
  if (o.reason != null) w.str(743 /* reason */, o.reason, 'Action.reason');
  if (o.reassignBadMacs != null) w.bool(744 /* reassign_bad_macs */, o.reassignBadMacs, 'Action.reassignBadMacs');
  if (o.reboot != null) w.bool(745 /* reboot */, o.reboot, 'Action.reboot');
  if (o.registrationConfiguration != null) writeRegistrationConfiguration(w, w.struct(o.registrationConfiguration, 'Action.registrationConfiguration'), 756 /* registration_configuration */);
  if (o.remoteViewerConnectionFile != null) w.str(768 /* remote_viewer_connection_file */, o.remoteViewerConnectionFile, 'Action.remoteViewerConnectionFile');
  if (o.removedBonds != null) {
    w.open(769 /* removed_bonds */);
    for (const x of w.list(o.removedBonds, 'Action.removedBonds')) writeHostNic(w, w.struct(x, 'Action.removedBonds[]'), 388 /* host_nic */);
    w.close();
  }
  if (o.removedLabels != null) {
    w.open(770 /* removed_labels */);
    for (const x of w.list(o.removedLabels, 'Action.removedLabels')) writeNetworkLabel(w, w.struct(x, 'Action.removedLabels[]'), 578 /* network_label */);
    w.close();
  }
  if (o.removedNetworkAttachments != null) {
    w.open(771 /* removed_network_attachments */);
    for (const x of w.list(o.removedNetworkAttachments, 'Action.removedNetworkAttachments')) writeNetworkAttachment(w, w.struct(x, 'Action.removedNetworkAttachments[]'), 570 /* network_attachment */);
    w.close();
  }
  if (o.resolutionType != null) w.str(783 /* resolution_type */, o.resolutionType, 'Action.resolutionType');
  if (o.restoreMemory != null) w.bool(784 /* restore_memory */, o.restoreMemory, 'Action.restoreMemory');
  if (o.rootPassword != null) w.str(791 /* root_password */, o.rootPassword, 'Action.rootPassword');
  if (o.seal != null) w.bool(802 /* seal */, o.seal, 'Action.seal');
  if (o.snapshot != null) writeSnapshot(w, w.struct(o.snapshot, 'Action.snapshot'), 830 /* snapshot */);
  if (o.sourceHost != null) writeHost(w, w.struct(o.sourceHost, 'Action.sourceHost'), 840 /* source_host */);
  if (o.ssh != null) writeSsh(w, w.struct(o.ssh, 'Action.ssh'), 850 /* ssh */);
  if (o.stopGlusterService != null) w.bool(869 /* stop_gluster_service */, o.stopGlusterService, 'Action.stopGlusterService');
  if (o.storageDomain != null) writeStorageDomain(w, w.struct(o.storageDomain, 'Action.storageDomain'), 877 /* storage_domain */);
  if (o.storageDomains != null) {
    w.open(881 /* storage_domains */);
    for (const x of w.list(o.storageDomains, 'Action.storageDomains')) writeStorageDomain(w, w.struct(x, 'Action.storageDomains[]'), 877 /* storage_domain */);
    w.close();
  }
  if (o.succeeded != null) w.bool(897 /* succeeded */, o.succeeded, 'Action.succeeded');
  if (o.synchronizedNetworkAttachments != null) {
    w.open(906 /* synchronized_network_attachments */);
    for (const x of w.list(o.synchronizedNetworkAttachments, 'Action.synchronizedNetworkAttachments')) writeNetworkAttachment(w, w.struct(x, 'Action.synchronizedNetworkAttachments[]'), 570 /* network_attachment */);
    w.close();
  }
  if (o.template != null) writeTemplate(w, w.struct(o.template, 'Action.template'), 916 /* template */);
  if (o.ticket != null) writeTicket(w, w.struct(o.ticket, 'Action.ticket'), 924 /* ticket */);
  if (o.timeout != null) w.int(929 /* timeout */, o.timeout, 'Action.timeout');
  if (o.undeployHostedEngine != null) w.bool(951 /* undeploy_hosted_engine */, o.undeployHostedEngine, 'Action.undeployHostedEngine');
  if (o.upgradeAction != null) w.enumValue(958 /* upgrade_action */, o.upgradeAction, 'Action.upgradeAction');
  if (o.upgradePercentComplete != null) w.int(961 /* upgrade_percent_complete */, o.upgradePercentComplete, 'Action.upgradePercentComplete');
  if (o.useCloudInit != null) w.bool(968 /* use_cloud_init */, o.useCloudInit, 'Action.useCloudInit');
  if (o.useIgnition != null) w.bool(969 /* use_ignition */, o.useIgnition, 'Action.useIgnition');
  if (o.useInitialization != null) w.bool(970 /* use_initialization */, o.useInitialization, 'Action.useInitialization');
  if (o.useSysprep != null) w.bool(972 /* use_sysprep */, o.useSysprep, 'Action.useSysprep');
  if (o.virtualFunctionsConfiguration != null) writeHostNicVirtualFunctionsConfiguration(w, w.struct(o.virtualFunctionsConfiguration, 'Action.virtualFunctionsConfiguration'), 1011 /* virtual_functions_configuration */);
  if (o.vm != null) writeVm(w, w.struct(o.vm, 'Action.vm'), 1016 /* vm */);
  if (o.vnicProfileMappings != null) {
    w.open(1038 /* vnic_profile_mappings */);
    for (const x of w.list(o.vnicProfileMappings, 'Action.vnicProfileMappings')) writeVnicProfileMapping(w, w.struct(x, 'Action.vnicProfileMappings[]'), 1037 /* vnic_profile_mapping */);
    w.close();
  }
  if (o.volatile != null) w.bool(1041 /* volatile */, o.volatile, 'Action.volatile');
  if (o.name != null) w.str(564 /* name */, o.name, 'Action.name');
  if (o.description != null) w.str(204 /* description */, o.description, 'Action.description');
  if (o.comment != null) w.str(135 /* comment */, o.comment, 'Action.comment');
  w.close();
}

/** The writers by type id. */
export const WRITERS: readonly ((w: TapeWriter, value: object, tag: number) => void)[] = [
  writeAffinityGroup as (w: TapeWriter, value: object, tag: number) => void,
  writeAffinityLabel as (w: TapeWriter, value: object, tag: number) => void,
  writeAffinityRule as (w: TapeWriter, value: object, tag: number) => void,
  writeAgent as (w: TapeWriter, value: object, tag: number) => void,
  writeAgentConfiguration as (w: TapeWriter, value: object, tag: number) => void,
  writeApi as (w: TapeWriter, value: object, tag: number) => void,
  writeApiSummary as (w: TapeWriter, value: object, tag: number) => void,
  writeApiSummaryItem as (w: TapeWriter, value: object, tag: number) => void,
  writeApplication as (w: TapeWriter, value: object, tag: number) => void,
  writeAuthorizedKey as (w: TapeWriter, value: object, tag: number) => void,
  writeBackup as (w: TapeWriter, value: object, tag: number) => void,
  writeBalance as (w: TapeWriter, value: object, tag: number) => void,
  writeBios as (w: TapeWriter, value: object, tag: number) => void,
  writeBlockStatistic as (w: TapeWriter, value: object, tag: number) => void,
  writeBonding as (w: TapeWriter, value: object, tag: number) => void,
  writeBookmark as (w: TapeWriter, value: object, tag: number) => void,
  writeBoot as (w: TapeWriter, value: object, tag: number) => void,
  writeBootMenu as (w: TapeWriter, value: object, tag: number) => void,
  writeBrickProfileDetail as (w: TapeWriter, value: object, tag: number) => void,
  writeCdrom as (w: TapeWriter, value: object, tag: number) => void,
  writeCertificate as (w: TapeWriter, value: object, tag: number) => void,
  writeCheckpoint as (w: TapeWriter, value: object, tag: number) => void,
  writeCloudInit as (w: TapeWriter, value: object, tag: number) => void,
  writeCluster as (w: TapeWriter, value: object, tag: number) => void,
  writeClusterFeature as (w: TapeWriter, value: object, tag: number) => void,
  writeClusterLevel as (w: TapeWriter, value: object, tag: number) => void,
  writeConfiguration as (w: TapeWriter, value: object, tag: number) => void,
  writeConsole as (w: TapeWriter, value: object, tag: number) => void,
  writeCore as (w: TapeWriter, value: object, tag: number) => void,
  writeCpu as (w: TapeWriter, value: object, tag: number) => void,
  writeCpuProfile as (w: TapeWriter, value: object, tag: number) => void,
  writeCpuTopology as (w: TapeWriter, value: object, tag: number) => void,
  writeCpuTune as (w: TapeWriter, value: object, tag: number) => void,
  writeCpuType as (w: TapeWriter, value: object, tag: number) => void,
  writeCustomProperty as (w: TapeWriter, value: object, tag: number) => void,
  writeDataCenter as (w: TapeWriter, value: object, tag: number) => void,
  writeDevice as (w: TapeWriter, value: object, tag: number) => void,
  writeDisk as (w: TapeWriter, value: object, tag: number) => void,
  writeDiskAttachment as (w: TapeWriter, value: object, tag: number) => void,
  writeDiskProfile as (w: TapeWriter, value: object, tag: number) => void,
  writeDiskSnapshot as (w: TapeWriter, value: object, tag: number) => void,
  writeDisplay as (w: TapeWriter, value: object, tag: number) => void,
  writeDns as (w: TapeWriter, value: object, tag: number) => void,
  writeDnsResolverConfiguration as (w: TapeWriter, value: object, tag: number) => void,
  writeDomain as (w: TapeWriter, value: object, tag: number) => void,
  writeDynamicCpu as (w: TapeWriter, value: object, tag: number) => void,
  writeEngineBackupInfo as (w: TapeWriter, value: object, tag: number) => void,
  writeEntityProfileDetail as (w: TapeWriter, value: object, tag: number) => void,
  writeErrorHandling as (w: TapeWriter, value: object, tag: number) => void,
  writeEvent as (w: TapeWriter, value: object, tag: number) => void,
  writeEventSubscription as (w: TapeWriter, value: object, tag: number) => void,
  writeExternalComputeResource as (w: TapeWriter, value: object, tag: number) => void,
  writeExternalDiscoveredHost as (w: TapeWriter, value: object, tag: number) => void,
  writeExternalHost as (w: TapeWriter, value: object, tag: number) => void,
  writeExternalHostGroup as (w: TapeWriter, value: object, tag: number) => void,
  writeExternalHostProvider as (w: TapeWriter, value: object, tag: number) => void,
  writeExternalNetworkProviderConfiguration as (w: TapeWriter, value: object, tag: number) => void,
  writeExternalProvider as (w: TapeWriter, value: object, tag: number) => void,
  writeExternalTemplateImport as (w: TapeWriter, value: object, tag: number) => void,
  writeExternalVmImport as (w: TapeWriter, value: object, tag: number) => void,
  writeFencingPolicy as (w: TapeWriter, value: object, tag: number) => void,
  writeFile as (w: TapeWriter, value: object, tag: number) => void,
  writeFilter as (w: TapeWriter, value: object, tag: number) => void,
  writeFloppy as (w: TapeWriter, value: object, tag: number) => void,
  writeFopStatistic as (w: TapeWriter, value: object, tag: number) => void,
  writeGlusterBrick as (w: TapeWriter, value: object, tag: number) => void,
  writeGlusterBrickAdvancedDetails as (w: TapeWriter, value: object, tag: number) => void,
  writeGlusterBrickMemoryInfo as (w: TapeWriter, value: object, tag: number) => void,
  writeGlusterClient as (w: TapeWriter, value: object, tag: number) => void,
  writeGlusterHook as (w: TapeWriter, value: object, tag: number) => void,
  writeGlusterMemoryPool as (w: TapeWriter, value: object, tag: number) => void,
  writeGlusterServerHook as (w: TapeWriter, value: object, tag: number) => void,
  writeGlusterVolume as (w: TapeWriter, value: object, tag: number) => void,
  writeGlusterVolumeProfileDetails as (w: TapeWriter, value: object, tag: number) => void,
  writeGraphicsConsole as (w: TapeWriter, value: object, tag: number) => void,
  writeGroup as (w: TapeWriter, value: object, tag: number) => void,
  writeGuestOperatingSystem as (w: TapeWriter, value: object, tag: number) => void,
  writeHardwareInformation as (w: TapeWriter, value: object, tag: number) => void,
  writeHighAvailability as (w: TapeWriter, value: object, tag: number) => void,
  writeHook as (w: TapeWriter, value: object, tag: number) => void,
  writeHost as (w: TapeWriter, value: object, tag: number) => void,
  writeHostCpuUnit as (w: TapeWriter, value: object, tag: number) => void,
  writeHostDevice as (w: TapeWriter, value: object, tag: number) => void,
  writeHostDevicePassthrough as (w: TapeWriter, value: object, tag: number) => void,
  writeHostNic as (w: TapeWriter, value: object, tag: number) => void,
  writeHostNicVirtualFunctionsConfiguration as (w: TapeWriter, value: object, tag: number) => void,
  writeHostStorage as (w: TapeWriter, value: object, tag: number) => void,
  writeHostedEngine as (w: TapeWriter, value: object, tag: number) => void,
  writeIcon as (w: TapeWriter, value: object, tag: number) => void,
  writeIdentified as (w: TapeWriter, value: object, tag: number) => void,
  writeImage as (w: TapeWriter, value: object, tag: number) => void,
  writeImageTransfer as (w: TapeWriter, value: object, tag: number) => void,
  writeInitialization as (w: TapeWriter, value: object, tag: number) => void,
  writeInstanceType as (w: TapeWriter, value: object, tag: number) => void,
  writeIo as (w: TapeWriter, value: object, tag: number) => void,
  writeIp as (w: TapeWriter, value: object, tag: number) => void,
  writeIpAddressAssignment as (w: TapeWriter, value: object, tag: number) => void,
  writeIscsiBond as (w: TapeWriter, value: object, tag: number) => void,
  writeIscsiDetails as (w: TapeWriter, value: object, tag: number) => void,
  writeJob as (w: TapeWriter, value: object, tag: number) => void,
  writeKatelloErratum as (w: TapeWriter, value: object, tag: number) => void,
  writeKernel as (w: TapeWriter, value: object, tag: number) => void,
  writeKsm as (w: TapeWriter, value: object, tag: number) => void,
  writeLinkLayerDiscoveryProtocolElement as (w: TapeWriter, value: object, tag: number) => void,
  writeLogicalUnit as (w: TapeWriter, value: object, tag: number) => void,
  writeMDevType as (w: TapeWriter, value: object, tag: number) => void,
  writeMac as (w: TapeWriter, value: object, tag: number) => void,
  writeMacPool as (w: TapeWriter, value: object, tag: number) => void,
  writeMemoryOverCommit as (w: TapeWriter, value: object, tag: number) => void,
  writeMemoryPolicy as (w: TapeWriter, value: object, tag: number) => void,
  writeMethod as (w: TapeWriter, value: object, tag: number) => void,
  writeMigrationBandwidth as (w: TapeWriter, value: object, tag: number) => void,
  writeMigrationOptions as (w: TapeWriter, value: object, tag: number) => void,
  writeMigrationPolicy as (w: TapeWriter, value: object, tag: number) => void,
  writeNetwork as (w: TapeWriter, value: object, tag: number) => void,
  writeNetworkAttachment as (w: TapeWriter, value: object, tag: number) => void,
  writeNetworkConfiguration as (w: TapeWriter, value: object, tag: number) => void,
  writeNetworkFilter as (w: TapeWriter, value: object, tag: number) => void,
  writeNetworkFilterParameter as (w: TapeWriter, value: object, tag: number) => void,
  writeNetworkLabel as (w: TapeWriter, value: object, tag: number) => void,
  writeNfsProfileDetail as (w: TapeWriter, value: object, tag: number) => void,
  writeNic as (w: TapeWriter, value: object, tag: number) => void,
  writeNicConfiguration as (w: TapeWriter, value: object, tag: number) => void,
  writeNumaNode as (w: TapeWriter, value: object, tag: number) => void,
  writeNumaNodePin as (w: TapeWriter, value: object, tag: number) => void,
  writeOpenStackImage as (w: TapeWriter, value: object, tag: number) => void,
  writeOpenStackImageProvider as (w: TapeWriter, value: object, tag: number) => void,
  writeOpenStackNetwork as (w: TapeWriter, value: object, tag: number) => void,
  writeOpenStackNetworkProvider as (w: TapeWriter, value: object, tag: number) => void,
  writeOpenStackProvider as (w: TapeWriter, value: object, tag: number) => void,
  writeOpenStackSubnet as (w: TapeWriter, value: object, tag: number) => void,
  writeOpenStackVolumeProvider as (w: TapeWriter, value: object, tag: number) => void,
  writeOpenStackVolumeType as (w: TapeWriter, value: object, tag: number) => void,
  writeOpenstackVolumeAuthenticationKey as (w: TapeWriter, value: object, tag: number) => void,
  writeOperatingSystem as (w: TapeWriter, value: object, tag: number) => void,
  writeOperatingSystemInfo as (w: TapeWriter, value: object, tag: number) => void,
  writeOption as (w: TapeWriter, value: object, tag: number) => void,
  writePackage as (w: TapeWriter, value: object, tag: number) => void,
  writePayload as (w: TapeWriter, value: object, tag: number) => void,
  writePermission as (w: TapeWriter, value: object, tag: number) => void,
  writePermit as (w: TapeWriter, value: object, tag: number) => void,
  writePmProxy as (w: TapeWriter, value: object, tag: number) => void,
  writePortMirroring as (w: TapeWriter, value: object, tag: number) => void,
  writePowerManagement as (w: TapeWriter, value: object, tag: number) => void,
  writeProduct as (w: TapeWriter, value: object, tag: number) => void,
  writeProductInfo as (w: TapeWriter, value: object, tag: number) => void,
  writeProfileDetail as (w: TapeWriter, value: object, tag: number) => void,
  writeProperty as (w: TapeWriter, value: object, tag: number) => void,
  writeProxyTicket as (w: TapeWriter, value: object, tag: number) => void,
  writeQos as (w: TapeWriter, value: object, tag: number) => void,
  writeQuota as (w: TapeWriter, value: object, tag: number) => void,
  writeQuotaClusterLimit as (w: TapeWriter, value: object, tag: number) => void,
  writeQuotaStorageLimit as (w: TapeWriter, value: object, tag: number) => void,
  writeRange as (w: TapeWriter, value: object, tag: number) => void,
  writeRate as (w: TapeWriter, value: object, tag: number) => void,
  writeRegistrationAffinityGroupMapping as (w: TapeWriter, value: object, tag: number) => void,
  writeRegistrationAffinityLabelMapping as (w: TapeWriter, value: object, tag: number) => void,
  writeRegistrationClusterMapping as (w: TapeWriter, value: object, tag: number) => void,
  writeRegistrationConfiguration as (w: TapeWriter, value: object, tag: number) => void,
  writeRegistrationDomainMapping as (w: TapeWriter, value: object, tag: number) => void,
  writeRegistrationLunMapping as (w: TapeWriter, value: object, tag: number) => void,
  writeRegistrationRoleMapping as (w: TapeWriter, value: object, tag: number) => void,
  writeRegistrationVnicProfileMapping as (w: TapeWriter, value: object, tag: number) => void,
  writeReportedConfiguration as (w: TapeWriter, value: object, tag: number) => void,
  writeReportedDevice as (w: TapeWriter, value: object, tag: number) => void,
  writeRngDevice as (w: TapeWriter, value: object, tag: number) => void,
  writeRole as (w: TapeWriter, value: object, tag: number) => void,
  writeSchedulingPolicy as (w: TapeWriter, value: object, tag: number) => void,
  writeSchedulingPolicyUnit as (w: TapeWriter, value: object, tag: number) => void,
  writeSeLinux as (w: TapeWriter, value: object, tag: number) => void,
  writeSerialNumber as (w: TapeWriter, value: object, tag: number) => void,
  writeSession as (w: TapeWriter, value: object, tag: number) => void,
  writeSkipIfConnectivityBroken as (w: TapeWriter, value: object, tag: number) => void,
  writeSkipIfSdActive as (w: TapeWriter, value: object, tag: number) => void,
  writeSnapshot as (w: TapeWriter, value: object, tag: number) => void,
  writeSpecialObjects as (w: TapeWriter, value: object, tag: number) => void,
  writeSpm as (w: TapeWriter, value: object, tag: number) => void,
  writeSsh as (w: TapeWriter, value: object, tag: number) => void,
  writeSshPublicKey as (w: TapeWriter, value: object, tag: number) => void,
  writeSso as (w: TapeWriter, value: object, tag: number) => void,
  writeStatistic as (w: TapeWriter, value: object, tag: number) => void,
  writeStep as (w: TapeWriter, value: object, tag: number) => void,
  writeStorageConnection as (w: TapeWriter, value: object, tag: number) => void,
  writeStorageConnectionExtension as (w: TapeWriter, value: object, tag: number) => void,
  writeStorageDomain as (w: TapeWriter, value: object, tag: number) => void,
  writeStorageDomainLease as (w: TapeWriter, value: object, tag: number) => void,
  writeSystemOption as (w: TapeWriter, value: object, tag: number) => void,
  writeSystemOptionValue as (w: TapeWriter, value: object, tag: number) => void,
  writeTag as (w: TapeWriter, value: object, tag: number) => void,
  writeTemplate as (w: TapeWriter, value: object, tag: number) => void,
  writeTemplateVersion as (w: TapeWriter, value: object, tag: number) => void,
  writeTicket as (w: TapeWriter, value: object, tag: number) => void,
  writeTimeZone as (w: TapeWriter, value: object, tag: number) => void,
  writeTransparentHugePages as (w: TapeWriter, value: object, tag: number) => void,
  writeUnmanagedNetwork as (w: TapeWriter, value: object, tag: number) => void,
  writeUsb as (w: TapeWriter, value: object, tag: number) => void,
  writeUser as (w: TapeWriter, value: object, tag: number) => void,
  writeUserOption as (w: TapeWriter, value: object, tag: number) => void,
  writeValue as (w: TapeWriter, value: object, tag: number) => void,
  writeVcpuPin as (w: TapeWriter, value: object, tag: number) => void,
  writeVendor as (w: TapeWriter, value: object, tag: number) => void,
  writeVersion as (w: TapeWriter, value: object, tag: number) => void,
  writeVirtioScsi as (w: TapeWriter, value: object, tag: number) => void,
  writeVirtualNumaNode as (w: TapeWriter, value: object, tag: number) => void,
  writeVlan as (w: TapeWriter, value: object, tag: number) => void,
  writeVm as (w: TapeWriter, value: object, tag: number) => void,
  writeVmBase as (w: TapeWriter, value: object, tag: number) => void,
  writeVmMediatedDevice as (w: TapeWriter, value: object, tag: number) => void,
  writeVmPlacementPolicy as (w: TapeWriter, value: object, tag: number) => void,
  writeVmPool as (w: TapeWriter, value: object, tag: number) => void,
  writeVmSummary as (w: TapeWriter, value: object, tag: number) => void,
  writeVnicPassThrough as (w: TapeWriter, value: object, tag: number) => void,
  writeVnicProfile as (w: TapeWriter, value: object, tag: number) => void,
  writeVnicProfileMapping as (w: TapeWriter, value: object, tag: number) => void,
  writeVolumeGroup as (w: TapeWriter, value: object, tag: number) => void,
  writeWatchdog as (w: TapeWriter, value: object, tag: number) => void,
  writeWeight as (w: TapeWriter, value: object, tag: number) => void,
  writeFault as (w: TapeWriter, value: object, tag: number) => void,
  writeGracePeriod as (w: TapeWriter, value: object, tag: number) => void,
  writeAction as (w: TapeWriter, value: object, tag: number) => void,
];
