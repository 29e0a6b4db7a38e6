// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/**
 * The values of the `value_type` enum of the oVirt API, as sent on the wire.
 * A value the SDK does not know (from a newer engine) is read as its plain string.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/value_type}
 */
export const ValueType = {
  DECIMAL: 'decimal',
  INTEGER: 'integer',
  STRING: 'string',
} as const;

/** One of the {@link ValueType} values. */
export type ValueType = (typeof ValueType)[keyof typeof ValueType];
