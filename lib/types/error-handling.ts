// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { MigrateOnError } from './migrate-on-error';

/**
 * The `error_handling` type of the API, on the wire `<error_handling>` (a list: `<error_handlings>` with one `<error_handling>` per item); 1 attribute and 0 links.
 *
 * Create one with `new ErrorHandling({ ... })`, or pass a plain {@link ErrorHandlingInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/error_handling | reference: error_handling}
 */
export class ErrorHandling extends Struct {
  /**
   * `MigrateOnError` (`migrate`, `do_not_migrate`, `migrate_highly_available`; or another string, from a newer engine). On the wire: element `<on_error>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/error_handling | reference: error_handling} (its `on_error` attribute)
   */
  onError?: MigrateOnError | (string & {});

  /**
   * Creates a `error_handling` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: ErrorHandlingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.onError = undefined;
    }
  }
}

/**
 * A `error_handling` as the SDK accepts it: a {@link ErrorHandling} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/error_handling | reference: error_handling}
 */
export interface ErrorHandlingInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<error_handling>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/error_handling | reference: error_handling}
   */
  href?: string;
  /**
   * `MigrateOnError` (`migrate`, `do_not_migrate`, `migrate_highly_available`; another string is sent as it is). On the wire: element `<on_error>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/error_handling | reference: error_handling} (its `on_error` attribute)
   */
  onError?: MigrateOnError | (string & {});
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ErrorHandling, () => ({
  href: VALUE,
  onError: VALUE,
}));
