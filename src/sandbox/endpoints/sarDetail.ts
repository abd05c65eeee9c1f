// SAR file detail: the state of an extraction task and, for files that succeeded, their items.
import { z } from 'zod';
import { success } from '../envelope';
import { nonEmptyString } from '../validation';
import { jsonEndpoint } from './context';

const schema = z.object({ task_id: nonEmptyString });

/** Unknown task IDs are not an error: the page lists NOT_FOUND among the overall statuses. */
export const sarDetail = jsonEndpoint(schema, (q, request) => success(request.state.sarTasks.detail(q.task_id)));
