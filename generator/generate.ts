/** Everything the generator writes, as a pure function of the model. */
import { GeneratedFile, newFile } from './common';
import { emitServices } from './emit-services';
import { emitTypes } from './emit-types';
import { emitXml } from './emit-xml';
import { emitInputRules } from './input-rules';
import type { Model } from './model';

/** The folders the generator writes: every file in them is generated (stale files there are removed). */
export const GENERATED_DIRS = ['lib/types', 'lib/services', 'lib/generated'];

export const GENERATOR_VERSION = '1';

export function generate(model: Model): GeneratedFile[] {
  const files = [...emitTypes(model), ...emitXml(model), ...emitServices(model), emitInputRules(model)];
  const services = model.services.filter((s) => !model.pseudoServices.includes(s.name));
  const methods = services.flatMap((s) => s.methods);
  const manifest = newFile(model);
  manifest.doc('Provenance and counts of the generated code (checked by test/generated).');
  manifest.block('export const GENERATED = {', () => {
    manifest.line(`model: { version: '${model.version}', release: ${JSON.stringify(model.releaseTag ?? null)}, commit: ${JSON.stringify(model.sourceCommit ?? null)} },`);
    manifest.line(`generator: '${GENERATOR_VERSION}',`);
    manifest.line(`structs: ${model.structs.length},`);
    manifest.line(`enums: ${model.enums.length},`);
    manifest.line(`enumValues: ${model.enums.reduce((n, e) => n + e.values.length, 0)},`);
    manifest.line(`services: ${services.length},`);
    manifest.line(`pseudoServices: ${JSON.stringify(model.pseudoServices)},`);
    manifest.line(`methods: ${methods.length},`);
    manifest.line(`signatureMethods: ${methods.filter((m) => m.base !== undefined).length},`);
    manifest.line(`locators: ${services.reduce((n, s) => n + s.locators.length, 0)},`);
    manifest.line(`files: ${files.length + 1},`);
  }, '} as const;');
  files.push({ path: 'lib/generated/provenance.ts', text: manifest.toString() });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
