// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import * as t from '../types';
import { Service, checkParameters, methodParameters } from '../service';
import type { RequestOptions } from '../service';
import type { List } from '../struct';
import { AssignedAffinityLabelsService } from './assigned-affinity-labels-service';
import { AssignedPermissionsService } from './assigned-permissions-service';
import { AssignedTagsService } from './assigned-tags-service';
import { ExternalNetworkProviderConfigurationsService } from './external-network-provider-configurations-service';
import { FenceAgentsService } from './fence-agents-service';
import { HostCpuUnitsService } from './host-cpu-units-service';
import { HostDevicesService } from './host-devices-service';
import { HostHooksService } from './host-hooks-service';
import { HostNicsService } from './host-nics-service';
import { HostNumaNodesService } from './host-numa-nodes-service';
import { HostStorageService } from './host-storage-service';
import { KatelloErrataService } from './katello-errata-service';
import { NetworkAttachmentsService } from './network-attachments-service';
import { StatisticsService } from './statistics-service';
import { StorageServerConnectionExtensionsService } from './storage-server-connection-extensions-service';
import { UnmanagedNetworksService } from './unmanaged-networks-service';

/** Options of {@link HostService.activate}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceActivateOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/activate/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.approveUsingRootPassword}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceApproveUsingRootPasswordOptions extends RequestOptions {
  /** The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_root_password/parameters/host} */
  host?: t.HostInit;
  /** The `cluster` parameter (`<cluster>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_root_password/parameters/cluster} */
  cluster?: t.ClusterInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_root_password/parameters/async} */
  async?: boolean;
  /**
   * The `activate` parameter (`<activate>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_root_password/parameters/activate}
   * @since API 4.3
   */
  activate?: boolean;
  /** The `reboot` parameter (`<reboot>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_root_password/parameters/reboot} */
  reboot?: boolean;
}

/** Options of {@link HostService.approveUsingSsh}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceApproveUsingSshOptions extends RequestOptions {
  /** The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_ssh/parameters/host} */
  host?: t.HostInit;
  /** The `cluster` parameter (`<cluster>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_ssh/parameters/cluster} */
  cluster?: t.ClusterInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_ssh/parameters/async} */
  async?: boolean;
  /**
   * The `activate` parameter (`<activate>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_ssh/parameters/activate}
   * @since API 4.3
   */
  activate?: boolean;
  /** The `reboot` parameter (`<reboot>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_ssh/parameters/reboot} */
  reboot?: boolean;
}

/** Options of {@link HostService.approve}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceApproveOptions extends RequestOptions {
  /** The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve/parameters/host} */
  host?: t.HostInit;
  /** The `cluster` parameter (`<cluster>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve/parameters/cluster} */
  cluster?: t.ClusterInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve/parameters/async} */
  async?: boolean;
  /**
   * The `activate` parameter (`<activate>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve/parameters/activate}
   * @since API 4.3
   */
  activate?: boolean;
  /** The `reboot` parameter (`<reboot>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve/parameters/reboot} */
  reboot?: boolean;
}

/** Options of {@link HostService.commitNetConfig}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceCommitNetConfigOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/commit_net_config/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.deactivate}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceDeactivateOptions extends RequestOptions {
  /** The `reason` parameter (`<reason>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/deactivate/parameters/reason} */
  reason?: string;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/deactivate/parameters/async} */
  async?: boolean;
  /** The `stop_gluster_service` parameter (`<stop_gluster_service>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/deactivate/parameters/stop_gluster_service} */
  stopGlusterService?: boolean;
}

/** Options of {@link HostService.enrollCertificate}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceEnrollCertificateOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/enroll_certificate/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.fence}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceFenceOptions extends RequestOptions {
  /** The `fence_type` parameter (`<fence_type>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/fence/parameters/fence_type} */
  fenceType?: string;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/fence/parameters/async} */
  async?: boolean;
  /**
   * The `maintenance_after_restart` parameter (`<maintenance_after_restart>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/fence/parameters/maintenance_after_restart}
   * @since API 4.4
   */
  maintenanceAfterRestart?: boolean;
}

/** Options of {@link HostService.forceSelectSpm}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceForceSelectSpmOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/force_select_spm/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.get}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceGetOptions extends RequestOptions {
  /** The `filter` parameter (query parameter `filter`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/get/parameters/filter} */
  filter?: boolean;
  /** The `all_content` parameter (query parameter `all_content`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/get/parameters/all_content} */
  allContent?: boolean;
  /**
   * The `follow` parameter (query parameter `follow`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/get/parameters/follow}
   * @since API 4.2
   */
  follow?: string;
}

