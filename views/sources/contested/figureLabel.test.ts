import { describe, expect, it } from 'vitest';
import { contestedFigureLabel } from './figureLabel';

describe('contestedFigureLabel', () => {
  it('names the record, the contested part and the dataset', () => {
    const figure = {
      id: 'states-IND-statusHistory-1',
      records: [{ datasetId: 'states' as const, recordId: 'IND', recordName: 'India', field: 'statusHistory[1]', detail: 'Member from 2017-06-09', claims: [] }],
    };
    expect(contestedFigureLabel(figure, 'en')).toBe('India · Member from 2017-06-09 (States)');
  });
  it('names a wholly contested record by its name alone', () => {
    const figure = {
      id: 'ratsFigures-rats-database-2019-03',
      records: [{ datasetId: 'ratsFigures' as const, recordId: 'rats-database-2019-03', recordName: 'persons in the RATS database', field: '', claims: [] }],
    };
    expect(contestedFigureLabel(figure, 'en')).toBe('persons in the RATS database (RATS figures)');
  });
});
