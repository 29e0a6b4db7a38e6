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

/**
 * Options of {@link HostService.activate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/activate | reference: host.activate}
 */
export interface HostServiceActivateOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/activate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/activate | reference: host.activate}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.approveUsingRootPassword}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
 */
export interface HostServiceApproveUsingRootPasswordOptions extends RequestOptions {
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.rootPassword`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  host?: t.HostInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  cluster?: t.ClusterInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<activate>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   * @since API 4.3
   */
  activate?: boolean;
  /**
   * `boolean`, sent as `<reboot>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  reboot?: boolean;
}

/**
 * Options of {@link HostService.approveUsingSsh}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
 */
export interface HostServiceApproveUsingSshOptions extends RequestOptions {
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.ssh.authenticationMethod`
   * - `opts.host.ssh.user.password`
   * - `opts.host.ssh.user.userName`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  host?: t.HostInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  cluster?: t.ClusterInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<activate>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   * @since API 4.3
   */
  activate?: boolean;
  /**
   * `boolean`, sent as `<reboot>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  reboot?: boolean;
}

/**
 * Options of {@link HostService.approve}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
 */
export interface HostServiceApproveOptions extends RequestOptions {
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  host?: t.HostInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object), sent as `<cluster>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  cluster?: t.ClusterInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<activate>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   * @since API 4.3
   */
  activate?: boolean;
  /**
   * `boolean`, sent as `<reboot>` in the `<action>` body of `POST /hosts/{host_id}/approve`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   */
  reboot?: boolean;
}

/**
 * Options of {@link HostService.commitNetConfig}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/commit_net_config | reference: host.commit_net_config}
 */
export interface HostServiceCommitNetConfigOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/commitnetconfig`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/commit_net_config | reference: host.commit_net_config}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.deactivate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/deactivate | reference: host.deactivate}
 */
export interface HostServiceDeactivateOptions extends RequestOptions {
  /**
   * `string`, sent as `<reason>` in the `<action>` body of `POST /hosts/{host_id}/deactivate`.
   *
   * Also accepts: `opts.reason`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/deactivate | reference: host.deactivate}
   */
  reason?: string;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/deactivate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/deactivate | reference: host.deactivate}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<stop_gluster_service>` in the `<action>` body of `POST /hosts/{host_id}/deactivate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/deactivate | reference: host.deactivate}
   */
  stopGlusterService?: boolean;
}

/**
 * Options of {@link HostService.enrollCertificate}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/enroll_certificate | reference: host.enroll_certificate}
 */
export interface HostServiceEnrollCertificateOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/enrollcertificate`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/enroll_certificate | reference: host.enroll_certificate}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.fence}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/fence | reference: host.fence}
 */
export interface HostServiceFenceOptions extends RequestOptions {
  /**
   * `string`, sent as `<fence_type>` in the `<action>` body of `POST /hosts/{host_id}/fence`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.fenceType`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/fence | reference: host.fence}
   */
  fenceType?: string;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/fence`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/fence | reference: host.fence}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<maintenance_after_restart>` in the `<action>` body of `POST /hosts/{host_id}/fence`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/fence | reference: host.fence}
   * @since API 4.4
   */
  maintenanceAfterRestart?: boolean;
}

/**
 * Options of {@link HostService.forceSelectSpm}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/force_select_spm | reference: host.force_select_spm}
 */
export interface HostServiceForceSelectSpmOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/forceselectspm`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/force_select_spm | reference: host.force_select_spm}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.get}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/get | reference: host.get}
 */
export interface HostServiceGetOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `filter` of `GET /hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/get | reference: host.get}
   */
  filter?: boolean;
  /**
   * `boolean`, sent as query parameter `all_content` of `GET /hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/get | reference: host.get}
   */
  allContent?: boolean;
  /**
   * `string`, sent as query parameter `follow` of `GET /hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/get | reference: host.get}
   * @since API 4.2
   */
  follow?: string;
}

/**
 * Options of {@link HostService.installUsingRootPassword}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
 */
export interface HostServiceInstallUsingRootPasswordOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<activate>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   * @since API 4.3
   */
  activate?: boolean;
  /**
   * `string`, sent as `<root_password>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Also accepts: `opts.rootPassword`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  rootPassword?: string;
  /**
   * `SshInit` (a `Ssh` or a plain object), sent as `<ssh>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  ssh?: t.SshInit;
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Also accepts: `opts.host.overrideIptables`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  host?: t.HostInit;
  /**
   * `string`, sent as `<image>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Also accepts: `opts.image`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  image?: string;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<deploy_hosted_engine>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  deployHostedEngine?: boolean;
  /**
   * `boolean`, sent as `<undeploy_hosted_engine>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  undeployHostedEngine?: boolean;
  /**
   * `boolean`, sent as `<reboot>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  reboot?: boolean;
}

/**
 * Options of {@link HostService.installUsingSsh}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
 */
export interface HostServiceInstallUsingSshOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<activate>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   * @since API 4.3
   */
  activate?: boolean;
  /**
   * `string`, sent as `<root_password>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  rootPassword?: string;
  /**
   * `SshInit` (a `Ssh` or a plain object), sent as `<ssh>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Also accepts: `opts.ssh.authenticationMethod`, `opts.ssh.fingerprint`, `opts.ssh.publicKey`, `opts.ssh.port`, `opts.ssh.user.password`, `opts.ssh.user.userName`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  ssh?: t.SshInit;
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Also accepts: `opts.host.overrideIptables`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  host?: t.HostInit;
  /**
   * `string`, sent as `<image>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Also accepts: `opts.image`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  image?: string;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<deploy_hosted_engine>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  deployHostedEngine?: boolean;
  /**
   * `boolean`, sent as `<undeploy_hosted_engine>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  undeployHostedEngine?: boolean;
  /**
   * `boolean`, sent as `<reboot>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  reboot?: boolean;
}

/**
 * Options of {@link HostService.install}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
 */
export interface HostServiceInstallOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<activate>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   * @since API 4.3
   */
  activate?: boolean;
  /**
   * `string`, sent as `<root_password>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  rootPassword?: string;
  /**
   * `SshInit` (a `Ssh` or a plain object), sent as `<ssh>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  ssh?: t.SshInit;
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<host>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Also accepts: `opts.host.overrideIptables`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  host?: t.HostInit;
  /**
   * `string`, sent as `<image>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Also accepts: `opts.image`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  image?: string;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  async?: boolean;
  /**
   * `boolean`, sent as `<deploy_hosted_engine>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  deployHostedEngine?: boolean;
  /**
   * `boolean`, sent as `<undeploy_hosted_engine>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  undeployHostedEngine?: boolean;
  /**
   * `boolean`, sent as `<reboot>` in the `<action>` body of `POST /hosts/{host_id}/install`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   */
  reboot?: boolean;
}

/**
 * Options of {@link HostService.iscsiDiscover}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/iscsi_discover | reference: host.iscsi_discover}
 */
export interface HostServiceIscsiDiscoverOptions extends RequestOptions {
  /**
   * `IscsiDetailsInit` (a `IscsiDetails` or a plain object), sent as `<iscsi>` in the `<action>` body of `POST /hosts/{host_id}/iscsidiscover`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.iscsi.address`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/iscsi_discover | reference: host.iscsi_discover}
   */
  iscsi?: t.IscsiDetailsInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/iscsidiscover`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/iscsi_discover | reference: host.iscsi_discover}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.discoverIscsi}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/discover_iscsi | reference: host.discover_iscsi}
 */
export interface HostServiceDiscoverIscsiOptions extends RequestOptions {
  /**
   * `IscsiDetailsInit` (a `IscsiDetails` or a plain object), sent as `<iscsi>` in the `<action>` body of `POST /hosts/{host_id}/discoveriscsi`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.iscsi.address`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/discover_iscsi | reference: host.discover_iscsi}
   * @since API 4.4.6
   */
  iscsi?: t.IscsiDetailsInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/discoveriscsi`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/discover_iscsi | reference: host.discover_iscsi}
   * @since API 4.4.6
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.iscsiLogin}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/iscsi_login | reference: host.iscsi_login}
 */
export interface HostServiceIscsiLoginOptions extends RequestOptions {
  /**
   * `IscsiDetailsInit` (a `IscsiDetails` or a plain object), sent as `<iscsi>` in the `<action>` body of `POST /hosts/{host_id}/iscsilogin`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.iscsi.address`
   * - `opts.iscsi.target`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/iscsi_login | reference: host.iscsi_login}
   */
  iscsi?: t.IscsiDetailsInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/iscsilogin`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/iscsi_login | reference: host.iscsi_login}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.unregisteredStorageDomainsDiscover}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/unregistered_storage_domains_discover | reference: host.unregistered_storage_domains_discover}
 */
export interface HostServiceUnregisteredStorageDomainsDiscoverOptions extends RequestOptions {
  /**
   * `IscsiDetailsInit` (a `IscsiDetails` or a plain object), sent as `<iscsi>` in the `<action>` body of `POST /hosts/{host_id}/unregisteredstoragedomainsdiscover`.
   *
   * Also accepts: `opts.iscsi.address`, `opts.iscsi.target`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/unregistered_storage_domains_discover | reference: host.unregistered_storage_domains_discover}
   */
  iscsi?: t.IscsiDetailsInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/unregisteredstoragedomainsdiscover`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/unregistered_storage_domains_discover | reference: host.unregistered_storage_domains_discover}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.updateUsingRootPassword}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/update | reference: host.update}
 */
