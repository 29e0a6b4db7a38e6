// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import { Cluster } from './cluster';
import type { ClusterInit } from './cluster';
import { CpuProfile } from './cpu-profile';
import type { CpuProfileInit } from './cpu-profile';
import { Host } from './host';
import type { HostInit } from './host';
import { Quota } from './quota';
import type { QuotaInit } from './quota';
import { StorageDomain } from './storage-domain';
import type { StorageDomainInit } from './storage-domain';
import { Template } from './template';
import type { TemplateInit } from './template';

/**
 * The `external_template_import` type of the API, on the wire `<external_template_import>` (a list: `<external_template_imports>` with one `<external_template_import>` per item); 2 attributes and 6 links.
 *
 * Create one with `new ExternalTemplateImport({ ... })`, or pass a plain {@link ExternalTemplateImportInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import}
 * @since API 4.4.7
 */
export class ExternalTemplateImport extends Struct {
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `url` attribute)
   * @since API 4.4.7
   */
  url?: string;

  /**
   * `boolean`. On the wire: element `<clone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `clone` attribute)
   * @since API 4.4.8
   */
  clone?: boolean;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `template` link)
   * @since API 4.4.7
   */
  template?: Template;

  /**
   * `Cluster`. On the wire: element `<cluster>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `cluster` link)
   * @since API 4.4.7
   */
  cluster?: Cluster;

  /**
   * `StorageDomain`. On the wire: element `<storage_domain>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `storage_domain` link)
   * @since API 4.4.7
   */
  storageDomain?: StorageDomain;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `host` link)
   * @since API 4.4.7
   */
  host?: Host;

  /**
   * `CpuProfile`. On the wire: element `<cpu_profile>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `cpu_profile` link)
   * @since API 4.4.7
   */
  cpuProfile?: CpuProfile;

  /**
   * `Quota`. On the wire: element `<quota>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `quota` link)
   * @since API 4.4.7
   */
  quota?: Quota;

  /**
   * Creates a `external_template_import` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ExternalTemplateImportInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.url = undefined;
      this.clone = undefined;
      this.template = undefined;
      this.cluster = undefined;
      this.storageDomain = undefined;
      this.host = undefined;
      this.cpuProfile = undefined;
      this.quota = undefined;
    }
  }
}

/**
 * A `external_template_import` as the SDK accepts it: a {@link ExternalTemplateImport} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import}
 */
export interface ExternalTemplateImportInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<external_template_import>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<url>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `url` attribute)
   * @since API 4.4.7
   */
  url?: string;
  /**
   * `boolean`. On the wire: element `<clone>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `clone` attribute)
   * @since API 4.4.8
   */
  clone?: boolean;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `template` link)
   * @since API 4.4.7
   */
  template?: TemplateInit;
  /**
   * `ClusterInit` (a `Cluster` or a plain object). On the wire: element `<cluster>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `cluster` link)
   * @since API 4.4.7
   */
  cluster?: ClusterInit;
  /**
   * `StorageDomainInit` (a `StorageDomain` or a plain object). On the wire: element `<storage_domain>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `storage_domain` link)
   * @since API 4.4.7
   */
  storageDomain?: StorageDomainInit;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `host` link)
   * @since API 4.4.7
   */
  host?: HostInit;
  /**
   * `CpuProfileInit` (a `CpuProfile` or a plain object). On the wire: element `<cpu_profile>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `cpu_profile` link)
   * @since API 4.4.7
   */
  cpuProfile?: CpuProfileInit;
  /**
   * `QuotaInit` (a `Quota` or a plain object). On the wire: element `<quota>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/external_template_import | reference: external_template_import} (its `quota` link)
   * @since API 4.4.7
   */
  quota?: QuotaInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ExternalTemplateImport, () => ({
  href: VALUE,
  url: VALUE,
  clone: VALUE,
  template: Template,
  cluster: Cluster,
  storageDomain: StorageDomain,
  host: Host,
  cpuProfile: CpuProfile,
  quota: Quota,
}));
