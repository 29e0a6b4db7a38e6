// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `event` type of the API, on the wire `<event>` (a list: `<events>` with one `<event>` per item); 14 attributes and 7 links.
 *
 * Create one with `new Event({ ... })`, or pass a plain {@link EventInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event}
 */
export class Event extends Struct {
  /**
   * `number` (an integer). On the wire: element `<index>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `index` attribute)
   * @since API 4.1.3
   */
  index?: number;

  /**
   * `number` (an integer). On the wire: element `<code>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `code` attribute)
   */
  code?: number;

  /**
   * `LogSeverity` (`normal`, `warning`, `error`, `alert`; or another string, from a newer engine). On the wire: element `<severity>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `severity` attribute)
   */
  severity?: LogSeverity | (string & {});

  /**
   * `Date`. On the wire: element `<time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `time` attribute)
   */
  time?: Date;

  /**
   * `string`. On the wire: element `<correlation_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `correlation_id` attribute)
   */
  correlationId?: string;

  /**
   * `string`. On the wire: element `<origin>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `origin` attribute)
   */
  origin?: string;

  /**
   * `number` (an integer). On the wire: element `<custom_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `custom_id` attribute)
   */
  customId?: number;

  /**
   * `number` (an integer). On the wire: element `<flood_rate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `flood_rate` attribute)
   */
  floodRate?: number;

  /**
   * `boolean`. On the wire: element `<log_on_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `log_on_host` attribute)
   * @since API 4.4
   */
  logOnHost?: boolean;

  /**
   * `string`. On the wire: element `<custom_data>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `custom_data` attribute)
   */
  customData?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<event>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `User`. On the wire: element `<user>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `user` link)
   */
  user?: User;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `vm` link)
   */
  vm?: Vm;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `storage_domain` link)
   */
  storageDomain?: StorageDomain;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `host` link)
   */
  host?: Host;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `template` link)
   */
  template?: Template;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `cluster` link)
   */
  cluster?: Cluster;

  /**
   * `DataCenter`. On the wire: element `<data_center>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `data_center` link)
   */
  dataCenter?: DataCenter;

  /**
   * Creates a `event` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: EventInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.index = undefined;
      this.code = undefined;
      this.severity = undefined;
      this.time = undefined;
      this.correlationId = undefined;
      this.origin = undefined;
      this.customId = undefined;
      this.floodRate = undefined;
      this.logOnHost = undefined;
      this.customData = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.user = undefined;
      this.vm = undefined;
      this.storageDomain = undefined;
      this.host = undefined;
      this.template = undefined;
      this.cluster = undefined;
      this.dataCenter = undefined;
    }
  }
}

/**
 * A `event` as the SDK accepts it: a {@link Event} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event}
 */
export interface EventInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<event>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<index>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `index` attribute)
   * @since API 4.1.3
   */
  index?: number;
  /**
   * `number` (an integer). On the wire: element `<code>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `code` attribute)
   */
  code?: number;
  /**
   * `LogSeverity` (`normal`, `warning`, `error`, `alert`; another string is sent as it is). On the wire: element `<severity>`.
   *
   * Needed by:
   * - `EventsService.add`: `event.severity`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `severity` attribute)
   */
  severity?: LogSeverity | (string & {});
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<time>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `time` attribute)
   */
  time?: Date | string;
  /**
   * `string`. On the wire: element `<correlation_id>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `correlation_id` attribute)
   */
  correlationId?: string;
  /**
   * `string`. On the wire: element `<origin>`.
   *
   * Needed by:
   * - `EventsService.add`: `event.origin`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `origin` attribute)
   */
  origin?: string;
  /**
   * `number` (an integer). On the wire: element `<custom_id>`.
   *
   * Needed by:
   * - `EventsService.add`: `event.customId`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `custom_id` attribute)
   */
  customId?: number;
  /**
   * `number` (an integer). On the wire: element `<flood_rate>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `flood_rate` attribute)
   */
  floodRate?: number;
  /**
   * `boolean`. On the wire: element `<log_on_host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `log_on_host` attribute)
   * @since API 4.4
   */
  logOnHost?: boolean;
  /**
   * `string`. On the wire: element `<custom_data>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `custom_data` attribute)
   */
  customData?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<event>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Needed by:
   * - `EventsService.add`: `event.description`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `UserInit` (a `User` or a plain object). On the wire: element `<user>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `user` link)
   */
  user?: UserInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `vm` link)
   */
  vm?: VmInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `storage_domain` link)
   */
  storageDomain?: StorageDomainInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `host` link)
   */
  host?: HostInit;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `cluster` link)
   */
  cluster?: ClusterInit;
  /**
   * `DataCenterInit` (a `DataCenter` or a plain object). On the wire: element `<data_center>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/event | reference: event} (its `data_center` link)
   */
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
