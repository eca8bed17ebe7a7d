import { describe, expect, it } from 'vitest';
import { PROCEDURE_DOCUMENTS, documentsFor } from './procedure-documents';
import { PROCEDURES } from './procedures';

describe('procedure document checklists', () => {
  it('every catalogue procedure has at least two documents, named in Vietnamese and English, ids unique within it', () => {
    for (const procedure of PROCEDURES) {
      const list = documentsFor(procedure.code);
      expect(list.length, procedure.code).toBeGreaterThanOrEqual(2);
      expect(new Set(list.map((doc) => doc.id)).size, procedure.code).toBe(list.length);
      for (const doc of list) {
        expect(doc.name.vi.trim(), `${procedure.code} ${doc.id}`).not.toBe('');
        expect(doc.name.en.trim(), `${procedure.code} ${doc.id}`).not.toBe('');
        expect(doc.name.vi, `${procedure.code} ${doc.id} is not translated`).not.toBe(doc.name.en);
      }
    }
  });

  it('lists no procedure the catalogue does not know, and gives an unknown code an empty list', () => {
    const known = new Set(PROCEDURES.map((p) => p.code));
    expect(Object.keys(PROCEDURE_DOCUMENTS).filter((code) => !known.has(code))).toEqual([]);
    expect(documentsFor('9.999999')).toEqual([]);
  });
});
