// The preset registry: one line per CRM. `signals export --preset <name>` looks names up here.
import type { ExportPreset } from './types.js';
import { hubspot } from './hubspot.js';
import { salesforce } from './salesforce.js';
import { pipedrive } from './pipedrive.js';
import { generic } from './generic.js';

export const PRESETS: ReadonlyMap<string, ExportPreset> = new Map([
  [hubspot.name, hubspot],
  [salesforce.name, salesforce],
  [pipedrive.name, pipedrive],
  [generic.name, generic],
]);

export type { ExportPreset } from './types.js';
