// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';

/**
 * The `hosted_engine` type of the API, on the wire `<hosted_engine>` (a list: `<hosted_engines>` with one `<hosted_engine>` per item); 5 attributes and 0 links.
 *
 * Create one with `new HostedEngine({ ... })`, or pass a plain {@link HostedEngineInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine}
 */
export class HostedEngine extends Struct {
  /**
   * `boolean`. On the wire: element `<configured>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `configured` attribute)
   */
  configured?: boolean;

  /**
   * `boolean`. On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `active` attribute)
   */
  active?: boolean;

  /**
   * `number` (an integer). On the wire: element `<score>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `score` attribute)
   */
  score?: number;

  /**
   * `boolean`. On the wire: element `<global_maintenance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `global_maintenance` attribute)
   */
  globalMaintenance?: boolean;

  /**
   * `boolean`. On the wire: element `<local_maintenance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `local_maintenance` attribute)
   */
  localMaintenance?: boolean;

  /**
   * Creates a `hosted_engine` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: HostedEngineInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.configured = undefined;
      this.active = undefined;
      this.score = undefined;
      this.globalMaintenance = undefined;
      this.localMaintenance = undefined;
    }
  }
}

/**
 * A `hosted_engine` as the SDK accepts it: a {@link HostedEngine} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine}
 */
export interface HostedEngineInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<hosted_engine>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine}
   */
  href?: string;
  /**
   * `boolean`. On the wire: element `<configured>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `configured` attribute)
   */
  configured?: boolean;
  /**
   * `boolean`. On the wire: element `<active>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `active` attribute)
   */
  active?: boolean;
  /**
   * `number` (an integer). On the wire: element `<score>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `score` attribute)
   */
  score?: number;
  /**
   * `boolean`. On the wire: element `<global_maintenance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `global_maintenance` attribute)
   */
  globalMaintenance?: boolean;
  /**
   * `boolean`. On the wire: element `<local_maintenance>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/hosted_engine | reference: hosted_engine} (its `local_maintenance` attribute)
   */
  localMaintenance?: boolean;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(HostedEngine, () => ({
  href: VALUE,
  configured: VALUE,
  active: VALUE,
  score: VALUE,
  globalMaintenance: VALUE,
  localMaintenance: VALUE,
}));
