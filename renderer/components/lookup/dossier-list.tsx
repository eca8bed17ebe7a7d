import { memo, useCallback, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { DossierRow } from '../../../shared/contract/lookup';
import { DossierColumnHeads, DossierRowContent, useRowTexts } from './dossier-row';
import './dossier-list.css';

interface DossierListProps {
  readonly rows: readonly DossierRow[];
  /** Accessible name of the listbox. */
  readonly label: string;
  readonly onOpen: (code: string) => void;
  /** Esc inside the list (the lookup screen returns focus to its search box). */
  readonly onEscape?: () => void;
  /**
   * Identifies the result set: the active row goes back to the first when it changes.
   * Without it, a new `rows` array is a new set. Longer rows for the same key (more
   * results loaded) keep the active row.
   */
  readonly resultsKey?: string;
  /** Called when the officer nears the end of the list (scrolled or moved there), to load more rows. */
  readonly onNearEnd?: () => void;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * Every row is one line of this height, set here rather than in the stylesheet: the list
 * places rows by it, so nothing is measured (measuring each new row forced a layout per row).
 */
const ROW_HEIGHT = 34;
/** How many rows before the end counts as "near the end". */
const NEAR_END_ROWS = 10;

/**
 * Until the list has a laid-out size (first paint, or a DOM without layout), size it
 * as one screenful so the first rows exist rather than none.
 */
const firstScreenful = { width: 1024, height: ROW_HEIGHT * 8 };
function observeRectOrScreenful(instance: Virtualizer<HTMLDivElement, Element>, onChange: (rect: { width: number; height: number }) => void) {
  return observeElementRect(instance, (rect) => onChange(rect.height > 0 ? rect : firstScreenful));
}

/**
 * A virtualised listbox of dossiers: focus stays on the list and the active row is
 * announced through aria-activedescendant, so only the visible rows exist in the DOM.
 * Arrows / Home / End / PageUp / PageDown move, Enter opens, Esc leaves.
 */
export const DossierList = memo(function DossierList({ rows, label, onOpen, onEscape, resultsKey, onNearEnd, ref }: DossierListProps) {
  const idPrefix = useId();
  const texts = useRowTexts();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  // A new result set starts at its first row (derived while rendering, not reset in an effect).
  const resultSet: unknown = resultsKey ?? rows;
  const [chosen, setChosen] = useState({ resultSet, index: 0 });
  const active = chosen.resultSet === resultSet ? Math.min(chosen.index, Math.max(0, rows.length - 1)) : 0;
  const setActive = (index: number): void => setChosen({ resultSet, index });
  // The virtualiser's functions are read fresh on every render; nothing here memoises them.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // A few rows past the edge keep arrows and scrolling smooth; each one more is drawn on every new answer.
    overscan: 3,
    initialRect: firstScreenful,
    observeElementRect: observeRectOrScreenful,
  });

  const setRefs = useCallback(
    (element: HTMLDivElement | null) => {
      scrollRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );

  const move = (to: number): void => {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    if (next >= rows.length - NEAR_END_ROWS) onNearEnd?.();
  };
  const onScroll = (): void => {
    const element = scrollRef.current;
    if (element && element.scrollHeight - element.scrollTop - element.clientHeight < NEAR_END_ROWS * ROW_HEIGHT) onNearEnd?.();
  };

  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 8) / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Enter: () => {
        const row = rows[active];
        if (row) onOpen(row.code);
      },
      Escape: () => onEscape?.(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const optionId = (index: number): string => `${idPrefix}-row-${index}`;
  const items = virtualizer.getVirtualItems();
  return (
    <div className="dossier-table">
      <DossierColumnHeads />
      <div
        ref={setRefs}
        className="dossier-list"
        role="listbox"
        tabIndex={0}
        aria-label={label}
        aria-activedescendant={rows.length > 0 ? optionId(active) : undefined}
        onKeyDown={onKeyDown}
        onScroll={onScroll}
        data-testid="dossier-list"
      >
        <div className="dossier-list__space" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {/* One moved block of rows in normal flow: a transform per row made every row a paint chunk of its own to composite. */}
          <div className="dossier-list__rows" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <div
                  key={row.code}
                  id={optionId(item.index)}
                  role="option"
                  aria-selected={item.index === active}
                  aria-setsize={rows.length}
                  aria-posinset={item.index + 1}
                  data-index={item.index}
                  className="dossier-row"
                  style={{ height: ROW_HEIGHT }}
                  onClick={() => {
                    setActive(item.index);
                    onOpen(row.code);
                  }}
                >
                  <DossierRowContent row={row} texts={texts} />
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
});
