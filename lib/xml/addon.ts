/**
 * The native addon as the XML layer uses it: loaded on first use, with the
 * API's wire schema (lib/generated/xml-schema.ts) loaded into it once.
 */
import { SCHEMA } from '../generated/xml-schema';
import { native, type NativeAddon } from '../native';

let addon: NativeAddon | undefined;

export function xmlAddon(): NativeAddon {
  if (addon === undefined) {
    const loaded = native();
    loaded.loadSchema(SCHEMA.tags, SCHEMA.enums, SCHEMA.types);
    addon = loaded;
  }
  return addon;
}
