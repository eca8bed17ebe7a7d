import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contract';
import { isLanguage, languages } from '../i18n';
import './language-radio-group.css';

interface LanguageRadioGroupProps {
  readonly label: string;
  readonly value: Language;
  readonly onChange: (language: Language) => void;
  readonly isDisabled?: boolean;
}

/** Tiếng Việt / English, each name in its own language (and marked so for screen readers). */
export function LanguageRadioGroup({ label, value, onChange, isDisabled }: LanguageRadioGroupProps) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      className="language-group"
      orientation="horizontal"
      value={value}
      isDisabled={isDisabled ?? false}
      onChange={(next) => {
        if (isLanguage(next)) onChange(next);
      }}
    >
      <Label className="language-group__label">{label}</Label>
      <div className="language-group__options">
        {languages.map((language) => (
          <Radio key={language} value={language} className="language-group__option">
            <span lang={language}>{t(`language.${language}`)}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
