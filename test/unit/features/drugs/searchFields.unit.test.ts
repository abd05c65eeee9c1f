import * as assert from 'node:assert/strict';
import { drugSearchRequestSchema } from '../../../../src/api';
import { idListProblem, isPatsnapId, splitIds } from '../../../../src/features/drugs/ids';
import {
  SEARCH_FIELDS, compactFilter, fieldSummary, filterProblem, idInputProblem, withEnum, withFlag, withIds, withSort, withTargetCondition,
} from '../../../../src/features/drugs/searchFields';
import { hexId } from './builders';

describe('Search Drugs fields', () => {
  it('reaches every filter of the B007 request (all but paging)', () => {
    const requestKeys = Object.keys(drugSearchRequestSchema.shape).filter((k) => k !== 'offset' && k !== 'limit').sort();
    const covered = SEARCH_FIELDS.map((f) => f.key).filter((k) => k !== 'targetCondition').sort();
    assert.deepEqual(covered, requestKeys);
    assert.ok(SEARCH_FIELDS.some((f) => f.kind === 'condition'), 'target AND/OR is reachable');
  });

  it('reads pasted ID lists and refuses malformed IDs as the user types', () => {
    assert.deepEqual(splitIds(` ${hexId(1)}, ${hexId(2)}\n${hexId(1)} `), [hexId(1), hexId(2)]);
    assert.equal(isPatsnapId('0dc5d896-7408-3c87-84c0-22e3d9b784be'), true);
    assert.equal(idListProblem(`${hexId(1)} aspirin`, 'target')?.includes('"aspirin"'), true);
    assert.equal(idInputProblem({}, 'target', hexId(1), 'target', 20), undefined);
    assert.match(idInputProblem({}, 'disease', 'not-an-id', 'disease', 20) ?? '', /Not a PatSnap disease ID/);
  });

  it('builds requests the client accepts, AND only for targets', () => {
    let filter = withIds({}, 'target', `${hexId(1)} ${hexId(2)}`);
    filter = withTargetCondition(filter, 'AND');
    filter = withEnum(filter, 'globalHighestDevStatus', ['Approved']);
    filter = withFlag(filter, 'startUp', false);
    filter = withSort(filter, [{ sortField: 'FIRST_APPROVED_DATE', sortOrder: 'asc' }]);
    assert.equal(filterProblem(filter, 20), undefined);
    assert.deepEqual(filter.target, { value: [hexId(1), hexId(2)], condition: 'AND' });
    assert.match(filterProblem({ disease: { value: [hexId(1)], condition: 'AND' as 'OR' } }, 20) ?? '', /AND only for target/);
  });

  it('keeps the target condition when the target IDs change, and clears emptied fields', () => {
    const filter = withIds(withTargetCondition({}, 'AND'), 'target', hexId(3));
    assert.equal(filter.target?.condition, 'AND');
    assert.deepEqual(compactFilter(withEnum(withIds(filter, 'target', ''), 'country', [])), {});
  });

  it('summarizes fields for the overview', () => {
    const spec = (key: string) => SEARCH_FIELDS.find((f) => f.key === key)!;
    assert.equal(fieldSummary({}, spec('target')), 'any');
    assert.equal(fieldSummary({ disease: { value: [hexId(1)] } }, spec('disease')), '1 ID');
    assert.equal(fieldSummary({ existDeal: true }, spec('existDeal')), 'Only drugs with a deal');
    assert.equal(fieldSummary({}, spec('sort')), 'server default');
  });
});
