/** A logger that keeps every line, for tests of the debug output. */
import type { Logger } from '../../lib/options';

export interface CapturedLog extends Logger {
  lines: string[];
  /** Every line at every level, joined with newlines. */
  text(): string;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  const keep = (level: string) => (message: string) => {
    lines.push(`${level}: ${message}`);
  };
  return {
    lines,
    debug: keep('debug'),
    info: keep('info'),
    warn: keep('warn'),
    error: keep('error'),
    text: () => lines.join('\n'),
  };
}
