/**
 * The API model the committed generated code comes from: the repository's
 * model/model.json (the generator's own input; see model/README.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MODEL_PATH = path.resolve(__dirname, '..', '..', 'model', 'model.json');

export function readModelJson(): any {
  return JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8'));
}
