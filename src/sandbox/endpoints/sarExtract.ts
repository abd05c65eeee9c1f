// SAR file extract: takes a PDF (multipart field `file`) or a patent number (field `pn`) and
// answers with a new task in PENDING, which then progresses over detail polls.
import { md5Hex } from '../ids';
import { errorCodes, failure, invalidParameter, success } from '../envelope';
import type { Reply } from '../envelope';
import type { Endpoint, EndpointRequest } from './context';

/** Publication numbers as offices print them: country, digits, optional kind code (US10253456B2). */
const patentNumber = /^[A-Z]{2}\d{5,14}([A-Z]\d?)?$/;
const maxPdfBytes = 50 * 1024 * 1024;

async function readForm(request: EndpointRequest): Promise<FormData | undefined> {
  const contentType = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(contentType)) return undefined;
  try {
    // Node's fetch implementation parses multipart bodies; no hand-written parser needed.
    return await new Request('http://sandbox.invalid/', {
      method: 'POST', headers: { 'content-type': contentType }, body: request.body,
    }).formData();
  } catch {
    return undefined;
  }
}

/** PDF readers accept the %PDF- header anywhere in the first KiB, so the sandbox does too. */
function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).toString('latin1').includes('%PDF-');
}

export const sarExtract: Endpoint = async (request): Promise<Reply> => {
  const language = request.query.get('language');
  if (language !== null && language !== 'CN' && language !== 'EN') {
    return invalidParameter('(language: must be CN or EN)');
  }
  const form = await readForm(request);
  if (!form) return failure(errorCodes.badRequest, '(expected a multipart/form-data body)');
  const file = form.get('file');
  const pn = form.get('pn');
  const sarTasks = request.state.sarTasks;

  if (file !== null) {
    if (typeof file === 'string') return failure(errorCodes.badUpload, '(file: must be an uploaded PDF, not a text field)');
    const bytes = Buffer.from(await file.arrayBuffer());
    if (bytes.length === 0) return failure(errorCodes.badUpload, '(file: empty)');
    if (bytes.length > maxPdfBytes) return failure(errorCodes.badUpload, '(file: larger than 50 MB)');
    if (!isPdf(bytes)) return failure(errorCodes.badUpload, '(file: not a PDF)');
    const taskId = sarTasks.create({ fileName: file.name || 'upload.pdf', documentKey: md5Hex(bytes.toString('latin1')), valueSource: 'Literature' });
    return success({ status: 'PENDING', task_id: taskId });
  }
  if (typeof pn === 'string' && pn.trim() !== '') {
    const number = pn.trim().toUpperCase();
    if (!patentNumber.test(number)) return invalidParameter('(pn: not a patent publication number, e.g. US10253456B2)');
    const taskId = sarTasks.create({ fileName: `${number}.pdf`, documentKey: `pn:${number}`, valueSource: 'Patent' });
    return success({ status: 'PENDING', task_id: taskId });
  }
  return invalidParameter('(file or pn is required)');
};
