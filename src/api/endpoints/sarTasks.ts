// SAR extraction (docs/api-contract.md, SAR extraction): create a task (POST /eurekals/open/sar/file/extract) and
// poll its detail (POST /eurekals/open/sar/file/detail). Neither is cached: creating has effects,
// and the detail changes while the task runs.
import { FormData } from 'undici';
import { z } from 'zod';
import { jsonEndpoint, parseData, validateRequest } from '../endpoint';
import type { Endpoint } from '../endpoint';
import { count, flag, id, knownOrWord, knownValue, list, numeric, optional, snakeOrCamel, text, withAliases } from '../schemas/common';
import { oneOf, requiredId, LANGS, NO_CONTROLS } from '../schemas/requestFields';
import { FILE_NAME_MAX_LENGTH } from '../schemas/limits';
import type { DeepReadonly } from '../schemas/common';
import type { Lang } from '../schemas/requestFields';

export const SAR_DETAIL_PATH = '/eurekals/open/sar/file/detail';
export const SAR_EXTRACT_PATH = '/eurekals/open/sar/file/extract';

/** The overall task states the page lists. */
export const SAR_TASK_STATUSES = ['PENDING', 'PROCESSING', 'SUCCESS', 'FAILED', 'NOT_FOUND'] as const;
/** The file states the page lists (a file has no NOT_FOUND). */
export const SAR_FILE_STATUSES = ['PENDING', 'PROCESSING', 'SUCCESS', 'FAILED'] as const;

/**
 * A file state must be one the page lists. A task state may also be an unlisted upper-case word:
 * a long-running job may gain states, and the poller must keep checking such a task and show the
 * state as unknown rather than stop on a refused answer. Anything else is refused as 'bad-response'.
 */
export type SarStatus = (typeof SAR_TASK_STATUSES)[number] | (string & {});

export interface SarTaskDetailRequest {
  /** From createSarTask. */
  readonly taskId: string;
}

export interface CreateSarTaskRequest {
  /** A PDF to extract from. Give exactly one of `file` and `pn`. */
  readonly file?: { readonly data: Uint8Array; readonly name: string };
  /** A patent publication number to extract from. */
  readonly pn?: string;
  /** Sent as the `language` query parameter. */
  readonly language?: Lang;
}

export interface CreatedSarTask {
  readonly status: SarStatus;
  readonly taskId: string;
}

export interface SarStructure {
  readonly mol: string | undefined;
  readonly smiles: string | undefined;
  /** The page spells it `inchy_key` / `inchyKey`. */
  readonly inchiKey: string | undefined;
}

export interface SarStandardizedTarget {
  readonly id: string | undefined;
  readonly nameCn: string | undefined;
  readonly nameEn: string | undefined;
}

export interface SarResultItem {
  readonly id: string | undefined;
  readonly indicator: string | undefined;
  /** Always text (`"10"`, `">10"`), whether the server sent a number or a string. */
  readonly value: string | undefined;
  /** `value` as a number when it is one. */
  readonly numericValue: number | undefined;
  readonly unit: string | undefined;
  readonly match: boolean | undefined;
  readonly source: { readonly page?: number; readonly x?: number; readonly y?: number; readonly width?: number; readonly height?: number } | undefined;
  readonly targets: readonly string[];
  readonly structure: SarStructure | undefined;
  readonly otherName: string | undefined;
  readonly valueSource: string | undefined;
  readonly dosingRegimen: { readonly route?: string; readonly dosage?: string; readonly duration?: string; readonly frequency?: string } | undefined;
  readonly substanceCode: { readonly code?: string; readonly name?: string } | undefined;
  readonly proteinSubtype: string | undefined;
  readonly experimentalMethod: string | undefined;
  readonly experimentalTarget: string | undefined;
  readonly experimentalPurpose: string | undefined;
  readonly experimentalSubject: string | undefined;
  readonly standardizedTargets: readonly SarStandardizedTarget[];
}

export interface SarFile {
  readonly id: string;
  readonly name: string | undefined;
  readonly status: SarStatus;
  /** Result count; only sent when the file succeeded. */
  readonly total: number | undefined;
  /** Only present when the file succeeded; [] otherwise. */
  readonly items: readonly SarResultItem[];
}

export interface SarTaskDetail {
  readonly status: SarStatus;
  readonly files: readonly SarFile[];
}

const RUNNING_STATES: ReadonlySet<string> = new Set(['PENDING', 'PROCESSING']);
const SETTLED_STATES: ReadonlySet<string> = new Set(['SUCCESS', 'FAILED', 'NOT_FOUND']);

/** Whether polling can stop: the task reached a final state. A state the page does not list may
 *  still change, so it does not stop polling. */
export function isSarTaskSettled(detail: Pick<SarTaskDetail, 'status'>): boolean {
  return SETTLED_STATES.has(detail.status);
}

/** Whether the page lists this task or file state. */
export function isKnownSarStatus(status: SarStatus): boolean {
  return RUNNING_STATES.has(status) || SETTLED_STATES.has(status);
}

export const sarTaskDetailRequestSchema = z.strictObject({ taskId: requiredId() });
const _detailTypeMatches = (r: SarTaskDetailRequest): DeepReadonly<z.input<typeof sarTaskDetailRequestSchema>> => r;

const numberField = optional(numeric);

