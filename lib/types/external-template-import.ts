// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
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
 * The `external_template_import` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_template_import}
 * @since API 4.4.7
 */
export class ExternalTemplateImport extends Struct {
  /**
   * The `url` attribute (`<url>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_template_import/attributes/url}
   * @since API 4.4.7
   */
  url?: string;

  /**
   * The `clone` attribute (`<clone>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_template_import/attributes/clone}
   * @since API 4.4.8
   */
  clone?: boolean;

  /**
   * The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_template_import/links/template}
   * @since API 4.4.7
   */
  template?: Template;

  /**
   * The `cluster` link (`<cluster>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_template_import/links/cluster}
   * @since API 4.4.7
   */
  cluster?: Cluster;

  /**
   * The `storage_domain` link (`<storage_domain>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_template_import/links/storage_domain}
   * @since API 4.4.7
   */
  storageDomain?: StorageDomain;

  /**
   * The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_template_import/links/host}
   * @since API 4.4.7
   */
  host?: Host;

  /**
   * The `cpu_profile` link (`<cpu_profile>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_template_import/links/cpu_profile}
   * @since API 4.4.7
   */
  cpuProfile?: CpuProfile;

  /**
   * The `quota` link (`<quota>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/external_template_import/links/quota}
   * @since API 4.4.7
   */
  quota?: Quota;

  /** Creates a `external_template_import`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ExternalTemplateImportInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `external_template_import` as the SDK accepts it: a {@link ExternalTemplateImport} or a plain object of the same shape, at any depth. */
export interface ExternalTemplateImportInit {
  href?: string;
  url?: string;
  clone?: boolean;
  template?: TemplateInit;
  cluster?: ClusterInit;
  storageDomain?: StorageDomainInit;
  host?: HostInit;
  cpuProfile?: CpuProfileInit;
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
