import { App } from '../../renderer/app/App';
export const a = App;
