import { Radio, RadioGroup } from 'react-aria-components';
import type { OfficeRange } from '../../../shared/contract/supervisor';
import { officeDate } from '../../../shared/domain/office-time';
import { matchingQuickRange, QUICK_RANGES, quickRange, type QuickRange } from '../../../shared/domain/quick-ranges';
import { useSecurityT } from '../../components/auth/use-security-t';

interface QuickRangeButtonsProps {
  readonly value: OfficeRange;
  readonly onChange: (next: OfficeRange) => void;
}

const isQuickRange = (key: unknown): key is QuickRange => (QUICK_RANGES as readonly unknown[]).includes(key);

/** Today / this week / this month / last month, in office time; arrow keys move and choose (a radio group). */
export function QuickRangeButtons({ value, onChange }: QuickRangeButtonsProps) {
  const { t } = useSecurityT();
  const today = officeDate(new Date());
  const chosen = matchingQuickRange(value, today);
  return (
    <RadioGroup
      className="report-range__quick"
      aria-label={t('supervisor.quickRanges')}
      orientation="horizontal"
      value={chosen}
      onChange={(key) => {
        if (isQuickRange(key)) onChange(quickRange(key, officeDate(new Date())));
      }}
    >
      {QUICK_RANGES.map((kind) => (
        <Radio key={kind} value={kind} className="chip report-range__chip" data-testid={`quick-range-${kind}`}>
          {t(`supervisor.quick.${kind}`)}
        </Radio>
      ))}
    </RadioGroup>
  );
}
