// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { Package } from './package';
import type { PackageInit } from './package';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `katello_erratum` type of the API, on the wire `<katello_erratum>` (a list: `<katello_errata>` with one `<katello_erratum>` per item); 11 attributes and 2 links.
 *
 * Create one with `new KatelloErratum({ ... })`, or pass a plain {@link KatelloErratumInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum}
 */
export class KatelloErratum extends Struct {
  /**
   * `string`. On the wire: element `<title>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `title` attribute)
   */
  title?: string;

  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `type` attribute)
   */
  type?: string;

  /**
   * `Date`. On the wire: element `<issued>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `issued` attribute)
   */
  issued?: Date;

  /**
   * `string`. On the wire: element `<severity>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `severity` attribute)
   */
  severity?: string;

  /**
   * `string`. On the wire: element `<solution>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `solution` attribute)
   */
  solution?: string;

  /**
   * `string`. On the wire: element `<summary>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `summary` attribute)
   */
  summary?: string;

  /**
   * A list of `Package`. On the wire: element `<packages>` with one `<package>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `packages` attribute)
   */
  packages?: List<Package>;

  /**
   * `string`. On the wire: XML attribute `id` of `<katello_erratum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Host`. On the wire: element `<host>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `host` link)
   */
  host?: Host;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `vm` link)
   */
  vm?: Vm;

  /**
   * Creates a `katello_erratum` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: KatelloErratumInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.title = undefined;
      this.type = undefined;
      this.issued = undefined;
      this.severity = undefined;
      this.solution = undefined;
      this.summary = undefined;
      this.packages = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.host = undefined;
      this.vm = undefined;
    }
  }
}

/**
 * A `katello_erratum` as the SDK accepts it: a {@link KatelloErratum} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum}
 */
export interface KatelloErratumInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<katello_erratum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum}
   */
  href?: string;
  /**
   * `string`. On the wire: element `<title>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `title` attribute)
   */
  title?: string;
  /**
   * `string`. On the wire: element `<type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `type` attribute)
   */
  type?: string;
  /**
   * `Date` (or an ISO 8601 string). On the wire: element `<issued>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `issued` attribute)
   */
  issued?: Date | string;
  /**
   * `string`. On the wire: element `<severity>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `severity` attribute)
   */
  severity?: string;
  /**
   * `string`. On the wire: element `<solution>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `solution` attribute)
   */
  solution?: string;
  /**
   * `string`. On the wire: element `<summary>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `summary` attribute)
   */
  summary?: string;
  /**
   * A list of `PackageInit` (a `Package` or a plain object). On the wire: element `<packages>` with one `<package>` per item.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `packages` attribute)
   */
  packages?: PackageInit[];
  /**
   * `string`. On the wire: XML attribute `id` of `<katello_erratum>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `HostInit` (a `Host` or a plain object). On the wire: element `<host>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `host` link)
   */
  host?: HostInit;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/katello_erratum | reference: katello_erratum} (its `vm` link)
   */
  vm?: VmInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(KatelloErratum, () => ({
  href: VALUE,
  title: VALUE,
  type: VALUE,
  issued: DATE,
  severity: VALUE,
  solution: VALUE,
  summary: VALUE,
  packages: [Package],
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  host: Host,
  vm: Vm,
}));
