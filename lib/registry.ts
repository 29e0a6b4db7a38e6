/**
 * The one place where the hand-written runtime meets the generated code.
 * Generated modules register what they provide here when they are loaded;
 * the runtime looks it up here and never imports generated code by name.
 */
import type { TapeReader, TapeWriter } from './xml/tape';
import type { Service } from './service';

/** The wire schema the native addon reads with (generated: lib/xml/schema.ts). */
export interface XmlSchema {
  /** Model version the schema was generated from. */
  version: string;
  /** Every element, attribute and link rel name; tag ids index this list. */
  tags: readonly string[];
  /** Values of each enum, in model order; enum ids index this list. */
  enums: readonly (readonly string[])[];
  /** Per struct type: [tag id, list tag id, flat members [tag, kind, target, itemTag, rel]...]. */
  types: readonly (readonly [number, number, readonly number[]])[];
}

/** A generated reader: decodes one struct of its type from the tape. */
export type StructReader = (r: TapeReader) => unknown;
/** A generated writer: writes one struct as an element with the given tag id. */
export type StructWriter = (w: TapeWriter, value: object, tag: number) => void;

export interface XmlBinding {
  schema: XmlSchema;
  /** Model names of the struct types, by type id (`vm`, `disk_attachment`). */
  typeNames: readonly string[];
  /** Property names of each struct type's members, by type id, in schema member order. */
  propNames: readonly (readonly string[])[];
  /** Classes of the struct types, by type id. */
  classes: readonly (abstract new (...args: never[]) => object)[];
  readers: readonly StructReader[];
  writers: readonly StructWriter[];
}

/**
 * The type of the root service as `connection.systemService()` returns it.
 * The generated services (lib/services/index.ts) extend it with the whole
 * `SystemService` interface.
 */
export interface RootService extends Service {}

let binding: XmlBinding | undefined;
let rootServiceFactory: ((connection: unknown) => RootService) | undefined;

export function registerXmlBinding(b: XmlBinding): void {
  binding = b;
}

export function xmlBinding(): XmlBinding {
  if (binding === undefined) {
    throw new Error('ovirt-engine-sdk: the generated XML bindings are not loaded; import the package root (ovirt-engine-sdk)');
  }
  return binding;
}

/** Registered by the generated services: builds the root (`system`) service. */
export function registerRootService(factory: (connection: unknown) => RootService): void {
  rootServiceFactory = factory;
}

export function rootService(connection: unknown): RootService {
  if (rootServiceFactory === undefined) {
    throw new Error('ovirt-engine-sdk: the generated services are not loaded; import the package root (ovirt-engine-sdk)');
  }
  return rootServiceFactory(connection);
}