/** Options of {@link HostService.installUsingRootPassword}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceInstallUsingRootPasswordOptions extends RequestOptions {
  /**
   * The `activate` parameter (`<activate>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password/parameters/activate}
   * @since API 4.3
   */
  activate?: boolean;
  /** The `root_password` parameter (`<root_password>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password/parameters/root_password} */
  rootPassword?: string;
  /** The `ssh` parameter (`<ssh>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password/parameters/ssh} */
  ssh?: t.SshInit;
  /** The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password/parameters/host} */
  host?: t.HostInit;
  /** The `image` parameter (`<image>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password/parameters/image} */
  image?: string;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password/parameters/async} */
  async?: boolean;
  /** The `deploy_hosted_engine` parameter (`<deploy_hosted_engine>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password/parameters/deploy_hosted_engine} */
  deployHostedEngine?: boolean;
  /** The `undeploy_hosted_engine` parameter (`<undeploy_hosted_engine>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password/parameters/undeploy_hosted_engine} */
  undeployHostedEngine?: boolean;
  /** The `reboot` parameter (`<reboot>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password/parameters/reboot} */
  reboot?: boolean;
}

/** Options of {@link HostService.installUsingSsh}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceInstallUsingSshOptions extends RequestOptions {
  /**
   * The `activate` parameter (`<activate>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh/parameters/activate}
   * @since API 4.3
   */
  activate?: boolean;
  /** The `root_password` parameter (`<root_password>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh/parameters/root_password} */
  rootPassword?: string;
  /** The `ssh` parameter (`<ssh>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh/parameters/ssh} */
  ssh?: t.SshInit;
  /** The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh/parameters/host} */
  host?: t.HostInit;
  /** The `image` parameter (`<image>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh/parameters/image} */
  image?: string;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh/parameters/async} */
  async?: boolean;
  /** The `deploy_hosted_engine` parameter (`<deploy_hosted_engine>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh/parameters/deploy_hosted_engine} */
  deployHostedEngine?: boolean;
  /** The `undeploy_hosted_engine` parameter (`<undeploy_hosted_engine>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh/parameters/undeploy_hosted_engine} */
  undeployHostedEngine?: boolean;
  /** The `reboot` parameter (`<reboot>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh/parameters/reboot} */
  reboot?: boolean;
}

/** Options of {@link HostService.install}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceInstallOptions extends RequestOptions {
  /**
   * The `activate` parameter (`<activate>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install/parameters/activate}
   * @since API 4.3
   */
  activate?: boolean;
  /** The `root_password` parameter (`<root_password>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install/parameters/root_password} */
  rootPassword?: string;
  /** The `ssh` parameter (`<ssh>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install/parameters/ssh} */
  ssh?: t.SshInit;
  /** The `host` parameter (`<host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install/parameters/host} */
  host?: t.HostInit;
  /** The `image` parameter (`<image>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install/parameters/image} */
  image?: string;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install/parameters/async} */
  async?: boolean;
  /** The `deploy_hosted_engine` parameter (`<deploy_hosted_engine>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install/parameters/deploy_hosted_engine} */
  deployHostedEngine?: boolean;
  /** The `undeploy_hosted_engine` parameter (`<undeploy_hosted_engine>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install/parameters/undeploy_hosted_engine} */
  undeployHostedEngine?: boolean;
  /** The `reboot` parameter (`<reboot>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install/parameters/reboot} */
  reboot?: boolean;
}

/** Options of {@link HostService.iscsiDiscover}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceIscsiDiscoverOptions extends RequestOptions {
  /** The `iscsi` parameter (`<iscsi>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/iscsi_discover/parameters/iscsi} */
  iscsi?: t.IscsiDetailsInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/iscsi_discover/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.discoverIscsi}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceDiscoverIscsiOptions extends RequestOptions {
  /**
   * The `iscsi` parameter (`<iscsi>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/discover_iscsi/parameters/iscsi}
   * @since API 4.4.6
   */
  iscsi?: t.IscsiDetailsInit;
  /**
   * The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/discover_iscsi/parameters/async}
   * @since API 4.4.6
   */
  async?: boolean;
}

