import * as assert from 'node:assert/strict';
import { dateProblem, drugIdProblem, milestoneIdsProblem, parseDate, withMilestoneIds } from '../../../../src/features/drugs/milestoneFields';
import { hexId } from './builders';

describe('Show Drug Milestones fields', () => {
  it('refuses a malformed drug ID in the input box', () => {
    assert.equal(drugIdProblem(hexId(5)), undefined);
    assert.match(drugIdProblem('aspirin') ?? '', /Not a PatSnap drug ID/);
    assert.ok(drugIdProblem('  '));
  });

  it('reads optional yyyymmdd dates and checks them with the client schema', () => {
    assert.equal(parseDate(''), undefined);
    assert.equal(parseDate('2015-01-01'), 20150101);
    assert.ok(Number.isNaN(parseDate('Jan 2015')));
    assert.equal(dateProblem(hexId(5), {}, 'eventStartTime', '20150101'), undefined);
    assert.match(dateProblem(hexId(5), {}, 'eventStartTime', '20150231') ?? '', /calendar date/);
    assert.match(dateProblem(hexId(5), { eventStartTime: 20200101 }, 'eventEndTime', '20190101') ?? '', /after eventEndTime/);
  });

  it('validates ID filters', () => {
    assert.equal(milestoneIdsProblem(hexId(5), {}, 'diseaseId', hexId(6), 'disease'), undefined);
    assert.ok(milestoneIdsProblem(hexId(5), {}, 'diseaseId', 'x y', 'disease'));
    assert.deepEqual(withMilestoneIds({}, 'countryId', ''), { countryId: undefined });
  });
});
