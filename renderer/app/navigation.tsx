import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { hrefFor } from './router';
import type { ScreenDefinition } from './screens';

interface NavigationProps {
  readonly screens: readonly ScreenDefinition[];
  readonly current: ScreenDefinition;
}

/** The main navigation: plain links (Tab order), the current one marked aria-current. */
export function Navigation({ screens, current }: NavigationProps) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul className="nav__list">
        {screens.map((screen) => (
          <li key={screen.id}>
            <Link className="nav__link" href={hrefFor(screen.id)} aria-current={screen === current ? 'page' : undefined}>
              {t(`nav.${screen.id}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
