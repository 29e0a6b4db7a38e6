// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { SIZE_HINT, Struct, VALUE, initStruct, initTable } from '../struct';
import type { GraphicsType } from './graphics-type';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `graphics_console` type of the API, on the wire `<graphics_console>` (a list: `<graphics_consoles>` with one `<graphics_console>` per item); 8 attributes and 3 links.
 *
 * Create one with `new GraphicsConsole({ ... })`, or pass a plain {@link GraphicsConsoleInit} object where one is
 * expected. The reader fills only the members the engine sends; the others are undefined.
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console}
 */
export class GraphicsConsole extends Struct {
  /**
   * `GraphicsType` (`spice`, `vnc`; or another string, from a newer engine). On the wire: element `<protocol>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `protocol` attribute)
   */
  protocol?: GraphicsType | (string & {});

  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `port` attribute)
   */
  port?: number;

  /**
   * `number` (an integer). On the wire: element `<tls_port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `tls_port` attribute)
   */
  tlsPort?: number;

  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `address` attribute)
   */
  address?: string;

  /**
   * `string`. On the wire: XML attribute `id` of `<graphics_console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `id` attribute)
   */
  id?: string;

  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `name` attribute)
   */
  name?: string;

  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `description` attribute)
   */
  description?: string;

  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `comment` attribute)
   */
  comment?: string;

  /**
   * `Vm`. On the wire: element `<vm>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `vm` link)
   */
  vm?: Vm;

  /**
   * `Template`. On the wire: element `<template>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `template` link)
   */
  template?: Template;

  /**
   * `InstanceType`. On the wire: element `<instance_type>`; as a link it carries the object's `id` and `href` unless the call follows it (option `follow`).
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `instance_type` link)
   */
  instanceType?: InstanceType;

  /**
   * Creates a `graphics_console` from `init`: a plain object or another instance; nested plain objects become instances
   * of their types, and a member name the type does not have is refused (the SDK's `Error`, naming it).
   */
  constructor(init?: GraphicsConsoleInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
    else if (SIZE_HINT) {
      this.href = undefined;
      this.protocol = undefined;
      this.port = undefined;
      this.tlsPort = undefined;
      this.address = undefined;
      this.id = undefined;
      this.name = undefined;
      this.description = undefined;
      this.comment = undefined;
      this.vm = undefined;
      this.template = undefined;
      this.instanceType = undefined;
    }
  }
}

/**
 * A `graphics_console` as the SDK accepts it: a {@link GraphicsConsole} or a plain object of the same shape, at any depth.
 * Members left undefined are not sent; a member name the type does not have, at any depth, is refused before
 * anything is sent (the SDK's `Error`, naming its path). The members some methods need are marked "Needed by".
 *
 * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console}
 */
export interface GraphicsConsoleInit {
  /**
   * `string`, the object's address in the API. On the wire: XML attribute `href` of `<graphics_console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console}
   */
  href?: string;
  /**
   * `GraphicsType` (`spice`, `vnc`; another string is sent as it is). On the wire: element `<protocol>`.
   *
   * Needed by:
   * - `InstanceTypeGraphicsConsolesService.add`: `console.protocol`
   * - `TemplateGraphicsConsolesService.add`: `console.protocol`
   * - `VmGraphicsConsolesService.add`: `console.protocol`
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `protocol` attribute)
   */
  protocol?: GraphicsType | (string & {});
  /**
   * `number` (an integer). On the wire: element `<port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `port` attribute)
   */
  port?: number;
  /**
   * `number` (an integer). On the wire: element `<tls_port>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `tls_port` attribute)
   */
  tlsPort?: number;
  /**
   * `string`. On the wire: element `<address>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `address` attribute)
   */
  address?: string;
  /**
   * `string`. On the wire: XML attribute `id` of `<graphics_console>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `id` attribute)
   */
  id?: string;
  /**
   * `string`. On the wire: element `<name>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `name` attribute)
   */
  name?: string;
  /**
   * `string`. On the wire: element `<description>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `description` attribute)
   */
  description?: string;
  /**
   * `string`. On the wire: element `<comment>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `comment` attribute)
   */
  comment?: string;
  /**
   * `VmInit` (a `Vm` or a plain object). On the wire: element `<vm>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `vm` link)
   */
  vm?: VmInit;
  /**
   * `TemplateInit` (a `Template` or a plain object). On the wire: element `<template>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `template` link)
   */
  template?: TemplateInit;
  /**
   * `InstanceTypeInit` (a `InstanceType` or a plain object). On the wire: element `<instance_type>`.
   *
   * Reference: {@link https://ovirt.github.io/ovirt-engine-api-model/4.6/#types/graphics_console | reference: graphics_console} (its `instance_type` link)
   */
  instanceType?: InstanceTypeInit;
}

/** How the constructor takes each member of an init object. */
const MEMBERS = initTable(GraphicsConsole, () => ({
  href: VALUE,
  protocol: VALUE,
  port: VALUE,
  tlsPort: VALUE,
  address: VALUE,
  id: VALUE,
  name: VALUE,
  description: VALUE,
  comment: VALUE,
  vm: Vm,
  template: Template,
  instanceType: InstanceType,
}));