export interface HostServiceUpdateUsingRootPasswordOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/update | reference: host.update}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.updateUsingSsh}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/update | reference: host.update}
 */
export interface HostServiceUpdateUsingSshOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/update | reference: host.update}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.update}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/update | reference: host.update}
 */
export interface HostServiceUpdateOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `async` of `PUT /hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/update | reference: host.update}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.upgrade}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/upgrade | reference: host.upgrade}
 */
export interface HostServiceUpgradeOptions extends RequestOptions {
  /**
   * `string`, sent as `<image>` in the `<action>` body of `POST /hosts/{host_id}/upgrade`.
   *
   * Also accepts: `opts.image`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/upgrade | reference: host.upgrade}
   * @deprecated The API model marks it deprecated.
   */
  image?: string;
  /**
   * `boolean`, sent as `<reboot>` in the `<action>` body of `POST /hosts/{host_id}/upgrade`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/upgrade | reference: host.upgrade}
   * @since API 4.2
   */
  reboot?: boolean;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/upgrade`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/upgrade | reference: host.upgrade}
   */
  async?: boolean;
  /**
   * `number` (an integer), sent as `<timeout>` in the `<action>` body of `POST /hosts/{host_id}/upgrade`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/upgrade | reference: host.upgrade}
   * @since API 4.3.6
   */
  timeout?: number;
}

/**
 * Options of {@link HostService.refresh}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/refresh | reference: host.refresh}
 */
export interface HostServiceRefreshOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/refresh`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/refresh | reference: host.refresh}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.remove}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/remove | reference: host.remove}
 */
export interface HostServiceRemoveOptions extends RequestOptions {
  /**
   * `boolean`, sent as query parameter `force` of `DELETE /hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/remove | reference: host.remove}
   * @since API 4.3
   */
  force?: boolean;
  /**
   * `boolean`, sent as query parameter `async` of `DELETE /hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/remove | reference: host.remove}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.setupNetworks}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
 */
export interface HostServiceSetupNetworksOptions extends RequestOptions {
  /**
   * A list of `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object), sent as `<modified_network_attachments>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.modifiedNetworkAttachments[].hostNic.name` or `opts.modifiedNetworkAttachments[].hostNic.id`, `opts.modifiedNetworkAttachments[].id`, `opts.modifiedNetworkAttachments[].ipAddressAssignments[].ip`, `opts.modifiedNetworkAttachments[].ipAddressAssignments[].assignmentMethod`, `opts.modifiedNetworkAttachments[].network.name` or `opts.modifiedNetworkAttachments[].network.id`, `opts.modifiedNetworkAttachments[].properties[].name`, `opts.modifiedNetworkAttachments[].properties[].value`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  modifiedNetworkAttachments?: t.NetworkAttachmentInit[];
  /**
   * A list of `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object), sent as `<removed_network_attachments>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.removedNetworkAttachments[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  removedNetworkAttachments?: t.NetworkAttachmentInit[];
  /**
   * A list of `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object), sent as `<synchronized_network_attachments>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.synchronizedNetworkAttachments[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  synchronizedNetworkAttachments?: t.NetworkAttachmentInit[];
  /**
   * A list of `HostNicInit` (a `HostNic` or a plain object), sent as `<modified_bonds>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.modifiedBonds[].bonding.options[].name`, `opts.modifiedBonds[].bonding.options[].value`, `opts.modifiedBonds[].name` or `opts.modifiedBonds[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  modifiedBonds?: t.HostNicInit[];
  /**
   * A list of `HostNicInit` (a `HostNic` or a plain object), sent as `<removed_bonds>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.removedBonds[].name` or `opts.removedBonds[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  removedBonds?: t.HostNicInit[];
  /**
   * A list of `NetworkLabelInit` (a `NetworkLabel` or a plain object), sent as `<modified_labels>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.modifiedLabels[].hostNic.name` or `opts.modifiedLabels[].hostNic.id`, `opts.modifiedLabels[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  modifiedLabels?: t.NetworkLabelInit[];
  /**
   * A list of `NetworkLabelInit` (a `NetworkLabel` or a plain object), sent as `<removed_labels>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.removedLabels[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  removedLabels?: t.NetworkLabelInit[];
  /**
   * `boolean`, sent as `<commit_on_success>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.commitOnSuccess`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   * @since API 4.3
   */
  commitOnSuccess?: boolean;
  /**
   * `boolean`, sent as `<check_connectivity>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.checkConnectivity`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  checkConnectivity?: boolean;
  /**
   * `number` (an integer), sent as `<connectivity_timeout>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Also accepts: `opts.connectivityTimeout`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  connectivityTimeout?: number;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/setupnetworks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.syncAllNetworks}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/sync_all_networks | reference: host.sync_all_networks}
 */
export interface HostServiceSyncAllNetworksOptions extends RequestOptions {
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/syncallnetworks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/sync_all_networks | reference: host.sync_all_networks}
   */
  async?: boolean;
}

