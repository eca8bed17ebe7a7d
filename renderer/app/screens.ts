import type { ComponentType } from 'react';
import { SUPERVISORS, type Role } from '../../shared/contract/roles';
import type { Resources } from '../i18n/vi';
import { LookupArea } from '../screens/lookup/lookup-area';
import { QueueScreen } from '../screens/queue/queue-screen';
import { IntakeScreen } from '../screens/intake/intake-screen';
import { SupervisorScreen } from '../screens/supervisor/supervisor-screen';
import { SettingsScreen } from '../screens/settings/settings-screen';

export type NavKey = Exclude<keyof Resources['nav'], 'label'>;

export interface ScreenDefinition {
  /** Also the route: "#/<id>". */
  readonly id: NavKey;
  readonly Component: ComponentType;
  /** Further first segments this screen owns (e.g. "dossier" for "#/dossier/<code>"). */
  readonly subRoutes?: readonly string[];
  /** Only these roles see the screen in the navigation (the core enforces it anyway). */
  readonly roles?: readonly Role[];
}

/**
 * Every screen in navigation order; the first entry is the start screen.
 */
export const screens: readonly ScreenDefinition[] = [
  { id: 'lookup', Component: LookupArea, subRoutes: ['dossier', 'citizen'] },
  { id: 'intake', Component: IntakeScreen },
  { id: 'queue', Component: QueueScreen },
  { id: 'supervisor', Component: SupervisorScreen, roles: SUPERVISORS },
  { id: 'settings', Component: SettingsScreen },
];

export const startScreen = screens[0] as ScreenDefinition;

export const screenFor = (path: string): ScreenDefinition =>
  screens.find((screen) => screen.id === path || screen.subRoutes?.includes(path)) ?? startScreen;
