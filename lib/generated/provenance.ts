// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

/** Provenance and counts of the generated code (checked by test/generated). */
export const GENERATED = {
  model: { version: '4.6.2-SNAPSHOT', release: "4.6.1", commit: "4fb1a80443f14a654d9bcd8e4ef58570f6736ce7" },
  generator: '1',
  structs: 220,
  enums: 115,
  enumValues: 598,
  services: 288,
  pseudoServices: ["area","follow"],
  methods: 706,
  signatureMethods: 58,
  locators: 336,
  files: 631,
} as const;
