// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { DATE, Struct, VALUE, initStruct, initTable } from '../struct';
import type { List } from '../struct';
import { Host } from './host';
import type { HostInit } from './host';
import { Package } from './package';
import type { PackageInit } from './package';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `katello_erratum` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum}
 */
export class KatelloErratum extends Struct {
  /** The `title` attribute (`<title>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/title} */
  title?: string;

  /** The `type` attribute (`<type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/type} */
  type?: string;

  /** The `issued` attribute (`<issued>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/issued} */
  issued?: Date;

  /** The `severity` attribute (`<severity>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/severity} */
  severity?: string;

  /** The `solution` attribute (`<solution>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/solution} */
  solution?: string;

  /** The `summary` attribute (`<summary>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/summary} */
  summary?: string;

  /** The `packages` attribute (`<packages>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/packages} */
  packages?: List<Package>;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/attributes/comment} */
  comment?: string;

  /** The `host` link (`<host>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/links/host} */
  host?: Host;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/katello_erratum/links/vm} */
  vm?: Vm;

  /** Creates a `katello_erratum`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: KatelloErratumInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `katello_erratum` as the SDK accepts it: a {@link KatelloErratum} or a plain object of the same shape, at any depth. */
export interface KatelloErratumInit {
  href?: string;
  title?: string;
  type?: string;
  issued?: Date | string;
  severity?: string;
  solution?: string;
  summary?: string;
  packages?: PackageInit[];
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  host?: HostInit;
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
