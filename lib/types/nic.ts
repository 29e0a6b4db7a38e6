// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `nic` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic}
 */
export class Nic extends Struct {
  /** The `linked` attribute (`<linked>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/linked} */
  linked?: boolean;

  /** The `interface` attribute (`<interface>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/interface} */
  interface?: NicInterface;

  /** The `mac` attribute (`<mac>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/mac} */
  mac?: Mac;

  /** The `plugged` attribute (`<plugged>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/plugged} */
  plugged?: boolean;

  /** The `synced` attribute (`<synced>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/synced} */
  synced?: boolean;

  /** The `boot_protocol` attribute (`<boot_protocol>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/boot_protocol} */
  bootProtocol?: BootProtocol;

  /** The `on_boot` attribute (`<on_boot>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/on_boot} */
  onBoot?: boolean;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/attributes/comment} */
  comment?: string;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/template} */
  template?: Template;

  /** The `instance_type` link (`<instance_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/instance_type} */
  instanceType?: InstanceType;

  /** The `vms` link (`<vms>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/vms} */
  vms?: List<Vm>;

  /**
   * The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/vm}
   * @deprecated The model marks it deprecated.
   */
  vm?: Vm;

  /** The `network` link (`<network>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/network} */
  network?: Network;

  /** The `statistics` link (`<statistics>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/statistics} */
  statistics?: List<Statistic>;

  /** The `vnic_profile` link (`<vnic_profile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/vnic_profile} */
  vnicProfile?: VnicProfile;

  /** The `network_labels` link (`<network_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/network_labels} */
  networkLabels?: List<NetworkLabel>;

  /** The `network_attachments` link (`<network_attachments>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/network_attachments} */
  networkAttachments?: List<NetworkAttachment>;

  /** The `virtual_function_allowed_labels` link (`<virtual_function_allowed_labels>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/virtual_function_allowed_labels} */
  virtualFunctionAllowedLabels?: List<NetworkLabel>;

  /** The `virtual_function_allowed_networks` link (`<virtual_function_allowed_networks>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/virtual_function_allowed_networks} */
  virtualFunctionAllowedNetworks?: List<Network>;

  /** The `reported_devices` link (`<reported_devices>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/reported_devices} */
  reportedDevices?: List<ReportedDevice>;

  /**
   * The `network_filter_parameters` link (`<network_filter_parameters>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/nic/links/network_filter_parameters}
   * @since API 4.2
   */
  networkFilterParameters?: List<NetworkFilterParameter>;

  /** Creates a `nic`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: NicInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `nic` as the SDK accepts it: a {@link Nic} or a plain object of the same shape, at any depth. */
export interface NicInit {
  href?: string;
  linked?: boolean;
  interface?: NicInterface;
  mac?: MacInit;
  plugged?: boolean;
  synced?: boolean;
  bootProtocol?: BootProtocol;
  onBoot?: boolean;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  template?: TemplateInit;
  instanceType?: InstanceTypeInit;
  vms?: VmInit[];
  vm?: VmInit;
  network?: NetworkInit;
  statistics?: StatisticInit[];
  vnicProfile?: VnicProfileInit;
  networkLabels?: NetworkLabelInit[];
  networkAttachments?: NetworkAttachmentInit[];
  virtualFunctionAllowedLabels?: NetworkLabelInit[];
  virtualFunctionAllowedNetworks?: NetworkInit[];
  reportedDevices?: ReportedDeviceInit[];
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
