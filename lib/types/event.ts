// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { DataCenter } from './data-center';
import type { DataCenterInit } from './data-center';
import { Host } from './host';
import type { HostInit } from './host';
import type { LogSeverity } from './log-severity';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';
import { Template } from './template';
import type { TemplateInit } from './template';
import { User } from './user';
import type { UserInit } from './user';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `event` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event}
 */
export class Event extends Struct {
  /**
   * The `index` attribute (`<index>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/index}
   * @since API 4.1.3
   */
  index?: number;

  /** The `code` attribute (`<code>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/code} */
  code?: number;

  /** The `severity` attribute (`<severity>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/severity} */
  severity?: LogSeverity;

  /** The `time` attribute (`<time>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/time} */
  time?: Date;

  /** The `correlation_id` attribute (`<correlation_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/correlation_id} */
  correlationId?: string;

  /** The `origin` attribute (`<origin>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/origin} */
  origin?: string;

  /** The `custom_id` attribute (`<custom_id>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/custom_id} */
  customId?: number;

  /** The `flood_rate` attribute (`<flood_rate>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/flood_rate} */
  floodRate?: number;

  /**
   * The `log_on_host` attribute (`<log_on_host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/log_on_host}
   * @since API 4.4
   */
  logOnHost?: boolean;

  /** The `custom_data` attribute (`<custom_data>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/custom_data} */
  customData?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/attributes/comment} */
  comment?: string;

  /** The `user` link (`<user>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/links/user} */
  user?: User;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/links/vm} */
  vm?: Vm;

  /** The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/links/storage_domain} */
  storageDomain?: StorageDomain;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/links/host} */
  host?: Host;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/links/template} */
  template?: Template;

  /** The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/links/cluster} */
  cluster?: Cluster;

  /** The `data_center` link (`<data_center>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/event/links/data_center} */
  dataCenter?: DataCenter;

  /** Creates a `event`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: EventInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `event` as the SDK accepts it: a {@link Event} or a plain object of the same shape, at any depth. */
export interface EventInit {
  href?: string;
  index?: number;
  code?: number;
  severity?: LogSeverity;
  time?: Date | string;
  correlationId?: string;
  origin?: string;
  customId?: number;
  floodRate?: number;
  logOnHost?: boolean;
  customData?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  user?: UserInit;
  vm?: VmInit;
  storageDomain?: StorageDomainInit;
  host?: HostInit;
  template?: TemplateInit;
  cluster?: ClusterInit;
  dataCenter?: DataCenterInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Event, () => ({
  href: VALUE,
  index: VALUE,
  code: VALUE,
  severity: VALUE,
  time: DATE,
  correlationId: VALUE,
  origin: VALUE,
  customId: VALUE,
  floodRate: VALUE,
  logOnHost: VALUE,
  customData: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  user: User,
  vm: Vm,
  storageDomain: StorageDomain,
  host: Host,
  template: Template,
  cluster: Cluster,
  dataCenter: DataCenter,
}));