const structureSchema = snakeOrCamel(
  withAliases({ inchi_key: 'inchy_key' }, z.object({ mol: optional(text), smiles: optional(text), inchy_key: optional(text) })),
).transform((raw): SarStructure => ({ mol: raw.mol, smiles: raw.smiles, inchiKey: raw.inchy_key }));

const standardizedTargetSchema = snakeOrCamel(
  z.object({ target_id: optional(id), display_name_cn: optional(text), display_name_en: optional(text) }),
).transform((raw): SarStandardizedTarget => ({ id: raw.target_id, nameCn: raw.display_name_cn, nameEn: raw.display_name_en }));

const resultItemSchema = snakeOrCamel(
  z.object({
    result_id: optional(id),
    indicator: optional(text),
    value: optional(text),
    unit: optional(text),
    match: optional(flag),
    source: optional(z.object({ page: numberField, x: numberField, y: numberField, width: numberField, height: numberField })),
    target: list(text),
    structure: optional(structureSchema),
    other_name: optional(text),
    value_source: optional(text),
    dosing_regimen: optional(z.object({ route: optional(text), dosage: optional(text), duration: optional(text), frequency: optional(text) })),
    substance_code: optional(z.object({ code: optional(text), name: optional(text) })),
    protein_subtype: optional(text),
    experimental_method: optional(text),
    experimental_target: optional(text),
    experimental_purpose: optional(text),
    experimental_subject: optional(text),
    standardized_target: list(standardizedTargetSchema),
  }),
).transform(
  (raw): SarResultItem => ({
    id: raw.result_id,
    indicator: raw.indicator,
    value: raw.value,
    numericValue: toNumber(raw.value),
    unit: raw.unit,
    match: raw.match,
    source: raw.source,
    targets: raw.target,
    structure: raw.structure,
    otherName: raw.other_name,
    valueSource: raw.value_source,
    dosingRegimen: raw.dosing_regimen,
    substanceCode: raw.substance_code,
    proteinSubtype: raw.protein_subtype,
    experimentalMethod: raw.experimental_method,
    experimentalTarget: raw.experimental_target,
    experimentalPurpose: raw.experimental_purpose,
    experimentalSubject: raw.experimental_subject,
    standardizedTargets: raw.standardized_target,
  }),
);

const sarFileSchema = snakeOrCamel(
  z.object({ file_id: id, file_name: optional(text), status: knownValue(SAR_FILE_STATUSES), total: optional(count), items: list(resultItemSchema) }),
).transform((raw): SarFile => ({ id: raw.file_id, name: raw.file_name, status: raw.status, total: raw.total, items: raw.items }));

/** A listed task state, or an unlisted one written the way the page writes states. */
const taskState = knownOrWord(SAR_TASK_STATUSES, /^[A-Z][A-Z0-9_]{0,39}$/);

export const sarTaskDetailResponseSchema = z
  .object({ status: taskState, files: list(sarFileSchema) })
  .transform((raw): SarTaskDetail => ({ status: raw.status, files: raw.files }));

export const sarTaskDetailEndpoint = jsonEndpoint<SarTaskDetailRequest, SarTaskDetail>({
  path: SAR_DETAIL_PATH,
  request: sarTaskDetailRequestSchema,
  response: sarTaskDetailResponseSchema,
  cacheable: false,
});

export const createSarTaskRequestSchema = z
  .strictObject({
    file: z
      .strictObject({
        data: z.custom<Uint8Array>((v) => v instanceof Uint8Array, { error: 'must be a Uint8Array or Buffer' }).refine((d) => d.byteLength > 0, { error: 'must not be empty' }),
        name: z
          .string({ error: 'must be a file name' })
          .trim()
          .max(FILE_NAME_MAX_LENGTH, { error: `must be at most ${FILE_NAME_MAX_LENGTH} characters` })
          .refine(...NO_CONTROLS)
          .regex(/\.pdf$/i, { error: 'must be a .pdf file name' }),
      })
      .optional(),
    pn: requiredId().optional(),
    language: oneOf(LANGS).optional(),
  })
  .superRefine((req, ctx) => {
    if ((req.file === undefined) === (req.pn === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'give exactly one of file (a PDF) or pn (a patent number)' });
    }
  });

const _createTypeMatches = (r: CreateSarTaskRequest): DeepReadonly<z.input<typeof createSarTaskRequestSchema>> => r;

const createdSchema = snakeOrCamel(z.object({ task_id: id, status: optional(taskState) })).transform(
  (raw): CreatedSarTask => ({ taskId: raw.task_id, status: raw.status ?? 'PENDING' }),
);

export const createSarTaskEndpoint: Endpoint<CreateSarTaskRequest, CreatedSarTask> = {
  path: SAR_EXTRACT_PATH,
  // Repeating a create that may have reached the server could start a second extraction.
  idempotent: false,
  prepare(request) {
    const valid = validateRequest(createSarTaskRequestSchema, request, SAR_EXTRACT_PATH);
    const form = new FormData();
    if (valid.file) form.append('file', new Blob([valid.file.data], { type: 'application/pdf' }), valid.file.name);
    if (valid.pn !== undefined) form.append('pn', valid.pn);
    // No content-type header: undici writes multipart/form-data with its boundary.
    return { body: form, query: valid.language ? { language: valid.language } : undefined };
  },
  parse: (data) => parseData(createdSchema, data, SAR_EXTRACT_PATH),
};

function toNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(value)) return undefined;
  return Number(value);
}
