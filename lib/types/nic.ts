// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import type { BootProtocol } from './boot-protocol';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { Mac } from './mac';
import type { MacInit } from './mac';
import { Network } from './network';
import type { NetworkInit } from './network';
import { NetworkAttachment } from './network-attachment';
import type { NetworkAttachmentInit } from './network-attachment';
import { NetworkFilterParameter } from './network-filter-parameter';
import type { NetworkFilterParameterInit } from './network-filter-parameter';
import { NetworkLabel } from './network-label';
import type { NetworkLabelInit } from './network-label';
import type { NicInterface } from './nic-interface';
import { ReportedDevice } from './reported-device';
import type { ReportedDeviceInit } from './reported-device';
import { Statistic } from './statistic';
import type { StatisticInit } from './statistic';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';
import { VnicProfile } from './vnic-profile';
import type { VnicProfileInit } from './vnic-profile';

/**
 * The `nic` type of the API, on the wire `<nic>` (a list: `<nics>` with one `<nic>` per item); 11 attributes and 13 links.
 *
 * Create one with `new Nic({ ... })`, or pass a plain {@link NicInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic}
 */
export class Nic extends Struct {
  /**
   * `boolean`. On the wire: element `<linked>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `linked` attribute)
   */
  linked?: boolean;

  /**
   * `NicInterface` (`e1000`, `e1000e`, `virtio`, `rtl8139`, `rtl8139_virtio`, `spapr_vlan`, `pci_passthrough`; or another string, from a newer engine). On the wire: element `<interface>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `interface` attribute)
   */
  interface?: NicInterface | (string & {});

  /**
   * `Mac`. On the wire: element `<mac>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `mac` attribute)
   */
  mac?: Mac;

  /**
   * `boolean`. On the wire: element `<plugged>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `plugged` attribute)
   */
  plugged?: boolean;

  /**
   * `boolean`. On the wire: element `<synced>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `synced` attribute)
   */
  synced?: boolean;

  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; or another string, from a newer engine). On the wire: element `<boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `boot_protocol` attribute)
   */
  bootProtocol?: BootProtocol | (string & {});

  /**
   * `boolean`. On the wire: element `<on_boot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `on_boot` attribute)
   */
  onBoot?: boolean;

  /**
   * `string`. On the wire: XML attribute `id` of `<nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `template` link)
   */
  template?: Template;

  /**
   * `InstanceType`. On the wire: element `<instance_type>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `instance_type` link)
   */
  instanceType?: InstanceType;

  /**
   * A list of `Vm`. On the wire: a link, `<link rel="vms" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<vms>` with one `<vm>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `vms` link)
   */
  vms?: List<Vm>;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
  vm?: Vm;

  /**
   * `Network`. On the wire: element `<network>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `network` link)
   */
  network?: Network;

  /**
   * A list of `Statistic`. On the wire: a link, `<link rel="statistics" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<statistics>` with one `<statistic>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `statistics` link)
   */
  statistics?: List<Statistic>;

  /**
   * `VnicProfile`. On the wire: element `<vnic_profile>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `vnic_profile` link)
   */
  vnicProfile?: VnicProfile;

  /**
   * A list of `NetworkLabel`. On the wire: a link, `<link rel="networklabels" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<network_labels>` with one `<network_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `network_labels` link)
   */
  networkLabels?: List<NetworkLabel>;

  /**
   * A list of `NetworkAttachment`. On the wire: a link, `<link rel="networkattachments" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<network_attachments>` with one `<network_attachment>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `network_attachments` link)
   */
  networkAttachments?: List<NetworkAttachment>;

  /**
   * A list of `NetworkLabel`. On the wire: a link, `<link rel="virtualfunctionallowedlabels" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<virtual_function_allowed_labels>` with one `<network_label>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `virtual_function_allowed_labels` link)
   */
  virtualFunctionAllowedLabels?: List<NetworkLabel>;

  /**
   * A list of `Network`. On the wire: a link, `<link rel="virtualfunctionallowednetworks" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<virtual_function_allowed_networks>` with one `<network>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `virtual_function_allowed_networks` link)
   */
  virtualFunctionAllowedNetworks?: List<Network>;

  /**
   * A list of `ReportedDevice`. On the wire: a link, `<link rel="reporteddevices" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<reported_devices>` with one `<reported_device>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `reported_devices` link)
   */
  reportedDevices?: List<ReportedDevice>;

  /**
   * A list of `NetworkFilterParameter`. On the wire: a link, `<link rel="networkfilterparameters" href="..."/>`, which `connection.followLink()` fetches; with option `follow`, element `<network_filter_parameters>` with one `<network_filter_parameter>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `network_filter_parameters` link)
   * @since API 4.2
   */
  networkFilterParameters?: List<NetworkFilterParameter>;

  /**
   * Creates a `nic` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: NicInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.linked = undefined;
      this.interface = undefined;
      this.mac = undefined;
      this.plugged = undefined;
      this.synced = undefined;
      this.bootProtocol = undefined;
      this.onBoot = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.template = undefined;
      this.instanceType = undefined;
      this.vms = undefined;
      this.vm = undefined;
      this.network = undefined;
      this.statistics = undefined;
      this.vnicProfile = undefined;
      this.networkLabels = undefined;
      this.networkAttachments = undefined;
      this.virtualFunctionAllowedLabels = undefined;
      this.virtualFunctionAllowedNetworks = undefined;
      this.reportedDevices = undefined;
      this.networkFilterParameters = undefined;
    }
  }
}

/**
 * A `nic` as the SDK accepts it: a {@link Nic} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic}
 */