/**
 * Options of {@link HostService.copyHostNetworks}: the method's parameters,
 * and extra `query`, `headers` and `signal`. Undefined options are not sent.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/copy_host_networks | reference: host.copy_host_networks}
 */
export interface HostServiceCopyHostNetworksOptions extends RequestOptions {
  /**
   * `HostInit` (a `Host` or a plain object), sent as `<source_host>` in the `<action>` body of `POST /hosts/{host_id}/copyhostnetworks`.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.sourceHost.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/copy_host_networks | reference: host.copy_host_networks}
   */
  sourceHost?: t.HostInit;
  /**
   * `boolean`, sent as `<async>` in the `<action>` body of `POST /hosts/{host_id}/copyhostnetworks`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/copy_host_networks | reference: host.copy_host_networks}
   */
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
 * The `host` service of the API.
 *
 * Path below the API root: `/hosts/{host_id}`.
 * Reached with `connection.systemService().hostsService().hostService(id)`; locators send nothing.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host | reference: host}
 */
export class HostService extends Service {
  /**
   * The `activate` action: sends `POST /hosts/{host_id}/activate` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/activate | reference: host.activate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceActivateOptions}).
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
   * The `approve_using_root_password` action: sends `POST /hosts/{host_id}/approve` with an `<action>` body holding the parameters given.
   *
   * A signature of `approve`: the same request, with the members of this case.
   * The engine takes this branch when `opts.host.rootPassword` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.rootPassword`
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceApproveUsingRootPasswordOptions}).
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
   * The `approve_using_ssh` action: sends `POST /hosts/{host_id}/approve` with an `<action>` body holding the parameters given.
   *
   * A signature of `approve`: the same request, with the members of this case.
   * The engine takes this branch when `opts.host.ssh` is given or `opts.host.ssh.user` is given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.host.ssh.authenticationMethod`
   * - `opts.host.ssh.user.password`
   * - `opts.host.ssh.user.userName`
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceApproveUsingSshOptions}).
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
   * The `approve` action: sends `POST /hosts/{host_id}/approve` with an `<action>` body holding the parameters given.
   *
   * Its signatures send the same request for particular cases: `approveUsingRootPassword` (when `opts.host.rootPassword` is given), `approveUsingSsh` (when `opts.host.ssh` is given or `opts.host.ssh.user` is given).
   *
   * Also accepts: `opts.cluster.id` or `opts.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/approve | reference: host.approve}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceApproveOptions}).
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
   * The `commit_net_config` action: sends `POST /hosts/{host_id}/commitnetconfig` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/commit_net_config | reference: host.commit_net_config}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceCommitNetConfigOptions}).
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
   * The `deactivate` action: sends `POST /hosts/{host_id}/deactivate` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.reason`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/deactivate | reference: host.deactivate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceDeactivateOptions}).
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
   * The `enroll_certificate` action: sends `POST /hosts/{host_id}/enrollcertificate` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/enroll_certificate | reference: host.enroll_certificate}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceEnrollCertificateOptions}).
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
   * The `fence` action: sends `POST /hosts/{host_id}/fence` with an `<action>` body holding the parameters given, and reads `<power_management>` from the `<action>` the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.fenceType`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/fence | reference: host.fence}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceFenceOptions}).
   * @returns The `power_management`: `PowerManagement`.
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
   * The `force_select_spm` action: sends `POST /hosts/{host_id}/forceselectspm` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/force_select_spm | reference: host.force_select_spm}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceForceSelectSpmOptions}).
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
   * Retrieves the `host`: sends `GET /hosts/{host_id}` and reads the `<host>` the engine answers.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/get | reference: host.get}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceGetOptions}).
   * @returns The `host`: `Host`.
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
   * The `install_using_root_password` action: sends `POST /hosts/{host_id}/install` with an `<action>` body holding the parameters given.
   *
   * A signature of `install`: the same request, with the members of this case.
   *
   * Also accepts: `opts.host.overrideIptables`, `opts.image`, `opts.rootPassword`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceInstallUsingRootPasswordOptions}).
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
   * The `install_using_ssh` action: sends `POST /hosts/{host_id}/install` with an `<action>` body holding the parameters given.
   *
   * A signature of `install`: the same request, with the members of this case.
   *
   * Also accepts: `opts.host.overrideIptables`, `opts.image`, `opts.ssh.authenticationMethod`, `opts.ssh.fingerprint`, `opts.ssh.publicKey`, `opts.ssh.port`, `opts.ssh.user.password`, `opts.ssh.user.userName`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceInstallUsingSshOptions}).
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
   * The `install` action: sends `POST /hosts/{host_id}/install` with an `<action>` body holding the parameters given.
   *
   * Its signatures send the same request for particular cases: `installUsingRootPassword`, `installUsingSsh`.
   *
   * Also accepts: `opts.host.overrideIptables`, `opts.image`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/install | reference: host.install}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceInstallOptions}).
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
   * The `iscsi_discover` action: sends `POST /hosts/{host_id}/iscsidiscover` with an `<action>` body holding the parameters given, and reads `<iscsi_targets>` from the `<action>` the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.iscsi.address`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/iscsi_discover | reference: host.iscsi_discover}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceIscsiDiscoverOptions}).
   * @returns The `iscsi_targets`: a list of `string`.
   * @deprecated The API model marks it deprecated.
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
   * The `discover_iscsi` action: sends `POST /hosts/{host_id}/discoveriscsi` with an `<action>` body holding the parameters given, and reads `<discovered_targets>` from the `<action>` the engine answers.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.iscsi.address`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/discover_iscsi | reference: host.discover_iscsi}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceDiscoverIscsiOptions}).
   * @returns The `discovered_targets`: a list of `IscsiDetails`.
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
   * The `iscsi_login` action: sends `POST /hosts/{host_id}/iscsilogin` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.iscsi.address`
   * - `opts.iscsi.target`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/iscsi_login | reference: host.iscsi_login}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceIscsiLoginOptions}).
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
   * The `unregistered_storage_domains_discover` action: sends `POST /hosts/{host_id}/unregisteredstoragedomainsdiscover` with an `<action>` body holding the parameters given, and reads `<storage_domains>` from the `<action>` the engine answers.
   *
   * Also accepts: `opts.iscsi.address`, `opts.iscsi.target`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/unregistered_storage_domains_discover | reference: host.unregistered_storage_domains_discover}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceUnregisteredStorageDomainsDiscoverOptions}).
   * @returns The `storage_domains`: a list of `StorageDomain`.
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
   * Updates the `host`: sends `PUT /hosts/{host_id}` with the `<host>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * A signature of `update`: the same request, with the members of this case.
   *
   * Also accepts: `host.address`, `host.comment`, `host.display.address`, `host.name`, `host.port`, `host.powerManagement.automaticPmEnabled`, `host.powerManagement.enabled`, `host.powerManagement.kdumpDetection`, `host.spm.priority`, `host.vgpuPlacement`, `host.cluster.id` or `host.cluster.name`, `host.externalHostProvider.id`, `host.rootPassword`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/update | reference: host.update}
   * @param host The `host` to send: `HostInit` (a `Host` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceUpdateUsingRootPasswordOptions}).
   * @returns The `host` as the engine answers it.
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
   * Updates the `host`: sends `PUT /hosts/{host_id}` with the `<host>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * A signature of `update`: the same request, with the members of this case.
   *
   * Also accepts: `host.address`, `host.comment`, `host.display.address`, `host.name`, `host.port`, `host.powerManagement.automaticPmEnabled`, `host.powerManagement.enabled`, `host.powerManagement.kdumpDetection`, `host.spm.priority`, `host.vgpuPlacement`, `host.cluster.id` or `host.cluster.name`, `host.ssh.fingerprint`, `host.ssh.publicKey`, `host.ssh.port`, `host.ssh.user.userName`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/update | reference: host.update}
   * @param host The `host` to send: `HostInit` (a `Host` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceUpdateUsingSshOptions}).
   * @returns The `host` as the engine answers it.
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
   * Updates the `host`: sends `PUT /hosts/{host_id}` with the `<host>` body. Members left undefined are not sent, so the engine keeps them.
   *
   * Its signatures send the same request for particular cases: `updateUsingRootPassword`, `updateUsingSsh`.
   *
   * Also accepts: `host.address`, `host.comment`, `host.display.address`, `host.name`, `host.port`, `host.powerManagement.automaticPmEnabled`, `host.powerManagement.enabled`, `host.powerManagement.kdumpDetection`, `host.spm.priority`, `host.vgpuPlacement`, `host.cluster.id` or `host.cluster.name`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/update | reference: host.update}
   * @param host The `host` to send: `HostInit` (a `Host` or a plain object). What it needs and accepts is listed above.
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceUpdateOptions}).
   * @returns The `host` as the engine answers it.
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
   * The `upgrade` action: sends `POST /hosts/{host_id}/upgrade` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.image`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/upgrade | reference: host.upgrade}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceUpgradeOptions}).
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
   * The `upgrade_check` action: sends `POST /hosts/{host_id}/upgradecheck` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/upgrade_check | reference: host.upgrade_check}
   * @param opts Extra `query`, `headers` and `signal` ({@link RequestOptions}).
   * @since API 4.1
   */
  upgradeCheck(opts: RequestOptions = {}): Promise<void> {
    const refused = checkParameters(UPGRADE_CHECK_PARAMETERS, opts);
    if (refused !== undefined) return Promise.reject(refused);
    return this._action('upgradecheck', {}, undefined, opts) as Promise<void>;
  }

