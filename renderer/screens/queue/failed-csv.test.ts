import { describe, expect, it } from 'vitest';
import type { QueuedAction } from '../../../shared/contract';
import { csvCell, failedActionsCsv } from './failed-csv';

const action = (seq: number, state: QueuedAction['state'], reason: string): QueuedAction => ({
  seq, kind: 'refuse', dossierCode: `D-${seq}`, officerId: 'canbo01', state, attempts: 2,
  createdAt: '2026-06-15T03:00:00.000Z', deliveredAt: null, nextAttemptAt: null,
  lastError: { code: 'X', message: { vi: reason, en: reason } }, payload: {},
});

describe('failed actions CSV', () => {
  it('quotes fields, doubles quotes and defuses formula cells', () => {
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvCell(bad)).toBe(`"'${bad}"`);
  });

  it('starts with a BOM and keeps only conflict and rejected rows', () => {
    const csv = failedActionsCsv([action(1, 'conflict', 'đổi'), action(2, 'delivered', ''), action(3, 'rejected', '=HYPERLINK()')], {
      header: ['#', 'kind'], kind: (k) => k, state: (s) => s, reason: (a) => a.lastError?.message.vi ?? '',
    });
    expect(csv.startsWith('\uFEFF"#","kind"\r\n')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`"'=HYPERLINK()"`);
    expect(csv).not.toContain('D-2');
  });
});