/** Options of {@link HostService.iscsiLogin}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceIscsiLoginOptions extends RequestOptions {
  /** The `iscsi` parameter (`<iscsi>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/iscsi_login/parameters/iscsi} */
  iscsi?: t.IscsiDetailsInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/iscsi_login/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.unregisteredStorageDomainsDiscover}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceUnregisteredStorageDomainsDiscoverOptions extends RequestOptions {
  /** The `iscsi` parameter (`<iscsi>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/unregistered_storage_domains_discover/parameters/iscsi} */
  iscsi?: t.IscsiDetailsInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/unregistered_storage_domains_discover/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.updateUsingRootPassword}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceUpdateUsingRootPasswordOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/update_using_root_password/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.updateUsingSsh}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceUpdateUsingSshOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/update_using_ssh/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.update}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceUpdateOptions extends RequestOptions {
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/update/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.upgrade}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceUpgradeOptions extends RequestOptions {
  /**
   * The `image` parameter (`<image>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/upgrade/parameters/image}
   * @deprecated The model marks it deprecated.
   */
  image?: string;
  /**
   * The `reboot` parameter (`<reboot>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/upgrade/parameters/reboot}
   * @since API 4.2
   */
  reboot?: boolean;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/upgrade/parameters/async} */
  async?: boolean;
  /**
   * The `timeout` parameter (`<timeout>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/upgrade/parameters/timeout}
   * @since API 4.3.6
   */
  timeout?: number;
}

/** Options of {@link HostService.refresh}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceRefreshOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/refresh/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.remove}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceRemoveOptions extends RequestOptions {
  /**
   * The `force` parameter (query parameter `force`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/remove/parameters/force}
   * @since API 4.3
   */
  force?: boolean;
  /** The `async` parameter (query parameter `async`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/remove/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.setupNetworks}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceSetupNetworksOptions extends RequestOptions {
  /** The `modified_network_attachments` parameter (`<modified_network_attachments>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/modified_network_attachments} */
  modifiedNetworkAttachments?: t.NetworkAttachmentInit[];
  /** The `removed_network_attachments` parameter (`<removed_network_attachments>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/removed_network_attachments} */
  removedNetworkAttachments?: t.NetworkAttachmentInit[];
  /** The `synchronized_network_attachments` parameter (`<synchronized_network_attachments>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/synchronized_network_attachments} */
  synchronizedNetworkAttachments?: t.NetworkAttachmentInit[];
  /** The `modified_bonds` parameter (`<modified_bonds>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/modified_bonds} */
  modifiedBonds?: t.HostNicInit[];
  /** The `removed_bonds` parameter (`<removed_bonds>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/removed_bonds} */
  removedBonds?: t.HostNicInit[];
  /** The `modified_labels` parameter (`<modified_labels>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/modified_labels} */
  modifiedLabels?: t.NetworkLabelInit[];
  /** The `removed_labels` parameter (`<removed_labels>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/removed_labels} */
  removedLabels?: t.NetworkLabelInit[];
  /**
   * The `commit_on_success` parameter (`<commit_on_success>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/commit_on_success}
   * @since API 4.3
   */
  commitOnSuccess?: boolean;
  /** The `check_connectivity` parameter (`<check_connectivity>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/check_connectivity} */
  checkConnectivity?: boolean;
  /** The `connectivity_timeout` parameter (`<connectivity_timeout>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/connectivity_timeout} */
  connectivityTimeout?: number;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.syncAllNetworks}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceSyncAllNetworksOptions extends RequestOptions {
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/sync_all_networks/parameters/async} */
  async?: boolean;
}

/** Options of {@link HostService.copyHostNetworks}: the method's parameters, plus extra `query` and `headers`. */
export interface HostServiceCopyHostNetworksOptions extends RequestOptions {
  /** The `source_host` parameter (`<source_host>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/copy_host_networks/parameters/source_host} */
  sourceHost?: t.HostInit;
  /** The `async` parameter (`<async>` of the action): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/copy_host_networks/parameters/async} */
  async?: boolean;
}