  /**
   * The `refresh` action: sends `POST /hosts/{host_id}/refresh` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/refresh | reference: host.refresh}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceRefreshOptions}).
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
   * Removes: sends `DELETE /hosts/{host_id}`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/remove | reference: host.remove}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceRemoveOptions}).
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
   * The `setup_networks` action: sends `POST /hosts/{host_id}/setupnetworks` with an `<action>` body holding the parameters given.
   *
   * Also accepts: `opts.commitOnSuccess`, `opts.checkConnectivity`, `opts.connectivityTimeout`, `opts.modifiedNetworkAttachments[].hostNic.name` or `opts.modifiedNetworkAttachments[].hostNic.id`, `opts.modifiedNetworkAttachments[].id`, `opts.modifiedNetworkAttachments[].ipAddressAssignments[].ip`, `opts.modifiedNetworkAttachments[].ipAddressAssignments[].assignmentMethod`, `opts.modifiedNetworkAttachments[].network.name` or `opts.modifiedNetworkAttachments[].network.id`, `opts.modifiedNetworkAttachments[].properties[].name`, `opts.modifiedNetworkAttachments[].properties[].value`, `opts.removedLabels[].id`, `opts.synchronizedNetworkAttachments[].id`, `opts.removedNetworkAttachments[].id`, `opts.modifiedLabels[].hostNic.name` or `opts.modifiedLabels[].hostNic.id`, `opts.modifiedLabels[].id`, `opts.modifiedBonds[].bonding.options[].name`, `opts.modifiedBonds[].bonding.options[].value`, `opts.modifiedBonds[].name` or `opts.modifiedBonds[].id`, `opts.removedBonds[].name` or `opts.removedBonds[].id`.
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/setup_networks | reference: host.setup_networks}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceSetupNetworksOptions}).
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
   * The `sync_all_networks` action: sends `POST /hosts/{host_id}/syncallnetworks` with an `<action>` body holding the parameters given.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/sync_all_networks | reference: host.sync_all_networks}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceSyncAllNetworksOptions}).
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
   * The `copy_host_networks` action: sends `POST /hosts/{host_id}/copyhostnetworks` with an `<action>` body holding the parameters given.
   *
   * Needs (the engine refuses the request without them):
   * - `opts.sourceHost.id`
   *
   * Rule: the API model's input declaration.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host/methods/copy_host_networks | reference: host.copy_host_networks}
   * @param opts The method's parameters and extra `query`, `headers`, `signal` ({@link HostServiceCopyHostNetworksOptions}).
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

  /**
   * Locates the `statistics` service at `statistics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/statistics | reference: statistics}
   */
  statisticsService(): StatisticsService {
    return new StatisticsService(this.connection, `${this.path}/statistics`);
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
   * Locates the `assigned_tags` service at `tags` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_tags | reference: assigned_tags}
   */
  tagsService(): AssignedTagsService {
    return new AssignedTagsService(this.connection, `${this.path}/tags`);
  }

