// Generated from the oVirt API model 4.6.2-SNAPSHOT (release 4.6.1, commit 4fb1a804) by generator/.
// Do not edit: change the generator and run `npm run generate`.

import { Struct, VALUE, initStruct, initTable } from '../struct';
import type { GraphicsType } from './graphics-type';
import { InstanceType } from './instance-type';
import type { InstanceTypeInit } from './instance-type';
import { Template } from './template';
import type { TemplateInit } from './template';
import { Vm } from './vm';
import type { VmInit } from './vm';

/**
 * The `graphics_console` type of the oVirt API.
 *
 * Reference: {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console}
 */
export class GraphicsConsole extends Struct {
  /** The `protocol` attribute (`<protocol>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/attributes/protocol} */
  protocol?: GraphicsType;

  /** The `port` attribute (`<port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/attributes/port} */
  port?: number;

  /** The `tls_port` attribute (`<tls_port>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/attributes/tls_port} */
  tlsPort?: number;

  /** The `address` attribute (`<address>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/attributes/address} */
  address?: string;

  /** The `id` attribute (`<id>` attribute): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/attributes/id} */
  id?: string;

  /** The `name` attribute (`<name>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/attributes/name} */
  name?: string;

  /** The `description` attribute (`<description>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/attributes/description} */
  description?: string;

  /** The `comment` attribute (`<comment>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/attributes/comment} */
  comment?: string;

  /** The `vm` link (`<vm>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/links/vm} */
  vm?: Vm;

  /** The `template` link (`<template>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/links/template} */
  template?: Template;

  /** The `instance_type` link (`<instance_type>`): {@link http://ovirt.github.io/ovirt-engine-api-model/master/#types/graphics_console/links/instance_type} */
  instanceType?: InstanceType;

  /** Creates a `graphics_console`; `init` may be a plain object, nested objects become instances of their types. */
  constructor(init?: GraphicsConsoleInit) {
    super();
    if (init !== undefined) initStruct(this, init, MEMBERS);
  }
}

/** A `graphics_console` as the SDK accepts it: a {@link GraphicsConsole} or a plain object of the same shape, at any depth. */
export interface GraphicsConsoleInit {
  href?: string;
  protocol?: GraphicsType;
  port?: number;
  tlsPort?: number;
  address?: string;
  id?: string;
  name?: string;
  description?: string;
  comment?: string;
  vm?: VmInit;
  template?: TemplateInit;
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
