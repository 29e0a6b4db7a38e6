/**
 * ovirt-engine-sdk: the oVirt Engine REST API for Node.js and TypeScript.
 *
 *   import { Connection, types } from 'ovirt-engine-sdk';
 *
 * The package root: it puts the runtime and the generated code together
 * (the only module that imports both the connection and the generated
 * services). Importing the package never loads the native addon; the first
 * XML operation does (and throws a NativeLoadError with the fixes if it
 * cannot). See docs/architecture.md for the layout.
 */
import { Connection as ConnectionBase } from './connection';
import { Service } from './service';
import { SystemService } from './services';

/**
 * A connection to the engine. Create one per engine and user, share it
 * between any number of concurrent calls, and close it when done
 * (`await connection.close()`, or `await using connection = new Connection(...)`).
 * See docs/connection.md for the options.
 */
export class Connection extends ConnectionBase {
  #system: SystemService | undefined;

  /** The root of the services tree; sends nothing. */
  systemService(): SystemService {
    this.#system ??= new SystemService(this, '');
    return this.#system;
  }

  /**
   * The service at `path` below the API root, such as
   * `vms/123/diskattachments`; sends nothing. An unknown segment throws.
   */
  service(path: string): Service {
    return this.systemService().service(path.replace(/^\/+|\/+$/g, ''));
  }
}

export * as types from './types';
export * as services from './services';
export * as schema from './xml/schema';
export type { CloseOptions, ConnectionOptions, Exchange, Logger, Query, QueryValue, RequestOptions } from './connection';
export { Service };
export type { LocatorInfo, MethodInfo, MethodKind, ParameterInfo, ServiceInfo, TypeRefInfo } from './service';
export { AuthError, ConnectionError, Error, Error as OvirtError, NativeLoadError, NotFoundError, TimeoutError, XmlError } from './errors';
export type { ErrorOptions, FaultInfo, XmlErrorOptions } from './errors';
export { Reader } from './xml/reader';
export type { ReadOptions } from './xml/reader';
export { Writer } from './xml/writer';
export type { WriteOptions } from './xml/writer';
export type { List } from './struct';
export { GENERATED } from './generated/provenance';
