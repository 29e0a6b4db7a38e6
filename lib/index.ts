/**
 * ovirt-engine-sdk: the oVirt Engine REST API for Node.js and TypeScript.
 *
 *   import { Connection, types } from 'ovirt-engine-sdk';
 *
 * Importing the package never loads the native addon; the first XML
 * operation does (and throws a NativeLoadError with the fixes if it cannot).
 */
import './xml/binding';
import './services';

export * as types from './types';
export * as services from './services';
export { Connection } from './connection';
export type { CloseOptions, ConnectionOptions, Exchange, Logger } from './connection';
export { Service } from './service';
export type { Query, QueryValue, RequestOptions } from './service';
export { AuthError, ConnectionError, Error, Error as OvirtError, NativeLoadError, NotFoundError, TimeoutError, XmlError } from './errors';
export type { ErrorOptions, FaultInfo, XmlErrorOptions } from './errors';
export { Reader } from './xml/reader';
export type { ReadOptions } from './xml/reader';
export { Writer } from './xml/writer';
export type { WriteOptions } from './xml/writer';
export type { List } from './struct';
export { GENERATED } from './generated';