  /**
   * Locates the `fence_agents` service at `fenceagents` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/fence_agents | reference: fence_agents}
   */
  fenceAgentsService(): FenceAgentsService {
    return new FenceAgentsService(this.connection, `${this.path}/fenceagents`);
  }

  /**
   * Locates the `host_devices` service at `devices` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_devices | reference: host_devices}
   */
  devicesService(): HostDevicesService {
    return new HostDevicesService(this.connection, `${this.path}/devices`);
  }

  /**
   * Locates the `host_hooks` service at `hooks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_hooks | reference: host_hooks}
   */
  hooksService(): HostHooksService {
    return new HostHooksService(this.connection, `${this.path}/hooks`);
  }

  /**
   * Locates the `host_nics` service at `nics` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_nics | reference: host_nics}
   */
  nicsService(): HostNicsService {
    return new HostNicsService(this.connection, `${this.path}/nics`);
  }

  /**
   * Locates the `host_numa_nodes` service at `numanodes` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_numa_nodes | reference: host_numa_nodes}
   */
  numaNodesService(): HostNumaNodesService {
    return new HostNumaNodesService(this.connection, `${this.path}/numanodes`);
  }

  /**
   * Locates the `host_storage` service at `storage` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_storage | reference: host_storage}
   */
  storageService(): HostStorageService {
    return new HostStorageService(this.connection, `${this.path}/storage`);
  }

