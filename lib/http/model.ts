/**
 * Recognizing the model types the runtime has to look into (`fault`,
 * `action`) without importing generated code: their classes come from the
 * registry, by model name.
 */
import type { FaultInfo } from '../errors';
import { type XmlBinding, xmlBinding } from '../registry';

let cachedFor: XmlBinding | undefined;
let names: Map<unknown, string> | undefined;

/** The model name (`fault`, `action`, `vm`) of an object read from XML, if it is one. */
export function modelName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const binding = xmlBinding();
  if (cachedFor !== binding || names === undefined) {
    names = new Map(binding.classes.map((c, i) => [c as unknown, binding.typeNames[i]]));
    cachedFor = binding;
  }
  return names.get((value as object).constructor);
}

/** The fault a response body carries: a `<fault>` document, or an `<action>` holding one. */
export function faultOf(value: unknown): FaultInfo | undefined {
  const name = modelName(value);
  if (name === 'fault') return value as FaultInfo;
  if (name === 'action') {
    const fault = (value as { fault?: unknown }).fault;
    if (typeof fault === 'object' && fault !== null) return fault as FaultInfo;
  }
  return undefined;
}