export interface NicInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<linked>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `linked` attribute)
   */
  linked?: boolean;
  /**
   * `NicInterface` (`e1000`, `e1000e`, `virtio`, `rtl8139`, `rtl8139_virtio`, `spapr_vlan`, `pci_passthrough`; another string is sent as it is). On the wire: element `<interface>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `interface` attribute)
   */
  interface?: NicInterface | (string & {});
  /**
   * `MacInit` (a `Mac` or a plain object). On the wire: element `<mac>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `mac` attribute)
   */
  mac?: MacInit;
  /**
   * `boolean`. On the wire: element `<plugged>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `plugged` attribute)
   */
  plugged?: boolean;
  /**
   * `boolean`. On the wire: element `<synced>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `synced` attribute)
   */
  synced?: boolean;
  /**
   * `BootProtocol` (`autoconf`, `dhcp`, `poly_dhcp_autoconf`, `static`, `none`; another string is sent as it is). On the wire: element `<boot_protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `boot_protocol` attribute)
   */
  bootProtocol?: BootProtocol | (string & {});
  /**
   * `boolean`. On the wire: element `<on_boot>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `on_boot` attribute)
   */
  onBoot?: boolean;
  /**
   * `string`. On the wire: XML attribute `id` of `<nic>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Needed by:
   * - `TemplateNicsService.add`: `nic.name`
   * - `VmNicsService.add`: `nic.name`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `InstanceTypeInit` (a `InstanceType` or a plain object). On the wire: element `<instance_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `instance_type` link)
   */
  instanceType?: InstanceTypeInit;
  /**
   * A list of `VmInit` (a `Vm` or a plain object). On the wire: element `<vms>` with one `<vm>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `vms` link)
   */
  vms?: VmInit[];
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `vm` link)
   * @deprecated The API model marks it deprecated.
   */
  vm?: VmInit;
  /**
   * `NetworkInit` (a `Network` or a plain object). On the wire: element `<network>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `network` link)
   */
  network?: NetworkInit;
  /**
   * A list of `StatisticInit` (a `Statistic` or a plain object). On the wire: element `<statistics>` with one `<statistic>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `statistics` link)
   */
  statistics?: StatisticInit[];
  /**
   * `VnicProfileInit` (a `VnicProfile` or a plain object). On the wire: element `<vnic_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `vnic_profile` link)
   */
  vnicProfile?: VnicProfileInit;
  /**
   * A list of `NetworkLabelInit` (a `NetworkLabel` or a plain object). On the wire: element `<network_labels>` with one `<network_label>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `network_labels` link)
   */
  networkLabels?: NetworkLabelInit[];
  /**
   * A list of `NetworkAttachmentInit` (a `NetworkAttachment` or a plain object). On the wire: element `<network_attachments>` with one `<network_attachment>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `network_attachments` link)
   */
  networkAttachments?: NetworkAttachmentInit[];
  /**
   * A list of `NetworkLabelInit` (a `NetworkLabel` or a plain object). On the wire: element `<virtual_function_allowed_labels>` with one `<network_label>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `virtual_function_allowed_labels` link)
   */
  virtualFunctionAllowedLabels?: NetworkLabelInit[];
  /**
   * A list of `NetworkInit` (a `Network` or a plain object). On the wire: element `<virtual_function_allowed_networks>` with one `<network>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `virtual_function_allowed_networks` link)
   */
  virtualFunctionAllowedNetworks?: NetworkInit[];
  /**
   * A list of `ReportedDeviceInit` (a `ReportedDevice` or a plain object). On the wire: element `<reported_devices>` with one `<reported_device>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `reported_devices` link)
   */
  reportedDevices?: ReportedDeviceInit[];
  /**
   * A list of `NetworkFilterParameterInit` (a `NetworkFilterParameter` or a plain object). On the wire: element `<network_filter_parameters>` with one `<network_filter_parameter>` per item (a list read as a link and never fetched is not sent).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/nic | reference: nic} (its `network_filter_parameters` link)
   * @since API 4.2
   */
  networkFilterParameters?: NetworkFilterParameterInit[];
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Nic, () => ({
  href: VALUE,
  linked: VALUE,
  interface: VALUE,
  mac: Mac,
  plugged: VALUE,
  synced: VALUE,
  bootProtocol: VALUE,
  onBoot: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  template: Template,
  instanceType: InstanceType,
  vms: [Vm],
  vm: Vm,
  network: Network,
  statistics: [Statistic],
  vnicProfile: VnicProfile,
  networkLabels: [NetworkLabel],
  networkAttachments: [NetworkAttachment],
  virtualFunctionAllowedLabels: [NetworkLabel],
  virtualFunctionAllowedNetworks: [Network],
  reportedDevices: [ReportedDevice],
  networkFilterParameters: [NetworkFilterParameter],
}));