  /**
   * Locates the `katello_errata` service at `katelloerrata` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/katello_errata | reference: katello_errata}
   */
  katelloErrataService(): KatelloErrataService {
    return new KatelloErrataService(this.connection, `${this.path}/katelloerrata`);
  }

  /**
   * Locates the `network_attachments` service at `networkattachments` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/network_attachments | reference: network_attachments}
   */
  networkAttachmentsService(): NetworkAttachmentsService {
    return new NetworkAttachmentsService(this.connection, `${this.path}/networkattachments`);
  }

  /**
   * Locates the `storage_server_connection_extensions` service at `storageconnectionextensions` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/storage_server_connection_extensions | reference: storage_server_connection_extensions}
   */
  storageConnectionExtensionsService(): StorageServerConnectionExtensionsService {
    return new StorageServerConnectionExtensionsService(this.connection, `${this.path}/storageconnectionextensions`);
  }

  /**
   * Locates the `unmanaged_networks` service at `unmanagednetworks` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/unmanaged_networks | reference: unmanaged_networks}
   */
  unmanagedNetworksService(): UnmanagedNetworksService {
    return new UnmanagedNetworksService(this.connection, `${this.path}/unmanagednetworks`);
  }

  /**
   * Locates the `assigned_affinity_labels` service at `affinitylabels` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/assigned_affinity_labels | reference: assigned_affinity_labels}
   */
  affinityLabelsService(): AssignedAffinityLabelsService {
    return new AssignedAffinityLabelsService(this.connection, `${this.path}/affinitylabels`);
  }

  /**
   * Locates the `external_network_provider_configurations` service at `externalnetworkproviderconfigurations` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/external_network_provider_configurations | reference: external_network_provider_configurations}
   * @since API 4.2
   */
  externalNetworkProviderConfigurationsService(): ExternalNetworkProviderConfigurationsService {
    return new ExternalNetworkProviderConfigurationsService(this.connection, `${this.path}/externalnetworkproviderconfigurations`);
  }

  /**
   * Locates the `host_cpu_units` service at `cpuunits` below this one; sends nothing.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/host_cpu_units | reference: host_cpu_units}
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
