import { describe, expect, it } from 'vitest';
import { closePrompt } from './close-prompt';

describe('close confirmation while actions wait', () => {
  it('asks nothing when the outbox is empty', () => {
    expect(closePrompt(0, 'vi')).toBeNull();
  });
  it('says how many wait and that they stay saved, in the officer language first', () => {
    const vi = closePrompt(3, 'vi');
    expect(vi?.message).toMatch(/^3 thao tác đang chờ gửi.*vẫn được lưu/);
    expect(vi?.buttons).toEqual(['Vẫn đóng', 'Không đóng']);
    expect(vi?.detail).toMatch(/3 actions are waiting/);
    expect(closePrompt(1, 'en')?.message).toMatch(/^1 action is waiting/);
  });
});
