import type { ActionsT } from '../../i18n/actions-t';

/** "12 phút", "1 giờ 5 phút", "dưới 1 phút" from an age in milliseconds. */
export function formatAge(ms: number, t: ActionsT): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return t('status.lessThanMinute');
  if (minutes < 60) return t('status.minutes', { count: minutes });
  return t('status.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** "2 phút" / "40 giây" for a time left in seconds. */
export function formatSecondsLeft(seconds: number, t: ActionsT): string {
  return seconds < 60 ? t('status.seconds', { count: seconds }) : formatAge(seconds * 1000, t);
}
