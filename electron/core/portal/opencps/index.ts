export { createOpencpsPortalClient, type OpencpsClientOptions } from './client';
export { opencpsSettingsSchema, type OpencpsSettings } from '../../config/opencps-settings';
