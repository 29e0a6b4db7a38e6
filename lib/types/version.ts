// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `version` type of the API, on the wire `<version>` (a list: `<versions>` with one `<version>` per item); 9 attributes and 0 links.
 *
 * Create one with `new Version({ ... })`, or pass a plain {@link VersionInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version}
 */
export class Version extends Struct {
  /**
   * `number` (an integer). On the wire: element `<major>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `major` attribute)
   */
  major?: number;

  /**
   * `number` (an integer). On the wire: element `<minor>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `minor` attribute)
   */
  minor?: number;

  /**
   * `number` (an integer). On the wire: element `<build>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `build` attribute)
   */
  build?: number;

  /**
   * `number` (an integer). On the wire: element `<revision>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `revision` attribute)
   */
  revision?: number;

  /**
   * `string`. On the wire: element `<full_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `full_version` attribute)
   */
  fullVersion?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `comment` attribute)
   */
  comment?: string;

  /**
   * Creates a `version` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: VersionInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.major = undefined;
      this.minor = undefined;
      this.build = undefined;
      this.revision = undefined;
      this.fullVersion = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
    }
  }
}

/**
 * A `version` as the SDK accepts it: a {@link Version} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version}
 */
export interface VersionInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version}
   */
  href?: string;
  /**
   * `number` (an integer). On the wire: element `<major>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `major` attribute)
   */
  major?: number;
  /**
   * `number` (an integer). On the wire: element `<minor>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `minor` attribute)
   */
  minor?: number;
  /**
   * `number` (an integer). On the wire: element `<build>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `build` attribute)
   */
  build?: number;
  /**
   * `number` (an integer). On the wire: element `<revision>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `revision` attribute)
   */
  revision?: number;
  /**
   * `string`. On the wire: element `<full_version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `full_version` attribute)
   */
  fullVersion?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<version>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/version | reference: version} (its `comment` attribute)
   */
  comment?: string;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(Version, () => ({
  href: VALUE,
  major: VALUE,
  minor: VALUE,
  build: VALUE,
  revision: VALUE,
  fullVersion: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
}));
