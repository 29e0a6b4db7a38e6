/**
 * Base of the generated services: the HTTP exchange of get, list, add,
 * update, remove and actions. Generated services (lib/services/) call only
 * the protected methods below and the checks of their parameters and
 * locator ids (`checkParameters`, `idSegment`); this is the whole seam
 * between them and the runtime. The connection does the rest
 * (lib/connection.ts `_exchange`): query rendering, headers, the XML body,
 * status checks, faults.
 *
 * Also here: the shapes of the services as data (lib/generated/service-metadata.ts),
 * which tools use (the engine simulator routes requests with them).
 */
import type { Connection, Query, RequestOptions } from './connection';
import { describe, Error as OvirtError, withArticle } from './errors';
import { isStructValue } from './xml/tape';

export type { Query, QueryValue, RequestOptions } from './connection';

export abstract class Service {
  constructor(
    /** The connection this service sends its requests through. */
    readonly connection: Connection,
    /** Path of the service below the API root (`vms/123`), '' for the root. */
    readonly path: string,
  ) {}

  /**
   * Returns the service at `path` below this one (`'vms/123/diskattachments'`),
   * walking the locators; sends nothing. Generated services override it;
   * an unknown segment throws the SDK's `Error`.
   */
  service(path: string): Service {
    if (path === '') return this;
    throw new OvirtError(`The path '${path}' does not correspond to any service below '${this.path || '/'}'`);
  }

  /** `GET` of the service (get and list); resolves to the read body. */
  protected _get(query: Query, options: RequestOptions): Promise<unknown> {
    return this.connection._exchange({ method: 'GET', path: this.path, query, options });
  }

  /**
   * `GET` of a list, yielding each object as it arrives instead of
   * resolving to the whole array (generated as `listStream()`).
   */
  protected _stream(query: Query, options: RequestOptions): AsyncGenerator<unknown, void, undefined> {
    return this.connection._stream({ method: 'GET', path: this.path, query, options });
  }

  /** `POST` of an object (add); resolves to the object the engine returns. */
  protected _add(value: object, type: string, query: Query, options: RequestOptions): Promise<unknown> {
    return this.connection._exchange({ method: 'POST', path: this.path, query, options, body: { value, type } });
  }

  /** `PUT` of an object (update); resolves to the updated object. */
  protected _update(value: object, type: string, query: Query, options: RequestOptions): Promise<unknown> {
    return this.connection._exchange({ method: 'PUT', path: this.path, query, options, body: { value, type } });
  }

  /** `DELETE`; `action` carries action-placed parameters (gluster bricks). */
  protected async _remove(query: Query, options: RequestOptions, action?: object): Promise<void> {
    await this.connection._exchange({
      method: 'DELETE',
      path: this.path,
      query,
      options,
      body: action === undefined ? undefined : { value: action, type: 'action' },
    });
  }

  /**
   * `POST` of an `<action>` to `path/actionPath`. Resolves to `member` of the
   * returned action (the action's single out parameter), or undefined.
   * A fault inside the returned action rejects, like a fault document.
   */
  protected async _action(actionPath: string, action: object, member: string | undefined, options: RequestOptions): Promise<unknown> {
    const result = (await this.connection._exchange({
      method: 'POST',
      path: this.path === '' ? actionPath : `${this.path}/${actionPath}`,
      query: {},
      options,
      body: { value: action, type: 'action' },
      action: true,
    })) as Record<string, unknown> | undefined;
    return member === undefined || result === undefined ? undefined : result[member];
  }
}

// ---- Checks of the parameters, before anything is sent ----

/** The kinds of parameter values the generated methods check. */
type ScalarKind = 'boolean' | 'integer' | 'decimal' | 'string' | 'date' | 'enum';

/** A parameter's kind: a scalar kind, the class of a struct, or one of those in brackets for a list. */
export type ParameterKind = ScalarKind | (abstract new () => object) | readonly [ScalarKind | (abstract new () => object)];

/** The parameters of one generated method, as {@link checkParameters} checks them. */
export interface MethodParameters {
  /** `VmService.start`, for messages. */
  readonly method: string;
  /** The options the method takes, by property name. */
  readonly options: ReadonlyMap<string, ParameterKind>;
  /** The positional body of an add or update: its name in messages (the type's, `vm`) and its kind. */
  readonly body?: readonly [string, ParameterKind];
}

