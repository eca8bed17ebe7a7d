import { useTranslation } from 'react-i18next';
import { ScreenHeading } from './screen-heading';

interface PlaceholderScreenProps {
  readonly title: string;
  readonly coming: string;
}

/** Stands in for a feature that a later update delivers, and says which. */
export function PlaceholderScreen({ title, coming }: PlaceholderScreenProps) {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeading>{title}</ScreenHeading>
      <p className="placeholder__badge">{t('placeholder.notYet')}</p>
      <p className="placeholder__text">{coming}</p>
    </section>
  );
}
