import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/react';
import { parseShortcut, useGlobalShortcut } from './use-global-shortcut';

function Probe({ onHit }: { onHit: () => void }) {
  useGlobalShortcut(['Ctrl+K', 'F3'], onHit);
  return <input aria-label="other field" />;
}

describe('useGlobalShortcut', () => {
  it('parses modifiers and key', () => {
    expect(parseShortcut('Ctrl+Shift+L')).toEqual({ key: 'L', ctrl: true, alt: false, shift: true, meta: false });
  });

  it('fires for each bound shortcut, even from inside a field, and not for near misses', () => {
    const onHit = vi.fn();
    const { getByLabelText } = render(<Probe onHit={onHit} />);
    const field = getByLabelText('other field');
    fireEvent.keyDown(field, { key: 'k', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'F3' });
    fireEvent.keyDown(window, { key: 'k' });
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true, shiftKey: true });
    expect(onHit).toHaveBeenCalledTimes(2);
  });

  it('stops listening when unmounted', () => {
    const onHit = vi.fn();
    const { unmount } = render(<Probe onHit={onHit} />);
    unmount();
    fireEvent.keyDown(window, { key: 'F3' });
    expect(onHit).not.toHaveBeenCalled();
  });
});