/** What every method takes besides its own parameters (the compiler keeps it complete). */
const REQUEST_OPTIONS: Readonly<Record<keyof RequestOptions, true>> = { query: true, headers: true, signal: true };

const EXPECTED: Readonly<Record<ScalarKind, string>> = {
  boolean: 'a boolean',
  integer: 'an integer (a number, or a bigint beyond 2^53 - 1)',
  decimal: 'a number',
  string: 'a string',
  date: 'a Date (or an ISO 8601 string)',
  enum: 'an enum value (string)',
};

/** @internal Describes a generated method's parameters (made once per method, when its module loads). */
export function methodParameters(
  method: string,
  options: Readonly<Record<string, ParameterKind>>,
  body?: readonly [string, ParameterKind],
): MethodParameters {
  return { method, options: new Map(Object.entries(options)), ...(body !== undefined ? { body } : {}) };
}

function scalarOk(value: unknown, kind: ScalarKind): boolean {
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'bigint' || Number.isSafeInteger(value);
    case 'decimal':
      return typeof value === 'number';
    case 'date':
      return (value instanceof Date && !Number.isNaN(value.getTime())) || typeof value === 'string';
    default:
      return typeof value === 'string';
  }
}

/** What `value` should have been, or undefined when it fits `kind`. */
function mismatch(value: unknown, kind: ParameterKind): string | undefined {
  if (typeof kind === 'string') return scalarOk(value, kind) ? undefined : EXPECTED[kind];
  if (typeof kind === 'function') return isStructValue(value, kind.prototype as object) ? undefined : `${withArticle(kind.name)} or a plain object`;
  // A list: its items are checked where they are used (by the writer, naming the index).
  return Array.isArray(value) ? undefined : 'an array';
}

/**
 * @internal The check a generated method makes before it sends anything:
 * every option it is given must be one of its parameters (or a request
 * option such as `query`) with a value of the parameter's type, and the body
 * of an add or update must be an instance of the type's class or a plain
 * object. Undefined and null options count as not given. Returns one error
 * that names every wrong parameter with what it should be and what it is,
 * or undefined (`method` names the method called, when it is not the one
 * the parameters are of: `listStream` shares `list`'s). A struct's members
 * are checked when it is written, before the request is sent.
 */
export function checkParameters(parameters: MethodParameters, opts: unknown, body?: unknown, method = parameters.method): OvirtError | undefined {
  let problems: string[] | undefined;
  if (parameters.body !== undefined) {
    const [name, kind] = parameters.body;
    const expected = mismatch(body, kind);
    if (expected !== undefined) (problems ??= []).push(`${name} must be ${expected}, got ${describe(body)}`);
  }
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) {
    (problems ??= []).push(`the options must be an object, got ${describe(opts)}`);
  } else {
    for (const key in opts) {
      const value = (opts as Record<string, unknown>)[key];
      const kind = parameters.options.get(key);
      if (kind === undefined) {
        if (value !== undefined && !Object.hasOwn(REQUEST_OPTIONS, key)) (problems ??= []).push(`${key}: no such parameter`);
        continue;
      }
      if (value === undefined || value === null) continue;
      const expected = mismatch(value, kind);
      if (expected !== undefined) (problems ??= []).push(`${key} must be ${expected}, got ${describe(value)}`);
    }
  }
  if (problems === undefined) return undefined;
  return new OvirtError(`Wrong parameter${problems.length > 1 ? 's' : ''} for ${method}(): ${problems.join('; ')}`);
}

/** @internal The stream a generated `listStream()` returns when its parameters are refused: it throws `error` when read. */
export async function* refusedStream(error: OvirtError): AsyncGenerator<never, void, undefined> {
  throw error;
}

/**
 * @internal The path segment of a locator's id: a non-empty string
 * (percent-encoded) or an integer (in decimal); anything else throws,
 * naming the locator. An id of dots only (`.`, `..`) has its dots encoded
 * too, so that it reaches the engine as the id it is, not as a step up the
 * path.
 */
export function idSegment(id: unknown, locator: string): string {
  if (typeof id === 'string' && id !== '') return id === '.' || id === '..' ? id.replaceAll('.', '%2E') : encodeURIComponent(id);
  if (Number.isSafeInteger(id)) return String(id);
  throw new OvirtError(`Wrong parameter for ${locator}(): id must be a non-empty string or an integer, got ${describe(id)}`);
}

// ---- The services as data ----

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
