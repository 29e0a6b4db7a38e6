/**
 * Shapes of the service metadata the generator emits as data
 * (lib/services/metadata.ts): which services exist, their methods with
 * the wire details, and their locators. The services themselves do not need
 * it; tools do (the engine simulator routes requests with it).
 */

export type MethodKind = 'add' | 'get' | 'list' | 'update' | 'remove' | 'action';

/** A type reference: a model type name (`vm`, `string`, `vm_status`) and whether it is a list. */
export interface TypeRefInfo {
  type: string;
  list: boolean;
  /** `primitive`, `enum` or `struct`. */
  kind: 'primitive' | 'enum' | 'struct';
}

export interface ParameterInfo extends TypeRefInfo {
  /** Model name (`case_sensitive`). */
  name: string;
  /** Property name in the options object (`caseSensitive`). */
  prop: string;
  in: boolean;
  out: boolean;
  place: 'query' | 'body' | 'action';
  /** Query parameter name, or element name for body and action parameters. */
  wireName: string;
}

export interface MethodInfo {
  /** Unique model name (`add_from_scratch`). */
  name: string;
  /** Method name on the service class (`addFromScratch`). */
  method: string;
  kind: MethodKind;
  verb: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Action path segment (actions only). */
  path?: string;
  parameters: ParameterInfo[];
}

export interface LocatorInfo {
  /** Model name (`disk_attachments`). */
  name: string;
  /** Method name on the service class (`diskAttachmentsService`). */
  method: string;
  /** URL segment; absent for a locator that takes an id. */
  path?: string;
  /** Name of the locator's parameter (`id`), when it takes one. */
  parameter?: string;
  /** Model name of the service it leads to. */
  service: string;
}

export interface ServiceInfo {
  name: string;
  /** Class name in `services` (`VmsService`). */
  className: string;
  methods: MethodInfo[];
  locators: LocatorInfo[];
}
