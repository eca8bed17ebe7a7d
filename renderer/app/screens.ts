import type { ComponentType } from 'react';
import type { Resources } from '../i18n/vi';
import { LookupScreen } from '../screens/lookup-screen';
import { QueueScreen } from '../screens/queue-screen';
import { SupervisorScreen } from '../screens/supervisor-screen';
import { SettingsScreen } from '../screens/settings/settings-screen';

export type NavKey = Exclude<keyof Resources['nav'], 'label'>;

export interface ScreenDefinition {
  /** Also the route: "#/<id>". */
  readonly id: NavKey;
  readonly Component: ComponentType;
}

/**
 * Every screen in navigation order. A feature issue replaces its placeholder here
 * (same id, its own component); the first entry is the start screen.
 */
export const screens: readonly ScreenDefinition[] = [
  { id: 'lookup', Component: LookupScreen },
  { id: 'queue', Component: QueueScreen },
  { id: 'supervisor', Component: SupervisorScreen },
  { id: 'settings', Component: SettingsScreen },
];

export const startScreen = screens[0] as ScreenDefinition;

export const screenFor = (path: string): ScreenDefinition => screens.find((screen) => screen.id === path) ?? startScreen;
