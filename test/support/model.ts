/** Where the tests find the API model: OVIRT_MODEL, else ../shared/model/model.json beside the repository. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MODEL_PATH = process.env.OVIRT_MODEL ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'model', 'model.json');

export function readModelJson(): any {
  return JSON.parse(fs.readFileSync(MODEL_PATH, 'utf8'));
}