/** The parameters of each method, checked before anything is sent (`checkParameters` in lib/service.ts). */
const ACTIVATE_PARAMETERS = methodParameters('HostService.activate', { async: 'boolean' });
const APPROVE_USING_ROOT_PASSWORD_PARAMETERS = methodParameters('HostService.approveUsingRootPassword', { host: t.Host, cluster: t.Cluster, async: 'boolean', activate: 'boolean', reboot: 'boolean' });
const APPROVE_USING_SSH_PARAMETERS = methodParameters('HostService.approveUsingSsh', { host: t.Host, cluster: t.Cluster, async: 'boolean', activate: 'boolean', reboot: 'boolean' });
const APPROVE_PARAMETERS = methodParameters('HostService.approve', { host: t.Host, cluster: t.Cluster, async: 'boolean', activate: 'boolean', reboot: 'boolean' });
const COMMIT_NET_CONFIG_PARAMETERS = methodParameters('HostService.commitNetConfig', { async: 'boolean' });
const DEACTIVATE_PARAMETERS = methodParameters('HostService.deactivate', { reason: 'string', async: 'boolean', stopGlusterService: 'boolean' });
const ENROLL_CERTIFICATE_PARAMETERS = methodParameters('HostService.enrollCertificate', { async: 'boolean' });
const FENCE_PARAMETERS = methodParameters('HostService.fence', { fenceType: 'string', async: 'boolean', maintenanceAfterRestart: 'boolean' });
const FORCE_SELECT_SPM_PARAMETERS = methodParameters('HostService.forceSelectSpm', { async: 'boolean' });
const GET_PARAMETERS = methodParameters('HostService.get', { filter: 'boolean', allContent: 'boolean', follow: 'string' });
const INSTALL_USING_ROOT_PASSWORD_PARAMETERS = methodParameters('HostService.installUsingRootPassword', { activate: 'boolean', rootPassword: 'string', ssh: t.Ssh, host: t.Host, image: 'string', async: 'boolean', deployHostedEngine: 'boolean', undeployHostedEngine: 'boolean', reboot: 'boolean' });
const INSTALL_USING_SSH_PARAMETERS = methodParameters('HostService.installUsingSsh', { activate: 'boolean', rootPassword: 'string', ssh: t.Ssh, host: t.Host, image: 'string', async: 'boolean', deployHostedEngine: 'boolean', undeployHostedEngine: 'boolean', reboot: 'boolean' });
const INSTALL_PARAMETERS = methodParameters('HostService.install', { activate: 'boolean', rootPassword: 'string', ssh: t.Ssh, host: t.Host, image: 'string', async: 'boolean', deployHostedEngine: 'boolean', undeployHostedEngine: 'boolean', reboot: 'boolean' });
const ISCSI_DISCOVER_PARAMETERS = methodParameters('HostService.iscsiDiscover', { iscsi: t.IscsiDetails, async: 'boolean' });
const DISCOVER_ISCSI_PARAMETERS = methodParameters('HostService.discoverIscsi', { iscsi: t.IscsiDetails, async: 'boolean' });
const ISCSI_LOGIN_PARAMETERS = methodParameters('HostService.iscsiLogin', { iscsi: t.IscsiDetails, async: 'boolean' });
const UNREGISTERED_STORAGE_DOMAINS_DISCOVER_PARAMETERS = methodParameters('HostService.unregisteredStorageDomainsDiscover', { iscsi: t.IscsiDetails, async: 'boolean' });
const UPDATE_USING_ROOT_PASSWORD_PARAMETERS = methodParameters('HostService.updateUsingRootPassword', { async: 'boolean' }, ['host', t.Host]);
const UPDATE_USING_SSH_PARAMETERS = methodParameters('HostService.updateUsingSsh', { async: 'boolean' }, ['host', t.Host]);
const UPDATE_PARAMETERS = methodParameters('HostService.update', { async: 'boolean' }, ['host', t.Host]);
const UPGRADE_PARAMETERS = methodParameters('HostService.upgrade', { image: 'string', reboot: 'boolean', async: 'boolean', timeout: 'integer' });
const UPGRADE_CHECK_PARAMETERS = methodParameters('HostService.upgradeCheck', {});
const REFRESH_PARAMETERS = methodParameters('HostService.refresh', { async: 'boolean' });
const REMOVE_PARAMETERS = methodParameters('HostService.remove', { force: 'boolean', async: 'boolean' });
const SETUP_NETWORKS_PARAMETERS = methodParameters('HostService.setupNetworks', { modifiedNetworkAttachments: [t.NetworkAttachment], removedNetworkAttachments: [t.NetworkAttachment], synchronizedNetworkAttachments: [t.NetworkAttachment], modifiedBonds: [t.HostNic], removedBonds: [t.HostNic], modifiedLabels: [t.NetworkLabel], removedLabels: [t.NetworkLabel], commitOnSuccess: 'boolean', checkConnectivity: 'boolean', connectivityTimeout: 'integer', async: 'boolean' });
const SYNC_ALL_NETWORKS_PARAMETERS = methodParameters('HostService.syncAllNetworks', { async: 'boolean' });
const COPY_HOST_NETWORKS_PARAMETERS = methodParameters('HostService.copyHostNetworks', { sourceHost: t.Host, async: 'boolean' });

