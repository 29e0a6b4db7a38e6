// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `serial_number_policy` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/serial_number_policy}
 */
export const SerialNumberPolicy = {
  HOST: 'host',
  VM: 'vm',
  CUSTOM: 'custom',
  /** @since API 4.4.0 */
  NONE: 'none',
} as const;

/** One of the {@link SerialNumberPolicy} values. */
export type SerialNumberPolicy = (typeof SerialNumberPolicy)[keyof typeof SerialNumberPolicy];
