// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { MigrateOnError } from './migrate-on-error';

/**
 * The `error_handling` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/error_handling}
 */
export class ErrorHandling extends Struct {
  /** The `on_error` attribute (`<on_error>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/error_handling/attributes/on_error} */
  onError?: MigrateOnError;

  /** Creates a `error_handling`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: ErrorHandlingInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `error_handling` as the SDK accepts it: a {@link ErrorHandling} or a plain object of the same shape, at any depth. */
export interface ErrorHandlingInit {
  href?: string;
  onError?: MigrateOnError;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(ErrorHandling, () => ({
  href: VALUE,
  onError: VALUE,
}));