/**
 * The `host` service of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host}
 */
export class HostService extends Service {
  /**
   * The `activate` action: `POST` of an `<action>` to `.../activate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/activate}
   */
  activate(opts: HostServiceActivateOptions = {}): Promise<void> {
    const refused = checkParameters(ACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('activate', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `approve_using_root_password` action: `POST` of an `<action>` to `.../approve`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_root_password}
   */
  approveUsingRootPassword(opts: HostServiceApproveUsingRootPasswordOptions = {}): Promise<void> {
    const refused = checkParameters(APPROVE_USING_ROOT_PASSWORD_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      host: opts.host,
      cluster: opts.cluster,
      async: opts.async,
      activate: opts.activate,
      reboot: opts.reboot,
    };
    return this._action('approve', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `approve_using_ssh` action: `POST` of an `<action>` to `.../approve`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve_using_ssh}
   */
  approveUsingSsh(opts: HostServiceApproveUsingSshOptions = {}): Promise<void> {
    const refused = checkParameters(APPROVE_USING_SSH_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      host: opts.host,
      cluster: opts.cluster,
      async: opts.async,
      activate: opts.activate,
      reboot: opts.reboot,
    };
    return this._action('approve', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `approve` action: `POST` of an `<action>` to `.../approve`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/approve}
   */
  approve(opts: HostServiceApproveOptions = {}): Promise<void> {
    const refused = checkParameters(APPROVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      host: opts.host,
      cluster: opts.cluster,
      async: opts.async,
      activate: opts.activate,
      reboot: opts.reboot,
    };
    return this._action('approve', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `commit_net_config` action: `POST` of an `<action>` to `.../commitnetconfig`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/commit_net_config}
   */
  commitNetConfig(opts: HostServiceCommitNetConfigOptions = {}): Promise<void> {
    const refused = checkParameters(COMMIT_NET_CONFIG_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('commitnetconfig', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `deactivate` action: `POST` of an `<action>` to `.../deactivate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/deactivate}
   */
  deactivate(opts: HostServiceDeactivateOptions = {}): Promise<void> {
    const refused = checkParameters(DEACTIVATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      reason: opts.reason,
      async: opts.async,
      stopGlusterService: opts.stopGlusterService,
    };
    return this._action('deactivate', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `enroll_certificate` action: `POST` of an `<action>` to `.../enrollcertificate`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/enroll_certificate}
   */
  enrollCertificate(opts: HostServiceEnrollCertificateOptions = {}): Promise<void> {
    const refused = checkParameters(ENROLL_CERTIFICATE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('enrollcertificate', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `fence` action: `POST` of an `<action>` to `.../fence`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/fence}
   * @returns The `power_management` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/fence/parameters/power_management}
   */
  fence(opts: HostServiceFenceOptions = {}): Promise<t.PowerManagement> {
    const refused = checkParameters(FENCE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      fenceType: opts.fenceType,
      async: opts.async,
      maintenanceAfterRestart: opts.maintenanceAfterRestart,
    };
    return this._action('fence', action, 'powerManagement', opts) as Promise<t.PowerManagement>;
  }

  /**
   * The `force_select_spm` action: `POST` of an `<action>` to `.../forceselectspm`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/force_select_spm}
   */
  forceSelectSpm(opts: HostServiceForceSelectSpmOptions = {}): Promise<void> {
    const refused = checkParameters(FORCE_SELECT_SPM_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('forceselectspm', action, undefined, opts) as Promise<void>;
  }

  /**
   * Retrieves the object: `GET`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/get}
   * @returns The `host` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/get/parameters/host}
   */
  get(opts: HostServiceGetOptions = {}): Promise<t.Host> {
    const refused = checkParameters(GET_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      filter: opts.filter,
      all_content: opts.allContent,
      follow: opts.follow,
    };
    return this._get(query, opts) as Promise<t.Host>;
  }

  /**
   * The `install_using_root_password` action: `POST` of an `<action>` to `.../install`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_root_password}
   */
  installUsingRootPassword(opts: HostServiceInstallUsingRootPasswordOptions = {}): Promise<void> {
    const refused = checkParameters(INSTALL_USING_ROOT_PASSWORD_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      activate: opts.activate,
      rootPassword: opts.rootPassword,
      ssh: opts.ssh,
      host: opts.host,
      image: opts.image,
      async: opts.async,
      deployHostedEngine: opts.deployHostedEngine,
      undeployHostedEngine: opts.undeployHostedEngine,
      reboot: opts.reboot,
    };
    return this._action('install', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `install_using_ssh` action: `POST` of an `<action>` to `.../install`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install_using_ssh}
   */
  installUsingSsh(opts: HostServiceInstallUsingSshOptions = {}): Promise<void> {
    const refused = checkParameters(INSTALL_USING_SSH_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      activate: opts.activate,
      rootPassword: opts.rootPassword,
      ssh: opts.ssh,
      host: opts.host,
      image: opts.image,
      async: opts.async,
      deployHostedEngine: opts.deployHostedEngine,
      undeployHostedEngine: opts.undeployHostedEngine,
      reboot: opts.reboot,
    };
    return this._action('install', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `install` action: `POST` of an `<action>` to `.../install`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/install}
   */
  install(opts: HostServiceInstallOptions = {}): Promise<void> {
    const refused = checkParameters(INSTALL_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      activate: opts.activate,
      rootPassword: opts.rootPassword,
      ssh: opts.ssh,
      host: opts.host,
      image: opts.image,
      async: opts.async,
      deployHostedEngine: opts.deployHostedEngine,
      undeployHostedEngine: opts.undeployHostedEngine,
      reboot: opts.reboot,
    };
    return this._action('install', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `iscsi_discover` action: `POST` of an `<action>` to `.../iscsidiscover`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/iscsi_discover}
   * @returns The `iscsi_targets` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/iscsi_discover/parameters/iscsi_targets}
   * @deprecated The model marks it deprecated.
   */
  iscsiDiscover(opts: HostServiceIscsiDiscoverOptions = {}): Promise<List<string>> {
    const refused = checkParameters(ISCSI_DISCOVER_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      iscsi: opts.iscsi,
      async: opts.async,
    };
    return this._action('iscsidiscover', action, 'iscsiTargets', opts) as Promise<List<string>>;
  }

  /**
   * The `discover_iscsi` action: `POST` of an `<action>` to `.../discoveriscsi`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/discover_iscsi}
   * @returns The `discovered_targets` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/discover_iscsi/parameters/discovered_targets}
   * @since API 4.4.6
   */
  discoverIscsi(opts: HostServiceDiscoverIscsiOptions = {}): Promise<List<t.IscsiDetails>> {
    const refused = checkParameters(DISCOVER_ISCSI_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      iscsi: opts.iscsi,
      async: opts.async,
    };
    return this._action('discoveriscsi', action, 'discoveredTargets', opts) as Promise<List<t.IscsiDetails>>;
  }

  /**
   * The `iscsi_login` action: `POST` of an `<action>` to `.../iscsilogin`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/iscsi_login}
   */
  iscsiLogin(opts: HostServiceIscsiLoginOptions = {}): Promise<void> {
    const refused = checkParameters(ISCSI_LOGIN_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      iscsi: opts.iscsi,
      async: opts.async,
    };
    return this._action('iscsilogin', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `unregistered_storage_domains_discover` action: `POST` of an `<action>` to `.../unregisteredstoragedomainsdiscover`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/unregistered_storage_domains_discover}
   * @returns The `storage_domains` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/unregistered_storage_domains_discover/parameters/storage_domains}
   */
  unregisteredStorageDomainsDiscover(opts: HostServiceUnregisteredStorageDomainsDiscoverOptions = {}): Promise<List<t.StorageDomain>> {
    const refused = checkParameters(UNREGISTERED_STORAGE_DOMAINS_DISCOVER_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      iscsi: opts.iscsi,
      async: opts.async,
    };
    return this._action('unregisteredstoragedomainsdiscover', action, 'storageDomains', opts) as Promise<List<t.StorageDomain>>;
  }

  /**
   * Updates the object: `PUT` of `<host>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/update_using_root_password}
   * @param host The `host` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/update_using_root_password/parameters/host}
   */
  updateUsingRootPassword(host: t.HostInit, opts: HostServiceUpdateUsingRootPasswordOptions = {}): Promise<t.Host> {
    const refused = checkParameters(UPDATE_USING_ROOT_PASSWORD_PARAMETERS, opts, host);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(host, 'host', query, opts) as Promise<t.Host>;
  }

  /**
   * Updates the object: `PUT` of `<host>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/update_using_ssh}
   * @param host The `host` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/update_using_ssh/parameters/host}
   */
  updateUsingSsh(host: t.HostInit, opts: HostServiceUpdateUsingSshOptions = {}): Promise<t.Host> {
    const refused = checkParameters(UPDATE_USING_SSH_PARAMETERS, opts, host);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(host, 'host', query, opts) as Promise<t.Host>;
  }

  /**
   * Updates the object: `PUT` of `<host>`; members left undefined are not changed.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/update}
   * @param host The `host` parameter: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/update/parameters/host}
   */
  update(host: t.HostInit, opts: HostServiceUpdateOptions = {}): Promise<t.Host> {
    const refused = checkParameters(UPDATE_PARAMETERS, opts, host);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      async: opts.async,
    };
    return this._update(host, 'host', query, opts) as Promise<t.Host>;
  }

  /**
   * The `upgrade` action: `POST` of an `<action>` to `.../upgrade`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/upgrade}
   */
  upgrade(opts: HostServiceUpgradeOptions = {}): Promise<void> {
    const refused = checkParameters(UPGRADE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      image: opts.image,
      reboot: opts.reboot,
      async: opts.async,
      timeout: opts.timeout,
    };
    return this._action('upgrade', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `upgrade_check` action: `POST` of an `<action>` to `.../upgradecheck`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/upgrade_check}
   * @since API 4.1
   */
  upgradeCheck(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(UPGRADE_CHECK_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('upgradecheck', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `refresh` action: `POST` of an `<action>` to `.../refresh`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/refresh}
   */
  refresh(opts: HostServiceRefreshOptions = {}): Promise<void> {
    const refused = checkParameters(REFRESH_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('refresh', action, undefined, opts) as Promise<void>;
  }

  /**
   * Removes the object: `DELETE`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/remove}
   */
  remove(opts: HostServiceRemoveOptions = {}): Promise<void> {
    const refused = checkParameters(REMOVE_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const query = {
      force: opts.force,
      async: opts.async,
    };
    return this._remove(query, opts);
  }

  /**
   * The `setup_networks` action: `POST` of an `<action>` to `.../setupnetworks`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/setup_networks}
   */
  setupNetworks(opts: HostServiceSetupNetworksOptions = {}): Promise<void> {
    const refused = checkParameters(SETUP_NETWORKS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      modifiedNetworkAttachments: opts.modifiedNetworkAttachments,
      removedNetworkAttachments: opts.removedNetworkAttachments,
      synchronizedNetworkAttachments: opts.synchronizedNetworkAttachments,
      modifiedBonds: opts.modifiedBonds,
      removedBonds: opts.removedBonds,
      modifiedLabels: opts.modifiedLabels,
      removedLabels: opts.removedLabels,
      commitOnSuccess: opts.commitOnSuccess,
      checkConnectivity: opts.checkConnectivity,
      connectivityTimeout: opts.connectivityTimeout,
      async: opts.async,
    };
    return this._action('setupnetworks', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `sync_all_networks` action: `POST` of an `<action>` to `.../syncallnetworks`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/sync_all_networks}
   * @since API 4.2.2
   */
  syncAllNetworks(opts: HostServiceSyncAllNetworksOptions = {}): Promise<void> {
    const refused = checkParameters(SYNC_ALL_NETWORKS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      async: opts.async,
    };
    return this._action('syncallnetworks', action, undefined, opts) as Promise<void>;
  }

  /**
   * The `copy_host_networks` action: `POST` of an `<action>` to `.../copyhostnetworks`.
   *
   * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host/methods/copy_host_networks}
   * @since API 4.4
   */
  copyHostNetworks(opts: HostServiceCopyHostNetworksOptions = {}): Promise<void> {
    const refused = checkParameters(COPY_HOST_NETWORKS_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    const action = {
      sourceHost: opts.sourceHost,
      async: opts.async,
    };
    return this._action('copyhostnetworks', action, undefined, opts) as Promise<void>;
  }

  /** Locates the `statistics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/statistics}); sends no request. */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
  }

  /** Locates the `permissions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_permissions}); sends no request. */
  permissionsService(): AssignedPermissionsService {
    return new AssignedPermissionsService(this.connection, `${this.path}/permissions`);
  }

  /** Locates the `tags` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_tags}); sends no request. */
  tagsService(): AssignedTagsService {
    return new AssignedTagsService(this.connection, `${this.path}/tags`);
  }

  /** Locates the `fence_agents` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/fence_agents}); sends no request. */
  fenceAgentsService(): FenceAgentsService {
    return new FenceAgentsService(this.connection, `${this.path}/fenceagents`);
  }

  /** Locates the `devices` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_devices}); sends no request. */
  devicesService(): HostDevicesService {
    return new HostDevicesService(this.connection, `${this.path}/devices`);
  }

  /** Locates the `hooks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_hooks}); sends no request. */
  hooksService(): HostHooksService {
    return new HostHooksService(this.connection, `${this.path}/hooks`);
  }

  /** Locates the `nics` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_nics}); sends no request. */
  nicsService(): HostNicsService {
    return new HostNicsService(this.connection, `${this.path}/nics`);
  }

  /** Locates the `numa_nodes` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_numa_nodes}); sends no request. */
  numaNodesService(): HostNumaNodesService {
    return new HostNumaNodesService(this.connection, `${this.path}/numanodes`);
  }

  /** Locates the `storage` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_storage}); sends no request. */
  storageService(): HostStorageService {
    return new HostStorageService(this.connection, `${this.path}/storage`);
  }

  /** Locates the `katello_errata` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/katello_errata}); sends no request. */
  katelloErrataService(): KatelloErrataService {
    return new KatelloErrataService(this.connection, `${this.path}/katelloerrata`);
  }

  /** Locates the `network_attachments` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/network_attachments}); sends no request. */
  networkAttachmentsService(): NetworkAttachmentsService {
    return new NetworkAttachmentsService(this.connection, `${this.path}/networkattachments`);
  }

  /** Locates the `storage_connection_extensions` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/storage_server_connection_extensions}); sends no request. */
  storageConnectionExtensionsService(): StorageServerConnectionExtensionsService {
    return new StorageServerConnectionExtensionsService(this.connection, `${this.path}/storageconnectionextensions`);
  }

  /** Locates the `unmanaged_networks` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/unmanaged_networks}); sends no request. */
  unmanagedNetworksService(): UnmanagedNetworksService {
    return new UnmanagedNetworksService(this.connection, `${this.path}/unmanagednetworks`);
  }

  /** Locates the `affinity_labels` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/assigned_affinity_labels}); sends no request. */
  affinityLabelsService(): AssignedAffinityLabelsService {
    return new AssignedAffinityLabelsService(this.connection, `${this.path}/affinitylabels`);
  }

  /**
   * Locates the `external_network_provider_configurations` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/external_network_provider_configurations}); sends no request.
   * @since API 4.2
   */
  externalNetworkProviderConfigurationsService(): ExternalNetworkProviderConfigurationsService {
    return new ExternalNetworkProviderConfigurationsService(this.connection, `${this.path}/externalnetworkproviderconfigurations`);
  }

  /**
   * Locates the `cpu_units` service ({@link http://ovirt.github.io/ovirt-engine-api-model/master/#services/host_cpu_units}); sends no request.
   * @since API 4.5
   */
  cpuUnitsService(): HostCpuUnitsService {
    return new HostCpuUnitsService(this.connection, `${this.path}/cpuunits`);
  }

  /** Returns the service at `path` below this one (for example `'vms/123/nics'`); sends no request. */
  override service(path: string): Service {
    if (path === '') return this;
    const slash = path.indexOf('/');
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? '' : path.slice(slash + 1);
    switch (head) {
      case 'statistics': return this.statisticsService().service(rest);
      case 'permissions': return this.permissionsService().service(rest);
      case 'tags': return this.tagsService().service(rest);
      case 'fenceagents': return this.fenceAgentsService().service(rest);
      case 'devices': return this.devicesService().service(rest);
      case 'hooks': return this.hooksService().service(rest);
      case 'nics': return this.nicsService().service(rest);
      case 'numanodes': return this.numaNodesService().service(rest);
      case 'storage': return this.storageService().service(rest);
      case 'katelloerrata': return this.katelloErrataService().service(rest);
      case 'networkattachments': return this.networkAttachmentsService().service(rest);
      case 'storageconnectionextensions': return this.storageConnectionExtensionsService().service(rest);
      case 'unmanagednetworks': return this.unmanagedNetworksService().service(rest);
      case 'affinitylabels': return this.affinityLabelsService().service(rest);
      case 'externalnetworkproviderconfigurations': return this.externalNetworkProviderConfigurationsService().service(rest);
      case 'cpuunits': return this.cpuUnitsService().service(rest);
    }
    return super.service(path);
  }
}
