import { describe, expect, it } from 'vitest';
import { COUNTER_KIND_DECLARATIONS, fieldsOf, type ActionField } from '../../../shared/domain/action-kinds';
import { buildAction, fieldOfIssueKey, valuesFromPayload } from './action-values';

const sample = (f: ActionField): unknown => {
  switch (f.type) {
    case 'text':
      return 'Bản sao giấy khai sinh';
    case 'lines':
      return ['Bản sao CCCD có chứng thực', 'Tờ khai đã ký'];
    case 'choice':
      return f.options[f.options.length - 1];
    case 'flag':
      return true;
    case 'date':
      return '2026-12-15';
    case 'money':
      return 1_250_000;
  }
};
const formValue = (f: ActionField, v: unknown): string | boolean =>
  f.type === 'lines' ? (v as string[]).join('\n') : f.type === 'money' ? '1.250.000' : (v as string | boolean);

describe.each(COUNTER_KIND_DECLARATIONS.map((d) => d.kind))('the %s form, derived from its declaration', (kind) => {
  const fields = fieldsOf(kind);
  const payload: Record<string, unknown> = { kind, ...Object.fromEntries(fields.map(([name, f]) => [name, sample(f)])) };

  it('has form fields: the form builds this payload and a queued payload fills the form back', () => {
    const values = Object.fromEntries(fields.map(([name, f]) => [name, formValue(f, payload[name])]));
    expect(buildAction(kind, { ...valuesFromPayload({}), ...values })).toEqual({ action: payload });
    expect(buildAction(kind, valuesFromPayload(payload))).toEqual({ action: payload });
    const required = fields.filter(([, f]) => f.required && (f.type === 'text' || f.type === 'lines' || f.type === 'date' || f.type === 'money')).map(([name]) => name);
    if (required.length > 0) expect(buildAction(kind, valuesFromPayload({}))).toEqual({ missing: required, invalid: [] });
  });


  it('maps a core issue key to its field', () => {
    for (const [name] of fields) expect(fieldOfIssueKey(`action.${name}.0`)).toBe(name);
  });
});
