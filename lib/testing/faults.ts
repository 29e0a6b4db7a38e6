/**
 * Failures as the engine reports them: an HTTP status and a `<fault>`
 * document (`<fault><reason>Operation Failed</reason><detail>[Cannot ...]</detail></fault>`).
 */
import { escapeXml } from './model';

export class SimulatorFault extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly reason = 'Operation Failed',
  ) {
    super(`${status} ${reason}: ${detail}`);
    this.name = 'SimulatorFault';
  }

  /** The `<fault>` document, in the engine's order: reason, then detail (the SDK's writer puts detail first). */
  xml(): string {
    return `<fault><reason>${escapeXml(this.reason)}</reason><detail>${escapeXml(this.detail)}</detail></fault>`;
  }
}

/** 404: an id (or name) that matches nothing. The engine says `Entity not found: <id>`. */
export function notFound(what: string): SimulatorFault {
  return new SimulatorFault(404, `Entity not found: ${what}`);
}

/**
 * 400: mandatory members missing, as the engine's parameter validation
 * words it: reason `Incomplete parameters`, detail `Vm [cluster.id|name] required for add`.
 */
export function incomplete(typeLabel: string, members: readonly string[], operation: string): SimulatorFault {
  return new SimulatorFault(400, `${typeLabel} [${members.join(', ')}] required for ${operation}`, 'Incomplete parameters');
}

/** 400: a request the engine cannot read or accept. */
export function badRequest(detail: string): SimulatorFault {
  return new SimulatorFault(400, detail);
}

/** 409: the backend refuses the operation (`[Cannot add VM. The name is already in use.]`). */
export function conflict(...messages: string[]): SimulatorFault {
  return new SimulatorFault(409, `[${messages.join(', ')}]`);
}
